"""A new gradebook carries nbgrader's schema revision, found without starting the ``alembic`` command."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from nbgrader.dbutil import _temp_alembic_ini

from kynangso.course.workspace import copy_course
from kynangso.grading import nbgrader_adapter
from tests.conftest import CHECKOUT


def _heads_command() -> str:
    """What nbgrader's own way prints: the first revision of ``alembic heads``."""
    with _temp_alembic_ini("sqlite:///unused.db") as ini:
        output = subprocess.check_output([str(Path(sys.executable).with_name("alembic")), "-c", ini, "heads"])
    return output.decode().split()[0]


def test_a_new_gradebook_is_stamped_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _heads_command()
    course = copy_course(CHECKOUT, tmp_path / "lop")
    import nbgrader.api

    def no_process(*args: object, **kwargs: object) -> bytes:
        raise AssertionError(f"a process was started: {args}")

    monkeypatch.setattr(nbgrader.api.sp, "check_output", no_process)
    with nbgrader_adapter.gradebook(course) as gb:
        gb.update_or_create_student("lo-thi-hoa")
    database = next(course.root.rglob("gradebook.db"))
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchall() == [(expected,)]
