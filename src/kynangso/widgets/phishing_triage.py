"""Phân loại tin nhắn, thư, đường link: "An toàn" hay "Lừa đảo", with a hint built from the real domain."""

from __future__ import annotations

import html
from collections.abc import Sequence

import ipywidgets as w

from kynangso.data.phishing_samples import Sample
from kynangso.rules import url_domain

SAFE = "An toàn"
SCAM = "Lừa đảo"
_PICK = "— chọn —"
RULE = (
    "Đọc tên miền từ phải sang trái, dừng ở tên chủ sở hữu; trang nhà nước có tên miền thật kết thúc bằng "
    ".gov.vn. Không ai được hỏi mật khẩu, mã OTP của bạn."
)


def _hint(sample: Sample) -> str:
    if not sample.url:
        return "Không có đường link: hãy xem người ta đang đòi bạn đưa thứ gì."
    domain = url_domain.registrable_domain(sample.url) or "(không đọc được)"
    signs = url_domain.warning_signs(sample.url)
    text = f"Tên miền thật của đường link là “{domain}”."
    if signs:
        text += f" Máy thấy {len(signs)} dấu hiệu đáng ngờ."
    return text + " Đọc thêm lời nhắn: có giục gấp, đòi mật khẩu, mã OTP hay tiền không?"


class PhishingTriage(w.VBox):
    """One card per sample with a dropdown (An toàn / Lừa đảo) and a "Kiểm tra" button.

    ``check(choices)`` does what the button does and returns the 1-based numbers of wrong or unanswered cards;
    hints name the real domain of the link but never the right label.
    """

    def __init__(self, samples: Sequence[Sample], title: str = "") -> None:
        self.samples = list(samples)
        self.boxes = [w.Dropdown(options=[_PICK, SAFE, SCAM], layout=w.Layout(width="150px")) for _ in samples]
        cards = []
        for i, (sample, box) in enumerate(zip(self.samples, self.boxes, strict=True), start=1):
            link = f"<br><code style='font-size:15px'>{html.escape(sample.url)}</code>" if sample.url else ""
            card = (
                f"<div style='width:560px;font-size:15px;border-left:4px solid #94a3b8;padding-left:8px'>"
                f"<b>{i}. {html.escape(sample.channel)}</b> — từ: {html.escape(sample.sender)}<br>"
                f"“{html.escape(sample.message)}”{link}</div>"
            )
            cards.append(w.HBox([w.HTML(card), box], layout=w.Layout(align_items="center")))
        self.button = w.Button(
            description="Kiểm tra",
            button_style="primary",
            icon="check",
            layout=w.Layout(width="160px", height="40px"),
        )
        self.result = w.HTML()
        self.button.on_click(lambda _button: self.check())
        header = [w.HTML(f"<h4>{html.escape(title)}</h4>")] if title else []
        super().__init__([*header, *cards, self.button, self.result], layout=w.Layout(padding="8px"))

    def choose(self, choices: Sequence[str]) -> None:
        """Pick "An toàn" or "Lừa đảo" for every card, in order, as a learner would."""
        if len(choices) != len(self.boxes):
            raise ValueError(f"Cần {len(self.boxes)} lựa chọn, nhận được {len(choices)}.")
        for box, choice in zip(self.boxes, choices, strict=True):
            box.value = choice

    def check(self, choices: Sequence[str] | None = None) -> list[int]:
        """Check the picks (after picking ``choices`` if given); show feedback; return wrong card numbers."""
        if choices is not None:
            self.choose(choices)
        wrong = [
            i
            for i, (s, box) in enumerate(zip(self.samples, self.boxes, strict=True), start=1)
            if box.value != (SCAM if s.is_scam else SAFE)
        ]
        total = len(self.samples)
        if not wrong:
            reasons = "".join(f"<li>{i}. {html.escape(s.reason)}</li>" for i, s in enumerate(self.samples, 1))
            self.result.value = (
                f"<div style='font-size:16px;color:#166534'>✅ Đúng cả {total} trường hợp. "
                f"Lý do từng trường hợp:<ul>{reasons}</ul></div>"
            )
            return []
        items = []
        for i in wrong:
            if self.boxes[i - 1].value == _PICK:
                items.append(f"<li>Trường hợp {i}: bạn chưa chọn.</li>")
            else:
                items.append(f"<li>Trường hợp {i}: chưa đúng. {html.escape(_hint(self.samples[i - 1]))}</li>")
        self.result.value = (
            f"<div style='font-size:16px;color:#9a3412'>Đúng {total - len(wrong)}/{total}."
            f"<ul>{''.join(items)}</ul>"
            f"<i>Quy tắc: {html.escape(RULE)}</i><br>Sửa rồi bấm <b>Kiểm tra</b> lần nữa.</div>"
        )
        return wrong


__all__ = ["RULE", "SAFE", "SCAM", "PhishingTriage"]
