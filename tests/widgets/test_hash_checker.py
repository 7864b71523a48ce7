"""HashChecker (module M4): the SHA-256 hash recorded at signing; check() does what the "Tính lại mã băm" button does
and tells whether the text is still exactly the signed one."""

from __future__ import annotations

from kynangso.rules import digital_signature
from kynangso.widgets.hash_checker import HashChecker

SIGNED = "Hỗ trợ hộ bà Hà Thị Mai (giả định) số tiền 2.000.000 đồng."


def test_the_signed_hash_is_shown_and_the_untouched_text_is_intact() -> None:
    checker = HashChecker(SIGNED, title="Quyết định hỗ trợ")
    assert checker.signed_hash == digital_signature.sha256_hex(SIGNED)
    assert checker.signed_hash in checker.children[0].value and "<b>Quyết định hỗ trợ</b>" in checker.children[0].value
    assert checker.check() is True
    assert "✅ Mã băm trùng khớp" in checker.result.value and "<b>còn nguyên vẹn</b>" in checker.result.value


def test_a_single_changed_digit_breaks_the_signature_and_counts_changed_characters() -> None:
    checker = HashChecker(SIGNED)
    changed = SIGNED.replace("2.000.000", "2.000.001")
    assert checker.check(changed) is False
    shown = checker.result.value
    assert "<b>đã bị thay đổi</b> sau khi ký, chữ ký số không còn hợp lệ" in shown
    count = digital_signature.changed_positions(digital_signature.sha256_hex(changed), checker.signed_hash)
    assert f"{count}/64 ký tự của mã băm đã đổi" in shown and count > 40


def test_an_added_space_is_a_change_too_and_undoing_it_restores_the_match() -> None:
    checker = HashChecker(SIGNED)
    assert checker.check(SIGNED + " ") is False
    assert checker.check(SIGNED.replace("đồng", "dong")) is False
    assert checker.check(SIGNED) is True


def test_the_button_reads_the_text_box() -> None:
    checker = HashChecker(SIGNED)
    checker.text_box.value = SIGNED.upper()
    checker.button.click()
    assert "⚠️ Mã băm <b>khác</b>" in checker.result.value
