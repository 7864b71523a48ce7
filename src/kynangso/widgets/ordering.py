"""Sắp xếp thứ tự: put steps in order, one drop-down per position ("Bước 1", "Bước 2" …)."""

from __future__ import annotations

import html
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import ipywidgets as w

from kynangso.i18n import _
from kynangso.widgets import theme
from kynangso.widgets.matching import Matching


class Ordering(Matching):
    """Put ``steps`` in order. ``answer([...])`` chooses the order; ``check()`` is the Kiểm tra button.

    In practice mode ``steps`` are given in the right order (the key) and listed shuffled (same order for
    the same ``seed``); in graded mode (``graded=True``) they are listed as given and no order is kept
    anywhere in the notebook. A wrong order gets the wrong positions, never the right step.

    ``positions`` (default: as many as steps) asks for only the first steps of a process picked among more
    (for example 4 steps to do among 6 things, some of which should not be done); in practice mode the first
    ``positions`` of ``steps`` are the key and the others are distractors.
    """

    def __init__(self, question_id: str, steps: Sequence[str], prompt: str, *, graded: bool = False, seed: int = 1,
                 positions: int | None = None, rule: str = "", hint: str = "",
                 answers_file: Path | None = None) -> None:
        if len(set(steps)) != len(steps):
            raise ValueError(_("Các bước phải khác nhau."))
        count = len(steps) if positions is None else positions
        if not 1 <= count <= len(steps):
            raise ValueError(f"positions must be from 1 to the number of steps ({len(steps)}), not {count}")
        shown = list(steps)
        if not graded:
            random.Random(seed).shuffle(shown)
        self.shown = shown
        places = [_("Bước {so}").format(so=n) for n in range(1, count + 1)]
        key = None if graded else dict(zip(places, steps[:count], strict=True))
        super().__init__(question_id, places, shown, prompt, key=key, rule=rule, hint=hint,
                         answers_file=answers_file, item_width="90px")

    def _intro(self) -> list[w.Widget]:
        listing = "".join(f"<li>{html.escape(step)}</li>" for step in self.shown)
        title = html.escape(_("Các bước (chưa theo thứ tự):"))
        return [w.HTML(f"<div style='font-size:{theme.QUESTION_SIZE}'><b>{title}</b>"
                       f"<ul>{listing}</ul></div>")]

    @property
    def value(self) -> list[str] | None:
        picks = self._picks()
        return None if all(p is None for p in picks) else [p or "" for p in picks]

    def _show(self, value: Any) -> None:
        if not isinstance(value, list | tuple) or len(value) != len(self.items):
            raise ValueError(_("Cần đủ {so} bước.").format(so=len(self.items)))
        self._pick_all([step or None for step in value])

    def _form_problems(self, value: Any) -> list[str]:
        problems = super()._form_problems(value)
        picked = [p for p in self._picks() if p is not None]
        if len(set(picked)) != len(picked):
            problems.append(_("Có bước bị chọn hai lần."))
        return problems

    def _wrong(self, value: Any) -> list[int]:
        return [n for n, (step, item) in enumerate(zip(value, self.items, strict=True), start=1)
                if step != self.key[item]]

    def _wrong_notes(self, value: Any) -> list[str]:
        return [_("Các vị trí chưa đúng: {cac_so}.").format(cac_so=", ".join(map(str, self._wrong(value))))]


__all__ = ["Ordering"]
