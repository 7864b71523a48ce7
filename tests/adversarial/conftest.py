"""Fixtures for hostile or careless input: a course with a small roster and notebook bytes to submit."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pandas as pd
import pytest

from kynangso.paths import CourseRoot
from kynangso.roster import import_roster
from tests.conftest import M02


@pytest.fixture
def roster_course(course_copy: CourseRoot, tmp_path: Path) -> CourseRoot:
    rows = [{"Họ và tên": "Lò Thị Hoa", "Đơn vị": "Châu Tiến"}, {"Họ và tên": "Vi Văn Đức", "Đơn vị": "Hùng Chân"}]
    pd.DataFrame(rows).to_csv(tmp_path / "ds.csv", index=False)
    import_roster(course=course_copy, file=tmp_path / "ds.csv")
    return course_copy


def notebook(text: str) -> bytes:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(text, id="cell-1")])
    nb.metadata["kynangso"] = {"assignment": M02}
    return nbformat.writes(nb).encode("utf-8")
