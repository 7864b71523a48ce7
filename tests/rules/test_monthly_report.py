"""Rules in kynangso.rules.monthly_report (module 14): the report's cells, their right numbers, common mistakes."""

from __future__ import annotations

import pandas as pd
import pytest

from kynangso.data.report_workbook import ho_so_thang
from kynangso.rules import monthly_report as bc

RIGHT = {"C5": 35, "C6": 4, "C7": 88.6, "C8": 74.3}


def test_the_exercise_numbers_come_from_the_dossiers() -> None:
    frame = ho_so_thang()
    assert bc.so_lieu_bao_cao(frame) == RIGHT
    assert (frame["Trễ hạn"] == "Có").sum() == 4 and len(frame) == 35


def test_rates_are_rounded_to_one_decimal_and_zero_dossiers_is_zero() -> None:
    frame = pd.DataFrame({"Trễ hạn": ["Có", "Không", "Không"], "Số hóa": ["Có", "Có", "Không"]})
    assert bc.so_lieu_bao_cao(frame) == {"C5": 3, "C6": 1, "C7": 66.7, "C8": 66.7}
    assert bc.ty_le(0, 0) == 0.0


@pytest.mark.parametrize(("ref", "value", "right"), [
    ("C5", 35, True), ("C5", 35.0, True), ("C5", 36, False),
    ("C7", 88.6, True), ("C7", 88.57, True), ("C7", 88.5714, True), ("C7", 88.7, False), ("C7", 0.886, False),
    ("C7", True, False), ("C7", "88,6", False), ("C7", float("nan"), False),
])
def test_a_count_is_exact_and_a_rate_is_right_to_the_rounding(ref: str, value: object, right: bool) -> None:
    assert bc.dung_o(ref, value, RIGHT[ref]) is right


@pytest.mark.parametrize(("ref", "value", "says"), [
    ("C5", 36, "dòng tiêu đề"),
    ("C6", 31, "KHÔNG trễ hạn"),
    ("C7", 0.886, "quên nhân với 100"),
    ("C8", 0.743, "quên nhân với 100"),
    ("C7", 11.4, "tỷ lệ trễ hạn"),
    ("C8", 74.0, "làm tròn"),
    ("C8", 50.0, ""),
])
def test_common_mistakes_are_named_without_the_right_number(ref: str, value: float, says: str) -> None:
    note = bc.loi_thuong_gap(ref, value, RIGHT)
    assert (says in note) if says else note == ""
    assert str(RIGHT[ref]).replace(".", ",") not in note and str(RIGHT[ref]) not in note


def test_report_notes_list_each_wrong_or_empty_cell() -> None:
    notes = bc.nhan_xet_o({"C5": 35, "C6": None, "C7": 0.886, "C8": 74.3}, RIGHT)
    assert notes == ["Ô C6 (Số hồ sơ trễ hạn) còn trống.",
                     "Ô C7 (Tỷ lệ giải quyết đúng hạn (%)) chưa đúng. Bạn quên nhân với 100: tỷ lệ ghi bằng số phần "
                     "trăm, ví dụ 94,7 chứ không phải 0,947."]
    assert bc.nhan_xet_o(RIGHT, RIGHT) == []


def test_the_cells_of_the_report() -> None:
    assert bc.REFS == ("C5", "C6", "C7", "C8")
    assert [c.percent for c in bc.O_BAO_CAO] == [False, False, True, True]
    assert bc.o_bao_cao("C7").label == "Tỷ lệ giải quyết đúng hạn (%)"
    with pytest.raises(KeyError):
        bc.o_bao_cao("Z9")
