"""Rules in kynangso.rules.one_stop (module M7): the return date is the n-th working day after receipt, skipping
weekends and the 2026 holidays announced for civil servants (Tết 14–22/2, Giỗ Tổ moved to Monday 27/4, 2/1 swapped
for Saturday 10/1). The lesson's names for the count are the working_days functions themselves."""

from __future__ import annotations

from datetime import date

import pytest

from kynangso.rules import one_stop, working_days


@pytest.mark.parametrize(("received", "days", "due"), [
    (date(2026, 3, 2), 3, date(2026, 3, 5)),     # thứ Hai + 3 ngày làm việc, không vướng nghỉ
    (date(2026, 3, 5), 3, date(2026, 3, 10)),    # qua thứ Bảy, Chủ nhật
    (date(2026, 2, 13), 1, date(2026, 2, 23)),   # qua Tết Nguyên đán 14–22/2
    (date(2026, 4, 24), 1, date(2026, 4, 28)),   # qua cuối tuần và nghỉ bù Giỗ Tổ 27/4
    (date(2025, 12, 31), 1, date(2026, 1, 5)),   # 1/1 và 2/1 nghỉ, rồi cuối tuần
    (date(2026, 1, 9), 1, date(2026, 1, 10)),    # thứ Bảy 10/1 là ngày làm bù
])
def test_ngay_hen_tra_counts_working_days(received: date, days: int, due: date) -> None:
    assert one_stop.ngay_hen_tra(received, days) == due
    rows = working_days.trace(received, days)
    assert sum(1 for _, why in rows if not why.startswith("không tính")) == days
    assert rows[-1][0] == due


def test_reasons_and_limits() -> None:
    assert working_days.day_off_reason(date(2026, 3, 4)) is None
    assert working_days.day_off_reason(date(2026, 3, 7))          # thứ Bảy
    assert working_days.day_off_reason(date(2026, 2, 17))         # Tết
    assert working_days.is_working_day(date(2026, 1, 10))
    with pytest.raises(ValueError):
        one_stop.ngay_hen_tra(date(2026, 3, 2), 0)
    with pytest.raises(ValueError):
        working_days.day_off_reason(date(2031, 1, 1))


def test_the_lesson_names_are_the_working_days_functions() -> None:
    assert one_stop.ngay_hen_tra is working_days.add_working_days and one_stop.doc_ngay is working_days.parse_day
    assert one_stop.ngay_vn is working_days.vn_date and one_stop.THU is working_days.WEEKDAYS


def test_late_and_apology() -> None:
    due = date(2026, 5, 6)
    assert not one_stop.tre_han(due, due, date(2026, 5, 20))
    assert one_stop.tre_han(due, date(2026, 5, 7), date(2026, 5, 20))
    assert one_stop.tre_han(due, None, date(2026, 5, 7))
    assert not one_stop.tre_han(due, None, date(2026, 5, 6))
    assert one_stop.can_van_ban_xin_loi(due, None, date(2026, 5, 5), du_kien_xong=date(2026, 5, 8))
    assert not one_stop.can_van_ban_xin_loi(due, None, date(2026, 5, 5), du_kien_xong=date(2026, 5, 6))


def test_percent_and_date_parsing() -> None:
    assert one_stop.ty_le_phan_tram(1, 3) == 33.3
    assert one_stop.ty_le_phan_tram(5, 0) == 0.0
    assert one_stop.doc_ngay("6/5/2026") == date(2026, 5, 6)
    assert one_stop.doc_ngay("06-05-2026") == date(2026, 5, 6)
    assert one_stop.doc_ngay("31/02/2026") is None
    assert one_stop.doc_ngay("mai") is None
    assert one_stop.ngay_vn(date(2026, 5, 6)) == "06/05/2026"
