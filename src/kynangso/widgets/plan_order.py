"""Sắp xếp các bước của một kế hoạch theo đúng thứ tự: one dropdown per position and a "Kiểm tra" button."""

from __future__ import annotations

import html
import random
from collections.abc import Sequence

import ipywidgets as w

from kynangso.i18n import N_, _

_PICK = N_("— chọn bước —")


class PlanOrder(w.VBox):
    """The learner puts the steps of ``steps`` (given in the right order) back in order.

    The steps are listed shuffled (same order for the same ``seed``); ``check(order)`` does what the button
    does and returns the 1-based positions that are wrong or empty (empty list = right order).
    """

    def __init__(self, steps: Sequence[str], rule: str, seed: int = 1) -> None:
        if len(set(steps)) != len(steps):
            raise ValueError(_("Các bước phải khác nhau."))
        self.steps = list(steps)
        self.rule = rule
        shuffled = self.steps[:]
        random.Random(seed).shuffle(shuffled)
        self.shuffled = shuffled
        self.pick = _(_PICK)
        self.boxes = [
            w.Dropdown(
                options=[self.pick, *shuffled],
                description=_("Bước {so}").format(so=i) + ":",
                layout=w.Layout(width="620px"),
                style={"description_width": "70px"},
            )
            for i in range(1, len(steps) + 1)
        ]
        listing = "".join(f"<li>{html.escape(s)}</li>" for s in shuffled)
        self.button = w.Button(
            description=_("Kiểm tra"),
            button_style="primary",
            icon="check",
            layout=w.Layout(width="160px", height="40px"),
        )
        self.result = w.HTML()
        self.button.on_click(lambda _button: self.check())
        title, ask = _("Các bước (đang bị xáo trộn):"), _("Chọn bước nào làm trước, bước nào sau:")
        intro = w.HTML(f"<b>{title}</b><ul>{listing}</ul>{ask}")
        super().__init__([intro, *self.boxes, self.button, self.result], layout=w.Layout(padding="8px"))

    def choose(self, order: Sequence[str]) -> None:
        """Put the steps in the given order, as a learner would."""
        if len(order) != len(self.boxes):
            raise ValueError(_("Cần {can} bước, nhận được {nhan}.").format(can=len(self.boxes), nhan=len(order)))
        for box, step in zip(self.boxes, order, strict=True):
            box.value = step

    def check(self, order: Sequence[str] | None = None) -> list[int]:
        """Check the order (after choosing ``order`` if given); show feedback; return the wrong positions."""
        if order is not None:
            self.choose(order)
        values = [box.value for box in self.boxes]
        wrong = [i for i, (value, step) in enumerate(zip(values, self.steps, strict=True), start=1) if value != step]
        if not wrong:
            right = _("Đúng thứ tự. Rất tốt!")
            self.result.value = f"<div style='font-size:16px;color:#166534'>✅ {right}</div>"
            return []
        notes = []
        if self.pick in values:
            notes.append(_("Còn bước chưa chọn."))
        picked = [v for v in values if v != self.pick]
        if len(set(picked)) != len(picked):
            notes.append(_("Có bước bị chọn hai lần."))
        notes.append(_("Các vị trí chưa đúng: {cac_so}.").format(cac_so=", ".join(str(i) for i in wrong)))
        title, again = _("Chưa đúng thứ tự."), _("Sửa rồi bấm Kiểm tra lần nữa.")
        hint = html.escape(_("Gợi ý: {goi_y}").format(goi_y=self.rule))
        items = "".join(f"<li>{html.escape(n)}</li>" for n in notes)
        self.result.value = (
            f"<div style='font-size:16px;color:#9a3412'>❌ {title}<ul>{items}</ul>"
            f"<i>{hint}</i><br>{again}</div>"
        )
        return wrong


__all__ = ["PlanOrder"]
