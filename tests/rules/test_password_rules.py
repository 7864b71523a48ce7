"""Rules in kynangso.rules.password_rules (taught in modules 9–11)."""

from __future__ import annotations

from kynangso.rules import password_rules


def test_password_rules_follow_vnpt_cert_and_reject_personal_details() -> None:
    personal = ("Vi Thị Thắm", "1988")
    assert password_rules.password_problems("StHedhoxl7g!", personal) == []
    assert len(password_rules.password_problems("Tham1988", personal)) == 2
    assert len(password_rules.password_problems("123456")) == 5
    assert any("dấu" in p for p in password_rules.password_problems("Mật#khẩu2026X"))
