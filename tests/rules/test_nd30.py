"""NĐ 30/2020 rules used by lessons and widgets (Phụ lục I, domain-facts §2.2): numbers below 10 get a leading 0;
ký hiệu upper case with "-" between groups and no spaces; dates with a leading 0 for days below 10 and months 1–2."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from kynangso.rules import nd30


def test_number_symbol_has_leading_zero_below_ten() -> None:
    assert nd30.number_symbol(7, "QĐ", "UBND") == "07/QĐ-UBND"
    assert nd30.number_symbol(125, "KH", "UBND") == "125/KH-UBND"


def test_date_line_zero_pads_days_below_ten_and_months_one_and_two() -> None:
    assert nd30.date_line("Hùng Chân", date(2026, 2, 5)) == "Hùng Chân, ngày 05 tháng 02 năm 2026"
    assert nd30.date_line("Châu Bình", date(2026, 3, 16)) == "Châu Bình, ngày 16 tháng 3 năm 2026"
    assert nd30.date_line("Quỳ Châu", date(2026, 12, 1)) == "Quỳ Châu, ngày 01 tháng 12 năm 2026"


def test_parse_number_symbol() -> None:
    parsed = nd30.parse_number_symbol("Số: 15/QĐ-UBND")
    assert parsed is not None and (parsed.number, parsed.type_name, parsed.issuer) == (15, "Quyết định", "UBND")
    assert nd30.parse_number_symbol("15 QĐ UBND") is None


def test_number_symbol_problems_name_each_mistake() -> None:
    assert nd30.number_symbol_problems("07/QĐ-UBND") == []
    assert nd30.number_symbol_problems("12/TTr-UBND") == []
    problems = nd30.number_symbol_problems("7/qđ-ubnd")
    assert any("số 0" in p for p in problems) and any("in hoa" in p for p in problems)
    assert any("dấu cách" in p for p in nd30.number_symbol_problems("07 / QĐ-UBND"))


def test_date_line_problems() -> None:
    assert nd30.date_line_problems("Hùng Chân, ngày 05 tháng 02 năm 2026") == []
    assert len(nd30.date_line_problems("Hùng Chân, ngày 5 tháng 2 năm 2026")) == 2
    assert nd30.date_line_problems("05/02/2026")


def test_verified_abbreviations_are_those_seen_in_real_documents() -> None:
    # domain-facts §2.2: QĐ, KH, BC, TTr, TB confirmed by real examples; the rest of Phụ lục III unverified
    assert {t.abbreviation for t in nd30.DOCUMENT_TYPES if t.verified} == {"QĐ", "KH", "BC", "TTr", "TB"}
    assert nd30.BY_ABBREVIATION["TTr"].name == "Tờ trình"
    assert len(nd30.BY_ABBREVIATION) == len(nd30.DOCUMENT_TYPES)
    assert "30/2020/NĐ-CP ngày 05/3/2020" in nd30.SOURCE


def test_format_number_pads_to_two_digits_only() -> None:
    assert [nd30.format_number(n) for n in (1, 9, 10, 125, 4851)] == ["01", "09", "10", "125", "4851"]


@pytest.mark.parametrize(("typed", "parts"), [
    ("Số: 15/QĐ-UBND", (15, "QĐ", "UBND", "Quyết định")),
    ("số:07/TTr-UBND", (7, "TTr", "UBND", "Tờ trình")),
    (unicodedata.normalize("NFD", " 4851/KH-UBND "), (4851, "KH", "UBND", "Kế hoạch")),
    ("1789/UBND-ĐMPT", (1789, "UBND", "ĐMPT", None)),   # công văn: issuer + unit, no type name
])
def test_parse_number_symbol_reads_the_parts(typed: str, parts: tuple[object, ...]) -> None:
    parsed = nd30.parse_number_symbol(typed)
    assert parsed is not None
    assert (parsed.number, parsed.type_abbreviation, parsed.issuer, parsed.type_name) == parts


@pytest.mark.parametrize("typed", ["", "QĐ-UBND", "15/QĐUBND", "15/QĐ/UBND", "15/QĐ - UBND"])
def test_parse_number_symbol_refuses_other_shapes(typed: str) -> None:
    assert nd30.parse_number_symbol(typed) is None


@pytest.mark.parametrize(("typed", "fragment"), [
    ("15/QĐUBND", 'gạch nối "-"'),
    ("15/QĐ-ubnd", "chữ in hoa"),
    ("07/Qđ-UBND", "chữ in hoa"),
    ("", 'Cần có dạng số/ký hiệu'),
    ("QĐ-UBND", 'Cần có dạng số/ký hiệu'),
])
def test_number_symbol_problems_more_slips(typed: str, fragment: str) -> None:
    assert any(fragment in p for p in nd30.number_symbol_problems(typed))


@pytest.mark.parametrize("typed", ["Số: 07/QĐ-UBND", "07/CTr-UBND", "07/QĐ-UBND ",
                                   unicodedata.normalize("NFD", "07/QĐ-UBND")])
def test_number_symbol_problems_accept_right_forms(typed: str) -> None:
    assert nd30.number_symbol_problems(typed) == []


@pytest.mark.parametrize(("typed", "fragment"), [
    ("ngày 05 tháng 02 năm 2026", "Địa danh đứng đầu"),
    ("Hùng Chân ngày 05 tháng 02 năm 2026", "Địa danh đứng đầu"),
    ("Hùng Chân, ngày 5 tháng 02 năm 2026", "ngày 05"),
    ("Hùng Chân, ngày 05 tháng 1 năm 2026", "tháng 01"),
])
def test_date_line_problems_more_slips(typed: str, fragment: str) -> None:
    problems = nd30.date_line_problems(typed)
    assert len(problems) == 1 and fragment in problems[0]


def test_date_line_problems_accept_nfd_and_months_from_march_without_zero() -> None:
    assert nd30.date_line_problems(unicodedata.normalize("NFD", "Hùng Chân, ngày 05 tháng 02 năm 2026")) == []
    assert nd30.date_line_problems("Châu Bình, ngày 16 tháng 3 năm 2026") == []


def test_date_line_problems_forgive_extra_spaces() -> None:
    assert nd30.date_line_problems("  Hùng Chân,  ngày 05  tháng 02 năm 2026 ") == []


@pytest.mark.parametrize("typed", ["Hùng Chân, ngày 30 tháng 02 năm 2026", "Hùng Chân, ngày 32 tháng 12 năm 2026",
                                   "Hùng Chân, ngày 10 tháng 13 năm 2026", "Hùng Chân, ngày 00 tháng 12 năm 2026"])
def test_date_line_problems_refuse_a_day_that_does_not_exist(typed: str) -> None:
    assert nd30.date_line_problems(typed) == ["Ngày tháng này không có thật: kiểm tra lại ngày và tháng."]


# Phụ lục III as far as the course's research notes support it (domain-facts §2.2 and the December 2026 update).
PHU_LUC_III = {
    "NQ": "Nghị quyết", "QĐ": "Quyết định", "CT": "Chỉ thị", "QC": "Quy chế", "QyĐ": "Quy định", "TB": "Thông báo",
    "HD": "Hướng dẫn", "CTr": "Chương trình", "KH": "Kế hoạch", "PA": "Phương án", "ĐA": "Đề án", "DA": "Dự án",
    "BC": "Báo cáo", "BB": "Biên bản", "TTr": "Tờ trình", "HĐ": "Hợp đồng", "CĐ": "Công điện",
    "GUQ": "Giấy ủy quyền", "GM": "Giấy mời", "GGT": "Giấy giới thiệu", "GNP": "Giấy nghỉ phép",
    "TC": "Thông cáo", "PG": "Phiếu gửi", "PC": "Phiếu chuyển", "PB": "Phiếu báo",
}


def test_phu_luc_iii_table_is_pinned() -> None:
    assert {t.abbreviation: t.name for t in nd30.DOCUMENT_TYPES} == PHU_LUC_III
    assert {t.abbreviation: t.name for t in nd30.COPY_TYPES} == {
        "SY": "Bản sao y", "SL": "Bản sao lục", "TrS": "Bản trích sao"}
    assert {"QyĐ", "CTr", "TTr", "TrS"} == nd30.MIXED_CASE
    # The 29 types of Điều 7: 25 in the table, Công văn (no type abbreviation) and 3 whose abbreviation the
    # reproductions of Phụ lục III disagree on or leave out.
    assert set(nd30.NOT_CONFIRMED) == {"Bản ghi nhớ", "Bản thỏa thuận", "Thư công"}
    assert len(nd30.DOCUMENT_TYPES) + 1 + len(nd30.NOT_CONFIRMED) == 29
    assert "Phụ lục III" in nd30.TABLE_SOURCE and "Điều 15" in nd30.NUMBERING_SOURCE


@pytest.mark.parametrize("typed", ["12/QyĐ-UBND", "Số: 03/QyĐ-UBND", "05/CTr-UBND", "05/TrS-UBND", "02/GNP-UBND",
                                   "01/ĐA-UBND"])
def test_mixed_case_abbreviations_of_phu_luc_iii_are_accepted(typed: str) -> None:
    assert nd30.number_symbol_problems(typed) == []


@pytest.mark.parametrize("typed", ["12/QYĐ-ubnd", "12/Qyđ-UBND", "05/Trs-UBND", "05/Ctr-UBND", "07/QyĐ-Ubnd"])
def test_other_lower_case_letters_are_still_refused(typed: str) -> None:
    assert any("in hoa" in p for p in nd30.number_symbol_problems(typed))


def test_parse_reads_the_new_table() -> None:
    parsed = nd30.parse_number_symbol("Số: 12/QyĐ-UBND")
    assert parsed is not None and parsed.type_name == "Quy định"
