"""Văn bản đi trên hệ thống quản lý văn bản: one outgoing document from draft to issue (and its correction).

The learner plays each person in turn, as on an e-office system (VNPT-iOffice and similar): the officer drafts
and submits (phiếu trình) to the person who will sign; the leader approves (or returns the draft once with a
comment) and signs digitally; the Văn thư gives the number and date, adds the agency's digital signature and
issues the document through the inter-agency link; when a mistake is found after issue, the learner picks how
to handle it. Each public method (``draft``, ``submit``, ``sign``, ``number``, ``send``, ``fix``) does what its
button does, so lessons and tests drive the widget without a browser. A teaching model; real screens differ.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import ipywidgets as w

from kynangso.data.outgoing_documents import DOCUMENT_TYPES, OutgoingTask, receivers
from kynangso.i18n import N_, _
from kynangso.rules import outgoing_documents as vbdi
from kynangso.rules.document_register import ALL_LEVELS, is_urgent
from kynangso.rules.working_days import parse_day, vn_date, weekday_name
from kynangso.widgets import theme
from kynangso.widgets.check_bar import check_button
from kynangso.widgets.simulator import Simulator

_PICK = N_("— chọn —")
DRAFT, SUBMIT, SIGN, NUMBER, SEND, FIX = (N_("Soạn dự thảo"), N_("Trình ký"), N_("Ký số"), N_("Cấp số"),
                                          N_("Phát hành"), N_("Xử lý sai sót"))  # the actions (names in the log)
_STYLE = {"description_width": "150px"}


def _dropdown(label: str, values: Sequence[str], width: str = "560px", translated: bool = False) -> w.Dropdown:
    options = [(_(_PICK), _PICK), *((_(v) if translated else v, v) for v in values)]
    return w.Dropdown(description=label, options=options, style=_STYLE, layout=w.Layout(width=width))


class OutgoingFlow(Simulator):
    """Take ``task`` from draft to issue, step by step, in the right order; retry freely, "Làm lại" starts over."""

    source = vbdi.SOURCE

    def __init__(self, task: OutgoingTask) -> None:
        self.task = task
        self.stage = vbdi.START
        self.revised = False
        self.given: tuple[int, date] | None = None  # the number and date the Văn thư gave
        self.sent_on: date | None = None
        self.type_box = _dropdown(_("Loại văn bản:"), DOCUMENT_TYPES, "400px")
        self.level_box = _dropdown(_("Độ khẩn:"), ALL_LEVELS, "400px")
        self.to_box = _dropdown(_("Nơi nhận:"), receivers())
        self.approver_box = _dropdown(_("Trình ai ký:"), vbdi.APPROVERS, "400px")
        self.signature_box = _dropdown(_("Chữ ký số:"), vbdi.SIGNATURES, translated=True)
        self.number_box = w.Text(description=_("Số:"), placeholder=_("ví dụ 212"), style=_STYLE,
                                 layout=w.Layout(width="300px"))
        self.day_box = w.Text(description=_("Ngày ban hành:"), placeholder=_("ngày/tháng/năm"), style=_STYLE,
                              layout=w.Layout(width="300px"))
        self.channel_box = _dropdown(_("Gửi qua:"), vbdi.CHANNELS, translated=True)
        self.send_day_box = w.Text(description=_("Ngày phát hành:"), placeholder=_("ngày/tháng/năm"), style=_STYLE,
                                   layout=w.Layout(width="300px"))
        self.fix_box = _dropdown(_("Cách xử lý:"), vbdi.FIXES, "760px", translated=True)
        self.card = w.HTML()
        self.status = w.HTML()

        def step(title: str, *parts: w.Widget) -> w.VBox:
            return w.VBox([w.HTML(f"<b>{html.escape(title)}</b>"), *parts],
                          layout=w.Layout(border=f"1px solid {theme.FRAME}", padding=theme.PADDING, margin="4px 0"))

        work: list[w.Widget] = [
            self.card, self.status,
            step(_("1. Chuyên viên: soạn dự thảo, lập phiếu trình"), self.type_box, self.level_box, self.to_box,
                 check_button(self.draft, _(DRAFT), icon="pencil"), self.approver_box,
                 check_button(self.submit, _(SUBMIT), icon="send")),
            step(_("2. Người có thẩm quyền và văn thư: ký số, cấp số"), self.signature_box,
                 check_button(self.sign, _(SIGN), icon="certificate"), self.number_box, self.day_box,
                 check_button(self.number, _(NUMBER), icon="hashtag")),
            step(_("3. Văn thư: phát hành"), self.channel_box, self.send_day_box,
                 check_button(self.send, _(SEND), icon="paper-plane")),
        ]
        if task.mistake:
            work.append(step(_("4. Sau khi phát hành: phát hiện sai sót"), self.fix_box,
                             check_button(self.fix, _(FIX), icon="wrench")))
        super().__init__(_("Văn bản đi — {don_vi} (mô phỏng)").format(don_vi=task.unit),
                         _("Đưa văn bản từ dự thảo đến khi phát hành, đúng thứ tự từng bước."), work)
        self._refresh()

    @property
    def actions(self) -> dict[str, Callable[..., list[str]]]:
        return {DRAFT: self._draft, SUBMIT: self._submit, SIGN: self._sign, NUMBER: self._number,
                SEND: self._send, FIX: self._fix}

    @property
    def done(self) -> bool:
        return self.stage == (vbdi.FIXED if self.task.mistake else vbdi.SENT)

    # --- what the buttons do ----------------------------------------------------------------------
    def draft(self, doc_type: str | None = None, level: str | None = None, to: str | None = None) -> list[str]:
        """Pick the type, urgency and receiver of the draft (``None`` keeps a field) and press Soạn dự thảo."""
        self._set(self.type_box, doc_type)
        self._set(self.level_box, level)
        self._set(self.to_box, to)
        return self.act(DRAFT)

    def submit(self, approver: str | None = None) -> list[str]:
        """Send the draft with its phiếu trình to ``approver`` (the Trình ký button)."""
        self._set(self.approver_box, approver)
        return self.act(SUBMIT)

    def sign(self, signature: str | None = None) -> list[str]:
        """Put ``signature`` (personal, or the agency's) on the document (the Ký số button)."""
        self._set(self.signature_box, signature)
        return self.act(SIGN)

    def number(self, number: int | str | None = None, day: str | date | None = None) -> list[str]:
        """Give the number and the date of issue (the Cấp số button)."""
        self._set(self.number_box, None if number is None else str(number))
        self._set(self.day_box, vn_date(day) if isinstance(day, date) else day)
        return self.act(NUMBER)

    def send(self, channel: str | None = None, day: str | date | None = None) -> list[str]:
        """Issue the document through ``channel`` on ``day`` (the Phát hành button)."""
        self._set(self.channel_box, channel)
        self._set(self.send_day_box, vn_date(day) if isinstance(day, date) else day)
        return self.act(SEND)

    def fix(self, how: str | None = None) -> list[str]:
        """Handle the mistake found after issue in the way ``how`` (the Xử lý sai sót button)."""
        self._set(self.fix_box, how)
        return self.act(FIX)

    # --- the checks -------------------------------------------------------------------------------
    def _draft(self) -> list[str]:
        if self.stage not in (vbdi.START, vbdi.DRAFTED, vbdi.RETURNED):
            return self._refuse([_("Dự thảo đã được duyệt: muốn sửa thì phải trình lại người có thẩm quyền ký "
                                   "xem xét, quyết định (Điều 11 khoản 2).")])
        task, problems = self.task, []
        if self.type_box.value != task.doc_type:
            problems.append(_("Chọn đúng loại văn bản ghi trong phiếu giao việc."))
        if self.level_box.value != task.level:
            problems.append(_("Người soạn xác định độ khẩn theo yêu cầu của việc (Điều 10 khoản 2): xem phiếu giao "
                              "việc."))
        if self.to_box.value != task.recipient:
            problems.append(_("Chọn đúng nơi nhận: gửi nhầm nơi thì việc bị chậm và phải thu hồi."))
        if problems:
            return self._refuse(problems)
        self.revised = self.stage == vbdi.RETURNED
        return self._move(vbdi.DRAFTED, _("Đã lưu dự thảo trên hệ thống. Bây giờ chọn người ký rồi bấm Trình ký."))

    def _submit(self) -> list[str]:
        problem = vbdi.order_problem(self.stage, vbdi.DRAFTED)
        if problem:
            return self._refuse([problem])
        if self.approver_box.value != self.task.signer:
            return self._refuse([_("Trình đúng người có thẩm quyền ký văn bản này ({nguoi}): bản thảo phải do "
                                   "người sẽ ký duyệt (Điều 11 khoản 1).").format(nguoi=self.task.signer)])
        if self.task.comment and not self.revised:
            return self._move(vbdi.RETURNED, _("Lãnh đạo trả lại dự thảo với ý kiến: «{y_kien}». Sửa dự thảo (bấm "
                                               "Soạn dự thảo) rồi trình lại.").format(y_kien=self.task.comment))
        return self._move(vbdi.APPROVED, _("{nguoi} đã duyệt dự thảo. Bước tiếp theo: ký số.").format(
            nguoi=self.task.signer))

    def _sign(self) -> list[str]:
        chosen = self.signature_box.value
        if chosen not in vbdi.SIGNATURES:
            return self._refuse([_("Bạn chưa chọn chữ ký số.")])
        if chosen == vbdi.PERSONAL_SIGNATURE:
            problem = vbdi.order_problem(self.stage, vbdi.APPROVED)
            if problem:
                return self._refuse([problem])
            return self._move(vbdi.SIGNED, _("{nguoi} đã ký số lúc {gio}. Văn bản chuyển cho văn thư cấp số.").format(
                nguoi=self.task.signer, gio=f"{self.task.signed:%H:%M} {vn_date(self.task.signed.date())}"))
        if self.stage in (vbdi.START, vbdi.DRAFTED, vbdi.RETURNED, vbdi.APPROVED):
            return self._refuse([_("Văn thư chỉ ký số của cơ quan vào văn bản đã có chữ ký số của người có "
                                   "thẩm quyền (Điều 32 khoản 2).")])
        problem = vbdi.order_problem(self.stage, vbdi.NUMBERED)
        if problem:
            return self._refuse([problem])
        return self._move(vbdi.SEALED, _("Đã ký số của cơ quan: hình dấu đỏ của UBND xã hiện trên văn bản. "
                                         "Bước tiếp theo: phát hành."))

    def _number(self) -> list[str]:
        problem = vbdi.order_problem(self.stage, vbdi.SIGNED)
        if problem:
            return self._refuse([problem])
        task, problems = self.task, []
        typed = self.number_box.value.strip()
        if not typed.isdigit():
            problems.append(_("Số văn bản là một số nguyên, ví dụ 212."))
        elif int(typed) != task.number:
            problems.append(_("Số văn bản bắt đầu lại từ 01 vào ngày 01/01 (Điều 15): văn bản này là văn bản đầu "
                              "tiên của năm mới.") if task.number == 1 else
                            _("Số lấy liên tiếp theo thứ tự ban hành trong năm: số vừa cấp trước đó cộng thêm 1 "
                              "(Điều 15)."))
        day = parse_day(self.day_box.value)
        if day is None:
            problems.append(_("Ngày ban hành cần có dạng ngày/tháng/năm, ví dụ 10/12/2026."))
        elif day != task.signed.date():
            problems.append(_("Văn thư cấp số ngay trong ngày văn bản được ký: ngày ban hành là ngày ký (xem dòng "
                              "trạng thái)."))
        if problems:
            return self._refuse(problems)
        assert day is not None
        self.given = (task.number, day)
        return self._move(vbdi.NUMBERED, _("Đã cấp số {so}. Bước tiếp theo: văn thư ký số của cơ quan.").format(
            so=task.number_symbol))

    def _send(self) -> list[str]:
        problem = vbdi.order_problem(self.stage, vbdi.SEALED)
        if problem:
            return self._refuse([problem])
        day = parse_day(self.send_day_box.value)
        problems = vbdi.release_problems(signed=self.task.signed.date(), day=day, level=self.task.level,
                                         channel=self.channel_box.value)
        if problems:
            return self._refuse(problems)
        self.sent_on = day
        after = " " + _("Sau đó: {chuyen}. Chọn cách xử lý.").format(
            chuyen=self.task.mistake_text or _(self.task.mistake)) if self.task.mistake else ""
        return self._move(vbdi.SENT, _("Đã phát hành văn bản {so} đến {noi_nhan} qua trục liên thông.").format(
            so=self.task.number_symbol, noi_nhan=self.task.recipient) + after)

    def _fix(self) -> list[str]:
        if not self.task.mistake:
            return self._refuse([_("Văn bản này không có sai sót nào phải xử lý.")])
        problem = vbdi.order_problem(self.stage, vbdi.SENT)
        if problem:
            return self._refuse([problem])
        problems = vbdi.fix_problems(self.task.mistake, self.fix_box.value)
        if problems:
            return self._refuse(problems)
        return self._move(vbdi.FIXED, _("Xử lý đúng: {cach}.").format(cach=_(self.fix_box.value)))

    # --- plumbing ---------------------------------------------------------------------------------
    @staticmethod
    def _set(box: w.ValueWidget, value: str | None) -> None:
        if value is not None:
            box.value = value

    def _refuse(self, problems: list[str]) -> list[str]:
        self.show_problems(problems, then=_("Sửa rồi bấm lại, bao nhiêu lần cũng được."))
        return problems

    def _move(self, stage: str, message: str) -> list[str]:
        self.stage = stage
        self._refresh()
        done = " " + _("Bạn đã làm xong toàn bộ quy trình. Rất tốt!") if self.done else ""
        self.show_ok(message + done)
        return []

    def _reset(self) -> None:
        self.stage, self.revised, self.given, self.sent_on = vbdi.START, False, None, None
        for box in (self.type_box, self.level_box, self.to_box, self.approver_box, self.signature_box,
                    self.channel_box, self.fix_box):
            box.value = _PICK
        for text in (self.number_box, self.day_box, self.send_day_box):
            text.value = ""
        self._refresh()

    def _snapshot(self) -> dict[str, Any]:
        return {"stage": self.stage, "revised": self.revised, "done": self.done,
                "number": None if self.given is None else self.given[0],
                "day": None if self.given is None else self.given[1].isoformat(),
                "sent_on": None if self.sent_on is None else self.sent_on.isoformat()}

    def _refresh(self) -> None:
        task = self.task
        level = (f"<span style='color:{theme.URGENT};font-weight:bold'>{html.escape(task.level.upper())}</span>"
                 if is_urgent(task.level) else html.escape(task.level))
        card = _("<b>Phiếu giao việc</b><br>Loại: {loai} — Độ khẩn: {do_khan}<br>Trích yếu: {trich_yeu}<br>"
                 "Nơi nhận: {noi_nhan}<br>Người ký: {nguoi_ky}<br>Số cuối cùng đã cấp: {so_cuoi} (ngày {ngay_cuoi})"
                 ).format(loai=html.escape(task.doc_type), do_khan=level, trich_yeu=html.escape(task.summary),
                          noi_nhan=html.escape(task.recipient), nguoi_ky=html.escape(task.signer),
                          so_cuoi=f"{task.last_number:02d}", ngay_cuoi=vn_date(task.last_day))
        self.card.value = (f"<div style='border:1px solid {theme.CARD};padding:{theme.PADDING};font-size:15px'>"
                           f"📝 {card}</div>")
        signed = task.signed.date()
        when = (" — " + _("ký lúc {gio} {thu} {ngay}").format(gio=f"{task.signed:%H:%M}", thu=weekday_name(signed),
                                                              ngay=vn_date(signed))
                if vbdi.STAGES.index(self.stage) >= vbdi.STAGES.index(vbdi.SIGNED) else "")
        number = " — " + _("số {so}").format(so=task.number_symbol) if self.given else ""
        label = html.escape(_("Trạng thái:"))
        self.status.value = (f"<p style='font-size:15px'>{label} "
                             f"<b>{html.escape(_(self.stage))}</b>{html.escape(when + number)}</p>")


__all__ = ["OutgoingFlow"]
