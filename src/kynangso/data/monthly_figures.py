"""Bảng thống kê giải quyết hồ sơ một tháng của bốn xã (giả định), theo bố cục thống kê của hệ thống một cửa.

Tên bốn xã lấy từ hồ sơ địa phương (``kynangso.rules.place``) khi gọi; số liệu theo thứ tự xã nên không đổi.

Số liệu là giả định, không phải kết quả thật của các xã. Mỗi dòng luôn cân đối:
tồn kỳ trước + tiếp nhận = đã xử lý (đúng hạn + trễ hạn) + đang xử lý (trong hạn + trễ hạn).
Cùng ``seed`` → cùng bảng; ``make_monthly`` bảo đảm tỷ lệ đúng hạn của bốn xã khác nhau (không hòa khi xếp hạng).
"""

from __future__ import annotations

import random

import pandas as pd

from kynangso.rules import place

COT = ("Xã", "Tồn kỳ trước", "Tiếp nhận", "Đã xử lý đúng hạn", "Đã xử lý trễ hạn", "Đang xử lý trong hạn",
       "Đang xử lý trễ hạn")
_QUY_MO = ((380, 460), (250, 320), (180, 240), (120, 170))  # commune 1 to 4 of the profile


def __getattr__(name: str) -> object:
    if name == "XA":  # the profile's communes, read when asked
        return place.xa_bai_hoc()
    raise AttributeError(name)


def _dong(rng: random.Random, xa: str, so: int) -> dict[str, object]:
    tiep_nhan = rng.randint(*_QUY_MO[so])
    ton = rng.randint(8, 40)
    can = tiep_nhan + ton
    dang = rng.randint(int(can * 0.08), int(can * 0.15))
    dang_tre = rng.randint(0, max(1, dang // 6))
    da = can - dang
    da_tre = rng.randint(1, max(2, da // 25))
    return {
        "Xã": xa,
        "Tồn kỳ trước": ton,
        "Tiếp nhận": tiep_nhan,
        "Đã xử lý đúng hạn": da - da_tre,
        "Đã xử lý trễ hạn": da_tre,
        "Đang xử lý trong hạn": dang - dang_tre,
        "Đang xử lý trễ hạn": dang_tre,
    }


def make_monthly(seed: int = 10) -> pd.DataFrame:
    """Bảng một tháng của bốn xã (giả định)."""
    rng = random.Random(seed)
    xa_bai_hoc = place.xa_bai_hoc()
    while True:
        frame = pd.DataFrame([_dong(rng, xa, so) for so, xa in enumerate(xa_bai_hoc)], columns=list(COT))
        can = frame["Tồn kỳ trước"] + frame["Tiếp nhận"]
        rate = (100 - (frame["Đang xử lý trễ hạn"] + frame["Đã xử lý trễ hạn"]) / can * 100).round(2)
        if rate.nunique() == len(xa_bai_hoc):
            return frame


__all__ = ["COT", "make_monthly"]
