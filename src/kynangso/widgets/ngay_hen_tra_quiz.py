"""Tính ngày hẹn trả kết quả theo ngày làm việc (có ngày nghỉ lễ, Tết) và bấm Kiểm tra."""

from __future__ import annotations

import html
from datetime import date

import ipywidgets as w

from kynangso.data.holidays import NAM_CO_DU_LIEU
from kynangso.i18n import _
from kynangso.rules import one_stop
from kynangso.rules.working_days import weekday_name


class NgayHenTraQuiz(w.VBox):
    """A dossier received on ``received`` with ``days`` working days; the learner types the appointment date.

    ``shown`` days of the count are listed already (a faded example). ``check(answer)`` does what the
    "Kiểm tra" button does (with ``answer`` it first types it in) and returns the problems (empty = right).
    """

    def __init__(self, received: date, days: int, procedure: str | None = None, shown: int = 0) -> None:
        procedure = _("một thủ tục") if procedure is None else procedure
        self.received = received
        self.days = days
        self.expected = one_stop.ngay_hen_tra(received, days)
        rows = one_stop.dem_tung_ngay(received, days)
        listed = "".join(f"<li>{weekday_name(d)} {one_stop.ngay_vn(d)}: {html.escape(label)}</li>"
                         for d, label in rows[:shown])
        more = "<li>{}</li>".format(_("… bạn đếm tiếp …")) if shown and shown < len(rows) else ""
        counted = f"<ul>{listed}{more}</ul>" if shown else ""
        task = _("<b>Nhiệm vụ:</b> hồ sơ <i>{thu_tuc}</i> tiếp nhận {ngay}, thời hạn giải quyết "
                 "<b>{so} ngày làm việc</b>. Ghi ngày hẹn trả trên Giấy tiếp nhận (dạng ngày/tháng/năm).").format(
            thu_tuc=html.escape(procedure), ngay=f"{weekday_name(received)} {one_stop.ngay_vn(received)}",
            so=days)
        self.answer_box = w.Text(description=_("Ngày hẹn trả:"), placeholder=_("ví dụ 09/03/2026"),
                                 layout=w.Layout(width="320px"), style={"description_width": "110px"})
        self.button = w.Button(description=_("Kiểm tra"), button_style="primary", icon="check",
                               layout=w.Layout(width="160px", height="40px"))
        self.result = w.HTML()
        self.button.on_click(lambda _button: self.check())
        super().__init__([w.HTML(task + counted), self.answer_box, self.button, self.result],
                         layout=w.Layout(padding="8px"))

    def _problems(self, typed: str) -> list[str]:
        if not typed.strip():
            return [_("Bạn chưa nhập ngày hẹn trả.")]
        day = one_stop.doc_ngay(typed)
        if day is None:
            return [_("Hãy ghi ngày dạng ngày/tháng/năm, ví dụ 09/03/2026.")]
        if day == self.expected:
            return []
        if day <= self.received:
            return [_("Ngày hẹn trả phải sau ngày tiếp nhận hồ sơ (ngày tiếp nhận không tính).")]
        reason = one_stop.ly_do_nghi(day) if day.year in NAM_CO_DU_LIEU else None
        if reason:
            return [_("Ngày {ngay} là ngày nghỉ ({ly_do}): không hẹn trả vào ngày nghỉ.").format(
                ngay=one_stop.ngay_vn(day), ly_do=reason)]
        if day < self.expected and one_stop.ngay_hen_tra(self.received, self.days - 1) == day and self.days > 1:
            return [_("Bạn đếm thiếu một ngày: ngày tiếp nhận không tính, bắt đầu đếm từ ngày làm việc hôm sau "
                      "và đếm đủ số ngày.")]
        if day < self.expected:
            return [_("Ngày này sớm quá: có ngày nghỉ (thứ Bảy, Chủ nhật, lễ, Tết) nằm trong khoảng đếm — "
                      "bỏ qua ngày nghỉ, chỉ đếm ngày làm việc.")]
        return [_("Ngày này muộn quá: bạn đã bỏ qua cả ngày làm việc, hoặc đếm thừa. Đếm lại từng ngày.")]

    def check(self, answer: str | None = None) -> list[str]:
        if answer is not None:
            self.answer_box.value = answer
        problems = self._problems(self.answer_box.value)
        if problems:
            items = "".join(f"<li>{html.escape(p)}</li>" for p in problems)
            lead, again = _("Chưa đúng:"), _("Sửa rồi bấm Kiểm tra lần nữa.")
            rule = _("Quy ước: ngày tiếp nhận không tính; chỉ đếm ngày làm việc (thứ Hai–thứ Sáu, trừ ngày nghỉ "
                     "lễ, Tết).")
            self.result.value = (f"<div style='font-size:16px;color:#9a3412'>❌ {lead}<ul>{items}</ul>"
                                 f"<i>{rule}</i> {again}</div>")
        else:
            right = _("Đúng: hẹn trả {ngay}.").format(
                ngay=f"{weekday_name(self.expected)} {one_stop.ngay_vn(self.expected)}")
            self.result.value = f"<div style='font-size:16px;color:#166534'>✅ {right}</div>"
        return problems


__all__ = ["NgayHenTraQuiz"]
