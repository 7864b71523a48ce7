"""Soạn phần đầu văn bản (số, ký hiệu; địa danh, ngày tháng) and check it against NĐ 30/2020."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import ipywidgets as w

from kynangso.i18n import N_, _
from kynangso.rules import nd30
from kynangso.rules import place as dia_phuong
from kynangso.text import nfc
from kynangso.widgets.check_bar import check_button
from kynangso.widgets.simulator import Simulator

_STYLE = {"description_width": "150px"}
DECISION = "QĐ"  # nội dung: the abbreviation of "Quyết định"
CHECK = N_("Kiểm tra")  # the action (its name in the log)


class HeaderComposer(Simulator):
    """A form where the learner types box 3 (số, ký hiệu) and box 4 (địa danh, ngày tháng) of a document.

    ``check()`` does what the "Kiểm tra" button does and returns the problems found, so the widget can be
    tested without a browser.
    """

    source = nd30.SOURCE

    def __init__(self, place: str, signed_on: date, number: int, type_abbreviation: str = DECISION,
                 issuer: str = "UBND") -> None:
        self.expected_number = nd30.number_symbol(number, type_abbreviation, issuer)
        self.expected_date = nd30.date_line(place, signed_on)
        self.number_box = w.Text(description=_("Số, ký hiệu:"), placeholder=_("ví dụ 15/QĐ-UBND"),
                                 layout=w.Layout(width="460px"), style=_STYLE)
        example = _("ví dụ {xa}, ngày ...").format(xa=dia_phuong.xa(1))
        self.date_box = w.Text(description=_("Địa danh, ngày tháng:"), placeholder=example,
                               layout=w.Layout(width="560px"), style=_STYLE)
        self.button = check_button(self.check, _(CHECK))
        known = nd30.BY_ABBREVIATION.get(type_abbreviation)
        kind = known.name if known else type_abbreviation
        task = _("<b>Nhiệm vụ:</b> {loai} thứ {so} trong năm của {co_quan}, ký tại {noi} ngày {ngay}.").format(
            loai=kind, so=number, co_quan=issuer, noi=place, ngay=f"{signed_on:%d/%m/%Y}")
        super().__init__(_("Soạn phần đầu văn bản (mô phỏng)"), task, [self.number_box, self.date_box],
                         buttons=[self.button])

    @property
    def actions(self) -> dict[str, Callable[..., list[str]]]:
        return {CHECK: self._check}

    def fill(self, number_symbol: str, date_line: str) -> None:
        """Type both answers, as a learner would."""
        self.number_box.value = number_symbol
        self.date_box.value = date_line

    def check(self) -> list[str]:
        """Check what is typed; show the result in Vietnamese and return the problems (empty = right)."""
        return self.act(CHECK)

    def _check(self) -> list[str]:
        problems = nd30.number_symbol_problems(self.number_box.value) if self.number_box.value.strip() else [
            _("Bạn chưa nhập số, ký hiệu.")]
        if not problems and nfc(self.number_box.value) != self.expected_number:
            problems.append(_("Số, ký hiệu đúng dạng nhưng chưa khớp với nhiệm vụ (số thứ tự, loại, cơ quan)."))
        date_value = self.date_box.value
        date_problems = nd30.date_line_problems(date_value) if date_value.strip() else [
            _("Bạn chưa nhập địa danh, ngày tháng.")]
        if not date_problems and nfc(date_value) != self.expected_date:
            date_problems.append(_("Địa danh, ngày tháng đúng dạng nhưng chưa khớp với nhiệm vụ."))
        problems += date_problems
        if problems:
            self.show_problems(problems, then=_("Sửa rồi bấm Kiểm tra lần nữa."))
        else:
            self.show_ok(_("Đúng thể thức. Rất tốt!"))
        return problems

    def _reset(self) -> None:
        self.fill("", "")

    def _snapshot(self) -> dict[str, Any]:
        return {"number_symbol": self.number_box.value, "date_line": self.date_box.value}


__all__ = ["HeaderComposer"]
