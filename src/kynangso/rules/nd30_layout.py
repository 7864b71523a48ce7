"""Bố cục một văn bản hành chính hoàn chỉnh theo NĐ 30/2020/NĐ-CP (05/3/2020), Phụ lục I (module 13).

Builds on :mod:`kynangso.rules.nd30` (số, ký hiệu; địa danh, ngày tháng; chữ viết tắt tên loại) and adds the other
boxes of the layout: Quốc hiệu và Tiêu ngữ, tên cơ quan (chủ quản trực tiếp, if any, and ban hành), tên loại và trích
yếu ("V/v" for a công văn), "Kính gửi", nội dung ending "./.", quyền hạn (TM., KT., TL., TUQ., Q.), chức vụ, họ tên
người ký and nơi nhận ending "Lưu: VT, …". ``draft_problems`` checks a composed document box by box.

Page set-up and type sizes: ``verified=True`` where the course's research notes (domain-facts §2.2) confirm the value
(margins, Times New Roman, "Số" and ký hiệu size 13, body 13–14); ``verified=False`` where the value comes from
secondary reproductions of Phụ lục I that agree with each other but were not checked against the decree's appendix
(lessons mark them \\* and ⚠️ "cần đối chiếu Phụ lục I Nghị định 30/2020/NĐ-CP").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from kynangso.i18n import N_, _
from kynangso.rules import nd30
from kynangso.text import nfc

SOURCE = "Nghị định 30/2020/NĐ-CP ngày 05/3/2020 về công tác văn thư, Điều 8 và Phụ lục I"  # nội dung
QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"  # nội dung
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"  # nội dung
CONG_VAN = "Công văn"  # nội dung: the one document type without a type name line and without a type abbreviation
SUBJECT_PREFIX = "V/v"  # nội dung: "về việc", in front of the trích yếu of a công văn
ARCHIVE_PREFIX = "Lưu: VT"  # nội dung: the last line of nơi nhận (VT = văn thư)
FONT = "Times New Roman"
PAPER_MM = (210, 297)  # A4


@dataclass(frozen=True)
class Range:
    low: float
    high: float
    verified: bool

    def __contains__(self, value: object) -> bool:
        return isinstance(value, int | float) and self.low <= value <= self.high


MARGINS_MM: dict[str, Range] = {
    "tren": Range(20, 25, True), "duoi": Range(20, 25, True), "trai": Range(30, 35, True), "phai": Range(15, 20, True),
}


@dataclass(frozen=True)
class Element:
    """How one box of the layout is typed: upper or lower case, size range (points), bold, italic."""

    name: str
    upper: bool
    size: Range
    bold: bool
    italic: bool


ELEMENTS: dict[str, Element] = {  # nội dung: names of the boxes of Phụ lục I
    "quoc_hieu": Element("Quốc hiệu", True, Range(12, 13, False), True, False),
    "tieu_ngu": Element("Tiêu ngữ", False, Range(13, 14, False), True, False),
    "co_quan_chu_quan": Element("Tên cơ quan chủ quản trực tiếp", True, Range(12, 13, False), False, False),
    "co_quan_ban_hanh": Element("Tên cơ quan ban hành", True, Range(12, 13, False), True, False),
    "so_ky_hieu": Element("Số, ký hiệu", False, Range(13, 13, True), False, False),
    "dia_danh_ngay": Element("Địa danh và thời gian", False, Range(13, 14, False), False, True),
    "ten_loai": Element("Tên loại văn bản", True, Range(13, 14, False), True, False),
    "trich_yeu": Element("Trích yếu (văn bản có tên loại)", False, Range(13, 14, False), True, False),
    "trich_yeu_cong_van": Element("Trích yếu công văn (V/v)", False, Range(12, 13, False), False, False),
    "noi_dung": Element("Nội dung", False, Range(13, 14, True), False, False),
    "quyen_han_chuc_vu": Element("Quyền hạn, chức vụ người ký", True, Range(13, 14, False), True, False),
    "nguoi_ky": Element("Họ tên người ký", False, Range(13, 14, False), True, False),
    "noi_nhan_nhan": Element("Chữ \"Nơi nhận:\"", False, Range(12, 12, False), True, True),
    "noi_nhan": Element("Danh sách nơi nhận", False, Range(11, 11, False), False, False),
}

# Quyền hạn of the signer (Phụ lục I, the signature box); the meaning is what a learner picks from.
AUTHORITIES: dict[str, str] = {
    "": N_("không ghi (người đứng đầu ký theo thẩm quyền của mình)"),
    "TM.": N_("TM. — thay mặt tập thể (Ủy ban nhân dân, Hội đồng nhân dân)"),
    "KT.": N_("KT. — cấp phó ký thay người đứng đầu"),
    "Q.": N_("Q. — quyền người đứng đầu"),
    "TL.": N_("TL. — thừa lệnh người đứng đầu (được giao trong quy chế)"),
    "TUQ.": N_("TUQ. — thừa ủy quyền (ủy quyền bằng văn bản, có thời hạn)"),
}
FIELDS: tuple[str, ...] = ("quoc_hieu", "tieu_ngu", "co_quan_chu_quan", "co_quan_ban_hanh", "so_ky_hieu",
                           "dia_danh_ngay", "ten_loai", "trich_yeu", "kinh_gui", "noi_dung", "quyen_han", "thay_cho",
                           "chuc_vu", "nguoi_ky", "noi_nhan")
OPTIONAL: frozenset[str] = frozenset({"co_quan_chu_quan", "ten_loai", "kinh_gui", "quyen_han", "thay_cho"})
_TITLES = re.compile(r"^(ông|bà|đồng chí|đ/c|ths\.?|ts\.?|cn\.?|ks\.?)\s", re.IGNORECASE)  # nội dung


def clean(text: object) -> str:
    """A field as compared: NFC, single spaces on each line, empty lines dropped."""
    lines = (" ".join(nfc(line).split()) for line in str(text or "").splitlines())
    return "\n".join(line for line in lines if line)


def signature_lines(authority: str, on_behalf_of: str, position: str) -> list[str]:
    """The lines above the signature: ``["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]``, ``["CHỦ TỊCH"]``."""
    first = f"{authority} {on_behalf_of}".strip() if authority else ""
    return [line for line in (first, position) if line]


def archive_line_problems(text: str) -> list[str]:
    """What is wrong with the last line of nơi nhận, "Lưu: VT, <đơn vị soạn thảo>." (empty when right)."""
    line = clean(text).lstrip("- ")
    if not line.startswith(ARCHIVE_PREFIX):
        return [_('Dòng cuối của nơi nhận bắt đầu bằng "Lưu: VT" (bản lưu ở văn thư).')]
    rest = line[len(ARCHIVE_PREFIX):].strip(" .")
    if not rest.startswith(",") or not rest.strip(", "):
        return [_('Sau "Lưu: VT" có dấu phẩy và chữ viết tắt của đơn vị soạn thảo, ví dụ "Lưu: VT, VP."')]
    return []


def signature_problems(authority: str, on_behalf_of: str, position: str, signer: str) -> list[str]:
    """What is wrong with the signature box (quyền hạn, chức vụ, họ tên), in Vietnamese."""
    problems = []
    if authority not in AUTHORITIES:
        problems.append(_("Quyền hạn ký chỉ là một trong: TM., KT., Q., TL., TUQ. hoặc để trống."))
    if authority and not on_behalf_of:
        problems.append(_("Sau {quyen} phải ghi tập thể hay chức vụ của người mình ký thay (ví dụ KT. CHỦ TỊCH)."
                          ).format(quyen=authority))
    if not authority and on_behalf_of:
        problems.append(_("Chỉ ghi dòng ký thay khi có quyền hạn ký (TM., KT., TL., TUQ., Q.)."))
    if authority == "KT." and on_behalf_of and on_behalf_of == position:
        problems.append(_("Ký thay (KT.) là cấp phó ký thay cấp trưởng: chức vụ người ký khác chức vụ cấp trưởng."))
    if not position:
        problems.append(_("Thiếu chức vụ của người ký (ví dụ CHỦ TỊCH, PHÓ CHỦ TỊCH)."))
    if any(part and part != part.upper() for part in (on_behalf_of, position)):
        problems.append(_("Quyền hạn và chức vụ người ký viết chữ in hoa."))
    if not signer:
        problems.append(_("Thiếu họ tên người ký."))
    elif signer == signer.upper() or len(signer.split()) < 2:
        problems.append(_("Họ tên người ký viết chữ thường, hoa chữ cái đầu mỗi tiếng (ví dụ Lò Thị Mai)."))
    elif _TITLES.match(signer):
        problems.append(_("Không ghi ông, bà, học vị trước họ tên người ký."))
    return problems


def _header_problems(draft: Mapping[str, str]) -> list[str]:
    problems = []
    if draft["quoc_hieu"].replace("HOÀ", "HÒA") != QUOC_HIEU:  # nội dung: the old tone placement "HOÀ" is accepted
        problems.append(_('Quốc hiệu viết in hoa, đúng từng chữ: "{quoc_hieu}".').format(quoc_hieu=QUOC_HIEU))
    if draft["tieu_ngu"] != TIEU_NGU:
        problems.append(_('Tiêu ngữ: "{tieu_ngu}" (hoa chữ đầu mỗi cụm, gạch nối có cách chữ hai bên).'
                          ).format(tieu_ngu=TIEU_NGU))
    issuer, parent = draft["co_quan_ban_hanh"], draft["co_quan_chu_quan"]
    if not issuer:
        problems.append(_("Thiếu tên cơ quan ban hành văn bản."))
    elif issuer != issuer.upper() or (parent and parent != parent.upper()):
        problems.append(_("Tên cơ quan (chủ quản và ban hành) viết chữ in hoa."))
    if parent and parent == issuer:
        problems.append(_("Tên cơ quan chủ quản là cơ quan cấp trên trực tiếp, không lặp lại tên cơ quan ban hành."))
    return problems


def _number_problems(draft: Mapping[str, str], kind: str) -> list[str]:
    if not draft["so_ky_hieu"]:
        return [_("Thiếu số, ký hiệu.")]
    problems = nd30.number_symbol_problems(draft["so_ky_hieu"])
    parsed = nd30.parse_number_symbol(draft["so_ky_hieu"])
    if problems or parsed is None:
        return problems
    if kind == CONG_VAN and parsed.type_name is not None:
        problems.append(_("Công văn không có chữ viết tắt tên loại: ký hiệu là tên cơ quan - đơn vị soạn thảo "
                          "(ví dụ 12/UBND-VP)."))
    if parsed.type_abbreviation == "CV":  # nội dung
        problems.append(_('Không có chữ viết tắt "CV" cho công văn: ký hiệu là tên cơ quan - đơn vị soạn thảo.'))
    known = next((t for t in nd30.DOCUMENT_TYPES if t.name == kind), None)
    if known is not None and parsed.type_abbreviation != known.abbreviation:
        problems.append(_("Ký hiệu của {loai} bắt đầu bằng {viet_tat}.").format(loai=kind.lower(),
                                                                               viet_tat=known.abbreviation))
    return problems


def _title_problems(draft: Mapping[str, str], kind: str) -> list[str]:
    title, subject = draft["ten_loai"], draft["trich_yeu"]
    problems = []
    if kind == CONG_VAN:
        if title:
            problems.append(_('Công văn không có dòng tên loại ("CÔNG VĂN"); chỉ có trích yếu "V/v …" dưới số, '
                              "ký hiệu."))
        if not subject.startswith(SUBJECT_PREFIX + " "):
            problems.append(_('Trích yếu của công văn bắt đầu bằng "V/v" rồi đến nội dung, ví dụ "V/v tổ chức …".'))
        if not draft["kinh_gui"]:
            problems.append(_('Công văn có phần "Kính gửi:" ghi nơi nhận chính.'))
        return problems
    if title != kind.upper():
        problems.append(_('Tên loại văn bản viết in hoa, đúng loại: "{ten_loai}".').format(ten_loai=kind.upper()))
    if not subject:
        problems.append(_("Thiếu trích yếu nội dung (một câu ngắn nói văn bản về việc gì)."))
    elif subject.startswith(SUBJECT_PREFIX):
        problems.append(_('Chỉ công văn mới có "V/v"; văn bản có tên loại ghi trích yếu ngay dưới tên loại.'))
    return problems


def _closing_problems(draft: Mapping[str, str]) -> list[str]:
    problems = []
    if not draft["noi_dung"]:
        problems.append(_("Thiếu nội dung văn bản."))
    elif not draft["noi_dung"].endswith("./."):
        problems.append(_('Cuối nội dung văn bản có dấu "./." (báo hết nội dung).'))
    problems += signature_problems(draft["quyen_han"], draft["thay_cho"], draft["chuc_vu"], draft["nguoi_ky"])
    recipients = draft["noi_nhan"].splitlines()
    if len(recipients) < 2:
        problems.append(_('Nơi nhận ghi mỗi nơi một dòng, ít nhất một nơi nhận và dòng "Lưu: VT, …".'))
    problems += archive_line_problems(recipients[-1] if recipients else "")
    return problems


def as_draft(values: Mapping[str, object]) -> dict[str, str]:
    """Every field of the layout, cleaned; a field not given is empty."""
    return {name: clean(values.get(name, "")) for name in FIELDS}


def missing_fields(values: Mapping[str, object], kind: str) -> list[str]:
    """Required boxes left empty (the visible check of a graded answer), in Vietnamese."""
    draft = as_draft(values)
    required = [f for f in FIELDS if f not in OPTIONAL]
    if kind != CONG_VAN:
        required.insert(required.index("trich_yeu"), "ten_loai")
    return [_("Chưa điền ô «{o}».").format(o=_(LABELS[f])) for f in required if not draft[f]]


def draft_problems(values: Mapping[str, object], kind: str) -> list[str]:
    """Every box of the layout checked in reading order; empty when the document is laid out right."""
    draft = as_draft(values)
    return (_header_problems(draft) + _number_problems(draft, kind)
            + nd30.date_line_problems(draft["dia_danh_ngay"]) + _title_problems(draft, kind)
            + _closing_problems(draft))


LABELS: dict[str, str] = {
    "quoc_hieu": N_("Quốc hiệu"), "tieu_ngu": N_("Tiêu ngữ"), "co_quan_chu_quan": N_("Cơ quan chủ quản (nếu có)"),
    "co_quan_ban_hanh": N_("Cơ quan ban hành"), "so_ky_hieu": N_("Số, ký hiệu"),
    "dia_danh_ngay": N_("Địa danh, ngày tháng"), "ten_loai": N_("Tên loại"), "trich_yeu": N_("Trích yếu"),
    "kinh_gui": N_("Kính gửi (công văn)"), "noi_dung": N_("Nội dung"), "quyen_han": N_("Quyền hạn ký"),
    "thay_cho": N_("Ký thay / thay mặt"), "chuc_vu": N_("Chức vụ người ký"), "nguoi_ky": N_("Họ tên người ký"),
    "noi_nhan": N_("Nơi nhận"),
}

__all__ = [
    "ARCHIVE_PREFIX", "AUTHORITIES", "CONG_VAN", "ELEMENTS", "FIELDS", "FONT", "LABELS", "MARGINS_MM", "OPTIONAL",
    "PAPER_MM", "QUOC_HIEU", "SOURCE", "SUBJECT_PREFIX", "TIEU_NGU", "Element", "Range", "archive_line_problems",
    "as_draft", "clean", "draft_problems", "missing_fields", "signature_lines", "signature_problems",
]
