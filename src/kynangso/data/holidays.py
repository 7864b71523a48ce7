"""Ngày nghỉ lễ, Tết của công chức, viên chức (2025–2026), used to count working days ("ngày làm việc").

⚠️ CẦN ĐỐI CHIẾU MỖI NĂM. There is no official machine-readable calendar. The statutory holidays are in
Bộ luật Lao động 45/2019/QH14 (20/11/2019), Điều 112; every year the Prime Minister agrees a schedule
(days off in lieu, swapped working days) that the Ministry of Home Affairs (Bộ Nội vụ) announces.
Before a new year starts, add its entries from the official announcement and update ``CHECKED_ON``.

Sources used for this list (checked 2026-11-28 against press reports of the official letters):
- 2025: schedule announced by Bộ Nội vụ (Tết 25/1–2/2; 30/4–4/5 with Saturday 26/4 worked; 30/8–2/9).
- 2026: Công văn 12729/VPCP-KGVX (25/12/2025, Tết Dương lịch); Công văn 9859/VPCP-KGVX (13/10/2025,
  Tết Âm lịch and Quốc khánh); Giỗ Tổ 26/4/2026 is a Sunday, so Monday 27/4 is the day off in lieu.
- 24/11/2026 "Ngày Văn hóa Việt Nam": a day off is the policy of Nghị quyết 80-NQ/TW (1/2026), to be made law
  by amending Bộ luật Lao động; whether that happened in time for 2026 was not confirmed, so the entry is
  marked ``confirmed=False`` and is not counted unless asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

CHECKED_ON = date(2026, 11, 28)
COVERED_YEARS: tuple[int, ...] = (2025, 2026)


@dataclass(frozen=True)
class Holiday:
    day: date
    name: str
    confirmed: bool = True


_ROWS: tuple[Holiday, ...] = (
    # 2025
    Holiday(date(2025, 1, 1), "Tết Dương lịch"),
    Holiday(date(2025, 1, 27), "Tết Nguyên đán"),
    Holiday(date(2025, 1, 28), "Tết Nguyên đán"),
    Holiday(date(2025, 1, 29), "Tết Nguyên đán"),
    Holiday(date(2025, 1, 30), "Tết Nguyên đán"),
    Holiday(date(2025, 1, 31), "Tết Nguyên đán"),
    Holiday(date(2025, 4, 7), "Giỗ Tổ Hùng Vương"),
    Holiday(date(2025, 4, 30), "Ngày Chiến thắng 30/4"),
    Holiday(date(2025, 5, 1), "Ngày Quốc tế Lao động 1/5"),
    Holiday(date(2025, 5, 2), "Nghỉ hoán đổi (làm bù thứ Bảy 26/4)"),
    Holiday(date(2025, 9, 1), "Quốc khánh"),
    Holiday(date(2025, 9, 2), "Quốc khánh"),
    # 2026
    Holiday(date(2026, 1, 1), "Tết Dương lịch"),
    Holiday(date(2026, 1, 2), "Nghỉ hoán đổi (làm bù thứ Bảy 10/01)"),
    Holiday(date(2026, 2, 16), "Tết Nguyên đán"),
    Holiday(date(2026, 2, 17), "Tết Nguyên đán"),
    Holiday(date(2026, 2, 18), "Tết Nguyên đán"),
    Holiday(date(2026, 2, 19), "Tết Nguyên đán"),
    Holiday(date(2026, 2, 20), "Tết Nguyên đán"),
    Holiday(date(2026, 4, 27), "Nghỉ bù Giỗ Tổ Hùng Vương (26/4 là Chủ nhật)"),
    Holiday(date(2026, 4, 30), "Ngày Chiến thắng 30/4"),
    Holiday(date(2026, 5, 1), "Ngày Quốc tế Lao động 1/5"),
    Holiday(date(2026, 8, 31), "Nghỉ hoán đổi (làm bù thứ Bảy 22/8)"),
    Holiday(date(2026, 9, 1), "Quốc khánh"),
    Holiday(date(2026, 9, 2), "Quốc khánh"),
    Holiday(date(2026, 11, 24), "Ngày Văn hóa Việt Nam (chưa xác nhận)", confirmed=False),
)

HOLIDAYS: dict[date, Holiday] = {h.day: h for h in _ROWS}

# Saturdays worked in exchange for a weekday off (ngày làm bù).
EXTRA_WORKING_DAYS: dict[date, str] = {
    date(2025, 4, 26): "Làm bù cho thứ Sáu 02/5/2025",
    date(2026, 1, 10): "Làm bù cho thứ Sáu 02/01/2026",
    date(2026, 8, 22): "Làm bù cho thứ Hai 31/8/2026",
}


def holidays_in(year: int, include_unconfirmed: bool = False) -> list[Holiday]:
    """The days off of one year, in date order."""
    return [h for h in _ROWS if h.day.year == year and (h.confirmed or include_unconfirmed)]


__all__ = ["CHECKED_ON", "COVERED_YEARS", "EXTRA_WORKING_DAYS", "HOLIDAYS", "Holiday", "holidays_in"]
