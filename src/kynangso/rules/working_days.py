"""Ngày làm việc: counting deadlines in working days (Monday–Friday, minus holidays, plus swapped Saturdays).

Convention taught in the course: a time limit of *n* working days starts on the working day **after** the day
of receipt (Bộ luật Dân sự 91/2015/QH13, Điều 147: the first day of a period counted in days is not included).
An agency's own working rules or software may say otherwise; lessons mark this "cần đối chiếu".

The holiday list is ``kynangso.data.holidays`` (one list for the whole course). Days whose status is not yet
certain (a tentative schedule for a coming year, a day off announced as policy but not yet law) count as days off by
default — a deadline is then never promised too early — and lessons tell learners to check them.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from kynangso.data.holidays import NAM_CO_DU_LIEU, NGAY_LAM_BU, NGAY_NGHI
from kynangso.i18n import N_, _

# Names of the days (Monday first), translated where shown: weekday_name() does it.
WEEKDAYS = (N_("Thứ Hai"), N_("Thứ Ba"), N_("Thứ Tư"), N_("Thứ Năm"), N_("Thứ Sáu"), N_("Thứ Bảy"), N_("Chủ nhật"))
SOURCE = ("Bộ luật Dân sự 91/2015/QH13 (24/11/2015), Điều 147; "  # nội dung
          "Bộ luật Lao động 45/2019/QH14 (20/11/2019), Điều 112")


_DATE = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")


def parse_day(value: object) -> date | None:
    """``19/11/2026`` (also ``19-11-2026``, ``19.11.2026``) or a ``date``; ``None`` when it cannot be read."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    match = _DATE.match(value)
    if not match:
        return None
    day, month, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def vn_date(day: date) -> str:
    """``dd/mm/yyyy``, the way dates are written in registers."""
    return f"{day:%d/%m/%Y}"


def weekday_name(day: date) -> str:
    """The name of the day of the week, in the language of messages."""
    return _(WEEKDAYS[day.weekday()])


def _covered(day: date) -> None:
    if day.year not in NAM_CO_DU_LIEU:
        raise ValueError(
            _("Danh sách ngày nghỉ lễ chưa có năm {nam} (mới có {co}). "
              "Hãy bổ sung vào kynangso/data/holidays.py theo thông báo của Bộ Nội vụ.").format(
                nam=day.year, co=", ".join(map(str, NAM_CO_DU_LIEU)))
        )


def day_off_reason(day: date, include_unconfirmed: bool = True) -> str | None:
    """Why ``day`` is not a working day (``None`` when it is one)."""
    _covered(day)
    if day in NGAY_LAM_BU:
        return None
    holiday = NGAY_NGHI.get(day)
    if holiday is not None and (holiday.confirmed or include_unconfirmed):
        return holiday.ten
    if day.weekday() >= 5:
        return _("{thu}, nghỉ hằng tuần").format(thu=weekday_name(day))
    return None


def is_working_day(day: date, include_unconfirmed: bool = True) -> bool:
    return day_off_reason(day, include_unconfirmed) is None


def next_working_day(day: date, include_unconfirmed: bool = True) -> date:
    """The first working day strictly after ``day``."""
    current = day + timedelta(days=1)
    while not is_working_day(current, include_unconfirmed):
        current += timedelta(days=1)
    return current


def trace(start: date, days: int, include_unconfirmed: bool = True) -> list[tuple[date, str]]:
    """Every calendar day after ``start`` up to the deadline, each with a Vietnamese label."""
    if days < 1:
        raise ValueError(_("Số ngày làm việc phải từ 1 trở lên."))
    rows: list[tuple[date, str]] = []
    counted = 0
    current = start
    while counted < days:
        current += timedelta(days=1)
        reason = day_off_reason(current, include_unconfirmed)
        if reason is None:
            counted += 1
            label = _("ngày làm việc thứ {so}").format(so=counted)
            if current in NGAY_LAM_BU:
                label += f" ({NGAY_LAM_BU[current].lower()})"
            rows.append((current, label))
        else:
            rows.append((current, _("không tính — {ly_do}").format(ly_do=reason)))
    return rows


def add_working_days(start: date, days: int, include_unconfirmed: bool = True) -> date:
    """The deadline ``days`` working days after ``start`` (the day of receipt itself is not counted)."""
    return trace(start, days, include_unconfirmed)[-1][0]


def show_trace(start: date, days: int, include_unconfirmed: bool = True, received: str = "") -> str:
    """The day-by-day count as text lines, for lessons (``received`` words the first line: "Nhận ngày")."""
    lines = [_("{nhan} {thu} {ngay} (ngày này không tính)").format(
        nhan=received or _("Nhận ngày"), thu=weekday_name(start), ngay=vn_date(start))]
    rows = trace(start, days, include_unconfirmed)
    width = max([8, *(len(weekday_name(day)) for day, _label in rows)])  # "Chủ nhật"; "Wednesday" in English
    for day, label in rows:
        lines.append(f"  {weekday_name(day):<{width}} {vn_date(day)}: {label}")
    return "\n".join(lines)


__all__ = [
    "SOURCE",
    "WEEKDAYS",
    "add_working_days",
    "day_off_reason",
    "is_working_day",
    "next_working_day",
    "parse_day",
    "show_trace",
    "trace",
    "vn_date",
    "weekday_name",
]
