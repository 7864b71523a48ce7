"""Trung tâm Phục vụ hành chính công cấp xã: ngày hẹn trả, hồ sơ trễ hạn, văn bản xin lỗi, tỷ lệ số hóa.

- Nghị định 118/2025/NĐ-CP (09/6/2025): cơ chế một cửa, một cửa liên thông; Trung tâm Phục vụ hành chính công
  cấp xã từ 01/7/2025.
- Thông tư 03/2025/TT-VPCP (15/9/2025), Phụ lục I: các mẫu phiếu (Mẫu 01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả …
  Mẫu 04 Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết). Tên cũ "Phiếu xin lỗi và hẹn lại ngày trả kết
  quả" (Thông tư 01/2018/TT-VPCP, hướng dẫn Nghị định 61/2018/NĐ-CP) vẫn gặp trên nhiều phần mềm.
- Quy ước đếm ngày trong khóa học: ngày tiếp nhận không tính; đếm từ ngày làm việc tiếp theo (Bộ luật Dân sự
  91/2015/QH14, Điều 147). Phần mềm một cửa của tỉnh có thể có quy ước riêng (ví dụ hồ sơ nhận buổi chiều) —
  bài học ghi "cần đối chiếu".
"""

from __future__ import annotations

from datetime import date, timedelta

from kynangso.data.ngay_nghi import NAM_CO_DU_LIEU, NGAY_LAM_BU, NGAY_NGHI

SOURCE = "Nghị định 118/2025/NĐ-CP ngày 09/6/2025; Thông tư 03/2025/TT-VPCP ngày 15/9/2025"
APOLOGY_FORM = "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết (Mẫu số 04, Thông tư 03/2025/TT-VPCP)"
OLD_APOLOGY_NAME = "Phiếu xin lỗi và hẹn lại ngày trả kết quả"
THU = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


def ngay_vn(day: date) -> str:
    """``dd/mm/yyyy`` (cách ghi trên giấy hẹn)."""
    return f"{day:%d/%m/%Y}"


def ly_do_nghi(day: date, ca_chua_chac: bool = True) -> str | None:
    """Vì sao ``day`` không phải ngày làm việc; ``None`` nếu là ngày làm việc."""
    if day.year not in NAM_CO_DU_LIEU:
        raise ValueError(f"Danh sách ngày nghỉ chưa có năm {day.year}: hãy bổ sung kynangso/data/ngay_nghi.py.")
    if day in NGAY_LAM_BU:
        return None
    holiday = NGAY_NGHI.get(day)
    if holiday is not None and (holiday.chac_chan or ca_chua_chac):
        return holiday.ten
    if day.weekday() >= 5:
        return f"{THU[day.weekday()]}, nghỉ hằng tuần"
    return None


def la_ngay_lam_viec(day: date, ca_chua_chac: bool = True) -> bool:
    return ly_do_nghi(day, ca_chua_chac) is None


def dem_tung_ngay(ngay_tiep_nhan: date, so_ngay: int, ca_chua_chac: bool = True) -> list[tuple[date, str]]:
    """Từng ngày sau ngày tiếp nhận cho tới ngày hẹn trả, mỗi ngày kèm lời giải thích."""
    if so_ngay < 1:
        raise ValueError("Số ngày làm việc phải từ 1 trở lên.")
    rows: list[tuple[date, str]] = []
    counted, current = 0, ngay_tiep_nhan
    while counted < so_ngay:
        current += timedelta(days=1)
        reason = ly_do_nghi(current, ca_chua_chac)
        if reason is None:
            counted += 1
            rows.append((current, f"ngày làm việc thứ {counted}"))
        else:
            rows.append((current, f"không tính — {reason}"))
    return rows


def ngay_hen_tra(ngay_tiep_nhan: date, so_ngay: int, ca_chua_chac: bool = True) -> date:
    """Ngày hẹn trả = ngày làm việc thứ ``so_ngay`` sau ngày tiếp nhận."""
    return dem_tung_ngay(ngay_tiep_nhan, so_ngay, ca_chua_chac)[-1][0]


def bang_dem(ngay_tiep_nhan: date, so_ngay: int) -> str:
    """Cách đếm từng ngày, dạng chữ để in trong bài học."""
    lines = [f"Tiếp nhận {THU[ngay_tiep_nhan.weekday()]} {ngay_vn(ngay_tiep_nhan)} (ngày này không tính)"]
    lines += [f"  {THU[d.weekday()]:<8} {ngay_vn(d)}: {label}" for d, label in dem_tung_ngay(ngay_tiep_nhan, so_ngay)]
    return "\n".join(lines)


def tre_han(ngay_hen: date, ngay_co_ket_qua: date | None, ngay_xem: date) -> bool:
    """Hồ sơ trễ hạn: có kết quả sau ngày hẹn, hoặc đến ``ngay_xem`` vẫn chưa có kết quả mà đã qua ngày hẹn."""
    if ngay_co_ket_qua is not None:
        return ngay_co_ket_qua > ngay_hen
    return ngay_xem > ngay_hen


def can_van_ban_xin_loi(ngay_hen: date, ngay_co_ket_qua: date | None, ngay_xem: date,
                        du_kien_xong: date | None = None) -> bool:
    """Cần văn bản xin lỗi: hồ sơ đã trễ, hoặc chưa trễ nhưng dự kiến xong sau ngày hẹn."""
    if tre_han(ngay_hen, ngay_co_ket_qua, ngay_xem):
        return True
    return ngay_co_ket_qua is None and du_kien_xong is not None and du_kien_xong > ngay_hen


def ty_le_phan_tram(so_phan: int, tong: int, chu_so: int = 1) -> float:
    """``so_phan / tong × 100``, làm tròn ``chu_so`` chữ số thập phân (0 khi ``tong`` = 0)."""
    return round(so_phan / tong * 100, chu_so) if tong else 0.0


def doc_ngay(text: object) -> date | None:
    """Đọc ngày học viên gõ: ``06/05/2026``, ``6/5/2026``, ``6-5-2026`` hoặc một ``date``; sai dạng → ``None``."""
    if isinstance(text, date):
        return text
    parts = str(text).strip().replace("-", "/").replace(".", "/").split("/")
    if len(parts) != 3 or not all(p.strip().isdigit() for p in parts):
        return None
    day, month, year = (int(p) for p in parts)
    try:
        return date(year, month, day)
    except ValueError:
        return None


__all__ = [
    "APOLOGY_FORM",
    "OLD_APOLOGY_NAME",
    "SOURCE",
    "THU",
    "bang_dem",
    "can_van_ban_xin_loi",
    "dem_tung_ngay",
    "doc_ngay",
    "la_ngay_lam_viec",
    "ly_do_nghi",
    "ngay_hen_tra",
    "ngay_vn",
    "tre_han",
    "ty_le_phan_tram",
]
