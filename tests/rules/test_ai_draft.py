"""Rules in kynangso.rules.ai_draft (taught in modules 9–11)."""

from __future__ import annotations

from kynangso.rules import ai_draft


def test_ai_draft_uses_module_2_rules_and_flags_outdated_units() -> None:
    assert len(ai_draft.header_problems("Số: 5/ubnd-VP", "Hùng Chân, ngày 5 tháng 02 năm 2026")) == 3
    assert ai_draft.header_problems("05/UBND-VP", "Hùng Chân, ngày 05 tháng 02 năm 2026") == []
    assert len(ai_draft.outdated_mentions("UBND HUYỆN QUỲ CHÂU; Sở Thông tin và Truyền thông; CMND")) == 3
    assert ai_draft.outdated_mentions("UBND XÃ HÙNG CHÂN") == []
