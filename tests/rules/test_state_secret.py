"""Rules in kynangso.rules.state_secret (taught in modules 9–11)."""

from __future__ import annotations

from kynangso.rules import state_secret


def test_state_secret_levels_and_channels() -> None:
    assert [(lv.name, lv.protection_years) for lv in state_secret.LEVELS] == [
        ("Tuyệt mật", 30), ("Tối mật", 20), ("Mật", 10)]
    assert state_secret.level("  tối   MẬT ") is state_secret.LEVELS[1]
    assert {c.key for c in state_secret.CHANNELS if c.allowed} == {"lan", "giay"}
    assert state_secret.channel_verdict("ai")[0] is False
