"""Đếm hạn xử lý theo ngày làm việc: the learner types the deadline; first days may be shown (faded)."""

from __future__ import annotations

import html
from datetime import date

import ipywidgets as w

from kynangso.data.holidays import NAM_CO_DU_LIEU
from kynangso.i18n import _
from kynangso.rules import working_days as wd


class DeadlineCounter(w.VBox):
    """A received date and a number of working days; the learner finds the deadline.

    ``shown`` calendar days after the receipt are listed already (a faded example); ``check(answer)`` does
    what the "Kiểm tra" button does and returns the problems found (empty = right).
    """

    def __init__(self, received: date, days: int, shown: int = 0) -> None:
        self.received = received
        self.days = days
        self.expected = wd.add_working_days(received, days)
        rows = wd.trace(received, days)
        listed = "".join(f"<li>{wd.weekday_name(d)} {wd.vn_date(d)}: {html.escape(label)}</li>"
                         for d, label in rows[:shown])
        more = "<li>{}</li>".format(_("… bạn đếm tiếp …")) if shown < len(rows) else ""
        task = _("<b>Nhiệm vụ:</b> văn bản nhận {ngay}, lãnh đạo giao hạn xử lý <b>{so} ngày làm việc</b>. "
                 "Hạn xử lý là ngày nào?").format(ngay=f"{wd.weekday_name(received)} {wd.vn_date(received)}",
                                                   so=days)
        hint = f"<ul>{listed}{more}</ul>" if shown else ""
        self.answer_box = w.Text(description=_("Hạn xử lý:"), placeholder=_("ngày/tháng/năm"),
                                 style={"description_width": "120px"}, layout=w.Layout(width="320px"))
        self.button = w.Button(description=_("Kiểm tra"), button_style="primary", icon="check",
                               layout=w.Layout(width="160px", height="40px"))
        self.result = w.HTML()
        self.button.on_click(lambda _button: self.check())
        super().__init__([w.HTML(task + hint), self.answer_box, self.button, self.result],
                         layout=w.Layout(padding="8px"))

    def check(self, answer: str | date | None = None) -> list[str]:
        """Check the typed deadline (after typing ``answer`` if given); show and return the problems."""
        if answer is not None:
            self.answer_box.value = wd.vn_date(answer) if isinstance(answer, date) else answer
        typed = wd.parse_day(self.answer_box.value)
        problems: list[str] = []
        if typed is None:
            problems.append(_("Hãy gõ ngày dạng ngày/tháng/năm, ví dụ 06/05/2026."))
        elif typed == self.expected:
            pass
        elif typed <= self.received:
            problems.append(_("Hạn xử lý phải sau ngày nhận văn bản."))
        elif typed.year not in NAM_CO_DU_LIEU:
            problems.append(_("Năm {nam} xa quá: hạn xử lý chỉ cách ngày nhận {so} ngày làm việc. "
                              "Kiểm tra lại năm.").format(nam=typed.year, so=self.days))
        elif not wd.is_working_day(typed):
            problems.append(_("{ngay} là ngày nghỉ ({ly_do}); hạn luôn rơi vào một ngày làm việc.").format(
                ngay=wd.vn_date(typed), ly_do=wd.day_off_reason(typed)))
        elif typed < self.expected:
            problems.append(_("Bạn đếm chưa đủ số ngày làm việc. Nhớ: không tính chính ngày nhận."))
        else:
            problems.append(_("Bạn đếm dư: có thể đã tính cả ngày nhận, hoặc bỏ sót một ngày làm việc."))
        if problems:
            items = "".join(f"<li>{html.escape(p)}</li>" for p in problems)
            rule = _("Quy tắc: bắt đầu đếm từ ngày làm việc sau ngày nhận; bỏ qua thứ Bảy, Chủ nhật, ngày lễ, "
                     "ngày nghỉ bù; tính cả thứ Bảy làm bù.")
            lead, again = _("Chưa đúng:"), _("Thử lại nhé.")
            self.result.value = (f"<div style='font-size:16px;color:#9a3412'>❌ {lead}<ul>{items}</ul>"
                                 f"<i>{rule}</i> {again}</div>")
        else:
            self.result.value = "<div style='font-size:16px;color:#166534'>✅ {}</div>".format(
                _("Đúng hạn xử lý. Rất tốt!"))
        return problems


__all__ = ["DeadlineCounter"]
