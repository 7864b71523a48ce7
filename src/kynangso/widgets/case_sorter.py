"""Xếp loại tình huống: a dropdown per case, a "Kiểm tra" button, feedback with the rule and hints.

``CaseSorter`` is also the base of the other pick-one-per-item widgets (``MatchQuiz``, ``PhishingTriage``):
they change how an item is shown, the hint for a wrong pick and the success message, nothing else.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

import ipywidgets as w

from kynangso.i18n import N_, _

PICK = N_("— chọn —")


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

    label = N_("Trường hợp")
    default_hint = N_("Đọc lại quy tắc ở trên.")

    def __init__(self, cases: Sequence[Case], options: Sequence[str], rule: str, title: str = "",
                 item_width: str = "520px", box_width: str = "330px", font_size: str = "15px") -> None:
        unknown = [c.answer for c in cases if c.answer not in options]
        if unknown:
            raise ValueError(_("Đáp án không có trong danh sách lựa chọn: {dap_an}").format(dap_an=unknown))
        self.cases = list(cases)
        self.options = list(options)
        self.rule = rule
        self._item_style = f"width:{item_width};font-size:{font_size}"
        self.pick = _(PICK)
        self.boxes = [w.Dropdown(options=[self.pick, *options], layout=w.Layout(width=box_width)) for _ in cases]
        rows = [w.HBox([self._item(i), box], layout=w.Layout(align_items="center"))
                for i, box in enumerate(self.boxes, start=1)]
        self.button = w.Button(description=_("Kiểm tra"), button_style="primary", icon="check",
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
        return self.cases[number - 1].hint or _(self.default_hint)

    def _success(self) -> str:
        return "✅ " + _("Đúng cả {so} {loai}. Rất tốt!").format(so=len(self.cases), loai=_(self.label).lower())

    def choose(self, choices: Sequence[str]) -> None:
        """Pick a choice for every item, in order, as a learner would."""
        if len(choices) != len(self.boxes):
            raise ValueError(_("Cần {can} lựa chọn, nhận được {nhan}.").format(can=len(self.boxes), nhan=len(choices)))
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
        label = _(self.label)
        items = [
            "<li>{}</li>".format(_("{muc} {so}: bạn chưa chọn.").format(muc=label, so=i))
            if self.boxes[i - 1].value == self.pick
            else "<li>{}</li>".format(html.escape(_("{muc} {so}: chưa đúng. Gợi ý: {goi_y}").format(
                muc=label, so=i, goi_y=self._hint(i))))
            for i in wrong
        ]
        rule_text = html.escape(_("Quy tắc: {quy_tac}").format(quy_tac=self.rule))
        rule = f"<i>{rule_text}</i><br>" if self.rule else ""
        again = _("Sửa rồi bấm Kiểm tra lần nữa.")
        score = _("Đúng {dung}/{tong}.").format(dung=len(self.cases) - len(wrong), tong=len(self.cases))
        self.result.value = (
            f"<div style='font-size:16px;color:#9a3412'>{score}"
            f"<ul>{''.join(items)}</ul>{rule}{again}</div>"
        )
        return wrong


__all__ = ["PICK", "Case", "CaseSorter"]
