"""A composed document (the fields of :mod:`kynangso.rules.nd30_layout`) written as a printable .docx.

The page is A4 with margins inside the ranges of Phụ lục I (top and bottom 20 mm, left 30 mm, right 15 mm), every run
in Times New Roman, each box at a size inside its range (``nd30_layout.ELEMENTS``). The header and the signature are
two borderless two-column tables, as the layout of Phụ lục I puts them side by side. The file opens in Word, WPS
Writer and LibreOffice. The horizontal rules under the agency name, the motto and the trích yếu are not drawn.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.table import _Cell

from kynangso.rules import nd30_layout as layout
from kynangso.text import slug

# Size (points) used for each box: one value inside the range of Phụ lục I.
SIZES: dict[str, int] = {
    "quoc_hieu": 12, "tieu_ngu": 13, "co_quan_chu_quan": 12, "co_quan_ban_hanh": 12, "so_ky_hieu": 13,
    "dia_danh_ngay": 14, "ten_loai": 14, "trich_yeu": 14, "trich_yeu_cong_van": 12, "noi_dung": 14,
    "quyen_han_chuc_vu": 14, "nguoi_ky": 14, "noi_nhan_nhan": 12, "noi_nhan": 11,
}
MARGINS: dict[str, int] = {"tren": 20, "duoi": 20, "trai": 30, "phai": 15}  # mm, inside nd30_layout.MARGINS_MM
_PLACES = ("XÃ ", "PHƯỜNG ", "ĐẶC KHU ", "TỈNH ", "THÀNH PHỐ ")  # nội dung: where an agency name is split in two lines
Container = DocxDocument | _Cell


def agency_lines(name: str) -> list[str]:
    """"ỦY BAN NHÂN DÂN XÃ CHÂU BÌNH" → ["ỦY BAN NHÂN DÂN", "XÃ CHÂU BÌNH"] (two lines, as printed)."""
    for place in _PLACES:
        at = name.find(" " + place)
        if at > 0:
            return [name[:at], name[at + 1:]]
    return [name] if name else []


def _add(where: Container, text: str, box: str, *, bold: bool | None = None, italic: bool | None = None,
         align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.CENTER, first: bool = False) -> None:
    """One paragraph in the style of ``box`` (``first``: fill the empty paragraph a new table cell starts with)."""
    element = layout.ELEMENTS[box]
    paragraph = where.paragraphs[0] if first and where.paragraphs else where.add_paragraph()
    paragraph.alignment = align
    paragraph.paragraph_format.space_after = Pt(0)
    run = paragraph.add_run(text)
    run.font.name = layout.FONT
    run.font.size = Pt(SIZES[box])
    run.bold = element.bold if bold is None else bold
    run.italic = element.italic if italic is None else italic


def _page(document: DocxDocument) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(layout.PAPER_MM[0]), Mm(layout.PAPER_MM[1])
    section.top_margin, section.bottom_margin = Mm(MARGINS["tren"]), Mm(MARGINS["duoi"])
    section.left_margin, section.right_margin = Mm(MARGINS["trai"]), Mm(MARGINS["phai"])
    normal = document.styles["Normal"]
    normal.font.name = layout.FONT
    normal.font.size = Pt(SIZES["noi_dung"])
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), layout.FONT)


def _header(document: DocxDocument, draft: Mapping[str, str], kind: str) -> None:
    left, right = document.add_table(rows=1, cols=2).rows[0].cells
    left.width, right.width = Cm(6.5), Cm(9.5)
    lines = [(line, "co_quan_chu_quan") for line in agency_lines(draft["co_quan_chu_quan"])]
    lines += [(line, "co_quan_ban_hanh") for line in agency_lines(draft["co_quan_ban_hanh"])]
    for index, (line, box) in enumerate(lines):
        _add(left, line, box, first=index == 0)
    number = draft["so_ky_hieu"]
    if number and not number.lower().startswith("số"):  # nội dung: the label "Số:" in front of the number
        number = f"Số: {number}"  # nội dung
    _add(left, number, "so_ky_hieu", first=not lines)
    if kind == layout.CONG_VAN:
        _add(left, draft["trich_yeu"], "trich_yeu_cong_van")
    _add(right, layout.QUOC_HIEU, "quoc_hieu", first=True)
    _add(right, draft["tieu_ngu"] or layout.TIEU_NGU, "tieu_ngu")
    _add(right, "", "tieu_ngu")
    _add(right, draft["dia_danh_ngay"], "dia_danh_ngay")


def _body(document: DocxDocument, draft: Mapping[str, str], kind: str) -> None:
    if kind == layout.CONG_VAN:
        _add(document, "", "noi_dung")
        _add(document, f"Kính gửi: {draft['kinh_gui']}", "noi_dung")  # nội dung
    else:
        _add(document, "", "ten_loai")
        _add(document, draft["ten_loai"], "ten_loai")
        _add(document, draft["trich_yeu"], "trich_yeu")
    _add(document, "", "noi_dung")
    for line in draft["noi_dung"].splitlines():
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        paragraph.paragraph_format.first_line_indent = Cm(1)
        paragraph.paragraph_format.space_after = Pt(6)
        run = paragraph.add_run(line)
        run.font.name, run.font.size = layout.FONT, Pt(SIZES["noi_dung"])


def _signature(document: DocxDocument, draft: Mapping[str, str]) -> None:
    left, right = document.add_table(rows=1, cols=2).rows[0].cells
    left.width, right.width = Cm(7.5), Cm(8.5)
    _add(left, "Nơi nhận:", "noi_nhan_nhan", align=WD_ALIGN_PARAGRAPH.LEFT, first=True)  # nội dung
    for line in draft["noi_nhan"].splitlines():
        shown = line if line.startswith("-") else f"- {line}"
        _add(left, shown, "noi_nhan", align=WD_ALIGN_PARAGRAPH.LEFT)
    lines = layout.signature_lines(draft["quyen_han"], draft["thay_cho"], draft["chuc_vu"])
    for index, line in enumerate(lines):
        _add(right, line, "quyen_han_chuc_vu", first=index == 0)
    for _blank in range(4):  # room for the signature and the seal
        _add(right, "", "nguoi_ky")
    _add(right, draft["nguoi_ky"], "nguoi_ky", first=not lines)


def build(values: Mapping[str, object], kind: str) -> DocxDocument:
    """The document laid out on an A4 page (nothing is checked here: see ``nd30_layout.draft_problems``)."""
    draft = layout.as_draft(values)
    document = Document()
    _page(document)
    _header(document, draft, kind)
    _body(document, draft, kind)
    _add(document, "", "noi_dung")
    _signature(document, draft)
    document.core_properties.title = draft["trich_yeu"]
    return document


def file_name(values: Mapping[str, object]) -> str:
    """An ASCII file name from the số, ký hiệu: ``van-ban-12-ubnd-vp.docx`` (``van-ban-du-thao.docx`` without)."""
    number = layout.clean(values.get("so_ky_hieu", ""))
    if number.lower().startswith("số"):  # nội dung
        number = number[2:].lstrip(" :")
    return f"van-ban-{slug(number) or 'du-thao'}.docx"


def write(values: Mapping[str, object], kind: str, folder: Path) -> Path:
    """Write the .docx into ``folder`` and return its path (OSError when the folder cannot be written)."""
    path = folder / file_name(values)
    build(values, kind).save(str(path))
    return path


__all__ = ["MARGINS", "SIZES", "agency_lines", "build", "file_name", "write"]
