"""Trả lời bằng ngày: a date typed as on paper (19/11/2026, 19-11-2026, 19.11.2026); saved as ``dd/mm/yyyy``."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import ipywidgets as w

from kynangso.i18n import _
from kynangso.rules.working_days import parse_day, vn_date, weekday_name
from kynangso.widgets import theme
from kynangso.widgets.question import TypedQuestion


class DateAnswer(TypedQuestion):
    """Type a date; Enter (or Kiểm tra) checks it. ``answer("26/02/2026")`` types it; ``check()`` is the button.

    The answer is saved as ``dd/mm/yyyy`` with leading zeros, whatever way it was typed. ``key`` (practice
    mode) is the right date; ``after`` rejects, as a visible check, a date not later than it.
    """

    def __init__(self, question_id: str, prompt: str, *, key: date | None = None, after: date | None = None,
                 rule: str = "", hint: str = "", answers_file: Path | None = None) -> None:
        self.after = after
        self.weekday = w.Label(style={"font_size": theme.QUESTION_SIZE})
        box = self._typed_box(_("ví dụ 09/03/2026"), "220px", self.weekday)
        super().__init__(question_id, prompt, [box], key=key, rule=rule, hint=hint, answers_file=answers_file)

    @property
    def value(self) -> str | None:
        day = parse_day(self.box.value)
        self.weekday.value = weekday_name(day) if day else ""
        return vn_date(day) if day else None

    def _form_problems(self, value: Any) -> list[str]:
        day = parse_day(value)
        if self.after is not None and day is not None and day <= self.after:
            return [_("Ngày này không sau ngày {ngay}: hãy xem lại.").format(ngay=vn_date(self.after))]
        return []

    def _unreadable(self, text: str) -> str:
        return _("Hãy ghi ngày dạng ngày/tháng/năm, ví dụ 09/03/2026.")

    def _show(self, value: Any) -> None:
        """Type ``value`` (text as typed, or a ``date``) into the box; a readable date is shown as dd/mm/yyyy."""
        if not isinstance(value, str | date):
            raise TypeError(_("Hãy ghi ngày dạng ngày/tháng/năm, ví dụ 09/03/2026."))
        day = parse_day(value)
        self.box.value = vn_date(day) if day else str(value)

    def _is_right(self, value: Any) -> bool:
        return parse_day(value) == self.key


__all__ = ["DateAnswer"]
