"""Đếm hạn theo ngày làm việc: the learner types the date that falls N working days after a receipt.

One widget, two wordings of the same count: the deadline of an incoming document (module M3, "hạn xử lý") and, when
a ``procedure`` is named, the appointment date on the receipt of a one-stop dossier (module M7, "ngày hẹn trả").
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

import ipywidgets as w

from kynangso.data.holidays import NAM_CO_DU_LIEU
from kynangso.i18n import N_, _
from kynangso.rules import working_days as wd
from kynangso.widgets import theme
from kynangso.widgets.check_bar import check_button, right_box, wrong_box


@dataclass(frozen=True)
class Wording:
    """What the widget says for one kind of deadline (messages marked ``N_``, translated when shown)."""

    task: str
    field: str
    placeholder: str
    blank: str
    form: str
    not_after: str
    far_year: str
    day_off: str
    one_short: str
    early: str
    late: str
    rule: str
    again: str
    right: str


DOCUMENT = Wording(
    task=N_("<b>Nhiệm vụ:</b> văn bản nhận {ngay}, lãnh đạo giao hạn xử lý <b>{so} ngày làm việc</b>. "
            "Hạn xử lý là ngày nào?"),
    field=N_("Hạn xử lý:"), placeholder=N_("ngày/tháng/năm"),
    blank=N_("Hãy gõ ngày dạng ngày/tháng/năm, ví dụ 06/05/2026."),
    form=N_("Hãy gõ ngày dạng ngày/tháng/năm, ví dụ 06/05/2026."),
    not_after=N_("Hạn xử lý phải sau ngày nhận văn bản."),
    far_year=N_("Năm {nam} xa quá: hạn xử lý chỉ cách ngày nhận {so} ngày làm việc. Kiểm tra lại năm."),
    day_off=N_("{ngay} là ngày nghỉ ({ly_do}); hạn luôn rơi vào một ngày làm việc."),
    one_short=N_("Bạn đếm chưa đủ số ngày làm việc. Nhớ: không tính chính ngày nhận."),
    early=N_("Bạn đếm chưa đủ số ngày làm việc. Nhớ: không tính chính ngày nhận."),
    late=N_("Bạn đếm dư: có thể đã tính cả ngày nhận, hoặc bỏ sót một ngày làm việc."),
    rule=N_("Quy tắc: bắt đầu đếm từ ngày làm việc sau ngày nhận; bỏ qua thứ Bảy, Chủ nhật, ngày lễ, ngày nghỉ bù; "
            "tính cả thứ Bảy làm bù."),
    again=N_("Thử lại nhé."),
    right=N_("Đúng hạn xử lý. Rất tốt!"),
)
APPOINTMENT = Wording(
    task=N_("<b>Nhiệm vụ:</b> hồ sơ <i>{thu_tuc}</i> tiếp nhận {ngay}, thời hạn giải quyết "
            "<b>{so} ngày làm việc</b>. Ghi ngày hẹn trả trên Giấy tiếp nhận (dạng ngày/tháng/năm)."),
    field=N_("Ngày hẹn trả:"), placeholder=N_("ví dụ 09/03/2026"),
    blank=N_("Bạn chưa nhập ngày hẹn trả."),
    form=N_("Hãy ghi ngày dạng ngày/tháng/năm, ví dụ 09/03/2026."),
    not_after=N_("Ngày hẹn trả phải sau ngày tiếp nhận hồ sơ (ngày tiếp nhận không tính)."),
    far_year=N_("Ngày này muộn quá: bạn đã bỏ qua cả ngày làm việc, hoặc đếm thừa. Đếm lại từng ngày."),
    day_off=N_("Ngày {ngay} là ngày nghỉ ({ly_do}): không hẹn trả vào ngày nghỉ."),
    one_short=N_("Bạn đếm thiếu một ngày: ngày tiếp nhận không tính, bắt đầu đếm từ ngày làm việc hôm sau "
                 "và đếm đủ số ngày."),
    early=N_("Ngày này sớm quá: có ngày nghỉ (thứ Bảy, Chủ nhật, lễ, Tết) nằm trong khoảng đếm — "
             "bỏ qua ngày nghỉ, chỉ đếm ngày làm việc."),
    late=N_("Ngày này muộn quá: bạn đã bỏ qua cả ngày làm việc, hoặc đếm thừa. Đếm lại từng ngày."),
    rule=N_("Quy ước: ngày tiếp nhận không tính; chỉ đếm ngày làm việc (thứ Hai–thứ Sáu, trừ ngày nghỉ lễ, Tết)."),
    again=N_("Sửa rồi bấm Kiểm tra lần nữa."),
    right=N_("Đúng: hẹn trả {ngay}."),
)


def _day(day: date) -> str:
    return f"{wd.weekday_name(day)} {wd.vn_date(day)}"


class DeadlineCounter(w.VBox):
    """A received date and a number of working days; the learner types the date they lead to.

    Without ``procedure`` it is the deadline of an incoming document; with it, the appointment date on the
    receipt of a dossier of that procedure (``procedure=""`` names none: "một thủ tục"). ``shown`` days of the
    count are listed already (a faded example). ``check(answer)`` does what the "Kiểm tra" button does (with
    ``answer`` it first types it in) and returns the problems found (empty = right).
    """

    def __init__(self, received: date, days: int, shown: int = 0, procedure: str | None = None) -> None:
        self.received = received
        self.days = days
        self.wording = DOCUMENT if procedure is None else APPOINTMENT
        self.expected = wd.add_working_days(received, days)
        rows = wd.trace(received, days)
        listed = "".join(f"<li>{_day(d)}: {html.escape(label)}</li>" for d, label in rows[:shown])
        more = "<li>{}</li>".format(_("… bạn đếm tiếp …")) if shown < len(rows) else ""
        task = _(self.wording.task).format(ngay=_day(received), so=days,
                                           thu_tuc=html.escape(procedure or _("một thủ tục")))
        hint = f"<ul>{listed}{more}</ul>" if shown else ""
        self.answer_box = w.Text(description=_(self.wording.field), placeholder=_(self.wording.placeholder),
                                 style={"description_width": "120px"}, layout=w.Layout(width="320px"))
        self.button = check_button(self.check)
        self.result = w.HTML()
        super().__init__([w.HTML(task + hint), self.answer_box, self.button, self.result],
                         layout=w.Layout(padding=theme.PADDING))

    def problems(self, typed: str) -> list[str]:
        """What is wrong with the typed date, in the learner's language (empty list = right)."""
        says = self.wording
        if not typed.strip():
            return [_(says.blank)]
        day = wd.parse_day(typed)
        if day is None:
            return [_(says.form)]
        if day == self.expected:
            return []
        if day <= self.received:
            return [_(says.not_after)]
        if day.year not in NAM_CO_DU_LIEU:
            return [_(says.far_year).format(nam=day.year, so=self.days)]
        reason = wd.day_off_reason(day)
        if reason is not None:
            return [_(says.day_off).format(ngay=wd.vn_date(day), ly_do=reason)]
        if self.days > 1 and day == wd.add_working_days(self.received, self.days - 1):
            return [_(says.one_short)]
        return [_(says.early) if day < self.expected else _(says.late)]

    def check(self, answer: str | date | None = None) -> list[str]:
        """Check the typed date (after typing ``answer`` if given); show and return the problems."""
        if answer is not None:
            self.answer_box.value = wd.vn_date(answer) if isinstance(answer, date) else answer
        problems = self.problems(self.answer_box.value)
        if problems:
            self.result.value = wrong_box(None, problems, note=_(self.wording.rule), then=_(self.wording.again))
        else:
            self.result.value = right_box(_(self.wording.right).format(ngay=_day(self.expected)))
        return problems


__all__ = ["APPOINTMENT", "DOCUMENT", "DeadlineCounter", "Wording"]
