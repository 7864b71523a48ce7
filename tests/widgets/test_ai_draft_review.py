"""AiDraftReview: check() does what the button does; Vietnamese feedback; retry allowed."""

from __future__ import annotations

from kynangso.widgets.ai_draft_review import AiDraftReview


def test_ai_draft_review_accepts_only_the_corrected_lines() -> None:
    widget = AiDraftReview("…", "05/UBND-VP", "Hùng Chân, ngày 05 tháng 02 năm 2026")
    assert len(widget.check("5/ubnd-VP", "Hùng Chân, ngày 5 tháng 02 năm 2026")) == 3
    assert widget.check("Số: 05/UBND-VP", "Hùng Chân, ngày 05 tháng 02 năm 2026") == []
    assert widget.check("06/UBND-VP", "Hùng Chân, ngày 05 tháng 02 năm 2026") != []
