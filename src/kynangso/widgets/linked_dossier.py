"""Hồ sơ liên thông khai sinh, khai tử: one linked dossier from receipt at the commune to the result (module 15).

The learner is the commune cadre who receives a dossier sent through the "Dịch vụ công liên thông khai sinh, khai
tử": soát giấy tờ (tick the papers still missing; the citizen then adds them), hẹn trả (type the appointment date
counted in working days, for the birth group), giải quyết (each procedure by the right agency — UBND xã, Công an xã,
bảo hiểm xã hội — in the right order) and trả kết quả. Each public method (``check_papers``, ``appoint``,
``process``, ``hand_back``) does what its button does, so lessons and tests drive the widget without a browser.
A teaching model of Nghị định 63/2024/NĐ-CP; the real screens of the provincial system differ.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from datetime import date
from functools import partial
from typing import Any

import ipywidgets as w

from kynangso.data.civil_status_cases import CivilCase
from kynangso.i18n import N_, _
from kynangso.rules import civil_status as ht
from kynangso.rules.working_days import parse_day, vn_date, weekday_name
from kynangso.widgets import theme
from kynangso.widgets.check_bar import check_button
from kynangso.widgets.simulator import Simulator

PAPERS, APPOINT, PROCESS, HAND_BACK = (N_("Soát giấy tờ"), N_("Hẹn trả"), N_("Giải quyết"),
                                       N_("Trả kết quả"))  # the actions (names in the log)
START, COMPLETE, RECEIVED, DONE = (N_("Mới nhận, chưa soát giấy tờ"), N_("Hồ sơ đủ giấy tờ, chờ hẹn trả"),
                                   N_("Đã tiếp nhận, đang giải quyết"), N_("Đã trả kết quả"))
_PICK = N_("— chọn —")


class LinkedDossier(Simulator):
    """Take the linked dossier ``case`` from receipt to result, step by step; "Làm lại" starts over."""

    source = ht.SOURCE

    def __init__(self, case: CivilCase) -> None:
        self.case = case
        self.stage = START
        self.done_steps: list[str] = []
        self.appointed: date | None = None
        self.ticks = {paper: w.Checkbox(value=False, description=_(paper), indent=False,
                                        layout=w.Layout(width="auto")) for paper in ht.PAPERS[case.group]}
        self.day_box = w.Text(description=_("Ngày hẹn trả:"), placeholder=_("ngày/tháng/năm"),
                              style={"description_width": "120px"}, layout=w.Layout(width="320px"))
        self.agency_boxes = {step: w.Dropdown(options=[(_(_PICK), _PICK), *((_(a), a) for a in ht.AGENCIES)],
                                              layout=w.Layout(width="360px")) for step in case.chosen}
        self.card = w.HTML()
        self.status = w.HTML()

        def frame(title: str, *parts: w.Widget) -> w.VBox:
            return w.VBox([w.HTML(f"<b>{html.escape(title)}</b>"), *parts],
                          layout=w.Layout(border=f"1px solid {theme.FRAME}", padding=theme.PADDING, margin="4px 0"))

        rows = [w.HBox([w.HTML(f"<div style='width:300px'>{html.escape(_(step))}</div>"), box,
                        check_button(partial(self.process, step), _(PROCESS), icon="cogs")])
                for step, box in self.agency_boxes.items()]
        work: list[w.Widget] = [
            self.card, self.status,
            frame(_("1. Soát giấy tờ: đánh dấu giấy tờ còn thiếu (không thiếu gì thì để trống)"),
                  *self.ticks.values(), check_button(self.check_papers, _(PAPERS), icon="search")),
        ]
        if case.days is not None:
            work.append(frame(_("2. Hẹn trả kết quả cả nhóm thủ tục ({so} ngày làm việc)").format(so=case.days),
                              self.day_box, check_button(self.appoint, _(APPOINT), icon="calendar")))
        work += [frame(_("3. Giải quyết: chọn cơ quan cho từng thủ tục rồi bấm theo đúng thứ tự"), *rows),
                 frame(_("4. Trả kết quả"), check_button(self.hand_back, _(HAND_BACK), icon="check"))]
        super().__init__(_("Hồ sơ liên thông — {xa} (mô phỏng)").format(xa=case.commune),
                         _("Tiếp nhận hồ sơ, hẹn trả, giải quyết từng thủ tục ở đúng cơ quan, theo đúng thứ tự."), work)
        self._refresh()

    @property
    def actions(self) -> dict[str, Callable[..., list[str]]]:
        return {PAPERS: self._papers, APPOINT: self._appoint, PROCESS: self._process, HAND_BACK: self._hand_back}

    @property
    def done(self) -> bool:
        return self.stage == DONE

    # --- what the buttons do ----------------------------------------------------------------------
    def check_papers(self, missing: Iterable[str] | None = None) -> list[str]:
        """Tick exactly ``missing`` (``None`` keeps the ticks) and press Soát giấy tờ."""
        if missing is not None:
            chosen = set(missing)
            for paper, tick in self.ticks.items():
                tick.value = paper in chosen
        return self.act(PAPERS)

    def appoint(self, day: str | date | None = None) -> list[str]:
        """Type the appointment date ``day`` (``None`` keeps the box) and press Hẹn trả."""
        if day is not None:
            self.day_box.value = vn_date(day) if isinstance(day, date) else day
        return self.act(APPOINT)

    def process(self, step: str, agency: str | None = None) -> list[str]:
        """Have ``agency`` (``None`` keeps the choice) do the procedure ``step`` (its Giải quyết button)."""
        if agency is not None and step in self.agency_boxes:
            self.agency_boxes[step].value = agency
        return self.act(PROCESS, step=step)

    def hand_back(self) -> list[str]:
        """Give the result to the declarant (the Trả kết quả button)."""
        return self.act(HAND_BACK)

    # --- the checks -------------------------------------------------------------------------------
    def _papers(self) -> list[str]:
        if self.stage != START:
            return self._refuse([_("Giấy tờ đã soát xong. Hồ sơ đang ở bước: {buoc}.").format(buoc=_(self.stage))])
        ticked = [paper for paper, tick in self.ticks.items() if tick.value]
        problems = ht.paper_problems(self.case.group, self.case.attached, ticked)
        if problems:
            return self._refuse(problems)
        if self.case.missing:
            extra = " " + _("Đã gửi yêu cầu bổ sung giấy tờ.") + (" " + self.case.note if self.case.note else "")
        else:
            extra = " " + _("Hồ sơ đủ giấy tờ.")
        after = COMPLETE if self.case.days is not None else RECEIVED
        return self._move(after, _("Soát đúng.") + extra)

    def _appoint(self) -> list[str]:
        if self.case.days is None:
            return self._refuse([_("Khóa học chưa dạy thời hạn của nhóm thủ tục này: cần xem quyết định công bố "
                                   "thủ tục của UBND tỉnh.")])
        if self.stage != COMPLETE:
            return self._refuse([_("Soát giấy tờ trước: chỉ hẹn trả khi hồ sơ đã đủ.") if self.stage == START else
                                 _("Đã hẹn trả rồi.")])
        day = parse_day(self.day_box.value)
        expected = ht.appointment(self.case.received.date(), self.case.group)
        if day is None or expected is None:
            return self._refuse([_("Ngày hẹn trả cần có dạng ngày/tháng/năm, ví dụ 04/12/2026.")])
        if day != expected:
            lead = (_("Ngày tiếp nhận không tính; đếm đủ {so} ngày làm việc từ hôm sau.") if day < expected
                    else _("Muộn quá: đếm {so} ngày làm việc, bỏ thứ Bảy, Chủ nhật, ngày lễ, không đếm thừa."))
            return self._refuse([lead.format(so=self.case.days)])
        self.appointed = day
        return self._move(RECEIVED, _("Đã hẹn trả {thu} {ngay}. Thông báo hẹn trả được gửi qua Cổng, VNeID và tin "
                                      "nhắn.").format(thu=weekday_name(day), ngay=vn_date(day)))

    def _process(self, step: str) -> list[str]:
        if step not in self.case.chosen:
            return self._refuse([_("Người dân không chọn thủ tục này khi nộp hồ sơ.")])
        if self.stage != RECEIVED:
            return self._refuse([_("Chưa tiếp nhận xong: làm các bước ở trên trước.") if self.stage != DONE
                                 else _("Hồ sơ đã trả kết quả.")])
        problems = [p for p in (ht.agency_problem(step, self.agency_boxes[step].value),
                                ht.order_problem(self.case.group, step, self.done_steps)) if p]
        if problems:
            return self._refuse(problems)
        self.done_steps.append(step)
        left = [s for s in self.case.chosen if s not in self.done_steps]
        then = (_("Còn: {con}.").format(con=", ".join(_(s) for s in left)) if left
                else _("Đã giải quyết đủ các thủ tục: bấm Trả kết quả."))
        return self._move(RECEIVED, _("{co_quan} đã giải quyết «{thu_tuc}».").format(
            co_quan=_(ht.AGENCY[step]), thu_tuc=_(step)) + " " + then)

    def _hand_back(self) -> list[str]:
        left = [s for s in self.case.chosen if s not in self.done_steps]
        if self.stage != RECEIVED or left:
            return self._refuse([_("Chỉ trả kết quả khi mọi thủ tục người dân đã chọn đều giải quyết xong.")])
        return self._move(DONE, _("Đã trả kết quả cho {nguoi}.").format(nguoi=self.case.declarant))

    # --- plumbing ---------------------------------------------------------------------------------
    def _refuse(self, problems: list[str]) -> list[str]:
        self.show_problems(problems)
        return problems

    def _move(self, stage: str, message: str) -> list[str]:
        self.stage = stage
        self._refresh()
        self.show_ok(message + (" " + _("Bạn đã làm xong hồ sơ. Rất tốt!") if self.done else ""))
        return []

    def _reset(self) -> None:
        self.stage, self.done_steps, self.appointed = START, [], None
        for tick in self.ticks.values():
            tick.value = False
        for box in self.agency_boxes.values():
            box.value = _PICK
        self.day_box.value = ""
        self._refresh()

    def _snapshot(self) -> dict[str, Any]:
        return {"stage": self.stage, "done": self.done, "steps": list(self.done_steps),
                "appointed": None if self.appointed is None else self.appointed.isoformat()}

    def _refresh(self) -> None:
        case = self.case
        when = case.received
        attached = "".join(f"<li>{html.escape(_(paper))}</li>" for paper in case.attached)
        chosen = ", ".join(html.escape(_(step)) for step in case.chosen)
        card = _("<b>Hồ sơ {ma}</b> — {nhom}<br>Người được đăng ký: {nguoi} — ngày {su_kien}<br>Người đi khai: {khai} "
                 "(số định danh {so})<br>Nộp qua: {noi}<br>Tiếp nhận: {gio} {thu} {ngay}<br>Thủ tục đã chọn: {chon}"
                 "<br>Giấy tờ đính kèm:<ul>{giay}</ul>").format(
            ma=html.escape(case.code), nhom=html.escape(_(case.group)), nguoi=html.escape(case.person),
            su_kien=vn_date(case.event_day), khai=html.escape(case.declarant), so=case.masked_id,
            noi=html.escape(_(ht.WHERE)), gio=f"{when:%H:%M}", thu=weekday_name(when.date()),
            ngay=vn_date(when.date()), chon=chosen, giay=attached)
        box = f"border:1px solid {theme.CARD};padding:{theme.PADDING};font-size:15px"
        self.card.value = f"<div style='{box}'>{card}</div>"
        label = html.escape(_("Trạng thái:"))
        self.status.value = f"<p style='font-size:15px'>{label} <b>{html.escape(_(self.stage))}</b></p>"


__all__ = ["LinkedDossier"]
