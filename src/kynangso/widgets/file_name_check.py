"""Đặt tên tệp cho văn bản: the learner types a file name, "Kiểm tra" checks it against the course's rule."""

from __future__ import annotations

import html
from datetime import date

import ipywidgets as w

from kynangso.i18n import _
from kynangso.rules import notebook_basics
from kynangso.text import nfc
from kynangso.widgets import theme
from kynangso.widgets.check_bar import check_button, right_box, wrong_box


class FileNameCheck(w.VBox):
    """Name the scanned file of one document by the rule ``2025-03-05_15-QD-UBND.pdf``.

    ``check()`` does what the button does and returns the problems found (empty list = right).
    """

    def __init__(self, document: str, signed_on: date, number_symbol: str, prefill: str = "") -> None:
        self.expected = notebook_basics.ten_tep(signed_on, number_symbol)
        self.name_box = w.Text(value=prefill, description=_("Tên tệp:"),
                               placeholder=_("năm-tháng-ngày_số-ký-hiệu.pdf"),
                               layout=w.Layout(width="520px"), style={"description_width": "80px"})
        self.button = check_button(self.check)
        self.result = w.HTML()
        task = _("<b>Văn bản:</b> {van_ban} số <b>{so_ky_hieu}</b>, ký ngày <b>{ngay}</b>. "
                 "Bản quét (scan) là tệp PDF. Hãy đặt tên tệp.").format(
            van_ban=html.escape(document), so_ky_hieu=html.escape(number_symbol), ngay=f"{signed_on:%d/%m/%Y}")
        super().__init__([w.HTML(task), self.name_box, self.button, self.result],
                         layout=w.Layout(padding=theme.PADDING))

    def check(self, name: str | None = None) -> list[str]:
        """Check the typed name (after typing ``name`` if given); show feedback; return the problems."""
        if name is not None:
            self.name_box.value = name
        typed = nfc(self.name_box.value)
        problems = notebook_basics.loi_ten_tep(typed)
        if not problems and typed[:10] != self.expected[:10]:
            problems.append(_("Tên tệp đúng dạng nhưng ngày ký chưa khớp với văn bản này."))
        if not problems and typed != self.expected:
            problems.append(_("Tên tệp đúng dạng nhưng số, ký hiệu chưa khớp với văn bản: chép đúng từng chữ, "
                              "từng số như trên văn bản, kể cả số 0 ở đầu nếu có."))
        if problems:
            self.result.value = wrong_box(None, problems, note=_("Quy ước: {quy_uoc}.").format(
                quy_uoc=_(notebook_basics.NAMING_RULE)))
        else:
            self.result.value = right_box(
                _("Đúng quy ước. Tệp này sẽ tự đứng đúng chỗ theo ngày khi sắp xếp theo tên."))
        return problems


__all__ = ["FileNameCheck"]
