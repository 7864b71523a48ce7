"""The holiday list for 2026 and 2027, pinned date by date (a change to it must be deliberate)."""

from __future__ import annotations

from datetime import date

from kynangso.data.holidays import NGAY_LAM_BU, NGAY_NGHI, ngay_nghi_trong_nam
from kynangso.rules import working_days as wd

HOLIDAYS_2026 = [
    date(2026, 1, 1), date(2026, 1, 2),
    date(2026, 2, 16), date(2026, 2, 17), date(2026, 2, 18), date(2026, 2, 19), date(2026, 2, 20),
    date(2026, 4, 27), date(2026, 4, 30), date(2026, 5, 1),
    date(2026, 8, 31), date(2026, 9, 1), date(2026, 9, 2),
    date(2026, 11, 24),
]
HOLIDAYS_2027 = [
    date(2027, 1, 1),
    date(2027, 2, 4), date(2027, 2, 5), date(2027, 2, 8), date(2027, 2, 9), date(2027, 2, 10),
    date(2027, 4, 16), date(2027, 4, 30), date(2027, 5, 3),
    date(2027, 9, 2), date(2027, 9, 3),
    date(2027, 11, 24),
]
# Not yet fixed by an official schedule: the days off around Tết 2027 and the day next to Quốc khánh 2027.
TENTATIVE_2027 = {date(2027, 2, 4), date(2027, 2, 5), date(2027, 2, 8), date(2027, 2, 9), date(2027, 2, 10),
                  date(2027, 9, 3)}


def test_holidays_2026_are_pinned_and_all_confirmed() -> None:
    rows = ngay_nghi_trong_nam(2026)
    assert [r.ngay for r in rows] == HOLIDAYS_2026
    assert all(r.confirmed for r in rows)
    assert [r.ngay for r in ngay_nghi_trong_nam(2026, ca_chua_chac=False)] == HOLIDAYS_2026


def test_holidays_2027_are_pinned_with_the_tentative_ones_marked() -> None:
    rows = ngay_nghi_trong_nam(2027)
    assert [r.ngay for r in rows] == HOLIDAYS_2027
    assert {r.ngay for r in rows if not r.confirmed} == TENTATIVE_2027


def test_van_hoa_day_is_a_confirmed_holiday_citing_its_resolution() -> None:
    for year in (2026, 2027):
        row = NGAY_NGHI[date(year, 11, 24)]
        assert row.confirmed and "Ngày Văn hóa Việt Nam" in row.ten and "28/2026/QH16" in row.ten


def test_unconfirmed_swap_around_van_hoa_day_is_not_applied() -> None:
    # A 23/11 ↔ 28/11/2026 swap was reported but not confirmed by an official notice: 23/11 stays a working day
    # and Saturday 28/11 stays a day off.
    assert date(2026, 11, 23) not in NGAY_NGHI and date(2026, 11, 28) not in NGAY_LAM_BU
    assert wd.is_working_day(date(2026, 11, 23)) and not wd.is_working_day(date(2026, 11, 28))
    # Received Monday 23/11/2026, 5 working days: 25, 26, 27, 30/11 and 01/12 (24/11 is a holiday).
    assert wd.add_working_days(date(2026, 11, 23), 5) == date(2026, 12, 1)


def test_swapped_saturdays_2026() -> None:
    assert sorted(d for d in NGAY_LAM_BU if d.year == 2026) == [date(2026, 1, 10), date(2026, 8, 22)]
