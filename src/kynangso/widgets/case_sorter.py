"""Xếp loại tình huống: a dropdown per case, a "Kiểm tra" button, feedback with the rule and hints.

``CaseSorter`` is also the base of the other pick-one-per-item widgets (``MatchQuiz``, ``PhishingTriage``):
they change how an item is shown, the hint for a wrong pick and the success message, nothing else.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

import ipywidgets as w

PICK = "— chọn —"


@dataclass(frozen=True)
class Case:
    text: str
    answer: str
    hint: str = ""


class CaseSorter(w.VBox):
    """The learner picks a category for every case. ``check(choices)`` does what the button does.

    ``check`` returns the 1-based numbers of the cases that are wrong or unanswered (empty list = all right);
    feedback repeats the rule and gives each wrong case's hint, without saying the right category.
    """

    label = "Trường hợp"
    default_hint = "Đọc lại quy tắc ở trên."

    def __init__(self, cases: Sequence[Case], options: Sequence[str], rule: str, title: str = "",
                 item_width: str = "520px", box_width: str = "330px", font_size: str = "15px") -> None:
        unknown = [c.answer for c in cases if c.answer not in options]
        if unknown:
            raise ValueError(f"Đáp án không có trong danh sách lựa chọn: {unknown}")
        self.cases = list(cases)
        self.options = list(options)
        self.rule = rule
        self._item_style = f"width:{item_width};font-size:{font_size}"
        self.boxes = [w.Dropdown(options=[PICK, *options], layout=w.Layout(width=box_width)) for _ in cases]
        rows = [w.HBox([self._item(i), box], layout=w.Layout(align_items="center"))
                for i, box in enumerate(self.boxes, start=1)]
        self.button = w.Button(description="Kiểm tra", button_style="primary", icon="check",
                               layout=w.Layout(width="160px", height="40px"))
        self.result = w.HTML()
        self.button.on_click(lambda _button: self.check())
        header = [w.HTML(f"<h4>{html.escape(title)}</h4>")] if title else []
        super().__init__([*header, *rows, self.button, self.result], layout=w.Layout(padding="8px"))

    def _item(self, number: int) -> w.HTML:
        """How item ``number`` (1-based) is shown beside its dropdown."""
        text = html.escape(self.cases[number - 1].text)
        return w.HTML(f"<div style='{self._item_style}'><b>{number}.</b> {text}</div>")

    def _hint(self, number: int) -> str:
        """The hint for a wrong pick of item ``number``; it never names the right choice."""
        return self.cases[number - 1].hint or self.default_hint

    def _success(self) -> str:
        return f"✅ Đúng cả {len(self.cases)} {self.label.lower()}. Rất tốt!"

    def choose(self, choices: Sequence[str]) -> None:
        """Pick a choice for every item, in order, as a learner would."""
        if len(choices) != len(self.boxes):
            raise ValueError(f"Cần {len(self.boxes)} lựa chọn, nhận được {len(choices)}.")
        for box, choice in zip(self.boxes, choices, strict=True):
            box.value = choice

    def check(self, choices: Sequence[str] | None = None) -> list[int]:
        """Check the picks (after picking ``choices`` if given); show feedback; return wrong item numbers."""
        if choices is not None:
            self.choose(choices)
        wrong = [i for i, (c, box) in enumerate(zip(self.cases, self.boxes, strict=True), start=1)
                 if box.value != c.answer]
        if not wrong:
            self.result.value = f"<div style='font-size:16px;color:#166534'>{self._success()}</div>"
            return []
        items = [
            f"<li>{self.label} {i}: bạn chưa chọn.</li>" if self.boxes[i - 1].value == PICK
            else f"<li>{self.label} {i}: chưa đúng. Gợi ý: {html.escape(self._hint(i))}</li>"
            for i in wrong
        ]
        rule = f"<i>Quy tắc: {html.escape(self.rule)}</i><br>" if self.rule else ""
        self.result.value = (
            f"<div style='font-size:16px;color:#9a3412'>Đúng {len(self.cases) - len(wrong)}/{len(self.cases)}."
            f"<ul>{''.join(items)}</ul>{rule}Sửa rồi bấm <b>Kiểm tra</b> lần nữa.</div>"
        )
        return wrong


__all__ = ["PICK", "Case", "CaseSorter"]
