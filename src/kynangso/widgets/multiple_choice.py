"""Chọn nhiều: a tick box per option; right when exactly the right options are ticked."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import ipywidgets as w

from kynangso.i18n import _
from kynangso.widgets.question import Question


class MultipleChoice(Question):
    """Tick every option that fits. ``answer([...])`` ticks exactly those; ``check()`` is the Kiểm tra button.

    The saved value is the list of ticked options, in the order shown; feedback on a wrong answer says
    how many are missing or extra, never which.
    """

    def __init__(self, question_id: str, options: Sequence[str], prompt: str, *, key: Iterable[str] | None = None,
                 rule: str = "", hint: str = "", answers_file: Path | None = None) -> None:
        right = None if key is None else set(key)
        if right is not None and not right <= set(options):
            raise ValueError(_("Đáp án không có trong danh sách lựa chọn: {dap_an}").format(
                dap_an=sorted(right - set(options))))
        self.options = list(options)
        self.ticks = [w.Checkbox(value=False, description=option, indent=False, layout=w.Layout(width="auto"))
                      for option in self.options]
        for tick in self.ticks:
            tick.observe(lambda _change: self._changed(), names="value")
        super().__init__(question_id, prompt, self.ticks, key=right, rule=rule, hint=hint, answers_file=answers_file)

    @property
    def value(self) -> list[str] | None:
        ticked = [option for option, tick in zip(self.options, self.ticks, strict=True) if tick.value]
        return ticked or None

    def _show(self, value: Any) -> None:
        if not isinstance(value, list | tuple | set) or not set(value) <= set(self.options):
            raise ValueError(_("Có lựa chọn không nằm trong danh sách."))
        self._loading, was = True, self._loading
        try:
            for option, tick in zip(self.options, self.ticks, strict=True):
                tick.value = option in value
        finally:
            self._loading = was

    def _is_right(self, value: Any) -> bool:
        return set(value) == self.key

    def _wrong_notes(self, value: Any) -> list[str]:
        missing, extra = len(self.key - set(value)), len(set(value) - self.key)
        notes = []
        if missing:
            notes.append(_("Còn {so} lựa chọn đúng bạn chưa đánh dấu.").format(so=missing))
        if extra:
            notes.append(_("Có {so} lựa chọn bạn đánh dấu nhưng không đúng.").format(so=extra))
        return notes


__all__ = ["MultipleChoice"]
