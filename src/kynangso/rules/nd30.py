"""Thể thức văn bản hành chính theo Nghị định 30/2020/NĐ-CP (05/3/2020), Phụ lục I and III.

Phụ lục III is the table of abbreviations of document-type names and of copies. The decree's appendix itself is not
available to the course, so the table below holds what the course's research notes support and marks the rest:

- ``verified=True``: the abbreviation is seen on real documents (QĐ, KH, BC, TTr, TB);
- ``verified=False``: listed as Phụ lục III in the course's notes and in public reproductions of the appendix that
  agree with each other, including the mixed-case forms QyĐ (Quy định), CTr (Chương trình), TTr (Tờ trình), Thông
  cáo TC, Phiếu gửi PG, Phiếu chuyển PC, Phiếu báo PB and, for copies (Điều 25), SY (sao y), SL (sao lục), TrS
  (trích sao);
- ``NOT_CONFIRMED``: the document types of Điều 7 (29 in all) whose abbreviation the reproductions give differently
  (Bản ghi nhớ: GN or BGN; Bản thỏa thuận: TTh or BTT) or not at all (Thư công); lessons mark them ⚠️ "cần đối chiếu
  Phụ lục III Nghị định 30/2020/NĐ-CP" on the Official Gazette.

The serial number is per agency and per year (Điều 15 khoản 1: from 01 on 1 January to 31 December).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kynangso.i18n import _
from kynangso.text import nfc  # also read as nd30.nfc by the check cell of assignment 10

SOURCE = "Nghị định 30/2020/NĐ-CP ngày 05/3/2020 về công tác văn thư, Phụ lục I"  # nội dung
TABLE_SOURCE = (  # nội dung
    "Nghị định 30/2020/NĐ-CP ngày 05/3/2020, Phụ lục III (chữ viết tắt tên loại văn bản và bản sao)")
NUMBERING_SOURCE = "Nghị định 30/2020/NĐ-CP ngày 05/3/2020, Điều 15 khoản 1"  # nội dung


@dataclass(frozen=True)
class DocumentType:
    name: str
    abbreviation: str
    verified: bool


DOCUMENT_TYPES: tuple[DocumentType, ...] = (  # nội dung: the names of document types (Phụ lục III)
    DocumentType("Nghị quyết", "NQ", False),
    DocumentType("Quyết định", "QĐ", True),
    DocumentType("Chỉ thị", "CT", False),
    DocumentType("Quy chế", "QC", False),
    DocumentType("Quy định", "QyĐ", False),
    DocumentType("Thông cáo", "TC", False),
    DocumentType("Thông báo", "TB", True),
    DocumentType("Hướng dẫn", "HD", False),
    DocumentType("Chương trình", "CTr", False),
    DocumentType("Kế hoạch", "KH", True),
    DocumentType("Phương án", "PA", False),
    DocumentType("Đề án", "ĐA", False),
    DocumentType("Dự án", "DA", False),
    DocumentType("Báo cáo", "BC", True),
    DocumentType("Biên bản", "BB", False),
    DocumentType("Tờ trình", "TTr", True),
    DocumentType("Hợp đồng", "HĐ", False),
    DocumentType("Công điện", "CĐ", False),
    DocumentType("Giấy ủy quyền", "GUQ", False),
    DocumentType("Giấy mời", "GM", False),
    DocumentType("Giấy giới thiệu", "GGT", False),
    DocumentType("Giấy nghỉ phép", "GNP", False),
    DocumentType("Phiếu gửi", "PG", False),
    DocumentType("Phiếu chuyển", "PC", False),
    DocumentType("Phiếu báo", "PB", False),
)
COPY_TYPES: tuple[DocumentType, ...] = (  # nội dung: copies (Điều 25: sao y, sao lục, trích sao)
    DocumentType("Bản sao y", "SY", False),
    DocumentType("Bản sao lục", "SL", False),
    DocumentType("Bản trích sao", "TrS", False),
)
# Document types of Điều 7 whose abbreviation the reproductions of Phụ lục III give differently or not at all
# (⚠️ cần đối chiếu Phụ lục III Nghị định 30/2020/NĐ-CP trên Công báo).
NOT_CONFIRMED: tuple[str, ...] = ("Bản ghi nhớ", "Bản thỏa thuận", "Thư công")  # nội dung
# Công văn has no type abbreviation: its ký hiệu is the agency's abbreviation + the drafting unit's (e.g. UBND-VP).
MIXED_CASE: frozenset[str] = frozenset(
    t.abbreviation for t in DOCUMENT_TYPES + COPY_TYPES if t.abbreviation != t.abbreviation.upper()
)
BY_ABBREVIATION = {t.abbreviation: t for t in DOCUMENT_TYPES}

_NUMBER_SYMBOL = re.compile(r"^(?P<so>\d+)/(?P<ky_hieu>[^\s/]+)$")


def format_number(number: int) -> str:
    """The serial number as written in box 3: two digits at least (``7`` → ``07``)."""
    return f"{number:02d}"


def number_symbol(number: int, type_abbreviation: str, issuer: str) -> str:
    """``Số, ký hiệu`` of a document with a type name, e.g. ``15/QĐ-UBND``."""
    return f"{format_number(number)}/{type_abbreviation}-{issuer}"


def date_line(place: str, day: date) -> str:
    """``Địa danh, ngày … tháng … năm …`` with the leading zeros NĐ 30 requires (day < 10; months 1 and 2)."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"  # nội dung: the date line of NĐ 30


@dataclass(frozen=True)
class ParsedNumber:
    number: int
    type_abbreviation: str
    issuer: str

    @property
    def type_name(self) -> str | None:
        known = BY_ABBREVIATION.get(self.type_abbreviation)
        return known.name if known else None


def parse_number_symbol(text: str) -> ParsedNumber | None:
    """Read ``Số: 15/QĐ-UBND`` (or ``15/QĐ-UBND``); ``None`` when it does not have that shape."""
    body = nfc(text)
    if body.lower().startswith("số:"):  # nội dung: the label in front of the number on a document
        body = body[3:].strip()
    match = _NUMBER_SYMBOL.match(body)
    if not match or "-" not in match["ky_hieu"]:
        return None
    kind, issuer = match["ky_hieu"].split("-", 1)
    return ParsedNumber(int(match["so"]), kind, issuer)


def number_symbol_problems(text: str) -> list[str]:
    """What is wrong with a written ``số, ký hiệu``, in Vietnamese (empty when it is right)."""
    body = nfc(text)
    if body.lower().startswith("số:"):  # nội dung: the label in front of the number on a document
        body = body[3:].strip()
    problems = []
    if " " in body:
        problems.append(_("Số, ký hiệu viết liền, không có dấu cách."))
    match = _NUMBER_SYMBOL.match(body.replace(" ", ""))
    if not match:
        problems.append(_('Cần có dạng số/ký hiệu, ví dụ "15/QĐ-UBND".'))
        return problems
    if len(match["so"]) < 2:
        problems.append(_("Số nhỏ hơn 10 phải thêm số 0 ở trước (ví dụ 07)."))
    symbol = match["ky_hieu"]
    # Each group between "-" is upper case, except the mixed-case abbreviations of Phụ lục III (QyĐ, CTr, TTr, TrS).
    if any(group != group.upper() and group not in MIXED_CASE for group in symbol.split("-")):
        problems.append(_("Ký hiệu viết bằng chữ in hoa (trừ chữ viết tắt có sẵn như TTr, CTr, QyĐ, TrS)."))
    if "-" not in symbol:
        problems.append(_('Giữa các nhóm chữ viết tắt của ký hiệu có gạch nối "-", ví dụ QĐ-UBND.'))
    return problems


def date_line_problems(text: str) -> list[str]:
    """What is wrong with a written date line, in Vietnamese (empty when it is right; extra spaces are forgiven)."""
    body = " ".join(nfc(text).split())
    match = re.search(r"ngày (\d+) tháng (\d+) năm (\d{4})", body)  # nội dung
    if not match:
        return [_('Cần có dạng "Địa danh, ngày 05 tháng 02 năm 2026".')]
    problems = []
    day_text, month_text, year_text = match.groups()
    try:
        date(int(year_text), int(month_text), int(day_text))
    except ValueError:
        problems.append(_("Ngày tháng này không có thật: kiểm tra lại ngày và tháng."))
    if int(day_text) < 10 and len(day_text) < 2:
        problems.append(_("Ngày nhỏ hơn 10 phải thêm số 0 ở trước (ví dụ ngày 05)."))
    if int(month_text) < 3 and len(month_text) < 2:
        problems.append(_("Tháng 1 và tháng 2 phải thêm số 0 ở trước (tháng 01, tháng 02)."))
    if not re.match(r"^[^\W\d_][^,]*, ngày", body):  # nội dung
        problems.append(_("Địa danh đứng đầu, sau đó là dấu phẩy rồi đến chữ ngày."))
    return problems


__all__ = [
    "BY_ABBREVIATION",
    "COPY_TYPES",
    "DOCUMENT_TYPES",
    "MIXED_CASE",
    "NOT_CONFIRMED",
    "NUMBERING_SOURCE",
    "SOURCE",
    "TABLE_SOURCE",
    "DocumentType",
    "ParsedNumber",
    "date_line",
    "date_line_problems",
    "format_number",
    "nfc",
    "number_symbol",
    "number_symbol_problems",
    "parse_number_symbol",
]
