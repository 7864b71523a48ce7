"""Sổ văn bản đến giả định (synthetic incoming-document register) for the pandas practice of module 3.

Everything is made up: numbers, symbols, subjects. The same seed always gives the same table. Documents are
received on working days of October 2026; deadlines are counted in working days (kynangso.rules.working_days),
so every date stays inside the part of the holiday list that has been confirmed.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pandas as pd

from kynangso.rules import place
from kynangso.rules.document_register import IncomingLetter, RegisterRow
from kynangso.rules.working_days import add_working_days, is_working_day

AS_OF = date(2026, 11, 6)  # the day the register is reviewed ("ngày kiểm tra")
DONE = "Đã hoàn thành"
PENDING = "Đang xử lý"
COLUMNS = ("Số đến", "Ngày đến", "Số, ký hiệu", "Ngày văn bản", "Cơ quan ban hành", "Loại", "Trích yếu",
           "Độ khẩn", "Lãnh đạo giao", "Chủ trì", "Phối hợp", "Hạn xử lý", "Ngày hoàn thành", "Trạng thái")

_ISSUERS = (
    ("UBND tỉnh Nghệ An", "UBND"),
    ("Văn phòng UBND tỉnh", "VPUB"),
    ("Sở Nội vụ", "SNV"),
    ("Sở Tư pháp", "STP"),
    ("Sở Khoa học và Công nghệ", "SKHCN"),
    ("Sở Nông nghiệp và Môi trường", "SNNMT"),
    ("Sở Tài chính", "STC"),
    ("Công an tỉnh Nghệ An", "CAT"),
)
_FIELDS = ("VX", "KT", "NC", "TH", "CĐS")
_SUBJECTS = {
    "Công văn": (
        "V/v chủ động ứng phó mưa lớn, lũ quét, sạt lở đất",
        "V/v báo cáo kết quả giải quyết thủ tục hành chính tháng 10",
        "V/v đẩy mạnh tiếp nhận hồ sơ trực tuyến toàn trình",
        "V/v rà soát, cập nhật dữ liệu dân cư trên hệ thống",
        "V/v triển khai phong trào Bình dân học vụ số",
        "V/v tăng cường bảo đảm an toàn thông tin mạng",
        "V/v rà soát hộ nghèo, hộ cận nghèo năm 2026",
        "V/v phòng, chống cháy rừng mùa khô",
        "V/v cung cấp số liệu chuyển đổi số cấp xã",
    ),
    "Kế hoạch": (
        "Kế hoạch bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã",
        "Kế hoạch kiểm tra công tác văn thư, lưu trữ năm 2026",
    ),
    "Thông báo": (
        "Thông báo lịch tiếp công dân tháng 11",
        "Thông báo kết luận của lãnh đạo tỉnh về chuyển đổi số",
    ),
    "Giấy mời": (
        "Giấy mời dự hội nghị trực tuyến về dịch vụ công",
        "Giấy mời dự tập huấn phần mềm quản lý văn bản",
    ),
}
_TYPE_WEIGHTS = {"Công văn": 6, "Kế hoạch": 1, "Thông báo": 1, "Giấy mời": 2}
_TYPE_ABBREVIATION = {"Kế hoạch": "KH", "Thông báo": "TB", "Giấy mời": "GM"}
_LEVEL_WEIGHTS = {"Thường": 12, "Khẩn": 4, "Thượng khẩn": 2, "Hỏa tốc": 2}
_DAYS_BY_LEVEL = {"Hỏa tốc": (1,), "Thượng khẩn": (2,), "Khẩn": (3,), "Thường": (5, 7, 10)}
_LEADERS = ("Chủ tịch UBND xã", "Phó Chủ tịch UBND xã")
_UNITS = ("Văn phòng HĐND và UBND", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Trung tâm Phục vụ HCC")


# For the register widget of the lesson: the last lines of the register, then three new documents.
SAMPLE_EXISTING: tuple[RegisterRow, ...] = (
    RegisterRow(1243, date(2026, 11, 17), "2398/SNV-CCVC", "Sở Nội vụ",
                "V/v báo cáo số lượng cán bộ, công chức cấp xã", "Thường"),
    RegisterRow(1244, date(2026, 11, 18), "57/TB-VPUB", "Văn phòng UBND tỉnh",
                "Thông báo lịch làm việc của lãnh đạo tỉnh", "Thường"),
    RegisterRow(1245, date(2026, 11, 18), "2410/STC-NS", "Sở Tài chính",
                "V/v rà soát kinh phí chuyển đổi số năm 2026", "Khẩn"),
)
_SAMPLE_LETTERS: tuple[IncomingLetter, ...] = (
    IncomingLetter(datetime(2026, 11, 19, 7, 50), "2451/UBND-NN", "UBND tỉnh Nghệ An",
                   "V/v chủ động ứng phó mưa lớn, lũ quét, sạt lở đất", "Hỏa tốc"),
    IncomingLetter(datetime(2026, 11, 19, 10, 20), "318/SKHCN-CĐS", "Sở Khoa học và Công nghệ",
                   "V/v báo cáo kết quả Bình dân học vụ số quý IV", "Thường"),
    IncomingLetter(datetime(2026, 11, 20, 16, 40), "95/KH-SNV", "Sở Nội vụ",
                   "Kế hoạch bồi dưỡng kỹ năng số cho cán bộ cấp xã năm 2027", "Khẩn"),
)
# Across the new year: the register of 2025 ended at 1532; the first documents of 2026 arrive on 05/01/2026.
_NEW_YEAR_EXISTING: tuple[RegisterRow, ...] = (
    RegisterRow(1531, date(2025, 12, 31), "3120/UBND-VX", "UBND tỉnh Nghệ An",
                "V/v tổ chức Tết Nguyên đán Bính Ngọ 2026", "Thường"),
    RegisterRow(1532, date(2025, 12, 31), "2987/SNV-TH", "Sở Nội vụ",
                "V/v lịch nghỉ Tết Dương lịch năm 2026", "Khẩn"),
)
_NEW_YEAR_LETTERS: tuple[IncomingLetter, ...] = (
    IncomingLetter(datetime(2026, 1, 5, 8, 5), "12/UBND-TH", "UBND tỉnh Nghệ An",
                   "V/v triển khai nhiệm vụ năm 2026", "Thường"),
    IncomingLetter(datetime(2026, 1, 5, 9, 30), "03/STP-HCTP", "Sở Tư pháp",
                   "V/v báo cáo công tác hộ tịch năm 2025", "Thượng khẩn"),
)
# Documents that the leader has already directed: register them, then route them (chuyển xử lý) with hạn xử lý.
# Received on Friday 04/12/2026, so the deadline count crosses a weekend (and no holiday, confirmed or not).
ROUTING_EXISTING: tuple[RegisterRow, ...] = SAMPLE_EXISTING
ROUTING_LETTERS: tuple[IncomingLetter, ...] = (
    IncomingLetter(datetime(2026, 12, 4, 8, 15), "2460/SNNMT-TL", "Sở Nông nghiệp và Môi trường",
                   "V/v rà soát công trình thủy lợi nhỏ trước mùa khô", "Thường",
                   assignee="Phòng Kinh tế", working_days=5),
    IncomingLetter(datetime(2026, 12, 4, 14, 0), "331/SKHCN-CĐS", "Sở Khoa học và Công nghệ",
                   "V/v cung cấp số liệu chuyển đổi số cấp xã", "Khẩn",
                   assignee="Văn phòng HĐND và UBND", working_days=2),
)


def _working_days_of(year: int, month: int) -> list[date]:
    days = [date(year, month, d) for d in range(1, 32) if _valid(year, month, d)]
    return [d for d in days if is_working_day(d)]


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _previous_working_day(day: date) -> date:
    day -= timedelta(days=1)
    while not is_working_day(day):
        day -= timedelta(days=1)
    return day


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def make_register(seed: int = 2026, rows: int = 40, first_number: int = 1187,
                  as_of: date = AS_OF) -> pd.DataFrame:
    """A synthetic incoming register: ``rows`` documents received in October 2026, reviewed on ``as_of``.

    ``Trạng thái`` is "Đã hoàn thành" (with ``Ngày hoàn thành``) or "Đang xử lý" (``Ngày hoàn thành`` empty).
    A document is overdue ("quá hạn") on ``as_of`` when it is still "Đang xử lý" and
    ``Hạn xử lý`` < ``as_of``.
    """
    rng = random.Random(seed)
    received_days = sorted(rng.choice(_working_days_of(2026, 10)) for _ in range(rows))
    records = []
    for offset, received in enumerate(received_days):
        kind = _pick(rng, _TYPE_WEIGHTS)
        issuer, abbreviation = rng.choice(place.theo_ho_so(_ISSUERS))
        serial = rng.randint(120, 4800)
        symbol = (f"{serial}/{abbreviation}-{rng.choice(_FIELDS)}" if kind == "Công văn"
                  else f"{serial}/{_TYPE_ABBREVIATION[kind]}-{abbreviation}")
        level = _pick(rng, _LEVEL_WEIGHTS)
        signed = received
        for _ in range(0 if level != "Thường" else rng.randint(0, 3)):
            signed = _previous_working_day(signed)
        days = rng.choice(_DAYS_BY_LEVEL[level])
        deadline = add_working_days(received, days)
        lead = rng.choice(_UNITS)
        helper = rng.choice([u for u in _UNITS if u != lead] + ["", ""])
        finish: date | None = None
        chance_done = 0.82 if deadline < as_of else 0.45
        if rng.random() < chance_done:
            finish = min(add_working_days(received, rng.randint(1, days + 2)), as_of)
        records.append({
            "Số đến": first_number + offset,
            "Ngày đến": received,
            "Số, ký hiệu": symbol,
            "Ngày văn bản": signed,
            "Cơ quan ban hành": issuer,
            "Loại": kind,
            "Trích yếu": rng.choice(_SUBJECTS[kind]),
            "Độ khẩn": level,
            "Lãnh đạo giao": rng.choice(_LEADERS),
            "Chủ trì": lead,
            "Phối hợp": helper,
            "Hạn xử lý": deadline,
            "Ngày hoàn thành": finish,
            "Trạng thái": DONE if finish else PENDING,
        })
    frame = pd.DataFrame.from_records(records, columns=list(COLUMNS))
    for column in ("Ngày đến", "Ngày văn bản", "Hạn xử lý", "Ngày hoàn thành"):
        frame[column] = pd.to_datetime(frame[column])
    return frame


_WRITTEN = ("SAMPLE_LETTERS", "NEW_YEAR_EXISTING", "NEW_YEAR_LETTERS")


def __getattr__(name: str) -> object:
    """SAMPLE_LETTERS, NEW_YEAR_EXISTING, NEW_YEAR_LETTERS: written for the kit's own province, given with the
    profile's names (read when asked)."""
    return place.module_attribute(globals(), _WRITTEN, name)


__all__ = [
    "AS_OF",
    "COLUMNS",
    "DONE",
    "PENDING",
    "ROUTING_EXISTING",
    "ROUTING_LETTERS",
    "SAMPLE_EXISTING",
    "make_register",
]
