"""The formulas the kit computes when a workbook has no saved results (module 14): what the lesson teaches."""

from __future__ import annotations

from typing import Any

import pytest

from kynangso.rules.spreadsheet_formula import FormulaProblem, evaluate

SHEETS: dict[str, list[list[Any]]] = {
    "HoSo": [["Mã", "Lĩnh vực", "Trễ hạn", "Số ngày"],
             ["HS-1", "Hộ tịch", "Có", 3],
             ["HS-2", "Đất đai", "Không", 10],
             ["HS-3", "Hộ tịch", "có", 5],
             ["HS-4", "Chứng thực", "Không", None]],
    "Báo cáo tháng": [[None, None, 4], [None, None, 2]],
}


def _read(sheet: str, row: int, column: int) -> Any:
    rows = SHEETS[sheet]
    return rows[row - 1][column - 1] if row <= len(rows) and column <= len(rows[row - 1]) else None


def _size(sheet: str) -> tuple[int, int]:
    return len(SHEETS[sheet]), max(len(r) for r in SHEETS[sheet])


def run(formula: str) -> Any:
    return evaluate(formula, "Báo cáo tháng", _read, _size)


@pytest.mark.parametrize(("formula", "value"), [
    ('=COUNTIF(HoSo!C:C,"Có")', 2),  # case-insensitive, as in Excel
    ('=COUNTIF(HoSo!C2:C5,"<>Có")', 2),
    ('=COUNTIFS(HoSo!B:B,"Hộ tịch",HoSo!C:C,"Có")', 2),
    ('=COUNTIF(HoSo!B:B,"Hộ*")', 2),
    ('=COUNTIF(HoSo!D:D,">4")', 2),
    ("=COUNTA(HoSo!A2:A200)", 4),
    ("=COUNT(HoSo!D:D)", 3),
    ("=COUNTBLANK(HoSo!D2:D5)", 1),
    ("=ROWS(HoSo!A2:A5)", 4),
    ("=SUM(HoSo!D:D)", 18),
    ("=AVERAGE(HoSo!D2:D5)", 6),
    ("=ROUND((C1-C2)/C1*100,1)", 50),
    ("=ROUND(2/3*100,1)", 66.7),
    ("=ROUND(0.125*100,0)", 13),  # halves away from zero, as in Excel
    ("=-C2^2+10%", 4.1),  # in Excel the sign binds before ^: -2^2 = 4
    ("=C1>C2", True),
    ('="Có"&"!"', "Có!"),
    ("=MAX(HoSo!D:D)-MIN(HoSo!D:D)", 7),
    ("=ABS(-2)", 2),
    ("=_xlfn.COUNTIFS(HoSo!C:C,\"Không\")", 2),
])
def test_the_lesson_formulas(formula: str, value: Any) -> None:
    assert run(formula) == pytest.approx(value)


@pytest.mark.parametrize(("formula", "problem"), [
    ("=IFERROR(1,0)", "chưa tính được hàm IFERROR"),
    ("=C1/(C2-2)", "chia cho 0"),
    ("=C1+HoSo!A2", "lấy chữ 'HS-1'"),
    ("=C1+HoSo!A2:A3", "cả một vùng ô"),
    ("=COUNTIF(HoSo!C:C)", "từng cặp"),
    ("=(C1+1", "thiếu phần cuối"),
    ("=C1 C2", "viết chưa đúng"),
])
def test_what_it_cannot_compute_is_said_in_vietnamese(formula: str, problem: str) -> None:
    with pytest.raises(FormulaProblem, match=problem):
        run(formula)
