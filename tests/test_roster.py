"""Roster import: NFC names, checked units, duplicates, all-or-nothing, stable ids."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from kynangso.cli import main
from kynangso.course.learners import import_roster, load_roster
from kynangso.errors import KitError
from kynangso.paths import CourseRoot


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    pd.DataFrame(rows).to_csv(path, index=False, encoding="utf-8-sig")
    return path


def test_import_normalises_names_units_and_makes_ascii_ids(course_copy: CourseRoot, tmp_path: Path) -> None:
    file = _write(tmp_path / "ds.csv", [
        {"Họ và tên": unicodedata.normalize("NFD", "Lò Thị Hoa"), "Đơn vị": "chau tien", "Chức vụ": "Văn thư"},
        {"Họ và tên": "Vi Văn Đức", "Đơn vị": "Xã Hùng Chân", "Chức vụ": ""},
    ])
    learners = import_roster(course=course_copy, file=file)
    assert [(x.id, x.name, x.unit) for x in learners] == [
        ("lo-thi-hoa", "Lò Thị Hoa", "Xã Châu Tiến"), ("vi-van-duc", "Vi Văn Đức", "Xã Hùng Chân")]
    assert unicodedata.is_normalized("NFC", load_roster(course_copy)[0].name)


# A near-duplicate (same name without diacritics, same unit), an unknown commune, an empty name, a two-digit year.
BAD_ROWS = [
    {"Họ và tên": "Lò Thị Hoa", "Đơn vị": "Châu Tiến", "Năm sinh": "1980"},
    {"Họ và tên": "Lo Thi Hoa", "Đơn vị": "Châu Tiến", "Năm sinh": ""},
    {"Họ và tên": "Hà Văn Sơn", "Đơn vị": "Châu Bính", "Năm sinh": ""},
    {"Họ và tên": "", "Đơn vị": "Quỳ Châu", "Năm sinh": ""},
    {"Họ và tên": "Kha Thị Mai", "Đơn vị": "Quỳ Châu", "Năm sinh": "80"},
]

def test_problem_rows_are_all_reported_and_nothing_is_imported(course_copy: CourseRoot, tmp_path: Path) -> None:
    file = _write(tmp_path / "ds.csv", BAD_ROWS)
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
    assert {(x.unit, x.id) for x in again} == {(x.unit, x.id) for x in first}


def test_xlsx_with_other_header_spelling(course_copy: CourseRoot, tmp_path: Path) -> None:
    file = tmp_path / "ds.xlsx"
    pd.DataFrame([{"HỌ TÊN": "Ngân Thị Yến", "ĐƠN VỊ": "Xã Quỳ Châu"}]).to_excel(file, index=False)
    assert import_roster(course=course_copy, file=file)[0].id == "ngan-thi-yen"


def test_missing_name_column_is_explained(course_copy: CourseRoot, tmp_path: Path) -> None:
    file = _write(tmp_path / "ds.csv", [{"Tên": "A", "Đơn vị": "Quỳ Châu"}])
    with pytest.raises(KitError, match="thiếu cột 'họ và tên'"):
        import_roster(course=course_copy, file=file)


ROWS = [{"Họ và tên": "Lò Thị Hoa", "Đơn vị": "Quỳ Châu"}, {"Họ và tên": "Vi Văn Đức", "Đơn vị": "Châu Tiến"}]


def _cp1258(text: str) -> bytes:
    """What Excel on Vietnamese Windows writes for 'CSV (Comma delimited)': letters with a separate tone mark."""
    out = b""
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", char)
            out += (unicodedata.normalize("NFC", decomposed[:-1]) + decomposed[-1]).encode("cp1258")
    return out


@pytest.mark.parametrize(("encode", "reason"), [
    (_cp1258, "bảng mã Windows (cp1258/ANSI)"),
    (lambda text: text.encode("utf-16"), "'Unicode Text' (UTF-16)"),
    (lambda text: text.encode("utf-16-le"), "'Unicode Text' (UTF-16)"),
])
def test_excel_encodings_other_than_utf8_are_explained(course_copy: CourseRoot, tmp_path: Path,
                                                       encode: object, reason: str) -> None:
    text = pd.DataFrame(ROWS).to_csv(index=False)
    file = tmp_path / "ds.csv"
    file.write_bytes(encode(text))  # type: ignore[operator]
    with pytest.raises(KitError) as error:
        import_roster(course=course_copy, file=file)
    assert reason in str(error.value) and "CSV UTF-8" in str(error.value)
    assert load_roster(course_copy) == [] and not course_copy.roster.exists()


def test_cp1258_helper_really_writes_cp1258() -> None:
    assert _cp1258("Vi Văn Đức").decode("cp1258") != "Vi Văn Đức"  # decomposed, as Excel writes it
    assert unicodedata.normalize("NFC", _cp1258("Vi Văn Đức").decode("cp1258")) == "Vi Văn Đức"


def test_semicolon_csv_with_birth_year_email_and_phone(course_copy: CourseRoot, tmp_path: Path) -> None:
    file = tmp_path / "ds.csv"
    file.write_text("Họ và tên;Đơn vị;Chức vụ;Năm sinh;Email;Điện thoại\n"
                    "Lò Thị Hoa;Quỳ Châu;Văn thư;1978;hoa@example.vn;0912 345 678\n", encoding="utf-8-sig")
    learner = import_roster(course=course_copy, file=file)[0]
    assert (learner.birth_year, learner.email, learner.phone) == ("1978", "hoa@example.vn", "0912 345 678")
    assert load_roster(course_copy) == [learner]


def test_bad_email_and_phone_are_reported(course_copy: CourseRoot, tmp_path: Path) -> None:
    file = _write(tmp_path / "ds.csv", [
        {"Họ và tên": "Lò Thị Hoa", "Đơn vị": "Quỳ Châu", "Email": "hoa.example.vn", "Điện thoại": ""},
        {"Họ và tên": "Vi Văn Đức", "Đơn vị": "Quỳ Châu", "Email": "", "Điện thoại": "12345"},
    ])
    with pytest.raises(KitError) as error:
        import_roster(course=course_copy, file=file)
    assert "Dòng 2: thư điện tử 'hoa.example.vn' không hợp lệ" in str(error.value)
    assert "Dòng 3: số điện thoại '12345' không hợp lệ" in str(error.value)
    assert load_roster(course_copy) == []


def test_duplicate_learner_and_missing_unit_column(course_copy: CourseRoot, tmp_path: Path) -> None:
    file = _write(tmp_path / "ds.csv", [ROWS[0], ROWS[0]])
    with pytest.raises(KitError, match=r"Dòng 3: 'Lò Thị Hoa' \(Xã Quỳ Châu\) trùng ở dòng 2"):
        import_roster(course=course_copy, file=file)
    no_unit = _write(tmp_path / "ds2.csv", [{"Họ và tên": "Lò Thị Hoa"}])
    with pytest.raises(KitError, match="thiếu cột 'đơn vị'"):
        import_roster(course=course_copy, file=no_unit)
    assert load_roster(course_copy) == []


def test_empty_file_imports_nothing(course_copy: CourseRoot, tmp_path: Path) -> None:
    file = tmp_path / "ds.csv"
    file.write_text("Họ và tên,Đơn vị\n,\n", encoding="utf-8")
    with pytest.raises(KitError, match="không có học viên nào"):
        import_roster(course=course_copy, file=file)


def test_roster_import_explains_its_errors_in_english(course_copy: CourseRoot, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """With KYNANGSO_LANG=en the trainer reads every reason in English; names and units stay as typed."""
    file = _write(tmp_path / "ds.csv", BAD_ROWS)
    no_unit = _write(tmp_path / "thieu-cot.csv", [{"Họ và tên": "Lò Thị Hoa", "Chức vụ": "Văn thư"}])
    monkeypatch.setenv("KYNANGSO_LANG", "en")
    result = CliRunner().invoke(main, ["roster", "import", str(file), "--dir", str(course_copy.root)])
    output = " ".join(result.output.split())
    assert result.exit_code == 1
    assert "The list was not imported because it has errors (correct the file and import it again):" in output
    assert "Line 3: 'Lo Thi Hoa' (Xã Châu Tiến) almost repeats (only the diacritics differ) 'Lò Thị Hoa' on line 2." \
        in output
    assert "Line 4: the unit 'Châu Bính' is not in the current list of communes and wards of Nghệ An — did you " \
        "mean 'Xã Châu Bình'?" in output
    assert "Line 5: the full name is missing." in output
    assert "Line 6: the birth year '80' is not valid (4 digits are needed, e.g. 1978)." in output
    assert "Dòng" not in output and load_roster(course_copy) == []
    missing = CliRunner().invoke(main, ["roster", "import", str(no_unit), "--dir", str(course_copy.root)])
    assert "The list has no column 'đơn vị'." in " ".join(missing.output.split())  # the header the file must have


def _import(course: CourseRoot, rows: list[dict[str, str]], tmp_path: Path) -> list:
    pd.DataFrame(rows).to_csv(tmp_path / "ds.csv", index=False)
    return import_roster(course=course, file=tmp_path / "ds.csv")


def _set_units(course: CourseRoot, units: str) -> None:
    text = course.catalogue.read_text(encoding="utf-8")
    course.catalogue.write_text(text.replace("  units:\n    province: 40\n", units), encoding="utf-8")


def test_a_roster_of_another_province_imports_when_the_course_says_so(course_copy: CourseRoot, tmp_path: Path) -> None:
    with pytest.raises(KitError, match="Thành Sen"):  # a ward of Hà Tĩnh is not one of Nghệ An's
        _import(course_copy, [{"Họ và tên": "Lê Thị Hà", "Đơn vị": "Phường Thành Sen"}], tmp_path)
    _set_units(course_copy, "  units:\n    province: Hà Tĩnh\n")
    [learner] = _import(course_copy, [{"Họ và tên": "Lê Thị Hà", "Đơn vị": "thanh sen"}], tmp_path)
    assert learner.unit == "Phường Thành Sen"


def test_the_whole_country_asks_for_the_province_of_a_name_found_twice(course_copy: CourseRoot,
                                                                        tmp_path: Path) -> None:
    _set_units(course_copy, "")  # no setting: communes of the whole country
    with pytest.raises(KitError, match=r"Tân Lập, .* hoặc "):
        _import(course_copy, [{"Họ và tên": "Lê Thị Hà", "Đơn vị": "Tân Lập"}], tmp_path)
    learners = _import(course_copy, [{"Họ và tên": "Lê Thị Hà", "Đơn vị": "Tân Lập, Quảng Trị"},
                                     {"Họ và tên": "Lò Thị Hoa", "Đơn vị": "Châu Bình"}], tmp_path)
    assert [x.unit for x in learners] == ["Xã Tân Lập, Quảng Trị", "Xã Châu Bình, Nghệ An"]


def test_a_unit_list_of_the_trainer_replaces_communes(course_copy: CourseRoot, tmp_path: Path) -> None:
    (course_copy.root / "don-vi.csv").write_text("Đơn vị\nPhòng Tư pháp\nTrường Tiểu học Châu Bình\n",
                                                 encoding="utf-8")
    _set_units(course_copy, "  units:\n    list: don-vi.csv\n")
    [learner] = _import(course_copy, [{"Họ và tên": "Lê Thị Hà", "Đơn vị": "phòng tư pháp"}], tmp_path)
    assert learner.unit == "Phòng Tư pháp"
    with pytest.raises(KitError, match=r"Xã Châu Bình.*danh sách đơn vị của khóa học"):
        _import(course_copy, [{"Họ và tên": "Lò Thị Hoa", "Đơn vị": "Xã Châu Bình"}], tmp_path)


def test_an_id_column_is_honoured_and_checked(course_copy: CourseRoot, tmp_path: Path) -> None:
    learners = _import(course_copy, [{"Mã học viên": "hv-001", "Họ và tên": "Lò Thị Hoa", "Đơn vị": "Châu Bình"},
                                     {"Mã học viên": "", "Họ và tên": "Vi Văn Đức", "Đơn vị": "Hùng Chân"}], tmp_path)
    assert [x.id for x in learners] == ["hv-001", "vi-van-duc"]
    with pytest.raises(KitError, match=r"'HV 2' không hợp lệ.*hv-2"):
        _import(course_copy, [{"Mã học viên": "HV 2", "Họ và tên": "Kha Thị Mai", "Đơn vị": "Châu Bình"}], tmp_path)
    with pytest.raises(KitError, match="'hv-001' đã là mã của một học viên khác"):
        _import(course_copy, [{"Mã học viên": "hv-001", "Họ và tên": "Kha Thị Mai", "Đơn vị": "Châu Bình"}], tmp_path)
