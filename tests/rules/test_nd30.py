"""NĐ 30/2020 rules used by lessons and widgets."""

from __future__ import annotations

from datetime import date

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
