"""Xếp mốc thời gian: events labelled A, B, C…; the learner types the letters in time order ("B, A, D, C")."""

from __future__ import annotations

import html
import string
from collections.abc import Sequence

import ipywidgets as w

from kynangso.i18n import _
from kynangso.rules.digital_transformation import Milestone, read_letters, right_positions
from kynangso.widgets import theme
from kynangso.widgets.check_bar import check_button, right_box, wrong_box


class TimelineOrder(w.VBox):
    """Put the events (shown in the given order, lettered A, B, C…) in time order, earliest first.

    The answer is typed as letters separated by commas, the same form as in the graded assignment.
    ``check()`` does what the button does and returns the problems (empty list = right order); when the
    order is right the timeline is shown with its dates and documents.
    """

    def __init__(self, events: Sequence[Milestone], prefill: str = "", show_documents: bool = False) -> None:
        if len({e.ngay for e in events}) != len(events) or len(events) > 8:
            raise ValueError(_("Cần tối đa 8 sự kiện, mỗi sự kiện một ngày khác nhau."))
        self.events = list(events)
        self.letters = list(string.ascii_uppercase[: len(events)])
        self.expected = [letter for _, letter in sorted(zip((e.ngay for e in events), self.letters, strict=True))]
        listing = "".join(
            f"<li><b>{letter}.</b> {html.escape(_(e.su_kien))}"
            + (f" <i>({html.escape(e.van_ban)})</i>" if show_documents else "") + "</li>"
            for letter, e in zip(self.letters, self.events, strict=True)
        )
        self.order_box = w.Text(value=prefill, description=_("Thứ tự:"), placeholder=", ".join(self.letters),
                                layout=w.Layout(width="420px"), style={"description_width": "70px"})
        self.button = check_button(self.check)
        self.result = w.HTML()
        ask = _("Gõ các chữ cái theo thứ tự thời gian, <b>sớm nhất trước</b>, cách nhau bằng dấu phẩy.")
        intro = w.HTML(f"<div style='font-size:{theme.FEEDBACK_SIZE}'><ul style='list-style:none'>{listing}</ul>"
                       f"{ask}</div>")
        super().__init__([intro, self.order_box, self.button, self.result], layout=w.Layout(padding=theme.PADDING))

    def problems(self, text: str) -> list[str]:
        """What is wrong with the typed order, in Vietnamese (empty list = right)."""
        letters = read_letters(text)
        if not letters:
            return [_("Bạn chưa gõ thứ tự.")]
        unknown = [x for x in letters if x not in self.letters]
        if unknown:
            return [_("Chỉ dùng các chữ cái {chu_cai}; máy không hiểu: {khong_hieu}.").format(
                chu_cai=", ".join(self.letters), khong_hieu=", ".join(unknown))]
        if len(set(letters)) != len(letters):
            return [_("Mỗi chữ cái chỉ ghi một lần.")]
        if len(letters) != len(self.letters):
            return [_("Cần ghi đủ {can} chữ cái (bạn mới ghi {da_ghi}).").format(can=len(self.letters),
                                                                              da_ghi=len(letters))]
        right = right_positions(letters, self.expected)
        if right != len(self.letters):
            return [_("Mới đúng {dung}/{tong} vị trí. Gợi ý: năm ban hành nằm trong số hiệu văn bản "
                      "(ví dụ …/2022/NĐ-CP); cùng một năm thì so tháng.").format(dung=right, tong=len(self.letters))]
        return []

    def check(self, text: str | None = None) -> list[str]:
        """Check the typed order (after typing ``text`` if given); show feedback; return the problems."""
        if text is not None:
            self.order_box.value = text
        found = self.problems(self.order_box.value)
        if found:
            self.result.value = wrong_box(None, found)
            return found
        by_letter = dict(zip(self.letters, self.events, strict=True))
        rows = "".join(
            f"<tr><td><b>{x}</b></td><td>{by_letter[x].ngay:%d/%m/%Y}</td><td>{html.escape(by_letter[x].su_kien)}"
            f"</td><td><i>{html.escape(by_letter[x].van_ban)}</i></td></tr>"
            for x in self.expected
        )
        table = f"<table style='font-size:15px'>{rows}</table>"
        self.result.value = right_box(_("Đúng thứ tự. Dòng thời gian:")) + table
        return []


__all__ = ["TimelineOrder"]
