"""Kiểm tra một lời nhắc (prompt) trước khi dán vào công cụ AI công cộng.

What must never go into a public AI tool: personal data (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15 and
Nghị định 356/2025/NĐ-CP, which replaced Nghị định 13/2023/NĐ-CP), state secrets (Luật 117/2025/QH15 Điều 5
forbids using AI to infringe them), and passwords or OTP codes. The checks below find *some* tell-tale signs
with patterns; they cannot understand meaning, so a person still reads every prompt (which is the lesson).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kynangso.i18n import N_, _
from kynangso.text import nfc

SOURCE = (  # nội dung
    "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 ngày 26/6/2025; Nghị định 356/2025/NĐ-CP ngày 31/12/2025; "
    "Luật Bảo vệ bí mật nhà nước số 117/2025/QH15 ngày 10/12/2025, Điều 5"
)

_TITLES = re.compile(r"(?i)\b(?:ông|bà|anh|chị|em|cháu|cụ|hộ) ((?:[^\W\d_]+ ?){2,4})")  # nội dung
_PATTERNS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    (
        "so_dinh_danh",
        N_("Có dãy 12 chữ số giống số định danh cá nhân (số căn cước)."),
        re.compile(r"(?<!\d)\d{3}[ .]?\d[ .]?\d{2}[ .]?\d{6}(?!\d)"),
    ),
    ("cmnd", N_("Có dãy 9 chữ số giống số chứng minh nhân dân cũ."), re.compile(r"(?<![\d.,])\d{9}(?![\d.,])")),
    ("dien_thoai", N_("Có số điện thoại."), re.compile(r"(?<!\d)(?:\+84|0)(?:[ .]?\d){9}(?!\d)")),
    (
        "ngay_sinh",
        N_("Có ngày sinh hoặc năm sinh."),
        re.compile(  # nội dung
            r"(?i)(?:sinh(?: ngày| năm)?|ngày sinh|năm sinh)[ :]*\d{1,4}(?:[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?"
        ),
    ),
    (
        "bi_mat",
        N_("Có dấu hiệu tài liệu mật (Mật, Tối mật, Tuyệt mật, bí mật nhà nước)."),
        re.compile(  # nội dung
            r"(?i:tuyệt mật|tối mật|bí mật nhà nước|độ mật|dấu mật)|\bMẬT\b"
            r"|(?i:tài liệu|văn bản|công văn) [Mm]ật\b"
        ),
    ),
    (
        "mat_khau",
        N_("Có mật khẩu hoặc mã OTP."),
        re.compile(r"(?i)mật khẩu|\botp\b|mã xác thực|mã xác nhận"),  # nội dung
    ),
    (
        "nhay_cam",
        N_("Có thông tin nhạy cảm (bệnh, tiền án, tiền sự…)."),
        re.compile(r"(?i)bệnh án|chẩn đoán|\bhiv\b|tiền án|tiền sự|nghiện"),  # nội dung
    ),
)
_NAME_MESSAGE = N_("Có họ tên của một người cụ thể (sau ông, bà, anh, chị, cháu, hộ…).")

# A keyword that only names a kind of data ("mật khẩu", "Tối mật", "bệnh án") is no leak when the prompt says *not* to
# include it: "không kèm mật khẩu", "tuyệt đối không gửi mã OTP", "đừng đưa tài liệu mật". Numbers and names are data
# themselves and are never excused. The negation must come shortly before the keyword in the same sentence, and the
# keyword must not be followed by a value ("mật khẩu là …", "mật khẩu: …"), which would be a leak whatever comes before.
_NEGATABLE = frozenset({"mat_khau", "bi_mat", "nhay_cam"})
# "không" also covers "không được", "tuyệt đối không", "không bao giờ".
_NEGATION = re.compile(r"(?i)(?<![^\W\d_])(?:không|chưa|đừng|chớ)(?![^\W\d_])")  # nội dung
_NEGATION_WINDOW = 5  # words allowed between the negation and the keyword ("không được ghi hay gửi mật khẩu")
_SENTENCE_END = re.compile(r"[.;!?:\n]")
_CLAUSE_END = re.compile(r"[,.;!?\n]")
# After the keyword, in the same clause: "là …", "bằng …", ":" or "=", or a word with a digit or symbol (the value).
_VALUE_FOLLOWS = re.compile(r"(?i)[:=]|(?<![^\W\d_])(?:là|bằng)(?![^\W\d_])|[\d#@$%&*]")  # nội dung


def _negated(text: str, start: int, end: int) -> bool:
    """Whether the keyword at ``text[start:end]`` is mentioned only to say it must not be included."""
    if _VALUE_FOLLOWS.search(_CLAUSE_END.split(text[end:])[0]):
        return False
    before = _SENTENCE_END.split(text[:start])[-1]
    words = before.split()
    for position in range(len(words) - 1, max(-1, len(words) - 2 - _NEGATION_WINDOW), -1):
        if _NEGATION.fullmatch(words[position].strip(",")):
            return True
    return False


@dataclass(frozen=True)
class Finding:
    kind: str
    message: str
    text: str


def prompt_findings(prompt: str) -> list[Finding]:
    """Signs of personal data, secrets or credentials in ``prompt`` (empty = none *found*; no guarantee)."""
    text = nfc(prompt)
    findings: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for kind, message, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            span = match.span()
            if kind in _NEGATABLE and _negated(text, *span):
                continue
            if any(start < span[1] and span[0] < end for start, end in taken):
                continue
            taken.append(span)
            findings.append(Finding(kind, _(message), match.group(0)))
    for match in _TITLES.finditer(text):
        words = []
        for word in match.group(1).split():
            if not word[0].isupper():
                break
            words.append(word)
        if len(words) >= 2:
            name = " ".join(words)
            findings.append(Finding("ho_ten", _(_NAME_MESSAGE), name))
    return findings


def finding_kinds(prompt: str) -> set[str]:
    """Just the kinds found (``{"so_dinh_danh", "ho_ten"}``), handy for checks."""
    return {f.kind for f in prompt_findings(prompt)}


_PLACEHOLDERS = {  # nội dung: the masked prompt stays a Vietnamese text
    "so_dinh_danh": "[số định danh]",
    "cmnd": "[số giấy tờ]",
    "dien_thoai": "[số điện thoại]",
    "ngay_sinh": "[ngày sinh]",
}


def mask_personal(prompt: str) -> str:
    """Replace numbers and names the patterns find with placeholders (a first aid, not a licence to paste)."""
    text = nfc(prompt)
    for finding in prompt_findings(text):
        if finding.kind == "ho_ten":
            text = text.replace(finding.text, "[họ tên]")  # nội dung
        elif finding.kind in _PLACEHOLDERS:
            text = text.replace(finding.text, _PLACEHOLDERS[finding.kind])
    return text


__all__ = ["SOURCE", "Finding", "finding_kinds", "mask_personal", "prompt_findings"]
