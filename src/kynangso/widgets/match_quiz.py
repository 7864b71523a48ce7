"""Ghép đôi: each item (a button icon, a term) gets a choice from a dropdown; "Kiểm tra" gives feedback."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

import ipywidgets as w

_PICK = "— chọn —"


@dataclass(frozen=True)
class Pair:
    """An item shown on the left, its right choice, and a hint shown when it is matched wrongly."""

    item: str
    answer: str
    hint: str = ""


class MatchQuiz(w.VBox):
    """Match every item to one of ``options``. ``check(choices)`` does what the button does.

    It returns the 1-based numbers of wrong or unanswered items (empty list = all right). Feedback gives
    each wrong item's hint and the rule, never the right choice.
    """

    def __init__(self, pairs: Sequence[Pair], options: Sequence[str], rule: str, item_width: str = "300px") -> None:
        missing = [p.answer for p in pairs if p.answer not in options]
        if missing:
            raise ValueError(f"Đáp án không có trong danh sách lựa chọn: {missing}")
        self.pairs = list(pairs)
        self.rule = rule
        self.boxes = [w.Dropdown(options=[_PICK, *options], layout=w.Layout(width="480px")) for _ in pairs]
        rows = [
            w.HBox([w.HTML(f"<div style='width:{item_width};font-size:17px'><b>{i}.</b> {html.escape(p.item)}</div>"),
                    box])
            for i, (p, box) in enumerate(zip(self.pairs, self.boxes, strict=True), start=1)
        ]
        self.button = w.Button(description="Kiểm tra", button_style="primary", icon="check",
                               layout=w.Layout(width="160px", height="40px"))
        self.result = w.HTML()
        self.button.on_click(lambda _button: self.check())
        super().__init__([*rows, self.button, self.result], layout=w.Layout(padding="8px"))

    def choose(self, choices: Sequence[str]) -> None:
        """Pick a choice for every item, in order, as a learner would."""
        if len(choices) != len(self.boxes):
            raise ValueError(f"Cần {len(self.boxes)} lựa chọn, nhận được {len(choices)}.")
        for box, choice in zip(self.boxes, choices, strict=True):
            box.value = choice

    def check(self, choices: Sequence[str] | None = None) -> list[int]:
        """Check the choices (after picking ``choices`` if given); show feedback; return wrong item numbers."""
        if choices is not None:
            self.choose(choices)
        wrong = [i for i, (p, box) in enumerate(zip(self.pairs, self.boxes, strict=True), start=1)
                 if box.value != p.answer]
        if not wrong:
            self.result.value = (f"<div style='font-size:16px;color:#166534'>✅ Đúng cả {len(self.pairs)}. "
                                 "Rất tốt!</div>")
            return []
        items = []
        for i in wrong:
            if self.boxes[i - 1].value == _PICK:
                items.append(f"<li>Số {i}: bạn chưa chọn.</li>")
            else:
                hint = self.pairs[i - 1].hint or "Đọc lại bảng ở trên."
                items.append(f"<li>Số {i}: chưa đúng. Gợi ý: {html.escape(hint)}</li>")
        self.result.value = (
            f"<div style='font-size:16px;color:#9a3412'>Đúng {len(self.pairs) - len(wrong)}/{len(self.pairs)}."
            f"<ul>{''.join(items)}</ul><i>{html.escape(self.rule)}</i><br>"
            "Sửa rồi bấm <b>Kiểm tra</b> lần nữa.</div>"
        )
        return wrong


__all__ = ["MatchQuiz", "Pair"]
