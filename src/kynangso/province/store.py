"""The province gradebook: every merged class, the people in them, and each trainer's public key.

SQLite by default (one file on the coordinator's machine), any SQLAlchemy URL otherwise (PostgreSQL through
``KYNANGSO_DB_URL``). Its tables are prefixed ``province_`` so they can share a database with nbgrader's own.
A class's rows are kept as the trainer sent them (by the class's learner ids); who is the same person across classes
(``province_members``) and which result is newest are decided apart, so a class sent again simply replaces its rows.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Engine,
    Float,
    Index,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    delete,
    inspect,
    select,
    text,
)
from sqlalchemy.exc import SQLAlchemyError

from kynangso.errors import KitError
from kynangso.i18n import _

DB_URL_VARIABLE = "KYNANGSO_DB_URL"
DEFAULT_FILE = "tong-hop-tinh.db"

metadata = MetaData()
trainers = Table("province_trainers", metadata, Column("trainer", String(200), primary_key=True),
                 Column("name", Text), Column("public_key", Text), Column("fingerprint", String(40)),
                 Column("first_seen", String(40)))
workshops = Table("province_workshops", metadata, Column("workshop", String(100), primary_key=True),
                  Column("trainer", String(200)), Column("label", Text), Column("digest", String(64)),
                  Column("exported_at", String(40)), Column("course_id", Text), Column("catalogue_version", String(40)),
                  Column("archive_name", Text), Column("merged_at", String(40)))
archives = Table("province_archives", metadata, Column("digest", String(64), primary_key=True),
                 Column("workshop", String(100)), Column("archive_name", Text), Column("merged_at", String(40)))
catalogues = Table("province_catalogues", metadata, Column("version", String(40), primary_key=True),
                   Column("course_id", Text), Column("text", Text))
people = Table("province_people", metadata, Column("person", String(200), primary_key=True), Column("name", Text),
               Column("unit", Text), Column("position", Text), Column("birth_year", String(10)))
members = Table("province_members", metadata, Column("workshop", String(100), primary_key=True),
                Column("learner", String(200), primary_key=True), Column("person", String(200)),
                Column("matched", String(40)))
grades = Table("province_grades", metadata, Column("workshop", String(100)), Column("learner", String(200)),
               Column("assignment", String(200)), Column("grade_id", String(200)), Column("score", Float),
               Column("max_score", Float), Column("pending", Boolean), Index("province_grades_workshop", "workshop"))
submissions = Table("province_submissions", metadata, Column("workshop", String(100)), Column("learner", String(200)),
                    Column("assignment", String(200)), Column("late", Boolean), Column("penalty", Float),
                    Column("has_due", Boolean), Column("submitted", String(40)),
                    Index("province_submissions_workshop", "workshop"))
status = Table("province_status", metadata, Column("workshop", String(100)), Column("learner", String(200)),
               Column("assignment", String(200)), Column("ok", Boolean), Column("reason", Text), Column("flags", Text),
               Index("province_status_workshop", "workshop"))
CLASS_TABLES = (members, grades, submissions, status)


def database_url(into: str | Path | None = None) -> str:
    """``--into`` (a file or a URL), else ``$KYNANGSO_DB_URL``, else ``tong-hop-tinh.db`` here."""
    chosen = str(into) if into else os.environ.get(DB_URL_VARIABLE, "")
    if "://" in chosen:
        return chosen
    return "sqlite:///" + str(Path(chosen or DEFAULT_FILE).resolve())


def shown_url(url: str) -> str:
    """The address without its password, for messages."""
    head, at, tail = url.rpartition("@")
    return url if not at else head.split("://")[0] + "://…@" + tail


@dataclass
class Store:
    engine: Engine
    url: str

    def close(self) -> None:
        self.engine.dispose()

    def frame(self, table: Table, connection: Connection | None = None) -> pd.DataFrame:
        """The whole table, read on the driver's own cursor (SQLAlchemy's rows would double the time)."""
        if connection is None:
            with self.engine.connect() as fresh:
                return self.frame(table, fresh)
        names = [c.name for c in table.columns]
        cursor = connection.connection.cursor()
        try:
            cursor.execute(f"SELECT {', '.join(names)} FROM {table.name}")
            return pd.DataFrame.from_records(cursor.fetchall(), columns=names)
        finally:
            cursor.close()

    @staticmethod
    def one(connection: Connection, table: Table, **where: Any) -> dict[str, Any] | None:
        query = select(table).where(*(table.c[k] == v for k, v in where.items()))
        row = connection.execute(query).mappings().first()
        return dict(row) if row else None

    @staticmethod
    def insert(connection: Connection, table: Table, rows: Iterable[dict[str, Any]]) -> None:
        batch = list(rows)
        if batch:
            connection.execute(table.insert(), batch)

    @staticmethod
    def drop_class(connection: Connection, workshop: str) -> None:
        for table in CLASS_TABLES:
            connection.execute(delete(table).where(table.c.workshop == workshop))


def _add_pending(engine: Engine) -> None:
    """A store made before grades said which cells wait for hand grading gets the column (empty: not waiting)."""
    if "pending" not in {c["name"] for c in inspect(engine).get_columns(grades.name)}:
        with engine.begin() as connection:
            connection.execute(text(f"ALTER TABLE {grades.name} ADD COLUMN pending BOOLEAN"))


def open_store(into: str | Path | None = None) -> Store:
    url = database_url(into)
    try:
        engine = create_engine(url)
        metadata.create_all(engine)
        _add_pending(engine)
    except (SQLAlchemyError, ImportError) as exc:
        raise KitError(_("Không mở được sổ điểm của tỉnh '{dia_chi}': {loi}").format(
            dia_chi=shown_url(url), loi=str(exc).splitlines()[0])) from exc
    return Store(engine, url)


__all__ = ["DB_URL_VARIABLE", "DEFAULT_FILE", "Store", "archives", "catalogues", "database_url", "grades", "members",
           "open_store", "people", "shown_url", "status", "submissions", "trainers", "workshops"]
