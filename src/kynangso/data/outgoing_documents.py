"""Văn bản đi giả định (synthetic outgoing documents) for the simulator of module 12.

Everything is made up: numbers, subjects, who signs. The communes and the province are the profile's
(kynangso.rules.place, read when asked; written here for the kit's own four communes); the receivers are provincial
bodies of the two-level government (from 1/7/2025). Dates fall on confirmed working days of 2026.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from kynangso.rules import outgoing_documents as vbdi
from kynangso.rules import place

DOCUMENT_TYPES = ("Công văn", "Báo cáo", "Tờ trình", "Quyết định", "Kế hoạch", "Thông báo")
_RECEIVERS = (
    "Sở Nông nghiệp và Môi trường tỉnh Nghệ An",
    "Sở Y tế tỉnh Nghệ An",
    "Sở Khoa học và Công nghệ tỉnh Nghệ An",
    "UBND tỉnh Nghệ An",
    "UBND xã Hùng Chân",
)


@dataclass(frozen=True)
class OutgoingTask:
    """One document to take from draft to issue: what it is, who signs, and what happens on the way."""

    unit: str
    doc_type: str
    summary: str
    recipient: str
    signer: str
    symbol: str  # ký hiệu after the number, e.g. UBND-KT for a công văn drafted by the Phòng Kinh tế
    last_number: int  # the last number given in the agency's series, on last_day
    last_day: date
    signed: datetime  # when the signer signs it in the simulation
    level: str = "Thường"
    comment: str = ""  # the leader returns the draft once with this comment ("" = approved at once)
    mistake: str = ""  # found after issue ("" = none): one of vbdi.FIX_FOR
    mistake_text: str = ""  # how the mistake comes to light

    @property
    def number(self) -> int:
        """The number the Văn thư gives: the next in the yearly series (01 again on 1 January)."""
        return 1 if self.last_day.year != self.signed.year else self.last_number + 1

    @property
    def number_symbol(self) -> str:
        return f"{self.number:02d}/{self.symbol}"


# Worked example: a routine công văn of Châu Bình to the provincial department, approved at once.
_SAMPLE = OutgoingTask(
    unit="UBND xã Châu Bình", doc_type="Công văn",
    summary="V/v báo cáo kết quả tiêm phòng gia súc đợt 1 năm 2026",
    recipient="Sở Nông nghiệp và Môi trường tỉnh Nghệ An", signer="Phó Chủ tịch UBND xã", symbol="UBND-KT",
    last_number=211, last_day=date(2026, 12, 9), signed=datetime(2026, 12, 10, 9, 30),
)
# Half-worked example: the leader returns the draft once; signed on a Friday afternoon.
_HALF = OutgoingTask(
    unit="UBND xã Châu Bình", doc_type="Báo cáo",
    summary="Báo cáo kết quả thực hiện chuyển đổi số tháng 11 năm 2026",
    recipient="Sở Khoa học và Công nghệ tỉnh Nghệ An", signer="Chủ tịch UBND xã", symbol="BC-UBND",
    last_number=96, last_day=date(2026, 12, 8), signed=datetime(2026, 12, 11, 16, 20),
    comment="Bổ sung số hồ sơ trực tuyến toàn trình của tháng 11 vào mục 2.",
)
# Practice: an urgent công văn of Quỳ Châu sent to the wrong receiver, then recalled.
_PRACTICE = OutgoingTask(
    unit="UBND xã Quỳ Châu", doc_type="Công văn",
    summary="V/v đề nghị hỗ trợ khắc phục sạt lở đường giao thông sau mưa lũ",
    recipient="UBND tỉnh Nghệ An", signer="Chủ tịch UBND xã", symbol="UBND-KT",
    last_number=348, last_day=date(2026, 12, 14), signed=datetime(2026, 12, 15, 8, 10), level="Hỏa tốc",
    mistake=vbdi.WRONG_RECIPIENT,
    mistake_text="UBND tỉnh báo lại: việc này thuộc Sở Nông nghiệp và Môi trường, văn bản gửi nhầm nơi nhận.",
)
# New year: the first document of 2026 of Châu Tiến, with an error of form found after issue.
_NEW_YEAR = OutgoingTask(
    unit="UBND xã Châu Tiến", doc_type="Thông báo",
    summary="Thông báo lịch tiếp công dân tháng 01 năm 2026",
    recipient="UBND xã Hùng Chân", signer="Chủ tịch UBND xã", symbol="TB-UBND",
    last_number=57, last_day=date(2025, 12, 30), signed=datetime(2026, 1, 6, 10, 0),
    mistake=vbdi.FORM_ERROR,
    mistake_text="Văn thư đọc lại bản đã gửi: dòng ngày tháng ghi «ngày 6 tháng 1», thiếu số 0.",
)


def receivers() -> tuple[str, ...]:
    """Where a document may be sent: the profile's provincial bodies and a neighbour commune."""
    return place.theo_ho_so(_RECEIVERS)


_WRITTEN = ("RECEIVERS", "SAMPLE", "HALF", "PRACTICE", "NEW_YEAR")


def __getattr__(name: str) -> object:
    """RECEIVERS, SAMPLE, HALF, PRACTICE, NEW_YEAR: written for the kit's own communes, given with the profile's names
    (read when asked)."""
    return place.module_attribute(globals(), _WRITTEN, name)


__all__ = ["DOCUMENT_TYPES", "OutgoingTask", "receivers"]
