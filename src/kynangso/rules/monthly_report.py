"""Báo cáo định kỳ hằng tháng bằng bảng tính (học phần 14): các ô của báo cáo, số đúng và lỗi hay gặp.

- Chế độ báo cáo của cơ quan hành chính nhà nước: Nghị định 09/2019/NĐ-CP ngày 24/01/2019 (báo cáo định kỳ, thời
  gian chốt số liệu, báo cáo bằng văn bản điện tử). ⚠️ Chưa đối chiếu trong tài liệu nghiên cứu của
  khóa học (cần đối chiếu các điều về kỳ báo cáo, thời gian chốt số liệu): bài học chỉ nêu tên văn bản, không dạy
  ngày chốt số liệu như một quy định.
- Công thức của báo cáo (cùng học phần 7 và 8): tỷ lệ đúng hạn (%) = (cần xử lý − trễ hạn) ÷ cần xử lý × 100, với
  cần xử lý = tiếp nhận + tồn kỳ trước (bài này không có hồ sơ tồn kỳ trước); tỷ lệ số hóa (%) = hồ sơ đã số hóa ÷
  hồ sơ tiếp nhận × 100. Tỷ lệ làm tròn 1 chữ số thập phân.

Các ô cần điền của trang "Báo cáo tháng" (ô màu vàng) nằm ở ``O_BAO_CAO``; ``so_lieu_bao_cao`` tính số đúng từ bảng
hồ sơ; ``loi_thuong_gap`` gọi tên lỗi hay gặp của một số sai mà không nói ra số đúng.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from kynangso.i18n import _

SOURCE_09 = (  # nội dung
    "Nghị định 09/2019/NĐ-CP ngày 24/01/2019 quy định về chế độ báo cáo của cơ quan hành chính nhà nước")
REPORT_SHEET = "Báo cáo tháng"  # nội dung: the sheet name in the workbook
DATA_SHEET = "HoSo"  # nội dung: no space, no diacritics, so that a formula can name it without quotes
RATE_TOLERANCE = 0.051  # 94.7 and 94.74 are both right for 94.736…; 94.8 is not


@dataclass(frozen=True)
class ReportCell:
    """One yellow cell of the report sheet: its address, what it holds and how a cadre would compute it."""

    ref: str
    label: str
    percent: bool
    how: str


O_BAO_CAO: tuple[ReportCell, ...] = (  # nội dung: the labels and hints written in the workbook
    ReportCell("C5", "Tổng số hồ sơ tiếp nhận trong tháng", False,
               f"Đếm số mã hồ sơ ở trang {DATA_SHEET}, ví dụ =COUNTA({DATA_SHEET}!A2:A200)"),
    ReportCell("C6", "Số hồ sơ trễ hạn", False,
               f"Đếm số chữ \"Có\" ở cột Trễ hạn, ví dụ =COUNTIF({DATA_SHEET}!I:I,\"Có\")"),
    ReportCell("C7", "Tỷ lệ giải quyết đúng hạn (%)", True,
               "(Tổng số − số trễ hạn) ÷ tổng số × 100, làm tròn 1 chữ số, ví dụ =ROUND((C5-C6)/C5*100,1)"),
    ReportCell("C8", "Tỷ lệ hồ sơ được số hóa (%)", True,
               f"Số chữ \"Có\" ở cột Số hóa ÷ tổng số × 100, ví dụ =ROUND(COUNTIF({DATA_SHEET}!J:J,\"Có\")/C5*100,1)"),
)
REFS: tuple[str, ...] = tuple(cell.ref for cell in O_BAO_CAO)


def o_bao_cao(ref: str) -> ReportCell:
    """The report cell at ``ref`` ("C7")."""
    for cell in O_BAO_CAO:
        if cell.ref == ref:
            return cell
    raise KeyError(ref)


def ty_le(phan: int, tong: int, chu_so: int = 1) -> float:
    """``phan`` ÷ ``tong`` × 100, làm tròn ``chu_so`` chữ số (0 khi chưa có hồ sơ nào)."""
    return round(phan / tong * 100, chu_so) if tong else 0.0


def so_lieu_bao_cao(ho_so: pd.DataFrame) -> dict[str, float]:
    """Số đúng của từng ô báo cáo, tính từ bảng hồ sơ một tháng (cột "Trễ hạn", "Số hóa" ghi "Có"/"Không")."""
    tong = len(ho_so)
    tre = int((ho_so["Trễ hạn"] == "Có").sum())  # nội dung: column names and values of the data
    so_hoa = int((ho_so["Số hóa"] == "Có").sum())  # nội dung
    return {"C5": tong, "C6": tre, "C7": ty_le(tong - tre, tong), "C8": ty_le(so_hoa, tong)}


def dung_o(ref: str, gia_tri: object, dung: float) -> bool:
    """Whether ``gia_tri`` is right for cell ``ref``: a count exactly, a rate within rounding (±0.05)."""
    if isinstance(gia_tri, bool) or not isinstance(gia_tri, int | float) or not math.isfinite(gia_tri):
        return False
    if o_bao_cao(ref).percent:
        return abs(gia_tri - dung) <= RATE_TOLERANCE
    return gia_tri == dung


def loi_thuong_gap(ref: str, gia_tri: float, dung: Mapping[str, float]) -> str:
    """The name of a common mistake behind a wrong ``gia_tri`` in cell ``ref`` ("" if none is recognised).

    Never says the right number: it says what was done, so the learner can find it in their formula.
    """
    cell = o_bao_cao(ref)
    right = dung[ref]
    if not cell.percent:
        if gia_tri == right + 1:
            return _("Hình như bạn đã đếm cả dòng tiêu đề: chỉ đếm các dòng có hồ sơ.")
        if ref == "C6" and gia_tri == dung["C5"] - right:
            return _("Bạn đã đếm các hồ sơ KHÔNG trễ hạn: đếm chữ \"Có\" ở cột Trễ hạn.")
        return ""
    if abs(gia_tri * 100 - right) <= RATE_TOLERANCE:
        return _("Bạn quên nhân với 100: tỷ lệ ghi bằng số phần trăm, ví dụ 94,7 chứ không phải 0,947.")
    if ref == "C7" and abs(gia_tri - (100 - right)) <= RATE_TOLERANCE:
        return _("Đó là tỷ lệ trễ hạn: tỷ lệ đúng hạn = 100 − tỷ lệ trễ hạn.")
    if abs(gia_tri - right) <= 1:
        return _("Gần đúng: xem lại cách làm tròn (1 chữ số thập phân) và số chia (tổng số hồ sơ tiếp nhận).")
    return ""


def nhan_xet_o(gia_tri: Mapping[str, object], dung: Mapping[str, float]) -> list[str]:
    """One Vietnamese line per wrong or empty cell of a report (empty list: every cell is right)."""
    lines = []
    for cell in O_BAO_CAO:
        value = gia_tri.get(cell.ref)
        if value is None:
            lines.append(_("Ô {o} ({ten}) còn trống.").format(o=cell.ref, ten=cell.label))
        elif not dung_o(cell.ref, value, dung[cell.ref]):
            why = loi_thuong_gap(cell.ref, float(value), dung) if isinstance(value, int | float) else ""
            line = _("Ô {o} ({ten}) chưa đúng.").format(o=cell.ref, ten=cell.label)
            lines.append(f"{line} {why}".strip())
    return lines


__all__ = ["DATA_SHEET", "O_BAO_CAO", "RATE_TOLERANCE", "REFS", "REPORT_SHEET", "SOURCE_09", "ReportCell",
           "dung_o", "loi_thuong_gap", "nhan_xet_o", "o_bao_cao", "so_lieu_bao_cao", "ty_le"]
