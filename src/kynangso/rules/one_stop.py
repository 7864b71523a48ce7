"""Trung tâm Phục vụ hành chính công cấp xã: ngày hẹn trả, hồ sơ trễ hạn, văn bản xin lỗi, tỷ lệ số hóa.

- Nghị định 118/2025/NĐ-CP (09/6/2025): cơ chế một cửa, một cửa liên thông; Trung tâm Phục vụ hành chính công
  cấp xã từ 01/7/2025. Được báo là sửa đổi bởi Nghị định 367/2025/NĐ-CP: ngày ban hành và các điều được sửa chưa
  đối chiếu (⚠️ cần đối chiếu văn bản Nghị định 367/2025/NĐ-CP), khóa học không dạy điều gì đã thay đổi.
- Thời điểm gửi văn bản xin lỗi: khóa học dạy "ngay khi biết sẽ trễ, chậm nhất 01 ngày làm việc trước ngày hẹn"
  như Nghị định 61/2018/NĐ-CP đã quy định; điều khoản tương ứng của Nghị định 118/2025/NĐ-CP chưa đối chiếu
  (⚠️ cần đối chiếu điều về xin lỗi, gia hạn khi hồ sơ quá hạn của Nghị định 118/2025/NĐ-CP).
- Thông tư 03/2025/TT-VPCP (15/9/2025), Phụ lục I: các mẫu phiếu (Mẫu 01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả …
  Mẫu 04 Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết). Tên cũ "Phiếu xin lỗi và hẹn lại ngày trả kết
  quả" (Thông tư 01/2018/TT-VPCP, hướng dẫn Nghị định 61/2018/NĐ-CP) vẫn gặp trên nhiều phần mềm.
- Quy ước đếm ngày trong khóa học: ngày tiếp nhận không tính; đếm từ ngày làm việc tiếp theo (Bộ luật Dân sự
  91/2015/QH13, Điều 147). Phần mềm một cửa của tỉnh có thể có quy ước riêng (ví dụ hồ sơ nhận buổi chiều) —
  bài học ghi "cần đối chiếu".
"""

from __future__ import annotations

from datetime import date

from kynangso.i18n import _
from kynangso.rules import working_days

SOURCE = ("Nghị định 118/2025/NĐ-CP ngày 09/6/2025 (sửa đổi bởi Nghị định 367/2025/NĐ-CP); "  # nội dung
          "Thông tư 03/2025/TT-VPCP ngày 15/9/2025")
APOLOGY_FORM = (  # nội dung: the name of the form
    "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết (Mẫu số 04, Thông tư 03/2025/TT-VPCP)")
OLD_APOLOGY_NAME = "Phiếu xin lỗi và hẹn lại ngày trả kết quả"  # nội dung

# The lesson's names for the working-day count (kynangso.rules.working_days does the work).
THU = working_days.WEEKDAYS
ngay_vn = working_days.vn_date  # dd/mm/yyyy, as written on the receipt
ngay_hen_tra = working_days.add_working_days  # the appointment date: the n-th working day after receipt
doc_ngay = working_days.parse_day  # a date as a learner types it; None when it cannot be read


def bang_dem(ngay_tiep_nhan: date, so_ngay: int) -> str:
    """Cách đếm từng ngày, dạng chữ để in trong bài học."""
    return working_days.show_trace(ngay_tiep_nhan, so_ngay, received=_("Tiếp nhận"))


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


__all__ = [
    "APOLOGY_FORM",
    "OLD_APOLOGY_NAME",
    "SOURCE",
    "THU",
    "bang_dem",
    "can_van_ban_xin_loi",
    "doc_ngay",
    "ngay_hen_tra",
    "ngay_vn",
    "tre_han",
    "ty_le_phan_tram",
]
