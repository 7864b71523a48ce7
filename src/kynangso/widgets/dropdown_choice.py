"""Chọn trong danh sách thả xuống: one right option among many, in little space."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import ipywidgets as w

from kynangso.i18n import _
from kynangso.widgets.question import Question


class DropdownChoice(Question):
    """Pick one of ``options`` in a drop-down list. ``answer("…")`` picks it; ``check()`` is the button."""

    def __init__(self, question_id: str, options: Sequence[str], prompt: str, *, key: str | None = None,
                 rule: str = "", hint: str = "", answers_file: Path | None = None) -> None:
        if key is not None and key not in options:
            raise ValueError(_("Đáp án không có trong danh sách lựa chọn: {dap_an}").format(dap_an=key))
        self.options = list(options)
        self.placeholder = _("— chọn —")
        self.box = w.Dropdown(options=[self.placeholder, *self.options], layout=w.Layout(width="520px"))
        self.box.observe(lambda _change: self._changed(), names="value")
        super().__init__(question_id, prompt, [self.box], key=key, rule=rule, hint=hint, answers_file=answers_file)

    @property
    def value(self) -> str | None:
        return None if self.box.value == self.placeholder else str(self.box.value)

    def _show(self, value: Any) -> None:
        if value not in self.options:
            raise ValueError(_("Không có lựa chọn '{lua_chon}'.").format(lua_chon=value))
        self.box.value = value

    def _is_right(self, value: Any) -> bool:
        return bool(value == self.key)


__all__ = ["DropdownChoice"]
