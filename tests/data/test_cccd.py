"""Synthetic people and numbers in kynangso.data.cccd (module M1)."""

from __future__ import annotations

import pytest

from kynangso.data import cccd as data
from kynangso.rules import cccd


def test_same_seed_same_people_and_numbers_agree() -> None:
    people = data.make_people(40, seed=7)
    assert people == data.make_people(40, seed=7)
    assert people != data.make_people(40, seed=8)
    for person in people:
        number = str(person["Số định danh"])
        assert len(number) == 12 and number.isdigit()
        assert number[:3] in cccd.PROVINCES
        year, sex = int(str(person["Năm sinh"])), str(person["Giới tính"])
        expected = {(True, "Nam"): "0", (True, "Nữ"): "1", (False, "Nam"): "2", (False, "Nữ"): "3"}
        assert number[3] == expected[(year < 2000, sex)]
        assert number[4:6] == f"{year % 100:02d}"
        assert cccd.is_consistent(number, year, sex, this_year=2026)


@pytest.mark.parametrize("kind", data.LOI_CAI_SAN)
def test_each_planted_error_breaks_consistency(kind: str) -> None:
    person = data.make_people(1, seed=3)[0]
    broken = data.plant_error(person, kind)
    assert not cccd.is_consistent(broken["Số định danh"], int(str(person["Năm sinh"])), str(person["Giới tính"]),
                                  this_year=2026)


def test_check_list_has_exactly_the_planted_rows() -> None:
    rows = data.make_check_list(seed=5)
    bad = [r for r in rows if not cccd.is_consistent(r["Số định danh"], int(str(r["Năm sinh"])),
                                                     str(r["Giới tính"]), this_year=2026)]
    assert len(rows) == 8 and len(bad) == 3
