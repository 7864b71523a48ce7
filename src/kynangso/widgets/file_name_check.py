"""Đặt tên tệp cho văn bản: the learner types a file name, "Kiểm tra" checks it against the course's rule."""

from __future__ import annotations

import html
from datetime import date

import ipywidgets as w

from kynangso.rules import so_tay


class FileNameCheck(w.VBox):
    """Name the scanned file of one document by the rule ``2025-03-05_15-QD-UBND.pdf``.

    ``check()`` does what the button does and returns the problems found (empty list = right).
    """

    def __init__(self, document: str, signed_on: date, number_symbol: str, prefill: str = "") -> None:
        self.expected = so_tay.ten_tep(signed_on, number_symbol)
        self.name_box = w.Text(value=prefill, description="Tên tệp:", placeholder="năm-tháng-ngày_số-ký-hiệu.pdf",
                               layout=w.Layout(width="520px"), style={"description_width": "80px"})
        self.button = w.Button(description="Kiểm tra", button_style="primary", icon="check",
                               layout=w.Layout(width="160px", height="40px"))
        self.result = w.HTML()
        self.button.on_click(lambda _button: self.check())
        task = (f"<b>Văn bản:</b> {html.escape(document)} số <b>{html.escape(number_symbol)}</b>, "
                f"ký ngày <b>{signed_on:%d/%m/%Y}</b>. Bản quét (scan) là tệp PDF. Hãy đặt tên tệp.")
        super().__init__([w.HTML(task), self.name_box, self.button, self.result],
                         layout=w.Layout(padding="8px"))

    def check(self, name: str | None = None) -> list[str]:
        """Check the typed name (after typing ``name`` if given); show feedback; return the problems."""
        if name is not None:
            self.name_box.value = name
        typed = so_tay.nfc(self.name_box.value)
        problems = so_tay.loi_ten_tep(typed)
        if not problems and typed[:10] != self.expected[:10]:
            problems.append("Tên tệp đúng dạng nhưng ngày ký chưa khớp với văn bản này.")
        if not problems and typed != self.expected:
            problems.append("Tên tệp đúng dạng nhưng số, ký hiệu chưa khớp với văn bản: chép đúng từng chữ, "
                            "từng số như trên văn bản, kể cả số 0 ở đầu nếu có.")
        if problems:
            items = "".join(f"<li>{html.escape(p)}</li>" for p in problems)
            self.result.value = (f"<div style='font-size:16px;color:#9a3412'>❌ Chưa đúng:<ul>{items}</ul>"
                                 f"<i>Quy ước: {html.escape(so_tay.NAMING_RULE)}.</i> "
                                 "Sửa rồi bấm <b>Kiểm tra</b> lần nữa.</div>")
        else:
            self.result.value = ("<div style='font-size:16px;color:#166534'>✅ Đúng quy ước. Tệp này sẽ tự "
                                 "đứng đúng chỗ theo ngày khi sắp xếp theo tên.</div>")
        return problems


__all__ = ["FileNameCheck"]
