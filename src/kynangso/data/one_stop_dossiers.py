"""Sổ theo dõi hồ sơ giả định của Trung tâm Phục vụ hành chính công các xã (học phần 7: trễ hạn, số hóa).

Tên bốn xã lấy từ hồ sơ địa phương (``kynangso.rules.place``) khi gọi; số liệu theo thứ tự xã nên không đổi.

Mọi thứ là giả định: mã hồ sơ ("HS-MC-…", không phải định dạng thật của Cổng), người nộp, số ngày giải quyết
(không phải thời hạn theo quy định của từng thủ tục), tỷ lệ trễ hạn và số hóa. Cùng ``seed`` → cùng bảng.
Hồ sơ tiếp nhận trong các ngày làm việc tháng 10/2026; trạng thái tính đến ngày ``NGAY_XEM``.
"""

from __future__ import annotations

import random
from datetime import date

import pandas as pd

from kynangso.rules import place
from kynangso.rules.one_stop import tre_han
from kynangso.rules.working_days import add_working_days, is_working_day

NGAY_XEM = date(2026, 11, 6)
COT = ("Mã hồ sơ", "Xã tiếp nhận", "Thủ tục", "Lĩnh vực", "Kênh nộp", "Ngày tiếp nhận", "Số ngày giải quyết",
       "Ngày hẹn trả", "Ngày có kết quả", "Trạng thái", "Trễ hạn", "Số hóa")

# (thủ tục, lĩnh vực, số ngày làm việc giả định, trọng số xuất hiện)
_THU_TUC = (
    ("Đăng ký khai sinh", "Hộ tịch", 3, 9),
    ("Đăng ký kết hôn", "Hộ tịch", 5, 3),
    ("Cấp bản sao trích lục hộ tịch", "Hộ tịch", 1, 4),
    ("Chứng thực bản sao từ bản chính", "Chứng thực", 1, 8),
    ("Chứng thực chữ ký", "Chứng thực", 1, 3),
    ("Đăng ký biến động đất đai", "Đất đai", 10, 4),
    ("Xác nhận nguồn gốc đất", "Đất đai", 10, 2),
    ("Trợ cấp xã hội hằng tháng", "Bảo trợ xã hội", 7, 3),
    ("Hỗ trợ chi phí mai táng", "Bảo trợ xã hội", 5, 2),
)
_KHA_NANG_TRE = {"Hộ tịch": 0.06, "Chứng thực": 0.03, "Đất đai": 0.35, "Bảo trợ xã hội": 0.18}
_KHA_NANG_SO_HOA = (0.9, 0.8, 0.7, 0.6)  # commune 1 to 4 of the profile


def __getattr__(name: str) -> object:
    if name == "XA":  # the profile's communes, read when asked
        return place.xa_bai_hoc()
    raise AttributeError(name)


def _ngay_lam_viec_thang_10() -> list[date]:
    return [d for d in (date(2026, 10, n) for n in range(1, 32)) if is_working_day(d)]


def make_dossiers(seed: int = 7, so_dong: int = 160, ngay_xem: date = NGAY_XEM) -> pd.DataFrame:
    """``so_dong`` hồ sơ giả định tiếp nhận trong tháng 10/2026, trạng thái tính đến ``ngay_xem``."""
    rng = random.Random(seed)
    xa_bai_hoc = place.xa_bai_hoc()
    ngay = sorted(rng.choice(_ngay_lam_viec_thang_10()) for _ in range(so_dong))
    records = []
    for stt, nhan in enumerate(ngay, start=1):
        ten, linh_vuc, so_ngay, _ = rng.choices(_THU_TUC, weights=[t[3] for t in _THU_TUC])[0]
        so = rng.randrange(len(xa_bai_hoc))  # as rng.choice(xa_bai_hoc): same draws for any names
        xa = xa_bai_hoc[so]
        hen = add_working_days(nhan, so_ngay)
        tre = rng.random() < _KHA_NANG_TRE[linh_vuc]
        thuc_te = so_ngay + rng.randint(1, 6) if tre else max(1, so_ngay - rng.choice((0, 0, 0, 1)))
        xong = add_working_days(nhan, thuc_te)
        co_ket_qua = xong if xong <= ngay_xem else None
        if co_ket_qua is None:
            trang_thai = "Đang xử lý"
        else:
            trang_thai = "Đã trả kết quả" if rng.random() < 0.9 else "Có kết quả, chờ trả"
        records.append({
            "Mã hồ sơ": f"HS-MC-{stt:04d}",
            "Xã tiếp nhận": xa,
            "Thủ tục": ten,
            "Lĩnh vực": linh_vuc,
            "Kênh nộp": "Trực tuyến" if rng.random() < 0.45 else "Trực tiếp",
            "Ngày tiếp nhận": nhan,
            "Số ngày giải quyết": so_ngay,
            "Ngày hẹn trả": hen,
            "Ngày có kết quả": co_ket_qua,
            "Trạng thái": trang_thai,
            "Trễ hạn": "Có" if tre_han(hen, co_ket_qua, ngay_xem) else "Không",
            "Số hóa": "Có" if rng.random() < _KHA_NANG_SO_HOA[so] else "Không",
        })
    frame = pd.DataFrame.from_records(records, columns=list(COT))
    for cot in ("Ngày tiếp nhận", "Ngày hẹn trả", "Ngày có kết quả"):
        frame[cot] = pd.to_datetime(frame[cot])
    return frame


__all__ = ["COT", "NGAY_XEM", "make_dossiers"]
