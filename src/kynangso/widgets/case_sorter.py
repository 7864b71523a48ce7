"""Xếp loại tình huống: a dropdown per case, a "Kiểm tra" button, feedback with the rule and hints."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

import ipywidgets as w

_PICK = "— chọn —"


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

    def __init__(self, cases: Sequence[Case], options: Sequence[str], rule: str, title: str = "") -> None:
        unknown = [c.answer for c in cases if c.answer not in options]
        if unknown:
            raise ValueError(f"Đáp án không có trong danh sách lựa chọn: {unknown}")
        self.cases = list(cases)
        self.options = list(options)
        self.rule = rule
        self.boxes = [w.Dropdown(options=[_PICK, *options], layout=w.Layout(width="330px")) for _ in cases]
        rows = [
            w.HBox([w.HTML(f"<div style='width:520px;font-size:15px'><b>{i}.</b> "
                           f"{html.escape(c.text)}</div>"), box])
            for i, (c, box) in enumerate(zip(cases, self.boxes, strict=True), start=1)
        ]
        self.button = w.Button(description="Kiểm tra", button_style="primary", icon="check",
                               layout=w.Layout(width="160px", height="40px"))
        self.result = w.HTML()
        self.button.on_click(lambda _button: self.check())
        header = [w.HTML(f"<h4>{html.escape(title)}</h4>")] if title else []
        super().__init__([*header, *rows, self.button, self.result],
                         layout=w.Layout(padding="8px"))

    def choose(self, choices: Sequence[str]) -> None:
        """Pick the categories in order, as a learner would."""
        if len(choices) != len(self.boxes):
            raise ValueError(f"Cần {len(self.boxes)} lựa chọn, nhận được {len(choices)}.")
        for box, choice in zip(self.boxes, choices, strict=True):
            box.value = choice

    def check(self, choices: Sequence[str] | None = None) -> list[int]:
        """Check the categories (after picking ``choices`` if given); show feedback; return wrong numbers."""
        if choices is not None:
            self.choose(choices)
        wrong = [i for i, (c, box) in enumerate(zip(self.cases, self.boxes, strict=True), start=1)
                 if box.value != c.answer]
        unanswered = [i for i in wrong if self.boxes[i - 1].value == _PICK]
        if not wrong:
            self.result.value = ("<div style='font-size:16px;color:#166534'>✅ Đúng cả "
                                 f"{len(self.cases)} trường hợp. Rất tốt!</div>")
            return []
        items = []
        for i in wrong:
            if i in unanswered:
                items.append(f"<li>Trường hợp {i}: bạn chưa chọn.</li>")
            else:
                hint = self.cases[i - 1].hint or "Đọc lại quy tắc ở trên."
                items.append(f"<li>Trường hợp {i}: chưa đúng. Gợi ý: {html.escape(hint)}</li>")
        right = len(self.cases) - len(wrong)
        self.result.value = (
            f"<div style='font-size:16px;color:#9a3412'>Đúng {right}/{len(self.cases)}."
            f"<ul>{''.join(items)}</ul>"
            f"<i>Quy tắc: {html.escape(self.rule)}</i><br>Sửa rồi bấm <b>Kiểm tra</b> lần nữa.</div>"
        )
        return wrong


__all__ = ["Case", "CaseSorter"]
