"""Rules in kynangso.rules.digital_signature (module M4).

- Luật Giao dịch điện tử 20/2023/QH15, Điều 22: chữ ký điện tử chuyên dùng, chữ ký số công cộng, chữ ký số chuyên
  dùng công vụ (provided by Ban Cơ yếu Chính phủ; NĐ 68/2024/NĐ-CP of 25/6/2024) — domain-facts §2.3.
- NĐ 30/2020: the signer's image is blue, PNG with a transparent background, centred between title and name; the
  seal image details are unverified — §2.2.
- Integrity is taught with SHA-256 (FIPS 180-4 test vectors below).
"""

from __future__ import annotations

from datetime import date

import pytest

from kynangso.rules import digital_signature as cks

ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"  # SHA-256("abc"), FIPS 180-4
EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def test_the_three_kinds_of_the_2023_law() -> None:
    assert set(cks.KINDS) == {cks.OFFICIAL, cks.PUBLIC, cks.PRIVATE}
    assert cks.OFFICIAL == "Chữ ký số chuyên dùng công vụ" and "Ban Cơ yếu Chính phủ" in cks.KINDS[cks.OFFICIAL]
    assert cks.PUBLIC == "Chữ ký số công cộng" and "người dân, doanh nghiệp" in cks.KINDS[cks.PUBLIC]
    assert cks.PRIVATE == "Chữ ký điện tử chuyên dùng" and "tự tạo lập" in cks.KINDS[cks.PRIVATE]
    assert cks.LAW == "Luật Giao dịch điện tử số 20/2023/QH15 ngày 22/6/2023, Điều 22"
    assert "68/2024/NĐ-CP ngày 25/6/2024" in cks.DECREE
    assert all(kind in cks.RULE for kind in cks.KINDS)


def test_sha256_matches_the_standard_vectors_and_utf8() -> None:
    assert cks.sha256_hex("abc") == ABC
    assert cks.sha256_hex("") == EMPTY
    assert cks.sha256_hex("đồng") != cks.sha256_hex("dong")
    assert len(cks.sha256_hex("Quyết định 15/QĐ-UBND")) == 64
    assert cks.short_hash("abc") == ABC[:16] and cks.short_hash("abc", 8) == ABC[:8]


def test_is_intact_tolerates_how_a_hash_is_copied_but_not_a_changed_text() -> None:
    assert cks.is_intact("abc", ABC)
    assert cks.is_intact("abc", f"  {ABC.upper()} \n")
    assert not cks.is_intact("abc ", ABC)
    assert not cks.is_intact("Abc", ABC)
    assert not cks.is_intact("abc", ABC[:-1])


def test_one_changed_character_changes_most_of_the_hash() -> None:
    before = cks.sha256_hex("Số tiền hỗ trợ: 2.000.000 đồng")
    after = cks.sha256_hex("Số tiền hỗ trợ: 2.000.001 đồng")
    assert cks.changed_positions(before, before) == 0
    assert 48 <= cks.changed_positions(before, after) <= 64  # about 60 of 64 for a random pair


CERT = cks.Certificate("CT01", "Nguyễn Văn A (giả định)", "Chủ tịch UBND xã", cks.OFFICIAL,
                       date(2025, 1, 1), date(2026, 1, 1))


@pytest.mark.parametrize(("day", "status", "left"), [
    (date(2024, 12, 31), "Chưa có hiệu lực", 366),
    (date(2025, 1, 1), "Còn hiệu lực", 365),
    (date(2026, 1, 1), "Còn hiệu lực", 0),       # valid through its last day
    (date(2026, 1, 2), "Hết hiệu lực", -1),
])
def test_certificate_status_at_the_boundaries(day: date, status: str, left: int) -> None:
    assert CERT.status_on(day) == status
    assert CERT.is_valid_on(day) == (status == "Còn hiệu lực")
    assert CERT.days_left(day) == left


def test_expired_on_lists_only_ended_certificates_in_order() -> None:
    later = cks.Certificate("CT02", "B", "Văn thư", cks.OFFICIAL, date(2026, 6, 1), date(2027, 6, 1))
    ended = cks.Certificate("CT03", "C", "Công chức", cks.PUBLIC, date(2023, 1, 1), date(2024, 1, 1))
    assert cks.expired_on([CERT, later, ended], date(2026, 1, 2)) == ["CT01", "CT03"]
    assert cks.expired_on([CERT, later, ended], date(2026, 1, 1)) == ["CT03"]
    assert cks.expired_on([], date(2026, 1, 1)) == []


def test_signature_image_rules_and_their_verification_flags() -> None:
    rules = {r.what: r for r in cks.SIGNATURE_IMAGE}
    colour = rules["Màu hình ảnh chữ ký của người có thẩm quyền"]
    assert colour.rule == "màu xanh" and colour.verified
    assert "PNG" in rules["Định dạng"].rule and "nền trong suốt" in rules["Định dạng"].rule
    assert "giữa chức vụ và họ tên" in rules["Vị trí"].rule
    seal = rules["Hình ảnh dấu của cơ quan"]
    assert "màu đỏ" in seal.rule and not seal.verified  # domain-facts: seal details unverified
