"""Signing a real PDF and reading its signature panel, offline, with pyHanko (PAdES) and the kit's TEST CA.

- ``sign_pdf`` signs with a certificate of :mod:`kynangso.data.pdf_test_ca`; a certificate that is not valid at the
  moment of signing is refused before pyHanko is asked (and pyHanko, given the test CA, checks it again).
- ``check_pdf`` reads what a signature panel shows: người ký, thời điểm ký, chứng thư hợp lệ, tài liệu nguyên vẹn.
  The only trusted root is the test CA; nothing is fetched (no OCSP, CRL or timestamp server), so revocation is
  not checked here (real software does it online).
- ``change_one_byte`` changes one byte of the signed part of the file (a digit of the amount when it is there).

pyHanko itself is in :mod:`kynangso.rules._pdf_pyhanko`, loaded at the first signature or check: building a widget
(and so running an exercise in a grading kernel) does not load it.

Rules taught (see the lesson): Luật Giao dịch điện tử số 20/2023/QH15 ngày 22/6/2023, Điều 22; Nghị định
68/2024/NĐ-CP ngày 25/6/2024 (chữ ký số chuyên dùng công vụ, Ban Cơ yếu Chính phủ cung cấp dịch vụ).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import datetime

from cryptography import x509
from cryptography.x509.oid import NameOID

from kynangso.data.pdf_test_ca import VIETNAM, Holder, SigningKit
from kynangso.i18n import N_, _

EXPIRED_NOTE = N_("chứng thư số đã hết hạn — cần gia hạn")
NOT_YET_NOTE = N_("chứng thư số chưa có hiệu lực vào thời điểm ký")
UNTRUSTED_NOTE = N_("chứng thư không do tổ chức tin cậy cấp")
TRUSTED_NOTE = N_("do {ca} cấp, còn hiệu lực lúc ký")
CHANGED_NOTE = N_("tài liệu đã bị thay đổi sau khi ký")
INTACT_NOTE = N_("tài liệu còn nguyên vẹn như lúc ký")
RENEWAL = N_("Chứng thư hết hạn thì không ký được: đề nghị chính tổ chức đã cấp chứng thư gia hạn hoặc cấp chứng thư "
             "mới. Chữ ký số chuyên dùng công vụ của cán bộ do Ban Cơ yếu Chính phủ cung cấp (Nghị định "
             "68/2024/NĐ-CP); không tự tạo chứng thư, không chỉnh lùi ngày giờ máy tính để ký.")


class SigningRefused(ValueError):
    """Signing was refused; the message (Vietnamese) says why."""


def moment_text(at: datetime) -> str:
    """A moment as the panel shows it, in Vietnam's time: 09:30 ngày 01/12/2026."""
    local = at.astimezone(VIETNAM)
    return _("{gio} ngày {ngay}").format(gio=f"{local:%H:%M}", ngay=f"{local:%d/%m/%Y}")


@dataclass(frozen=True)
class SignaturePanel:
    """What a PDF reader's signature panel says about the (first) signature of a file."""

    signed: bool  # the file holds a signature at all
    readable: bool = True  # the file could be read as a PDF
    signer: str = ""
    unit: str = ""
    issuer: str = ""
    signed_at: datetime | None = None
    certificate_ok: bool = False
    certificate_note: str = ""
    intact: bool = False

    @property
    def valid(self) -> bool:
        """The signature holds: a trusted certificate valid when signing, and not one byte changed since."""
        return self.signed and self.certificate_ok and self.intact

    @property
    def verdict(self) -> str:
        if not self.readable:
            return _("Không đọc được tệp: tệp bị hỏng hoặc không phải tệp PDF, không kiểm tra được chữ ký.")
        if not self.signed:
            return _("Tệp này không có chữ ký số.")
        if self.valid:
            return _("Chữ ký hợp lệ.")
        return _("Chữ ký KHÔNG hợp lệ: {ly_do}.").format(ly_do="; ".join(self.problems))

    @property
    def problems(self) -> list[str]:
        """Why the signature does not hold (Vietnamese, empty when it does)."""
        found = [] if self.certificate_ok else [self.certificate_note]
        return found + ([] if self.intact else [_(CHANGED_NOTE)])

    def rows(self) -> list[tuple[str, str]]:
        """The lines of the panel: (label, value), in Vietnamese."""
        if not self.signed:
            return [(_("Chữ ký số"), _("không có") if self.readable else _("không đọc được tệp"))]
        when = moment_text(self.signed_at) if self.signed_at else _("không rõ")
        yes, no = _("Có"), _("Không")
        return [
            (_("Người ký"), f"{self.signer} — {self.unit}" if self.unit else self.signer),
            (_("Thời điểm ký"), when),
            (_("Chứng thư hợp lệ"), f"{yes if self.certificate_ok else no} ({self.certificate_note})"),
            (_("Tài liệu nguyên vẹn"), f"{yes} ({_(INTACT_NOTE)})" if self.intact else f"{no} ({_(CHANGED_NOTE)})"),
        ]


def certificate_problem(certificate: x509.Certificate, at: datetime) -> str:
    """Why ``certificate`` cannot sign at ``at`` (its dates only), or "" when it is within them."""
    if at > certificate.not_valid_after_utc:
        return _(EXPIRED_NOTE)
    if at < certificate.not_valid_before_utc:
        return _(NOT_YET_NOTE)
    return ""


def sign_pdf(document: bytes, holder: Holder, trust_root: x509.Certificate, at: datetime, *,
             reason: str = "Ký ban hành (thử nghiệm)", verify: bool = True) -> bytes:  # nội dung
    """``document`` signed by ``holder`` at ``at`` (PAdES, SHA-256); raises :class:`SigningRefused` with the reason.

    The certificate must be valid at ``at`` and chain to ``trust_root`` (pyHanko checks this before signing).
    ``verify=False`` skips both checks, as a forger's own tool would: only to make practice files.
    """
    problem = certificate_problem(holder.certificate, at) if verify else ""
    if problem:
        raise SigningRefused(_("Không ký được: {ly_do} (hiệu lực đến {ngay:%d/%m/%Y}).").format(
            ly_do=problem, ngay=holder.valid_to))
    from kynangso.rules import _pdf_pyhanko  # pyHanko loads at the first signature

    try:
        return _pdf_pyhanko.sign(document, holder, trust_root, at, reason, verify)
    except _pdf_pyhanko.Refused as refused:
        if str(refused) == _pdf_pyhanko.UNTRUSTED:
            raise SigningRefused(_("Không ký được: {ly_do}.").format(ly_do=_(UNTRUSTED_NOTE))) from None
        raise SigningRefused(_("Không ký được: tệp không phải là một tệp PDF đọc được.")) from None


def _name_part(certificate: x509.Certificate, oid: x509.ObjectIdentifier) -> str:
    values = certificate.subject.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def certificate_status(certificate: x509.Certificate, trust_root: x509.Certificate, at: datetime) -> tuple[bool, str]:
    """Whether ``certificate`` chains to ``trust_root`` and is valid at ``at``, with the panel's words for it."""
    from kynangso.rules import _pdf_pyhanko

    issuer = certificate.issuer.get_attributes_for_oid(NameOID.COMMON_NAME)
    found = _pdf_pyhanko.certificate_status(certificate, trust_root, at)
    notes = {_pdf_pyhanko.EXPIRED: EXPIRED_NOTE, _pdf_pyhanko.NOT_YET: NOT_YET_NOTE}
    if found == _pdf_pyhanko.TRUSTED:
        return True, _(TRUSTED_NOTE).format(ca=issuer[0].value if issuer else "")
    return False, _(notes.get(found, UNTRUSTED_NOTE))


def check_pdf(data: bytes, trust_root: x509.Certificate, at: datetime) -> SignaturePanel:
    """The signature panel of ``data``, checked at the moment ``at`` with ``trust_root`` as the only trusted CA.

    The certificate is judged on its own (chain to the test CA, dates), so a changed file still shows who signed
    it and whether the certificate was good; "nguyên vẹn" is pyHanko's comparison of the signed bytes.
    """
    from kynangso.rules import _pdf_pyhanko

    try:
        found = _pdf_pyhanko.read_signature(data, trust_root, at)
    except ValueError:
        return SignaturePanel(signed=False, readable=False)
    if found is None:
        return SignaturePanel(signed=False)
    certificate = found.certificate
    issuer = certificate.issuer.get_attributes_for_oid(NameOID.COMMON_NAME)
    certificate_ok, note = certificate_status(certificate, trust_root, at)
    return SignaturePanel(signed=True, signer=_name_part(certificate, NameOID.COMMON_NAME),
                          unit=_name_part(certificate, NameOID.ORGANIZATION_NAME),
                          issuer=str(issuer[0].value) if issuer else "", signed_at=found.signed_at,
                          certificate_ok=certificate_ok, certificate_note=note, intact=found.intact)


@dataclass(frozen=True)
class ByteChange:
    """One byte changed in a signed file: where, from what to what, and the new file."""

    data: bytes
    position: int
    old: str
    new: str


def _signed_ranges(data: bytes) -> list[tuple[int, int]]:
    found = re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", data)
    if not found:
        return [(0, len(data))]
    a, b, c, d = (int(x) for x in found.groups())
    return [(a, a + b), (c, c + d)]


def change_one_byte(data: bytes, text: str = "") -> ByteChange:
    """``data`` with one byte of its signed part changed: the first digit of ``text`` if the file shows it
    (``(1.500.000)`` becomes ``(4.500.000)``), otherwise a byte in the middle of the first signed range."""
    start, end = _signed_ranges(data)[0]
    position = data.find(f"({text})".encode("ascii"), start, end) + 1 if text else 0
    if position <= 0:
        position = (start + end) // 2
    old = data[position]
    new = ord("0") + (old - ord("0") + 3) % 10 if chr(old).isdigit() else old ^ 0x01
    changed = data[:position] + bytes([new]) + data[position + 1:]
    return ByteChange(changed, position, chr(old), chr(new))


# What the panel of a practice file says: the answers learners match files to (content, the same in every language).
VALID_FILE = "Chữ ký hợp lệ"  # nội dung
CHANGED_FILE = "Tài liệu đã bị thay đổi sau khi ký"  # nội dung
FORGED_FILE = "Chứng thư không do tổ chức tin cậy cấp"  # nội dung
FILE_KINDS = (VALID_FILE, CHANGED_FILE, FORGED_FILE)


def practice_kinds(seed: int, names: tuple[str, ...] = ("Tệp A", "Tệp B", "Tệp C")) -> dict[str, str]:  # nội dung
    """Which file is which (one of each of :data:`FILE_KINDS`), shuffled by ``seed``: the key of the practice."""
    if len(names) != len(FILE_KINDS):
        raise ValueError(_("Cần đúng {so} tên tệp luyện tập (mỗi trường hợp một tệp).").format(so=len(FILE_KINDS)))
    kinds = list(FILE_KINDS)
    random.Random(f"ba-tep:{seed}").shuffle(kinds)
    return dict(zip(names, kinds, strict=True))


def practice_file(kind: str, kit: SigningKit, document: bytes, amount_text: str) -> bytes:
    """One signed copy of ``document``: intact, changed by one byte after signing, or signed with the forged
    certificate (intact, but its certificate comes from no trusted CA)."""
    if kind == FORGED_FILE:
        return sign_pdf(document, kit.forged, kit.ca, kit.signing_time, verify=False)
    signed = sign_pdf(document, kit.signer, kit.ca, kit.signing_time)
    return change_one_byte(signed, amount_text).data if kind == CHANGED_FILE else signed


__all__ = ["CHANGED_FILE", "CHANGED_NOTE", "EXPIRED_NOTE", "FILE_KINDS", "FORGED_FILE", "RENEWAL", "VALID_FILE",
           "ByteChange", "SignaturePanel", "SigningRefused", "certificate_problem", "certificate_status",
           "change_one_byte", "check_pdf", "moment_text", "practice_file", "practice_kinds", "sign_pdf"]
