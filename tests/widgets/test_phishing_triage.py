"""PhishingTriage (module M9): a practice Matching of message cards to "An toàn"/"Lừa đảo"; hints name the real domain
of the link, never the label; a right answer gives the reason of each sample."""

from __future__ import annotations

from kynangso.data.phishing_samples import LESSON_SAMPLES
from kynangso.widgets.phishing_triage import SAFE, SCAM, PhishingTriage


def test_phishing_triage_hints_name_the_domain_not_the_label() -> None:
    widget = PhishingTriage(LESSON_SAMPLES)
    messages = [s.message for s in LESSON_SAMPLES]
    widget.answer(dict(zip(messages, [SCAM if s.is_scam else SAFE for s in LESSON_SAMPLES], strict=True)))
    assert widget.check() == [] and "✅" in widget.feedback.value
    assert LESSON_SAMPLES[0].reason in widget.feedback.value
    widget.answer({message: SAFE for message in messages})
    wrong = [i for i, s in enumerate(LESSON_SAMPLES, 1) if s.is_scam]
    numbered = [line.split(":")[0] for line in widget.check() if line.startswith("Số ")]
    assert numbered == [f"Số {i}" for i in wrong]
    assert "vn.xyz" in widget.feedback.value
    widget.button.click()
    assert "Đúng 3/8" in widget.feedback.value


def test_each_sample_is_a_card_with_its_channel_sender_and_link() -> None:
    card = PhishingTriage(LESSON_SAMPLES, title="Tin nào lừa đảo?").children[1].children[0].value
    assert "1. Tin nhắn SMS" in card and "từ: DVCQG" in card and "http://dichvucong.gov.vn.xyz/xac-minh" in card
