"""Làm quen sổ tay số (học phần 0): các nút hay dùng, quy ước đặt tên tệp văn bản, tên xã của tỉnh Nghệ An.

The file-naming rule is a convention of this course (not a legal rule): the signing date in ISO form first,
then the document's ``số, ký hiệu`` without diacritics and with ``-`` instead of ``/``:
``Quyết định 15/QĐ-UBND ngày 05/3/2025`` → ``2025-03-05_15-QD-UBND.pdf``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kynangso.i18n import N_, _
from kynangso.rules import communes
from kynangso.text import nfc, strip_marks

NGHE_AN = communes.NGHE_AN
QUY_CHAU_CU = communes.QUY_CHAU
NAMING_RULE = N_("Tên tệp = ngày ký viết năm-tháng-ngày (2025-03-05), dấu gạch dưới _, rồi số, ký hiệu "
                  "không dấu, thay / bằng - (15-QD-UBND), không có dấu cách, đuôi .pdf")


@dataclass(frozen=True)
class ToolbarButton:
    """One button of the notebook toolbar, as the lesson describes it."""

    icon: str
    looks_like: str
    action: str
    shortcut: str = ""


# The actions are the answers learners match to the icons in lesson 0 (its cells hold the same words).
TOOLBAR: tuple[ToolbarButton, ...] = (  # nội dung
    ToolbarButton("💾", "hình đĩa mềm", "Lưu sổ tay", "Ctrl + S"),
    ToolbarButton("+", "dấu cộng", "Thêm một ô mới bên dưới"),
    ToolbarButton("✂", "cái kéo", "Cắt (xóa) ô đang chọn"),
    ToolbarButton("▶", "hình tam giác", "Chạy ô đang chọn rồi xuống ô dưới", "Shift + Enter"),
    ToolbarButton("■", "hình vuông", "Dừng ô đang chạy quá lâu"),
    ToolbarButton("↻", "mũi tên vòng tròn", "Khởi động lại kernel (máy quên hết kết quả cũ)"),
    ToolbarButton("⏩", "hai tam giác", "Khởi động lại kernel rồi chạy tất cả các ô"),
)
BY_ICON = {b.icon: b for b in TOOLBAR}


# ---------------------------------------------------------------- text helpers

def khong_dau(text: str) -> str:
    """Vietnamese text without diacritics (``QĐ`` → ``QD``, ``Châu`` → ``Chau``)."""
    return strip_marks(text)


# ---------------------------------------------------------------- file names

def ten_tep(ngay_ky: date, so_ky_hieu: str, duoi: str = "pdf") -> str:
    """The file name of a document by the course's rule: ``2025-03-05_15-QD-UBND.pdf``."""
    body = nfc(so_ky_hieu)
    if body.lower().startswith("số:"):  # nội dung
        body = body[3:].strip()
    body = khong_dau(body).replace("/", "-").replace(" ", "")
    return f"{ngay_ky:%Y-%m-%d}_{body}.{duoi.lstrip('.').lower()}"


_ISO_START = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_DMY_START = re.compile(r"^\d{1,2}[-./]\d{1,2}[-./]\d{4}")
_SHORT_ISO_START = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}(?!\d)")


def loi_ten_tep(ten: str) -> list[str]:
    """What breaks the naming rule in ``ten``, one sentence each (empty list = well formed)."""
    name = nfc(ten)
    if not name:
        return [_("Bạn chưa gõ tên tệp.")]
    problems: list[str] = []
    if " " in name:
        problems.append(_("Tên tệp không có dấu cách."))
    if "/" in name or "\\" in name:
        problems.append(_("Tên tệp không được có dấu gạch chéo / (máy hiểu đó là thư mục): thay bằng dấu -."))
    if khong_dau(name) != name:
        problems.append(_("Tên tệp viết không dấu (QĐ → QD), để mở được trên mọi máy, mọi phần mềm."))
    iso = _ISO_START.match(name)
    if iso is None:
        if _DMY_START.match(name):
            problems.append(_("Ngày phải viết năm trước: năm-tháng-ngày, ví dụ 2025-03-05."))
        elif _SHORT_ISO_START.match(name):
            problems.append(_("Tháng và ngày viết đủ hai chữ số, thêm số 0 ở trước: 2025-03-05, không phải 2025-3-5."))
        else:
            problems.append(_("Tên tệp bắt đầu bằng ngày ký, viết năm-tháng-ngày, ví dụ 2025-03-05."))
    else:
        try:
            date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            problems.append(_("Ngày ở đầu tên tệp không có thật: kiểm tra lại tháng và ngày."))
        if name[10:11] != "_":
            problems.append(_("Sau ngày ký là một dấu gạch dưới _ rồi mới đến số, ký hiệu."))
    stem, dot, extension = name.rpartition(".")
    if not dot or not extension.isalnum() or not stem:
        problems.append(_("Tên tệp cần có đuôi, ví dụ .pdf."))
    elif extension != extension.lower():
        problems.append(_("Đuôi tệp viết thường, ví dụ .pdf."))
    elif iso is not None and not re.fullmatch(r"\d+-[A-Za-z]+(-[A-Za-z0-9]+)*", stem[11:]):
        problems.append(_("Sau dấu _ là số, ký hiệu của văn bản, ví dụ 15-QD-UBND."))
    return problems


# ---------------------------------------------------------------- communes of Nghệ An
# The lesson's names for the one commune lookup (kynangso.rules.communes): diacritics must be right.

danh_sach_xa = communes.official_names
ten_ngan = communes.short_name
tim_xa = communes.find
goi_y_xa = communes.closest


__all__ = [
    "BY_ICON",
    "NAMING_RULE",
    "NGHE_AN",
    "QUY_CHAU_CU",
    "TOOLBAR",
    "ToolbarButton",
    "danh_sach_xa",
    "goi_y_xa",
    "khong_dau",
    "loi_ten_tep",
    "ten_ngan",
    "ten_tep",
    "tim_xa",
]
