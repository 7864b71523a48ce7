"""A local TEST certification authority, its certificates and a one-page commune PDF, all made offline from a seed.

Everything here is practice material: the CA is named "CA THỬ NGHIỆM – KHÔNG CÓ GIÁ TRỊ PHÁP LÝ", the people are
generated names, the document is a made-up decision of a commune. The same seed gives the same keys (derived from
the seed), the same certificates (ECDSA P-256 signed deterministically, RFC 6979) and the same PDF bytes, so
lessons, exercises and tests see the same thing on every machine. Signing and checking the PDF (pyHanko) are in
:mod:`kynangso.rules.pdf_signature`.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from kynangso.data.person_names import FAMILY, GIVEN_MALE, MIDDLE_MALE
from kynangso.rules import place as dia_phuong

CA_NAME = "CA THỬ NGHIỆM – KHÔNG CÓ GIÁ TRỊ PHÁP LÝ"
CA_ORGANISATION = "Khóa học Kỹ năng số (tài liệu thử nghiệm)"
FORGED_ISSUER = "Chứng thư tự tạo trên máy tính cá nhân"
SIGNER_ROLE = "Phó Chủ tịch UBND xã"
VIETNAM = timezone(timedelta(hours=7))
# The simulated moment of signing: the same in lessons, exercises and tests, whatever the computer's clock says.
SIGNING_TIME = datetime(2026, 12, 1, 9, 30, tzinfo=VIETNAM)


@dataclass(frozen=True)
class Holder:
    """Who a certificate was issued to, and the certificate with its private key (both synthetic)."""

    name: str
    role: str
    unit: str
    key: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate

    @property
    def valid_from(self) -> date:
        return self.certificate.not_valid_before_utc.astimezone(VIETNAM).date()

    @property
    def valid_to(self) -> date:
        return self.certificate.not_valid_after_utc.astimezone(VIETNAM).date()

    @property
    def issuer(self) -> str:
        return str(self.certificate.issuer.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value)


@dataclass(frozen=True)
class SigningKit:
    """The test CA, the cadre's current certificate, their old (expired) one and a forged one in the same name."""

    seed: int
    commune: str
    ca_key: ec.EllipticCurvePrivateKey
    ca: x509.Certificate
    signer: Holder  # issued by the test CA, valid at SIGNING_TIME (the renewed certificate)
    expired: Holder  # the same person's previous certificate from the test CA, expired a few days before
    forged: Holder  # made by someone else with the signer's name, issued by no trusted CA
    signing_time: datetime


def _key(seed: int, label: str) -> ec.EllipticCurvePrivateKey:
    digest = hashlib.sha256(f"kynangso-ca-thu-nghiem:{seed}:{label}".encode()).digest()
    return ec.derive_private_key(int.from_bytes(digest, "big") % (2**255) + 1, ec.SECP256R1())


def _serial(seed: int, label: str) -> int:
    return int.from_bytes(hashlib.sha256(f"serial:{seed}:{label}".encode()).digest()[:19], "big") | 1


def _name(common: str, organisation: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
                      x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _usage(*, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(digital_signature=True, content_commitment=not ca, key_encipherment=False,
                         data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=ca,
                         encipher_only=False, decipher_only=False)


def _sign(builder: x509.CertificateBuilder, key: ec.EllipticCurvePrivateKey) -> x509.Certificate:
    try:
        return builder.sign(key, hashes.SHA256(), ecdsa_deterministic=True)
    except UnsupportedAlgorithm:  # an OpenSSL older than 3.2: still a good certificate, not byte-for-byte the same
        return builder.sign(key, hashes.SHA256())


def _certificate(subject: x509.Name, key: ec.EllipticCurvePrivateKey, issuer: x509.Name,
                 issuer_key: ec.EllipticCurvePrivateKey, serial: int, start: datetime, end: datetime, *,
                 ca: bool) -> x509.Certificate:
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer).public_key(key.public_key())
               .serial_number(serial).not_valid_before(start).not_valid_after(end)
               .add_extension(x509.BasicConstraints(ca=ca, path_length=0 if ca else None), critical=True)
               .add_extension(_usage(ca=ca), critical=True)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False))
    if issuer != subject:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()), critical=False)
    return _sign(builder, issuer_key)


def cadre_name(seed: int) -> str:
    """A made-up man's name for the signer (the same for the same seed)."""
    rng = random.Random(f"nguoi-ky:{seed}")
    return " ".join((rng.choice(FAMILY), rng.choice(MIDDLE_MALE), rng.choice(GIVEN_MALE)))


def default_commune() -> str:
    """The signing commune when none is given: the profile's second, "Xã Châu Tiến" in the kit's own."""
    return f"Xã {dia_phuong.xa(2)}"  # nội dung


def build_kit(seed: int = 4, commune: str | None = None, at: datetime = SIGNING_TIME) -> SigningKit:
    """The test CA and three certificates for the signer, all dated around the moment ``at``.

    The CA is valid from two years before ``at`` for ten years; the current certificate from five days before ``at``
    for five years (it replaced the old one); the old certificate ended six days before ``at``.
    """
    commune = commune or default_commune()
    day = at.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    unit = f"UBND {commune[:1].lower()}{commune[1:]} (giả định)"
    ca_key = _key(seed, "ca")
    ca_name = _name(CA_NAME, CA_ORGANISATION)
    ca = _certificate(ca_name, ca_key, ca_name, ca_key, _serial(seed, "ca"), day - timedelta(days=730),
                      day + timedelta(days=3650), ca=True)
    person = cadre_name(seed)
    subject = _name(person, unit)

    def holder(label: str, start: datetime, end: datetime, issuer: x509.Name = ca_name,
               issuer_key: ec.EllipticCurvePrivateKey = ca_key) -> Holder:
        key = _key(seed, label)
        certificate = _certificate(subject, key, issuer, issuer_key, _serial(seed, label), start, end, ca=False)
        return Holder(person, SIGNER_ROLE, unit, key, certificate)

    five_years = timedelta(days=5 * 365 + 1)
    forged_key = _key(seed, "noi-cap-tu-tao")
    forged_name = _name(FORGED_ISSUER, unit)
    return SigningKit(
        seed=seed, commune=commune, ca_key=ca_key, ca=ca,
        signer=holder("hien-tai", day - timedelta(days=5), day - timedelta(days=5) + five_years),
        expired=holder("cu", day - timedelta(days=6) - five_years, day - timedelta(days=6)),
        forged=holder("tu-tao", day - timedelta(days=1), day + five_years, forged_name, forged_key),
        signing_time=at,
    )


@dataclass(frozen=True)
class Decision:
    """The made-up commune decision printed on the one-page PDF."""

    commune: str
    number: int
    beneficiary: str
    amount: int  # đồng
    signer: str
    day: date

    @property
    def place(self) -> str:
        """The commune as written inside a sentence: xã Châu Tiến."""
        return f"{self.commune[:1].lower()}{self.commune[1:]}"

    @property
    def amount_text(self) -> str:
        """The amount as printed, with dots between thousands: 1.500.000."""
        return f"{self.amount:,}".replace(",", ".")


def decision(seed: int = 4, commune: str | None = None, at: datetime = SIGNING_TIME) -> Decision:
    """The decision the kit's signer signs (the same for the same seed)."""
    rng = random.Random(f"quyet-dinh:{seed}")
    beneficiary = " ".join((rng.choice(FAMILY), "Thị", rng.choice(("Thắm", "Hoa", "Mai", "Yến", "Oanh"))))
    return Decision(commune or default_commune(), rng.randint(150, 290), beneficiary,
                    rng.choice((1_500_000, 2_000_000, 2_500_000)),
                    cadre_name(seed), at.date())


def decision_pdf(paper: Decision) -> bytes:
    """A one-page PDF of ``paper`` (uncompressed, so its text can be found and changed for practice).

    The amount is set in Helvetica so that its digits stand in the file as plain bytes; the rest is DejaVu Sans
    (matplotlib's copy: it covers Vietnamese). fpdf2 and matplotlib load here, at the first PDF, not with the module.
    """
    import matplotlib
    from fpdf import FPDF

    font_dir = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    pdf = FPDF(format="A4")
    pdf.set_compression(False)
    pdf.set_creation_date(datetime(paper.day.year, paper.day.month, paper.day.day, tzinfo=VIETNAM))
    pdf.set_title(f"Quyết định số {paper.number}/QĐ-UBND (thử nghiệm)")
    pdf.add_font("DejaVu", "", str(font_dir / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(font_dir / "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    pdf.set_margins(25, 20, 20)
    left = (f"UBND {paper.commune.upper()}", f"Số: {paper.number}/QĐ-UBND")
    right = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
    pdf.set_y(20)
    for first, second in zip(left, right, strict=True):
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(70, 6, first, align="C")
        pdf.cell(0, 6, second, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 10, f"{paper.commune}, ngày {paper.day:%d} tháng {paper.day:%m} năm {paper.day:%Y}",
             align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 9, "QUYẾT ĐỊNH", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, "Về việc hỗ trợ hộ gia đình bị thiệt hại do lũ quét", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 12)
    pdf.multi_cell(0, 7, f"Điều 1. Hỗ trợ hộ bà {paper.beneficiary} (tên giả định), {paper.place}, để sửa nhà sau lũ.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.write(7, "Số tiền hỗ trợ: ")
    pdf.set_font("Helvetica", "B", 12)
    pdf.write(7, paper.amount_text)
    pdf.set_font("DejaVu", "", 12)
    pdf.write(7, " đồng.")
    pdf.ln(9)
    pdf.multi_cell(0, 7, "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.")
    pdf.ln(8)
    pdf.set_x(110)
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(75, 6, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(đã ký số)\n\n" + paper.signer, align="C")
    pdf.set_y(-30)
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 5, f"TÀI LIỆU THỬ NGHIỆM của khóa học Kỹ năng số — ký bằng {CA_NAME}. "
                         "Mọi tên người, số tiền là giả định.", align="C")
    return bytes(pdf.output())


__all__ = ["CA_NAME", "FORGED_ISSUER", "SIGNER_ROLE", "SIGNING_TIME", "VIETNAM", "Decision", "Holder",
           "SigningKit", "build_kit", "cadre_name", "decision", "decision_pdf"]
