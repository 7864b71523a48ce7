"""Chữ ký điện tử, chữ ký số: the three kinds, integrity (hash), certificate validity, signature image.

- Kinds: Luật Giao dịch điện tử 20/2023/QH15 (22/6/2023, in force 1/7/2024), Điều 22.
- Chữ ký số chuyên dùng công vụ: Nghị định 68/2024/NĐ-CP (25/6/2024); provider: Ban Cơ yếu Chính phủ.
- Signature image on electronic documents: Nghị định 30/2020/NĐ-CP (05/3/2020), Phụ lục I — the signer's
  image (blue, PNG, transparent background, between title and name) comes from a secondary source; the
  details of the agency's seal image are flagged ``verified=False``: to resolve them, read the part of Phụ lục I
  on the image and position of the agency's digital signature (Điều 13 khoản 7 and Điều 17 khoản 2 refer to it).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from kynangso.i18n import N_

LAW = "Luật Giao dịch điện tử số 20/2023/QH15 ngày 22/6/2023, Điều 22"  # nội dung
DECREE = "Nghị định 68/2024/NĐ-CP ngày 25/6/2024 về chữ ký số chuyên dùng công vụ"  # nội dung

# The three kinds by their names in the law: the answers learners sort cases into.
OFFICIAL = "Chữ ký số chuyên dùng công vụ"  # nội dung
PUBLIC = "Chữ ký số công cộng"  # nội dung
PRIVATE = "Chữ ký điện tử chuyên dùng"  # nội dung
KINDS: dict[str, str] = {
    OFFICIAL: N_("Dùng trong hoạt động công vụ; bảo đảm bởi chứng thư chữ ký số chuyên dùng công vụ "
                 "(Ban Cơ yếu Chính phủ cung cấp dịch vụ)."),
    PUBLIC: N_("Dùng trong hoạt động công cộng (người dân, doanh nghiệp); bảo đảm bởi chứng thư chữ ký số "
               "công cộng do tổ chức cung cấp dịch vụ chứng thực chữ ký số công cộng cấp."),
    PRIVATE: N_("Do một cơ quan, tổ chức tự tạo lập, chỉ dùng riêng cho hoạt động của cơ quan, tổ chức đó."),
}
RULE = N_("Chữ ký số chuyên dùng công vụ: việc công vụ, chứng thư do Ban Cơ yếu Chính phủ cấp. "
          "Chữ ký số công cộng: người dân, doanh nghiệp, chứng thư mua của nhà cung cấp dịch vụ công cộng. "
          "Chữ ký điện tử chuyên dùng: tổ chức tự tạo, chỉ dùng nội bộ.")

# A certificate's status by the words of certificate lists (the lesson's table and checks use them).
NOT_YET_VALID = "Chưa có hiệu lực"  # nội dung
VALID = "Còn hiệu lực"  # nội dung
EXPIRED = "Hết hiệu lực"  # nội dung


def sha256_hex(text: str) -> str:
    """The SHA-256 hash of ``text`` (UTF-8 bytes) as 64 hexadecimal characters."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def short_hash(text: str, length: int = 16) -> str:
    """The first ``length`` characters of the hash, enough to compare by eye."""
    return sha256_hex(text)[:length]


def is_intact(text: str, expected_hash: str) -> bool:
    """True when ``text`` has exactly the hash recorded when the document was signed."""
    return sha256_hex(text) == expected_hash.strip().lower()


def changed_positions(first_hash: str, second_hash: str) -> int:
    """How many of the hexadecimal characters differ (a one-letter change alters about 60 of 64)."""
    return sum(a != b for a, b in zip(first_hash, second_hash, strict=True))


@dataclass(frozen=True)
class Certificate:
    """A (synthetic) digital-signature certificate: who holds it and the dates it is valid."""

    id: str
    holder: str
    role: str
    kind: str
    valid_from: date
    valid_to: date

    def status_on(self, day: date) -> str:
        """The status on ``day``: :data:`NOT_YET_VALID`, :data:`VALID` or :data:`EXPIRED`."""
        if day < self.valid_from:
            return NOT_YET_VALID
        if day > self.valid_to:
            return EXPIRED
        return VALID

    def is_valid_on(self, day: date) -> bool:
        return self.status_on(day) == VALID

    def days_left(self, day: date) -> int:
        return (self.valid_to - day).days


def expired_on(certificates: Iterable[Certificate], day: date) -> list[str]:
    """The ids of the certificates whose validity ended before ``day`` (valid through ``valid_to``)."""
    return [c.id for c in certificates if c.status_on(day) == EXPIRED]


@dataclass(frozen=True)
class ImageRule:
    what: str
    rule: str
    verified: bool


SIGNATURE_IMAGE: tuple[ImageRule, ...] = (
    ImageRule(N_("Màu hình ảnh chữ ký của người có thẩm quyền"), N_("màu xanh"), True),
    ImageRule(N_("Định dạng"), N_("PNG (Portable Network Graphics), nền trong suốt"), True),
    ImageRule(N_("Vị trí"), N_("canh giữa, giữa chức vụ và họ tên người ký"), True),
    ImageRule(N_("Hình ảnh dấu của cơ quan"), N_("màu đỏ, PNG nền trong suốt, trùm lên khoảng 1/3 hình ảnh chữ ký "
                                                 "về bên trái"), False),
    ImageRule(N_("Thông tin chữ ký số của cơ quan"), N_("tên cơ quan, thời gian ký (ngày, giờ), màu xanh"), False),
)


__all__ = [
    "DECREE",
    "EXPIRED",
    "KINDS",
    "LAW",
    "NOT_YET_VALID",
    "OFFICIAL",
    "PRIVATE",
    "PUBLIC",
    "RULE",
    "SIGNATURE_IMAGE",
    "VALID",
    "Certificate",
    "ImageRule",
    "changed_positions",
    "expired_on",
    "is_intact",
    "sha256_hex",
    "short_hash",
]
