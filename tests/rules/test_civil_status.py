"""Rules in kynangso.rules.civil_status (module 15): deadlines of Luật Hộ tịch 60/2014/QH13, the linked procedures of
Nghị định 63/2024/NĐ-CP, their agencies, papers and order."""

from __future__ import annotations

from datetime import date

import pytest

from kynangso.rules import civil_status as ht


@pytest.mark.parametrize(("event", "group", "last"), [
    (date(2026, 10, 15), ht.BIRTH, date(2026, 12, 14)),  # 60 days later is a Monday
    (date(2026, 12, 7), ht.DEATH, date(2026, 12, 22)),  # 15 days later is a Tuesday
    (date(2026, 9, 25), ht.DEATH, date(2026, 10, 12)),  # 10/10 is a Saturday: the next working day
    (date(2026, 7, 3), ht.BIRTH, date(2026, 9, 3)),  # 01/9 falls on Quốc khánh: 1/9, 2/9 off, then Thursday 3/9
])
def test_last_day_to_register_counts_calendar_days_and_skips_a_last_day_off(event: date, group: str,
                                                                            last: date) -> None:
    assert ht.last_day_to_register(event, group) == last


def test_the_birth_group_is_answered_in_three_working_days_and_the_death_group_is_not_taught() -> None:
    assert ht.appointment(date(2026, 12, 1)) == date(2026, 12, 4)  # Tuesday → Friday
    assert ht.appointment(date(2026, 8, 28)) == date(2026, 9, 7)  # over 31/8 (swapped) and Quốc khánh
    assert ht.appointment(date(2026, 12, 9), ht.DEATH) is None


def test_every_procedure_has_one_agency_and_each_group_starts_with_the_registration() -> None:
    for group, steps in ht.PROCEDURES.items():
        assert steps[0] == ht.FIRST[group] and ht.AGENCY[steps[0]] == ht.UBND_XA
        assert all(ht.AGENCY[step] in ht.AGENCIES for step in steps)
    assert ht.AGENCY[ht.THUONG_TRU] == ht.AGENCY[ht.XOA_THUONG_TRU] == ht.CONG_AN_XA
    assert ht.AGENCY[ht.THE_BHYT] == ht.AGENCY[ht.MAI_TANG] == ht.BHXH


def test_agency_problem_names_the_law_of_the_right_agency() -> None:
    assert ht.agency_problem(ht.KHAI_SINH, ht.UBND_XA) is None
    assert "Điều 13" in str(ht.agency_problem(ht.KHAI_SINH, ht.CONG_AN_XA))
    assert "Luật Cư trú" in str(ht.agency_problem(ht.XOA_THUONG_TRU, ht.UBND_XA))
    assert "bảo hiểm xã hội" in str(ht.agency_problem(ht.THE_BHYT, ht.CONG_AN_XA))
    assert "Chọn cơ quan" in str(ht.agency_problem(ht.TU_TUAT, "— chọn —"))


def test_order_problem_wants_the_registration_first_then_any_order() -> None:
    assert ht.order_problem(ht.BIRTH, ht.KHAI_SINH, []) is None
    assert "số định danh" in str(ht.order_problem(ht.BIRTH, ht.THE_BHYT, []))
    assert ht.order_problem(ht.BIRTH, ht.THE_BHYT, [ht.KHAI_SINH]) is None
    assert "trích lục khai tử" in str(ht.order_problem(ht.DEATH, ht.MAI_TANG, [ht.XOA_THUONG_TRU]))
    assert "đã giải quyết" in str(ht.order_problem(ht.DEATH, ht.KHAI_TU, [ht.KHAI_TU]))


def test_missing_papers_and_the_problems_of_a_wrong_tick() -> None:
    attached = (ht.TO_KHAI, ht.SO_HO_KHAU)
    assert ht.missing(ht.BIRTH, attached) == (ht.GIAY_CHUNG_SINH,)
    assert ht.missing(ht.DEATH, (ht.TO_KHAI, ht.GIAY_BAO_TU)) == ()
    assert ht.paper_problems(ht.BIRTH, attached, [ht.GIAY_CHUNG_SINH]) == []
    forgot = ht.paper_problems(ht.BIRTH, attached, [])
    assert len(forgot) == 1 and "Điều 16" in forgot[0]
    assert "01/01/2023" in ht.paper_problems(ht.BIRTH, attached, [ht.GIAY_CHUNG_SINH, ht.SO_HO_KHAU])[0]
    assert "đã có trong hồ sơ" in ht.paper_problems(ht.BIRTH, attached, [ht.TO_KHAI, ht.GIAY_CHUNG_SINH])[0]


def test_the_sources_are_cited_with_number_and_date() -> None:
    assert "60/2014/QH13" in ht.SOURCE and "63/2024/NĐ-CP ngày 10/6/2024" in ht.SOURCE
    assert set(ht.PAPERS[ht.BIRTH]) >= set(ht.REQUIRED[ht.BIRTH]) | set(ht.NOT_NEEDED)
