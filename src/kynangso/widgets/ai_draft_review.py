"""Sửa phần đầu một bản nháp do AI viết: show the draft, let the learner retype boxes 3 and 4, check them."""

from __future__ import annotations

import html

import ipywidgets as w

from kynangso.i18n import _
from kynangso.rules import ai_draft, nd30
from kynangso.rules import place as dia_phuong
from kynangso.text import fold, nfc
from kynangso.widgets import theme
from kynangso.widgets.check_bar import check_button, right_box, wrong_box

_STYLE = {"description_width": "150px"}


class AiDraftReview(w.VBox):
    """The AI draft (read-only) above two text boxes for the corrected "số, ký hiệu" and date line.

    ``check(number_symbol, date_line)`` does what the button does and returns the problems (empty = right).
    """

    def __init__(self, draft: str, expected_number: str, expected_date: str) -> None:
        self.draft = draft
        self.expected_number = nfc(expected_number)
        self.expected_date = nfc(expected_date)
        self.number_box = w.Text(
            description=_("Số, ký hiệu:"), placeholder=_("ví dụ 15/UBND-VP"), layout=w.Layout(width="460px"),
            style=_STYLE,
        )
        self.date_box = w.Text(
            description=_("Địa danh, ngày tháng:"),
            placeholder=_("ví dụ {xa}, ngày ...").format(xa=dia_phuong.xa(3)),
            layout=w.Layout(width="560px"),
            style=_STYLE,
        )
        self.button = check_button(self.check)
        self.result = w.HTML()
        title = _("Bản nháp AI viết:")
        shown = (
            f"<b>{title}</b><pre style='background:{theme.PANEL};padding:{theme.PADDING};font-size:14px;"
            f"white-space:pre-wrap'>{html.escape(draft)}</pre>"
        )
        super().__init__(
            [w.HTML(shown), self.number_box, self.date_box, self.button, self.result],
            layout=w.Layout(padding=theme.PADDING),
        )

    def fill(self, number_symbol: str, date_line: str) -> None:
        """Type both corrected lines, as a learner would."""
        self.number_box.value = number_symbol
        self.date_box.value = date_line

    def check(self, number_symbol: str | None = None, date_line: str | None = None) -> list[str]:
        """Check the corrected lines (after typing them if given); show and return the problems."""
        if number_symbol is not None and date_line is not None:
            self.fill(number_symbol, date_line)
        number = nfc(self.number_box.value)
        number = number[3:].strip() if fold(number[:3]) == "so:" else number  # "Số: " copied from the draft
        date_line_text = nfc(self.date_box.value)
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
            self.result.value = wrong_box(None, problems, note=_("Quy định: {nguon}.").format(nguon=nd30.SOURCE))
        else:
            self.result.value = right_box(
                _("Đúng thể thức. AI viết nháp, còn người kiểm tra và chịu trách nhiệm là bạn."))
        return problems


__all__ = ["AiDraftReview"]
