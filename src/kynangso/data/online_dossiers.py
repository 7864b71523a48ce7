"""Bảng hồ sơ thủ tục hành chính giả định (synthetic dossiers) for the pandas practice of module 5.

Everything is made up: dossier codes ("HS-GIA-…", not the portal's real format), procedures' levels, channels.
The same seed always gives the same table. Dossiers are received on working days of October 2026 by the four
communes of the course's profile (``kynangso.rules.place``, read when called), each known by its code in the
official list (the kit's own four communes: their real codes).
"""

from __future__ import annotations

import random
from datetime import date

import pandas as pd
import vietnam_provinces as vp

from kynangso.rules import place
from kynangso.rules.communes import short_name
from kynangso.rules.public_services import FULL, PARTIAL, RETURNED
from kynangso.rules.working_days import add_working_days, is_working_day

AS_OF = date(2026, 11, 6)
_KIT_CODES = ("16777", "16792", "16801", "16804")  # the kit's own four communes in the official list
ONLINE, IN_PERSON, POST = "Trực tuyến", "Trực tiếp", "Bưu chính"
COLUMNS = ("Mã hồ sơ", "Thủ tục", "Lĩnh vực", "Mức DVC", "Kênh nộp", "Ngày tiếp nhận", "Số ngày giải quyết",
           "Ngày hẹn trả", "Ngày có kết quả", "Trạng thái", "Số hóa", "Đánh giá", "Xã tiếp nhận")

# (procedure, field, level, working days) — levels here are assumptions for practice, not the official list.
_PROCEDURES = (
    ("Đăng ký khai sinh", "Hộ tịch", FULL, 3),
    ("Đăng ký khai tử", "Hộ tịch", FULL, 3),
    ("Cấp bản sao trích lục hộ tịch", "Hộ tịch", FULL, 1),
    ("Đăng ký kết hôn", "Hộ tịch", PARTIAL, 5),
    ("Chứng thực bản sao từ bản chính", "Chứng thực", PARTIAL, 1),
    ("Chứng thực chữ ký", "Chứng thực", PARTIAL, 1),
    ("Đăng ký biến động đất đai", "Đất đai", PARTIAL, 10),
    ("Xác nhận nguồn gốc đất", "Đất đai", PARTIAL, 10),
    ("Trợ cấp xã hội hằng tháng", "Bảo trợ xã hội", PARTIAL, 7),
    ("Hỗ trợ chi phí mai táng", "Bảo trợ xã hội", FULL, 5),
)
_ONLINE_CHANCE = {"Hộ tịch": 0.68, "Chứng thực": 0.3, "Đất đai": 0.22, "Bảo trợ xã hội": 0.5}
_PROCEDURE_WEIGHTS = (9, 3, 5, 3, 8, 3, 4, 2, 3, 2)


def commune_codes() -> dict[str, str]:
    """Code → name of the lessons' four communes: their codes in the official list of the profile's province, or,
    for names not in it, the kit's own codes (the table stays the same, only the names change)."""
    names = place.xa_bai_hoc()
    if names == place.DEFAULT.communes[:place.SO_XA_BAI_HOC]:
        return dict(zip(_KIT_CODES, names, strict=True))
    province = place.ho_so().province_code
    found = {short_name(w.name): f"{int(w.code):05d}" for w in vp.Ward.iter_all() if int(w.province_code) == province}
    codes = [found.get(name) for name in names]
    usable = all(codes) and len(set(codes)) == len(codes)
    return dict(zip([str(c) for c in codes] if usable else _KIT_CODES, names, strict=True))


def __getattr__(name: str) -> object:
    if name == "COMMUNE_CODES":  # read from the profile when asked
        return commune_codes()
    raise AttributeError(name)


def _october_working_days() -> list[date]:
    return [d for d in (date(2026, 10, n) for n in range(1, 32)) if is_working_day(d)]


def _channel(rng: random.Random, field: str, level: str) -> str:
    chance = _ONLINE_CHANCE[field] + (0.12 if level == FULL else 0.0)
    draw = rng.random()
    if draw < chance:
        return ONLINE
    return POST if draw > 0.96 else IN_PERSON


def make_dossiers(seed: int = 2026, rows: int = 120, as_of: date = AS_OF) -> pd.DataFrame:
    """``rows`` synthetic dossiers received in October 2026, with their status on ``as_of``."""
    rng = random.Random(seed)
    codes = list(commune_codes())
    days = sorted(rng.choice(_october_working_days()) for _ in range(rows))
    records = []
    for index, received in enumerate(days, start=1):
        name, field, level, limit = rng.choices(_PROCEDURES, weights=_PROCEDURE_WEIGHTS)[0]
        due = add_working_days(received, limit)
        spent = rng.choice([limit - 1, limit, limit, limit, limit + 2] if limit > 1 else [1, 1, 2])
        finished = add_working_days(received, max(spent, 1))
        ready = finished if finished <= as_of else None
        status = "Đang xử lý"
        if ready is not None:
            status = RETURNED if rng.random() < 0.85 else "Có kết quả"
        rating = rng.choice([5, 5, 5, 4, 4, 3, None]) if status == RETURNED else None
        code = rng.choice(codes)
        records.append({
            "Mã hồ sơ": f"HS-GIA-{code}-{index:04d}",
            "Thủ tục": name,
            "Lĩnh vực": field,
            "Mức DVC": level,
            "Kênh nộp": _channel(rng, field, level),
            "Ngày tiếp nhận": received,
            "Số ngày giải quyết": limit,
            "Ngày hẹn trả": due,
            "Ngày có kết quả": ready,
            "Trạng thái": status,
            "Số hóa": "Có" if rng.random() < 0.8 else "Không",
            "Đánh giá": rating,
            "Xã tiếp nhận": code,
        })
    frame = pd.DataFrame.from_records(records, columns=list(COLUMNS))
    for column in ("Ngày tiếp nhận", "Ngày hẹn trả", "Ngày có kết quả"):
        frame[column] = pd.to_datetime(frame[column])
    frame["Đánh giá"] = frame["Đánh giá"].astype("Int64")
    return frame


__all__ = ["AS_OF", "COLUMNS", "IN_PERSON", "ONLINE", "POST", "commune_codes", "make_dossiers"]
