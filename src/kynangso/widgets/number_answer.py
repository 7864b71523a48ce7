"""Trả lời bằng số: a number with its unit ("30 mm", "3 cm", "2,5"), right within a tolerance."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import ipywidgets as w

from kynangso.i18n import _
from kynangso.widgets import theme
from kynangso.widgets.question import TypedQuestion

_NUMBER = re.compile(r"^\s*([+-]?\d+(?:[.,]\d+)?)\s*([^\d\s].*)?$")


def parse(text: str, units: Mapping[str, float]) -> tuple[float | None, str]:
    """``(value in the first unit, problem)``: "3 cm" with ``{"mm": 1, "cm": 10}`` is ``(30.0, "")``.

    A decimal comma is accepted (Vietnamese writes 2,5); a unit not in ``units`` is a problem.
    """
    match = _NUMBER.match(text.replace("\u00a0", " "))
    if not match:
        return None, _("Hãy ghi một số, ví dụ 25 hoặc 2,5.")
    number = float(match[1].replace(",", "."))
    unit = (match[2] or "").strip().rstrip(".").strip()
    if not unit:
        return number, ""
    factors = {name.casefold(): factor for name, factor in units.items()}
    if unit.casefold() not in factors:
        known = ", ".join(units) or _("không có đơn vị")
        return None, _("Không hiểu đơn vị '{don_vi}'. Dùng: {cac_don_vi}.").format(don_vi=unit, cac_don_vi=known)
    return number * factors[unit.casefold()], ""


class NumberAnswer(TypedQuestion):
    """Type a number; the first of ``units`` is the one saved (``{"mm": 1, "cm": 10}`` saves millimetres).

    Right when within ``tolerance`` of ``key``. ``allowed`` (low, high) is a visible check of plausibility
    that graded mode runs too. ``answer("30 mm")`` or ``answer(30)`` types it; ``check()`` is the button.
    """

    def __init__(self, question_id: str, prompt: str, *, key: float | None = None, tolerance: float = 0.0,
                 units: Mapping[str, float] | None = None, allowed: tuple[float, float] | None = None,
                 rule: str = "", hint: str = "", answers_file: Path | None = None) -> None:
        self.units = dict(units or {})
        self.tolerance = tolerance
        self.allowed = allowed
        unit = next(iter(self.units), "")
        self.unit_label = w.Label(unit, style={"font_size": theme.QUESTION_SIZE})
        box = self._typed_box(_("Ví dụ: 25 {don_vi}").format(don_vi=unit).strip(), "260px", self.unit_label)
        super().__init__(question_id, prompt, [box], key=key, rule=rule, hint=hint, answers_file=answers_file)

    @property
    def value(self) -> float | None:
        number, _problem = parse(self.box.value, self.units) if self.box.value.strip() else (None, "")
        return number

    def _form_problems(self, value: Any) -> list[str]:
        if self.allowed and not self.allowed[0] <= value <= self.allowed[1]:
            low, high = self.allowed
            return [_("Số này không hợp lý: hãy ghi một số từ {thap:g} đến {cao:g}.").format(thap=low, cao=high)]
        return []

    def _unreadable(self, text: str) -> str:
        return parse(text, self.units)[1]  # not a number, or a unit not in ``units``

    def _show(self, value: Any) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise TypeError(_("Câu trả lời phải là một số."))
        self.box.value = value if isinstance(value, str) else f"{value:g}"

    def _is_right(self, value: Any) -> bool:
        return abs(float(value) - float(self.key)) <= self.tolerance


__all__ = ["NumberAnswer", "parse"]
