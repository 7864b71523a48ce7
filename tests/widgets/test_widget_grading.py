"""Real nbgrader: the learner's clicks (an answers file beside an untouched notebook) are what gets graded."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from kynangso.course.catalogue import load_catalogue
from kynangso.course.learners import import_roster
from kynangso.grading.collect import collect
from kynangso.grading.grade import grade
from kynangso.paths import CourseRoot
from kynangso.reporting.report import learner_table
from tests.conftest import M02

pytestmark = pytest.mark.slow
RIGHT_3 = ['A. Số thứ tự "5"', 'B. Ký hiệu "qđ-UBND"', 'F. Cuối nội dung kết thúc bằng dấu chấm "."']


def _clicks(entries: dict[str, object]) -> str:
    return json.dumps({"cau_tra_loi": {q: {"tra_loi": v} for q, v in entries.items()}}, ensure_ascii=False)


def test_released_notebook_holds_no_key(released_template: CourseRoot) -> None:
    folder = released_template.exercises / M02
    text = (folder / "bai-tap-02.ipynb").read_text(encoding="utf-8")
    assert "HIDDEN" not in text and '{"A", "B", "F"}' not in text and "30 <= le_trai_mm" not in text
    assert ".answer(" not in text  # the model answers are solution lines
    assert sorted(p.name for p in folder.iterdir()) == ["bai-tap-02.ipynb", "profile.yml"]  # and the place names
    assert (folder / "profile.yml").read_bytes() == released_template.profile.read_bytes()


def test_clicks_are_graded(workshop: CourseRoot, tmp_path: Path) -> None:
    people = {"Lò Thị Hoa": {"cac_phan_sai": RIGHT_3, "le_trai_mm": 30.0},         # both right: 3 + 1
              "Vi Văn Đức": {"cac_phan_sai": RIGHT_3[:2], "le_trai_mm": 25},        # both wrong: 0
              "Kha Thị Mai": {"cac_phan_sai": list(reversed(RIGHT_3)), "le_trai_mm": "30"}}  # text is not a number
    pd.DataFrame([{"Họ và tên": n, "Đơn vị": "Hùng Chân"} for n in people]).to_csv(tmp_path / "ds.csv", index=False)
    import_roster(course=workshop, file=tmp_path / "ds.csv")
    released = (workshop.exercises / M02 / "bai-tap-02.ipynb").read_bytes()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name, entries in people.items():
        (inbox / f"{name} - bai tap 02.ipynb").write_bytes(released)  # nothing typed in the notebook
        (inbox / f"{name} - bai tap 02.tra-loi.json").write_text(_clicks(entries), encoding="utf-8")
    (inbox / "Vi Văn Đức - bai tap 02.tra-loi.json").write_text(  # plus a hand edit that is not JSON
        _clicks(people["Vi Văn Đức"])[:-5], encoding="utf-8")
    collect(course=workshop, paths=[inbox])
    # running the solution notebook in place leaves the model answers beside it: they must not replace anyone's
    (workshop.solutions / M02 / "bai-tap-02.tra-loi.json").write_text(_clicks(people["Lò Thị Hoa"]), encoding="utf-8")
    outcomes = grade(course=workshop, assignments=[M02])
    assert all(o.ok for o in outcomes), outcomes
    catalogue = load_catalogue(workshop.catalogue)
    table = learner_table(workshop, catalogue).set_index("Mã học viên")
    column = f"{catalogue.module_of(M02).code} ({catalogue.assignment(M02).max_points:g})"
    assert table.loc["lo-thi-hoa", column] == 4
    assert table.loc["vi-van-duc", column] == 0
    assert table.loc["kha-thi-mai", column] == 3
