"""Chọn một: one right option (practice) or a saved choice (graded), as radio buttons or, in little space, a
drop-down list (``DropdownChoice``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import ipywidgets as w

from kynangso.i18n import _
from kynangso.widgets.question import Question


class SingleChoice(Question):
    """Pick one of ``options``. ``answer("…")`` picks it; ``check()`` does what the Kiểm tra button does."""

    placeholder: str | None = None  # the "nothing chosen yet" entry of a drop-down list

    def __init__(self, question_id: str, options: Sequence[str], prompt: str, *, key: str | None = None,
                 rule: str = "", hint: str = "", answers_file: Path | None = None) -> None:
        if key is not None and key not in options:
            raise ValueError(_("Đáp án không có trong danh sách lựa chọn: {dap_an}").format(dap_an=key))
        self.options = list(options)
        self.box = self._control()
        self.box.observe(lambda _change: self._changed(), names="value")
        super().__init__(question_id, prompt, [self.box], key=key, rule=rule, hint=hint, answers_file=answers_file)

    def _control(self) -> w.ValueWidget:
        return w.RadioButtons(options=self.options, value=None, layout=w.Layout(width="auto"))

    @property
    def value(self) -> str | None:
        chosen = self.box.value
        return None if chosen is None or chosen == self.placeholder else str(chosen)

    def _show(self, value: Any) -> None:
        if value not in self.options:
            raise ValueError(_("Không có lựa chọn '{lua_chon}'.").format(lua_chon=value))
        self.box.value = value

    def _is_right(self, value: Any) -> bool:
        return bool(value == self.key)


class DropdownChoice(SingleChoice):
    """The same question as a drop-down list: one line high, for long lists of options."""

    def _control(self) -> w.ValueWidget:
        self.placeholder = _("— chọn —")
        return w.Dropdown(options=[self.placeholder, *self.options], layout=w.Layout(width="520px"))


__all__ = ["DropdownChoice", "SingleChoice"]
