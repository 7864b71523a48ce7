"""Ghép đôi: each item on the left gets one choice from a drop-down list (term ↔ definition, case ↔ category).

The one widget of the pick-one-per-item family: ``Ordering`` is the same widget with positions ("Bước 1",
"Bước 2" …) as the items and the steps as choices; ``PhishingTriage`` shows each item as a message card.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import ipywidgets as w

from kynangso.i18n import _
from kynangso.widgets import theme
from kynangso.widgets.question import Question


class Matching(Question):
    """Match every item to one of ``choices``. ``answer({item: choice})`` picks them; ``check()`` is the button.

    The saved value maps each item to its choice (only when all items are matched). A wrong answer gets
    the numbers of the wrong items and their hints (``hints``), never the right choice.
    """

    def __init__(self, question_id: str, items: Sequence[str], choices: Sequence[str], prompt: str, *,
                 key: Mapping[str, str] | None = None, hints: Mapping[str, str] | None = None, rule: str = "",
                 hint: str = "", answers_file: Path | None = None, item_width: str = "300px",
                 choice_width: str = "480px") -> None:
        if key is not None and (set(key) != set(items) or not set(key.values()) <= set(choices)):
            raise ValueError(_("Đáp án phải ghép mỗi mục với một lựa chọn có trong danh sách."))
        self.items = list(items)
        self.choices = list(choices)
        self.hints = dict(hints or {})
        self.item_width = item_width
        self.placeholder = _("— chọn —")
        self.boxes = [w.Dropdown(options=[self.placeholder, *self.choices], layout=w.Layout(width=choice_width))
                      for _item in self.items]
        for box in self.boxes:
            box.observe(lambda _change: self._changed(), names="value")
        rows = [w.HBox([w.HTML(self._item(number)), box], layout=w.Layout(align_items="center"))
                for number, box in enumerate(self.boxes, start=1)]
        super().__init__(question_id, prompt, self._intro() + rows, key=None if key is None else dict(key),
                         rule=rule, hint=hint, answers_file=answers_file)

    def _intro(self) -> list[w.Widget]:
        return []

    def _item(self, number: int) -> str:
        """HTML of item ``number`` (1-based) beside its drop-down."""
        return (f"<div style='width:{self.item_width};font-size:{theme.QUESTION_SIZE}'><b>{number}.</b> "
                f"{html.escape(self.items[number - 1])}</div>")

    def _picks(self) -> list[str | None]:
        return [None if box.value == self.placeholder else str(box.value) for box in self.boxes]

    @property
    def value(self) -> Any:
        picks = self._picks()
        return None if all(p is None for p in picks) else {i: p for i, p in zip(self.items, picks, strict=True)}

    def _pick_all(self, picks: Sequence[str | None]) -> None:
        if any(p is not None and p not in self.choices for p in picks):
            raise ValueError(_("Có lựa chọn không nằm trong danh sách."))
        self._loading, was = True, self._loading
        try:
            for box, pick in zip(self.boxes, picks, strict=True):
                box.value = self.placeholder if pick is None else pick
        finally:
            self._loading = was

    def _show(self, value: Any) -> None:
        if not isinstance(value, dict):
            raise TypeError(_("Câu trả lời phải ghép từng mục."))
        self._pick_all([value.get(item) for item in self.items])

    def _form_problems(self, value: Any) -> list[str]:
        empty = [str(n) for n, pick in enumerate(self._picks(), start=1) if pick is None]
        return [_("Còn mục chưa chọn: số {cac_so}.").format(cac_so=", ".join(empty))] if empty else []

    def _wrong(self, value: Any) -> list[int]:
        return [n for n, item in enumerate(self.items, start=1) if value.get(item) != self.key[item]]

    def _is_right(self, value: Any) -> bool:
        return not self._wrong(value)

    def _wrong_notes(self, value: Any) -> list[str]:
        notes = []
        for number in self._wrong(value):
            hint = self.hints.get(self.items[number - 1], "")
            notes.append(_("Số {so}: chưa đúng.").format(so=number) + (" " + hint if hint else ""))
        return notes


__all__ = ["Matching"]
