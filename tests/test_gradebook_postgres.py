"""Grading and reporting against a real PostgreSQL gradebook give the same scores as the SQLite one.

The test starts a throwaway PostgreSQL cluster (Debian's ``postgresql`` package) on 127.0.0.1 and points the
course at it with ``KYNANGSO_DB_URL``, as a province-wide hub would.
"""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pandas as pd
import psycopg2
import pytest
from click.testing import CliRunner

from kynangso.cli import main
from kynangso.paths import CourseRoot
from kynangso.province.export import export
from kynangso.province.merge import merge
from kynangso.province.output import build
from kynangso.province.store import open_store
from kynangso.reporting.report import LEARNERS_CSV
from tests.province_classes import graded_class

pytestmark = pytest.mark.slow


def _pg_bin() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    if not found:
        pytest.fail("PostgreSQL is not installed (Debian: apt-get install postgresql); this test needs it.")
    return found[-1].parent


def _as_postgres(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    bin_dir, port = _pg_bin(), _free_port()
    base = Path(tempfile.mkdtemp(prefix="kynangso-pg-"))
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
    data = base / "data"
    subprocess.run(_as_postgres([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
                                 "-E", "UTF8", "--no-locale"]), check=True, capture_output=True)
    subprocess.run(_as_postgres([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(base / "log"), "-w",
                                 "-o", f"-k {base} -h 127.0.0.1 -p {port}", "start"]), check=True, capture_output=True)
    try:
        admin = psycopg2.connect(host="127.0.0.1", port=port, user="postgres", dbname="postgres")
        admin.autocommit = True  # CREATE DATABASE cannot run inside a transaction
        admin.cursor().execute("CREATE DATABASE kynangso ENCODING 'UTF8'")
        admin.close()
        yield f"postgresql+psycopg2://postgres@127.0.0.1:{port}/kynangso"
    finally:
        subprocess.run(_as_postgres([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"]),
                       check=False, capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def _workshop_run(template: CourseRoot, target: Path) -> pd.DataFrame:
    """Release, import a roster, collect simulated submissions, grade one assignment and report, all by CLI."""
    graded_class(template, target, learners=4, seed=11)
    result = CliRunner().invoke(main, ["report", "--out", str(target / "bao-cao"), "--dir", str(target)])
    assert result.exit_code == 0, result.output
    return pd.read_csv(target / "bao-cao" / LEARNERS_CSV, encoding="utf-8-sig")


def test_postgres_gradebook_grades_and_reports_like_sqlite(
    released_template: CourseRoot, tmp_path: Path, postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KYNANGSO_DB_URL", raising=False)
    on_sqlite = _workshop_run(released_template, tmp_path / "sqlite")
    assert (tmp_path / "sqlite" / "grading" / "gradebook.db").is_file()

    monkeypatch.setenv("KYNANGSO_DB_URL", postgres_url)
    on_postgres = _workshop_run(released_template, tmp_path / "postgres")
    assert not (tmp_path / "postgres" / "grading" / "gradebook.db").exists()

    m02 = next(c for c in on_sqlite.columns if c.startswith("M2 "))
    assert on_sqlite[m02].notna().sum() >= 3
    pd.testing.assert_frame_equal(on_sqlite, on_postgres)

    counts = "SELECT (SELECT count(*) FROM student), (SELECT count(*) FROM submitted_assignment)"
    with sqlite3.connect(tmp_path / "sqlite" / "grading" / "gradebook.db") as lite:
        expected = lite.execute(counts).fetchone()
    with psycopg2.connect(postgres_url.replace("+psycopg2", "")) as conn, conn.cursor() as cursor:
        cursor.execute(counts)
        assert cursor.fetchone() == expected
    assert expected[0] == 4 and expected[1] >= 3


def test_the_province_gradebook_merges_the_same_on_postgresql(released_template: CourseRoot, tmp_path: Path,
                                                              postgres_url: str,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KYNANGSO_KEY_DIR", str(tmp_path / "khoa"))
    course = graded_class(released_template, tmp_path / "lop", learners=4, seed=11)
    archive = export(course=course, trainer="Lò Văn Hùng", out=tmp_path / "gui").path
    on_sqlite = merge(archives=[archive], into=tmp_path / "tinh.db", report=False)
    on_postgres = merge(archives=[archive], into=postgres_url, report=False)
    again = merge(archives=[archive], into=postgres_url, report=False)  # merging twice changes nothing
    learners = {}
    for name, into in (("sqlite", tmp_path / "tinh.db"), ("postgres", postgres_url)):
        store = open_store(into)
        try:
            learners[name] = build(store, when=date(2026, 6, 30))[0].base.learners
        finally:
            store.close()
    assert on_sqlite.merged == on_postgres.merged == [archive.name] and not on_postgres.refused
    assert again.unchanged == [archive.name] and not again.merged
    assert len(learners["sqlite"]) == 4
    pd.testing.assert_frame_equal(learners["sqlite"], learners["postgres"])
