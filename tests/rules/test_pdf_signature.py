"""A real PDF signed and checked offline (kynangso.rules.pdf_signature, kynangso.data.pdf_test_ca; module 4)."""

from __future__ import annotations

import asyncio
import io
import socket
from datetime import timedelta

import pypdf
import pytest
from cryptography.hazmat.primitives import serialization

from kynangso.data import pdf_test_ca as ca
from kynangso.rules import pdf_signature as ps

KIT = ca.build_kit(seed=4)
PAPER = ca.decision(seed=4)
DOCUMENT = ca.decision_pdf(PAPER)


@pytest.fixture(scope="module")
def signed() -> bytes:
    return ps.sign_pdf(DOCUMENT, KIT.signer, KIT.ca, KIT.signing_time)


def _der(certificate: object) -> bytes:
    return certificate.public_bytes(serialization.Encoding.DER)  # type: ignore[attr-defined]


def test_the_ca_is_a_test_ca_and_the_same_for_the_same_seed() -> None:
    again = ca.build_kit(seed=4)
    assert _der(again.ca) == _der(KIT.ca) and _der(again.signer.certificate) == _der(KIT.signer.certificate)
    assert _der(ca.build_kit(seed=5).ca) != _der(KIT.ca)
    assert "CA THỬ NGHIỆM – KHÔNG CÓ GIÁ TRỊ PHÁP LÝ" in KIT.ca.subject.rfc4514_string()
    assert ca.decision_pdf(ca.decision(seed=4)) == DOCUMENT  # the PDF too, byte for byte
    assert KIT.signer.name == KIT.expired.name == ca.cadre_name(4)
    assert KIT.expired.valid_to < KIT.signing_time.date() < KIT.signer.valid_to


def test_the_pdf_shows_the_decision_in_vietnamese() -> None:
    text = pypdf.PdfReader(io.BytesIO(DOCUMENT)).pages[0].extract_text()
    assert "QUYẾT ĐỊNH" in text and "Về việc hỗ trợ hộ gia đình bị thiệt hại do lũ quét" in text
    assert PAPER.amount_text in text and PAPER.beneficiary in text and "KHÔNG CÓ GIÁ TRỊ" in text


def test_a_signed_pdf_shows_a_valid_panel(signed: bytes) -> None:
    panel = ps.check_pdf(signed, KIT.ca, KIT.signing_time)
    assert panel.valid and panel.intact and panel.certificate_ok
    assert panel.signer == KIT.signer.name and panel.signed_at == KIT.signing_time
    assert dict(panel.rows())["Thời điểm ký"] == "09:30 ngày 01/12/2026"
    assert panel.verdict == "Chữ ký hợp lệ."


def test_one_changed_byte_breaks_the_signature(signed: bytes) -> None:
    change = ps.change_one_byte(signed, PAPER.amount_text)
    assert len(change.data) == len(signed)
    assert sum(a != b for a, b in zip(change.data, signed, strict=True)) == 1
    assert change.old == PAPER.amount_text[0] and change.new.isdigit() and change.new != change.old
    panel = ps.check_pdf(change.data, KIT.ca, KIT.signing_time)
    assert not panel.valid and not panel.intact and panel.certificate_ok  # who signed is still shown
    assert "tài liệu đã bị thay đổi sau khi ký" in panel.verdict
    # A byte with no amount to find: the middle of the signed part; still caught.
    assert not ps.check_pdf(ps.change_one_byte(signed).data, KIT.ca, KIT.signing_time).valid


def test_an_expired_certificate_is_refused_and_renewal_named() -> None:
    with pytest.raises(ps.SigningRefused, match="chứng thư số đã hết hạn — cần gia hạn"):
        ps.sign_pdf(DOCUMENT, KIT.expired, KIT.ca, KIT.signing_time)
    # Signed anyway by a tool that does not check: the panel flags it.
    forced = ps.sign_pdf(DOCUMENT, KIT.expired, KIT.ca, KIT.signing_time, verify=False)
    panel = ps.check_pdf(forced, KIT.ca, KIT.signing_time)
    assert panel.intact and not panel.certificate_ok
    assert panel.certificate_note == "chứng thư số đã hết hạn — cần gia hạn"
    assert "Ban Cơ yếu Chính phủ" in ps.RENEWAL and "68/2024/NĐ-CP" in ps.RENEWAL
    # The current certificate is refused too on a day before it started.
    with pytest.raises(ps.SigningRefused, match="chưa có hiệu lực"):
        ps.sign_pdf(DOCUMENT, KIT.signer, KIT.ca, KIT.signing_time - timedelta(days=30))


def test_a_forged_certificate_is_refused_and_flagged() -> None:
    with pytest.raises(ps.SigningRefused, match="không do tổ chức tin cậy cấp"):
        ps.sign_pdf(DOCUMENT, KIT.forged, KIT.ca, KIT.signing_time)
    forged = ps.practice_file(ps.FORGED_FILE, KIT, DOCUMENT, PAPER.amount_text)
    panel = ps.check_pdf(forged, KIT.ca, KIT.signing_time)
    assert panel.intact and not panel.certificate_ok and panel.signer == KIT.signer.name  # same name, not trusted


def test_unsigned_and_broken_files_get_a_panel_not_an_error() -> None:
    assert ps.check_pdf(DOCUMENT, KIT.ca, KIT.signing_time).verdict == "Tệp này không có chữ ký số."
    broken = ps.check_pdf(b"%PDF-1.7 hong", KIT.ca, KIT.signing_time)
    assert not broken.readable and not broken.valid and "không đọc được" in broken.rows()[0][1]
    with pytest.raises(ps.SigningRefused, match="không phải là một tệp PDF"):
        ps.sign_pdf(b"khong phai pdf", KIT.signer, KIT.ca, KIT.signing_time)


def test_practice_files_one_of_each_kind_shuffled_by_seed() -> None:
    kinds = ps.practice_kinds(4)
    assert sorted(kinds.values()) == sorted(ps.FILE_KINDS) and list(kinds) == ["Tệp A", "Tệp B", "Tệp C"]
    assert any(ps.practice_kinds(seed) != kinds for seed in range(5, 10))
    for name, kind in kinds.items():
        panel = ps.check_pdf(ps.practice_file(kind, KIT, DOCUMENT, PAPER.amount_text), KIT.ca, KIT.signing_time)
        assert panel.valid == (kind == ps.VALID_FILE), name
        assert panel.intact == (kind != ps.CHANGED_FILE), name


def test_works_inside_a_running_event_loop_as_in_a_notebook() -> None:
    async def in_kernel() -> bool:
        signed = ps.sign_pdf(DOCUMENT, KIT.signer, KIT.ca, KIT.signing_time)
        return ps.check_pdf(signed, KIT.ca, KIT.signing_time).valid

    assert asyncio.run(in_kernel())


def test_nothing_is_fetched(signed: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a network connection was attempted")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    assert ps.check_pdf(signed, KIT.ca, KIT.signing_time).valid
    assert ps.sign_pdf(DOCUMENT, KIT.signer, KIT.ca, KIT.signing_time)
