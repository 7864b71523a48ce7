"""PhishingTriage: check() does what the button does; Vietnamese feedback; retry allowed."""

from __future__ import annotations

from kynangso.data.phishing_samples import LESSON_SAMPLES
from kynangso.widgets.phishing_triage import SAFE, SCAM, PhishingTriage


def test_phishing_triage_hints_name_the_domain_not_the_label() -> None:
    widget = PhishingTriage(LESSON_SAMPLES)
    right = [SCAM if s.is_scam else SAFE for s in LESSON_SAMPLES]
    assert widget.check(right) == [] and "✅" in widget.result.value
    wrong = [SAFE] * len(LESSON_SAMPLES)
    assert widget.check(wrong) == [i for i, s in enumerate(LESSON_SAMPLES, 1) if s.is_scam]
    assert "vn.xyz" in widget.result.value
    widget.button.click()
    assert "Đúng 3/8" in widget.result.value
