"""Ngày nghỉ lễ, Tết của cán bộ, công chức, viên chức 2025–2027 (để tính ngày hẹn trả theo ngày làm việc).

⚠️ CẦN ĐỐI CHIẾU MỖI NĂM với thông báo lịch nghỉ của Bộ Nội vụ. Không có lịch chính thức dạng máy đọc được. Ngày nghỉ
lễ theo Bộ luật Lao động số 45/2019/QH14 (20/11/2019), Điều 112: Tết Dương lịch 1 ngày, Tết Âm lịch 5 ngày, Giỗ Tổ
Hùng Vương (10/3 âm lịch), 30/4, 1/5, Quốc khánh 2 ngày (2/9 và 1 ngày liền kề). Hằng năm Thủ tướng đồng ý phương án
nghỉ (nghỉ bù, hoán đổi ngày làm việc) và Bộ Nội vụ thông báo. Trước mỗi năm mới: sửa danh sách theo thông báo đó và
cập nhật ``CHECKED_ON``.

Nguồn (đối chiếu ngày 28/11/2026 qua báo chí đưa tin các văn bản chính thức):
- 2025: Tết 25/1–2/2 (Thông báo 6150/TB-BLĐTBXH năm 2024); 30/4–4/5 (làm bù thứ Bảy 26/4); 30/8–2/9.
- 2026: Tết Dương lịch 1/1–4/1, hoán đổi thứ Sáu 2/1 sang thứ Bảy 10/1 (Công văn 12729/VPCP-KGVX ngày 25/12/2025);
  Tết Nguyên đán nghỉ 14/2–22/2; Giỗ Tổ 26/4 là Chủ nhật nên nghỉ bù thứ Hai 27/4; Quốc khánh 31/8–2/9 (hoán đổi
  thứ Hai 31/8 sang thứ Bảy 22/8).
- 24/11 "Ngày Văn hóa Việt Nam": ngày nghỉ lễ hưởng nguyên lương từ năm 2026 theo Nghị quyết 28/2026/QH16 của Quốc
  hội (hiệu lực từ 01/7/2026), thực hiện chủ trương của Nghị quyết 80-NQ/TW → ``confirmed=True`` cho 2026 và 2027.
  ⚠️ Hoán đổi ngày làm việc năm 2026 (nghỉ thứ Hai 23/11, làm bù thứ Bảy 28/11) được báo chí nêu nhưng chưa tìm được
  văn bản đồng ý của Thủ tướng hay thông báo của Bộ Nội vụ (chờ thông báo đó) → **không** đưa vào danh sách:
  23/11/2026 vẫn là ngày làm việc, 28/11/2026 vẫn là thứ Bảy nghỉ. Có văn bản thì thêm 23/11 vào ``_ROWS`` và 28/11
  vào ``NGAY_LAM_BU``.
- 2027: **dự kiến** theo Bộ luật Lao động và lịch âm (mùng 1 Tết Đinh Mùi = 06/02/2027, Giỗ Tổ = 16/4/2027); phương
  án nghỉ chính thức chưa có → ``confirmed=False`` cho các ngày tùy phương án.

Mặc định, các hàm tính ngày làm việc (``kynangso.rules.working_days``, tham số ``include_unconfirmed``) coi mọi
ngày trong danh sách là ngày nghỉ, kể cả ngày chưa chắc chắn; bài học nhắc người học đối chiếu.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

CHECKED_ON = date(2026, 11, 28)
NAM_CO_DU_LIEU: tuple[int, ...] = (2025, 2026, 2027)


@dataclass(frozen=True)
class NgayNghi:
    ngay: date
    ten: str
    confirmed: bool = True  # False: tentative (a coming year's schedule, a day off not yet in law)


def _ds(nam: int, thang: int, ngay_list: tuple[int, ...], ten: str, confirmed: bool = True) -> list[NgayNghi]:
    return [NgayNghi(date(nam, thang, d), ten, confirmed) for d in ngay_list]


_TET = "Tết Nguyên đán"
_ROWS: tuple[NgayNghi, ...] = (
    # 2025
    *_ds(2025, 1, (1,), "Tết Dương lịch"),
    *_ds(2025, 1, (27, 28, 29, 30, 31), _TET),
    *_ds(2025, 4, (7,), "Giỗ Tổ Hùng Vương"),
    *_ds(2025, 4, (30,), "Ngày Chiến thắng 30/4"),
    *_ds(2025, 5, (1,), "Ngày Quốc tế Lao động 1/5"),
    *_ds(2025, 5, (2,), "Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)"),
    *_ds(2025, 9, (1, 2), "Quốc khánh"),
    # 2026
    *_ds(2026, 1, (1,), "Tết Dương lịch"),
    *_ds(2026, 1, (2,), "Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)"),
    *_ds(2026, 2, (16, 17, 18, 19, 20), _TET),
    *_ds(2026, 4, (27,), "Nghỉ bù Giỗ Tổ Hùng Vương (26/4/2026 là Chủ nhật)"),
    *_ds(2026, 4, (30,), "Ngày Chiến thắng 30/4"),
    *_ds(2026, 5, (1,), "Ngày Quốc tế Lao động 1/5"),
    *_ds(2026, 8, (31,), "Nghỉ hoán đổi (làm bù thứ Bảy 22/8/2026)"),
    *_ds(2026, 9, (1, 2), "Quốc khánh"),
    *_ds(2026, 11, (24,), "Ngày Văn hóa Việt Nam (Nghị quyết 28/2026/QH16)"),
    # 2027 — dự kiến
    *_ds(2027, 1, (1,), "Tết Dương lịch"),
    *_ds(2027, 2, (4, 5, 8, 9, 10), f"{_TET} (dự kiến)", confirmed=False),
    *_ds(2027, 4, (16,), "Giỗ Tổ Hùng Vương"),
    *_ds(2027, 4, (30,), "Ngày Chiến thắng 30/4"),
    *_ds(2027, 5, (3,), "Nghỉ bù Ngày Quốc tế Lao động (1/5/2027 là thứ Bảy)"),
    *_ds(2027, 9, (2,), "Quốc khánh"),
    *_ds(2027, 9, (3,), "Quốc khánh (ngày liền kề, dự kiến)", confirmed=False),
    *_ds(2027, 11, (24,), "Ngày Văn hóa Việt Nam (Nghị quyết 28/2026/QH16)"),
)

NGAY_NGHI: dict[date, NgayNghi] = {row.ngay: row for row in _ROWS}

# Thứ Bảy phải đi làm để bù cho một ngày thường được nghỉ (ngày làm bù) — là ngày làm việc.
NGAY_LAM_BU: dict[date, str] = {
    date(2025, 4, 26): "Làm bù cho thứ Sáu 02/5/2025",
    date(2026, 1, 10): "Làm bù cho thứ Sáu 02/01/2026",
    date(2026, 8, 22): "Làm bù cho thứ Hai 31/8/2026",
}


def holidays_in(year: int, include_unconfirmed: bool = True) -> list[NgayNghi]:
    """The days off of ``year`` (weekends aside), in date order; ``include_unconfirmed=False`` keeps the sure ones."""
    return [row for row in _ROWS if row.ngay.year == year and (row.confirmed or include_unconfirmed)]


def ngay_nghi_trong_nam(nam: int, ca_chua_chac: bool = True) -> list[NgayNghi]:
    """Các ngày nghỉ (không kể thứ Bảy, Chủ nhật) của một năm, theo thứ tự ngày (tên dùng trong bài học)."""
    return holidays_in(nam, include_unconfirmed=ca_chua_chac)


__all__ = ["CHECKED_ON", "NAM_CO_DU_LIEU", "NGAY_LAM_BU", "NGAY_NGHI", "NgayNghi", "holidays_in", "ngay_nghi_trong_nam"]
