"""Sửa phần đầu một bản nháp do AI viết: show the draft, let the learner retype boxes 3 and 4, check them."""

from __future__ import annotations

import html

import ipywidgets as w

from kynangso.i18n import _
from kynangso.rules import ai_draft, nd30
from kynangso.text import fold

_STYLE = {"description_width": "150px"}


class AiDraftReview(w.VBox):
    """The AI draft (read-only) above two text boxes for the corrected "số, ký hiệu" and date line.

    ``check(number_symbol, date_line)`` does what the button does and returns the problems (empty = right).
    """

    def __init__(self, draft: str, expected_number: str, expected_date: str) -> None:
        self.draft = draft
        self.expected_number = nd30.nfc(expected_number)
        self.expected_date = nd30.nfc(expected_date)
        self.number_box = w.Text(
            description=_("Số, ký hiệu:"), placeholder=_("ví dụ 15/UBND-VP"), layout=w.Layout(width="460px"),
            style=_STYLE,
        )
        self.date_box = w.Text(
            description=_("Địa danh, ngày tháng:"),
            placeholder=_("ví dụ Hùng Chân, ngày ..."),
            layout=w.Layout(width="560px"),
            style=_STYLE,
        )
        self.button = w.Button(
            description=_("Kiểm tra"), button_style="primary", icon="check",
            layout=w.Layout(width="160px", height="40px"),
        )
        self.result = w.HTML()
        self.button.on_click(lambda _button: self.check())
        title = _("Bản nháp AI viết:")
        shown = (
            f"<b>{title}</b><pre style='background:#f1f5f9;padding:8px;font-size:14px;"
            f"white-space:pre-wrap'>{html.escape(draft)}</pre>"
        )
        super().__init__(
            [w.HTML(shown), self.number_box, self.date_box, self.button, self.result],
            layout=w.Layout(padding="8px"),
        )

    def fill(self, number_symbol: str, date_line: str) -> None:
        """Type both corrected lines, as a learner would."""
        self.number_box.value = number_symbol
        self.date_box.value = date_line

    def check(self, number_symbol: str | None = None, date_line: str | None = None) -> list[str]:
        """Check the corrected lines (after typing them if given); show and return the problems."""
        if number_symbol is not None and date_line is not None:
            self.fill(number_symbol, date_line)
        number = nd30.nfc(self.number_box.value)
        number = number[3:].strip() if fold(number[:3]) == "so:" else number  # "Số: " copied from the draft
        date_line_text = nd30.nfc(self.date_box.value)
        if not number or not date_line_text:
            problems = [_("Bạn cần gõ cả hai dòng đã sửa.")]
        else:
            problems = ai_draft.header_problems(number, date_line_text)
            problems += ai_draft.outdated_mentions(number + " " + date_line_text)
            if not problems and number != self.expected_number:
                problems.append(_("Số, ký hiệu đúng dạng nhưng chưa khớp với bản nháp (số thứ tự, cơ quan, đơn vị)."))
            if not problems and date_line_text != self.expected_date:
                problems.append(_("Dòng ngày tháng đúng dạng nhưng chưa khớp với ngày, nơi ký của bản nháp."))
        if problems:
            items = "".join(f"<li>{html.escape(p)}</li>" for p in problems)
            wrong, again = _("Chưa đúng:"), _("Sửa rồi bấm Kiểm tra lần nữa.")
            rule = html.escape(_("Quy định: {nguon}.").format(nguon=nd30.SOURCE))
            self.result.value = (
                f"<div style='font-size:16px;color:#9a3412'>❌ {wrong}<ul>{items}</ul><i>{rule}</i> {again}</div>"
            )
        else:
            right = _("Đúng thể thức. AI viết nháp, còn người kiểm tra và chịu trách nhiệm là bạn.")
            self.result.value = f"<div style='font-size:16px;color:#166534'>✅ {right}</div>"
        return problems


__all__ = ["AiDraftReview"]
