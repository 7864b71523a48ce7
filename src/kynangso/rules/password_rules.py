"""Quy tắc đặt mật khẩu an toàn theo hướng dẫn của VNPT-CERT ("Hướng dẫn đặt và sử dụng mật khẩu an toàn").

VNPT-CERT asks for at least 8 characters mixing upper case, lower case, digits and special characters, nothing
easy to guess, and no reuse across accounts. The course adds two checks it teaches alongside: no personal
details (name, birth year) and none of the passwords everybody tries first.
"""

from __future__ import annotations

import unicodedata

from kynangso.i18n import _
from kynangso.text import strip_marks

SOURCE = "VNPT-CERT, Hướng dẫn đặt và sử dụng mật khẩu an toàn (vnptcert.vnpt.vn, 27/6/2016)"  # nội dung
MIN_LENGTH = 8
RECOMMENDED_LENGTH = 12
COMMON_PASSWORDS: frozenset[str] = frozenset(
    {
        "123456",
        "12345678",
        "123456789",
        "1234567890",
        "111111",
        "000000",
        "password",
        "password1",
        "matkhau",
        "matkhau123",
        "qwerty",
        "abc123",
        "admin",
        "admin123",
        "iloveyou",
        "123123",
        "88888888",
        "66668888",
    }
)


# Very common middle names: too short and too frequent to count as a give-away on their own.
_MIDDLE_NAMES = frozenset({"thi", "van"})


def _fold(text: str) -> str:
    """Lower case without diacritics; spaces are kept (they are part of a password)."""
    return strip_marks(text).casefold()


def _personal_tokens(personal: tuple[str, ...]) -> set[str]:
    tokens: set[str] = set()
    for item in personal:
        for word in _fold(item).replace("/", " ").replace("-", " ").split():
            if (len(word) >= 3 and word not in _MIDDLE_NAMES) or (word.isdigit() and len(word) >= 2):
                tokens.add(word)
    return tokens


def password_problems(password: str, personal: tuple[str, ...] = ()) -> list[str]:
    """What makes ``password`` unsafe, one sentence each (empty = meets the rules).

    ``personal`` holds the owner's details that must not appear in it (name, birth year, phone…).
    """
    problems: list[str] = []
    if len(password) < MIN_LENGTH:
        problems.append(_("Mật khẩu cần dài ít nhất {toi_thieu} ký tự (bạn đang có {co}).").format(
            toi_thieu=MIN_LENGTH, co=len(password)))
    if not any(c.isupper() for c in password):
        problems.append(_("Cần có ít nhất một chữ IN HOA (A–Z)."))
    if not any(c.islower() for c in password):
        problems.append(_("Cần có ít nhất một chữ thường (a–z)."))
    if not any(c.isdigit() for c in password):
        problems.append(_("Cần có ít nhất một chữ số (0–9)."))
    if not any(not c.isalnum() and not c.isspace() for c in password):
        problems.append(_("Cần có ít nhất một ký tự đặc biệt, ví dụ ! @ # $ % & *."))
    folded = _fold(password)
    if folded in COMMON_PASSWORDS or folded.rstrip("!@#$%&*.") in COMMON_PASSWORDS:
        problems.append(_("Đây là mật khẩu ai cũng thử đầu tiên; hãy tự nghĩ một câu riêng."))
    found = sorted(t for t in _personal_tokens(personal) if t in folded)
    if found:
        problems.append(_("Không dùng thông tin cá nhân dễ đoán (tên, năm sinh, số điện thoại) trong mật khẩu."))
    if password != password.strip():
        problems.append(_("Không để dấu cách ở đầu hoặc cuối mật khẩu (dễ gõ nhầm)."))
    if any(unicodedata.combining(c) or ord(c) > 127 for c in unicodedata.normalize("NFD", password)):
        problems.append(
            _("Không gõ chữ có dấu tiếng Việt trong mật khẩu: nhiều hệ thống và bàn phím xử lý khác nhau.")
        )
    return problems


def password_advice(password: str) -> list[str]:
    """Advice beyond the minimum rules (does not make the password wrong)."""
    advice: list[str] = []
    if MIN_LENGTH <= len(password) < RECOMMENDED_LENGTH:
        advice.append(_("Đạt mức tối thiểu. Dài {nen_co} ký tự trở lên thì an toàn hơn nhiều.").format(
            nen_co=RECOMMENDED_LENGTH))
    advice.append(_("Mỗi tài khoản một mật khẩu riêng; không lưu mật khẩu trên trình duyệt của máy dùng chung."))
    return advice


__all__ = [
    "COMMON_PASSWORDS",
    "MIN_LENGTH",
    "RECOMMENDED_LENGTH",
    "SOURCE",
    "password_advice",
    "password_problems",
]
