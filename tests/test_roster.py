"""Roster import: NFC names, checked units, duplicates, all-or-nothing, stable ids."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pandas as pd
import pytest

from kynangso.errors import KitError
from kynangso.paths import CourseRoot
from kynangso.roster import import_roster, load_roster


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    pd.DataFrame(rows).to_csv(path, index=False, encoding="utf-8-sig")
    return path


def test_import_normalises_names_units_and_makes_ascii_ids(course_copy: CourseRoot, tmp_path: Path) -> None:
    file = _write(tmp_path / "ds.csv", [
        {"Họ và tên": unicodedata.normalize("NFD", "Lò Thị Hoa"), "Đơn vị": "chau tien", "Chức vụ": "Văn thư"},
        {"Họ và tên": "Vi Văn Đức", "Đơn vị": "Xã Hùng Chân", "Chức vụ": ""},
    ])
    learners = import_roster(course=course_copy, file=file)
    assert [(x.id, x.ho_ten, x.don_vi) for x in learners] == [
        ("lo-thi-hoa", "Lò Thị Hoa", "Xã Châu Tiến"), ("vi-van-duc", "Vi Văn Đức", "Xã Hùng Chân")]
    assert unicodedata.is_normalized("NFC", load_roster(course_copy)[0].ho_ten)


def test_problem_rows_are_all_reported_and_nothing_is_imported(course_copy: CourseRoot, tmp_path: Path) -> None:
    file = _write(tmp_path / "ds.csv", [
        {"Họ và tên": "Lò Thị Hoa", "Đơn vị": "Châu Tiến", "Năm sinh": "1980"},
        {"Họ và tên": "Lo Thi Hoa", "Đơn vị": "Châu Tiến", "Năm sinh": ""},
        {"Họ và tên": "Hà Văn Sơn", "Đơn vị": "Châu Bính", "Năm sinh": ""},
        {"Họ và tên": "", "Đơn vị": "Quỳ Châu", "Năm sinh": ""},
        {"Họ và tên": "Kha Thị Mai", "Đơn vị": "Quỳ Châu", "Năm sinh": "80"},
    ])
    with pytest.raises(KitError) as error:
        import_roster(course=course_copy, file=file)
    message = str(error.value)
    assert "Dòng 3: 'Lo Thi Hoa' (Xã Châu Tiến) gần trùng" in message
    assert "Dòng 4: đơn vị 'Châu Bính' không có trong danh sách" in message and "Xã Châu Bình" in message
    assert "Dòng 5: thiếu họ và tên." in message
    assert "Dòng 6: năm sinh '80' không hợp lệ" in message
    assert load_roster(course_copy) == []


def test_same_name_in_two_units_gets_two_ids_and_reimport_keeps_them(
        course_copy: CourseRoot, tmp_path: Path) -> None:
    rows = [{"Họ và tên": "Sầm Minh Xuân", "Đơn vị": "Châu Bình"},
            {"Họ và tên": "Sầm Minh Xuân", "Đơn vị": "Hùng Chân"}]
    first = import_roster(course=course_copy, file=_write(tmp_path / "a.csv", rows))
    assert [x.id for x in first] == ["sam-minh-xuan", "sam-minh-xuan-2"]
    again = import_roster(course=course_copy, file=_write(tmp_path / "b.csv", rows[::-1]))
    assert {(x.don_vi, x.id) for x in again} == {(x.don_vi, x.id) for x in first}


def test_xlsx_with_other_header_spelling(course_copy: CourseRoot, tmp_path: Path) -> None:
    file = tmp_path / "ds.xlsx"
    pd.DataFrame([{"HỌ TÊN": "Ngân Thị Yến", "ĐƠN VỊ": "Xã Quỳ Châu"}]).to_excel(file, index=False)
    assert import_roster(course=course_copy, file=file)[0].id == "ngan-thi-yen"


def test_missing_name_column_is_explained(course_copy: CourseRoot, tmp_path: Path) -> None:
    file = _write(tmp_path / "ds.csv", [{"Tên": "A", "Đơn vị": "Quỳ Châu"}])
    with pytest.raises(KitError, match="thiếu cột 'họ và tên'"):
        import_roster(course=course_copy, file=file)
