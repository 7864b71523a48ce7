"""Sổ đăng ký văn bản đến: a small simulation in the spirit of an e-office system (VNPT-iOffice and similar).

The learner registers the documents that arrive, one after another: số đến, ngày đến, độ khẩn and when to
submit it to the leaders. When a document carries the leader's direction (``IncomingLetter.assignee``), the
learner then routes it (chuyển xử lý): to the unit in charge, with the deadline (hạn xử lý) counted in working
days. ``register(...)`` and ``route(...)`` do what the "Vào sổ" and "Chuyển xử lý" buttons do, so lessons and
tests can drive the widget without a browser. It is a teaching model; real screens differ.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import ipywidgets as w

from kynangso.i18n import N_, _
from kynangso.rules import document_register as vbdd
from kynangso.rules.document_register import IncomingLetter, RegisterRow
from kynangso.rules.working_days import parse_day, vn_date, weekday_name
from kynangso.widgets import theme
from kynangso.widgets.check_bar import check_button
from kynangso.widgets.simulator import Simulator

_PICK = N_("— chọn —")
REGISTER, ROUTE = N_("Vào sổ"), N_("Chuyển xử lý")  # the actions (their names in the log)
COMMUNE = "UBND xã"  # nội dung: the issuer's name as written on documents
_STYLE = {"description_width": "150px"}


def _options(values: Sequence[str], translated: bool = False) -> list[tuple[str, str]]:
    """Dropdown choices: "— chọn —" in the learner's language first, then the values (labels translated if asked)."""
    return [(_(_PICK), _PICK), *((_(value) if translated else value, value) for value in values)]


class IncomingRegister(Simulator):
    """Register incoming documents one by one (and route them when the leader has directed); retry freely."""

    source = vbdd.SOURCE

    def __init__(self, letters: Sequence[IncomingLetter], existing: Sequence[RegisterRow] = (),
                 unit: str = COMMUNE) -> None:
        self.letters = list(letters)
        self._existing = list(existing)
        self.rows: list[RegisterRow] = list(existing)
        self.routes: dict[int, tuple[str, date]] = {}
        self.position = 0
        self.awaiting_route = False
        self.unit = unit
        self.number_box = w.Text(description=_("Số đến:"), placeholder=_("ví dụ 1246"), style=_STYLE,
                                 layout=w.Layout(width="300px"))
        self.day_box = w.Text(description=_("Ngày đến:"), placeholder=_("ngày/tháng/năm"), style=_STYLE,
                              layout=w.Layout(width="300px"))
        self.level_box = w.Dropdown(description=_("Độ khẩn:"), options=_options(vbdd.ALL_LEVELS), style=_STYLE,
                                    layout=w.Layout(width="360px"))
        self.handover_box = w.Dropdown(description=_("Trình lãnh đạo:"),
                                       options=_options(vbdd.HANDOVER_CHOICES, translated=True), style=_STYLE,
                                       layout=w.Layout(width="560px"))
        self.button = check_button(self.register, _(REGISTER), icon="book")
        self.route_box = w.Dropdown(description=_("Chuyển cho:"), options=_options(vbdd.UNITS), style=_STYLE,
                                    layout=w.Layout(width="460px"))
        self.deadline_box = w.Text(description=_("Hạn xử lý:"), placeholder=_("ngày/tháng/năm"), style=_STYLE,
                                   layout=w.Layout(width="300px"))
        self.route_button = check_button(self.route, _(ROUTE), icon="share")
        routing = w.VBox([self.route_box, self.deadline_box, self.route_button])
        if not any(letter.assignee for letter in self.letters):
            routing.layout.display = "none"
        self.card = w.HTML()
        self.table = w.HTML()
        super().__init__(_("Sổ đăng ký văn bản đến — {don_vi} (mô phỏng)").format(don_vi=unit),
                         _("Vào sổ từng văn bản vừa nhận; văn bản đã có ý kiến chỉ đạo thì chuyển xử lý."),
                         [self.table, self.card, self.number_box, self.day_box, self.level_box,
                          self.handover_box, self.button, routing])
        self._refresh()

    @property
    def actions(self) -> dict[str, Callable[..., list[str]]]:
        return {REGISTER: self._register, ROUTE: self._route}

    @property
    def current(self) -> IncomingLetter | None:
        return self.letters[self.position] if self.position < len(self.letters) else None

    @property
    def done(self) -> bool:
        return self.current is None

    def expected_number(self) -> int:
        letter = self.current
        if letter is None:
            raise ValueError(_("Không còn văn bản nào chờ vào sổ."))
        if self.awaiting_route:
            return self.rows[-1].number
        last = self.rows[-1] if self.rows else None
        return vbdd.next_number(last.number if last else None, last.day if last else None,
                                letter.received.date())

    def fill(self, number: int | str | None = None, day: str | date | None = None, level: str | None = None,
             handover: str | None = None) -> None:
        """Type into the form, as a learner would (``None`` leaves a field as it is)."""
        if number is not None:
            self.number_box.value = str(number)
        if day is not None:
            self.day_box.value = vn_date(day) if isinstance(day, date) else day
        if level is not None:
            self.level_box.value = level
        if handover is not None:
            self.handover_box.value = handover

    def register(self, number: int | str | None = None, day: str | date | None = None,
                 level: str | None = None, handover: str | None = None) -> list[str]:
        """Check the form (after filling any values given) and, when right, write the row into the register.

        Returns the problems found, in Vietnamese; an empty list means the document was registered.
        """
        self.fill(number, day, level, handover)
        return self.act(REGISTER)

    def route(self, to: str | None = None, deadline: str | date | None = None) -> list[str]:
        """Route the document just registered to ``to`` with hạn xử lý ``deadline`` (the "Chuyển xử lý" button).

        Returns the problems found; an empty list means it was routed and the next document is shown.
        """
        if to is not None:
            self.route_box.value = to
        if deadline is not None:
            self.deadline_box.value = vn_date(deadline) if isinstance(deadline, date) else deadline
        return self.act(ROUTE)

    def _register(self) -> list[str]:
        letter = self.current
        if letter is None:
            self.show_ok(_("Đã vào sổ hết các văn bản. Rất tốt!"))
            return []
        if self.awaiting_route:
            problems = [_("Văn bản vừa vào sổ đã có ý kiến chỉ đạo: hãy chuyển xử lý trước (chọn nơi chuyển "
                          "và hạn xử lý, rồi bấm Chuyển xử lý).")]
            self.show_problems(problems, lead=_("Chưa vào sổ văn bản mới được:"), then="")
            return problems
        typed = self.number_box.value.strip()
        number_value = int(typed) if typed.isdigit() else None
        problems = vbdd.register_problems(
            number=number_value, day=parse_day(self.day_box.value), level=self.level_box.value,
            handover=self.handover_box.value, expected_number=self.expected_number(),
            received=letter.received.date(), expected_level=letter.level,
        )
        if problems:
            self.show_problems(problems, lead=_("Chưa vào sổ được:"), then=_("Sửa rồi bấm Vào sổ lần nữa."))
            return problems
        assert number_value is not None
        self.rows.append(RegisterRow(number_value, letter.received.date(), letter.number_symbol,
                                     letter.issuer, letter.summary, letter.level))
        for box in (self.number_box, self.day_box):
            box.value = ""
        self.level_box.value = _PICK
        self.handover_box.value = _PICK
        if letter.assignee:
            self.awaiting_route = True
            self._refresh()
            self.show_ok(_("Đã vào sổ số đến {so}. Lãnh đạo đã cho ý kiến chỉ đạo: mời bạn chuyển xử lý.").format(
                so=number_value))
            return []
        self._next()
        more = _("Mời bạn vào sổ văn bản tiếp theo.") if not self.done else _("Bạn đã vào sổ hết các văn bản.")
        self.show_ok(_("Đã vào sổ số đến {so}. {tiep}").format(so=number_value, tiep=more))
        return []

    def _route(self) -> list[str]:
        letter = self.current
        if letter is None or not self.awaiting_route:
            problems = [_("Chưa có văn bản nào chờ chuyển xử lý: hãy vào sổ văn bản trước.")]
            self.show_problems(problems, lead=_("Chưa chuyển được:"), then="")
            return problems
        deadline = parse_day(self.deadline_box.value)
        problems = vbdd.route_problems(to=self.route_box.value, deadline=deadline, expected_to=letter.assignee,
                                       received=letter.received.date(), working_days=letter.working_days)
        if problems:
            self.show_problems(problems, lead=_("Chưa chuyển được:"), then=_("Sửa rồi bấm Chuyển xử lý lần nữa."))
            return problems
        assert deadline is not None
        number = self.rows[-1].number
        self.routes[number] = (self.route_box.value, deadline)
        self.route_box.value = _PICK
        self.deadline_box.value = ""
        self.awaiting_route = False
        self._next()
        more = _("Mời bạn vào sổ văn bản tiếp theo.") if not self.done else \
            _("Bạn đã vào sổ và chuyển hết các văn bản.")
        self.show_ok(_("Đã chuyển văn bản số đến {so}, hạn xử lý {han}. {tiep}").format(
            so=number, han=vn_date(deadline), tiep=more))
        return []

    def _next(self) -> None:
        self.position += 1
        self._refresh()

    def _reset(self) -> None:
        self.rows = list(self._existing)
        self.routes.clear()
        self.position = 0
        self.awaiting_route = False
        self.fill("", "", _PICK, _PICK)
        self.route_box.value = _PICK
        self.deadline_box.value = ""
        self._refresh()

    def _snapshot(self) -> dict[str, Any]:
        return {
            "rows": [{"number": r.number, "day": r.day.isoformat(), "number_symbol": r.number_symbol,
                      "level": r.level} for r in self.rows[len(self._existing):]],
            "routes": {str(n): {"to": to, "deadline": d.isoformat()} for n, (to, d) in self.routes.items()},
            "position": self.position, "awaiting_route": self.awaiting_route, "done": self.done,
        }

    def _refresh(self) -> None:
        routing = any(letter.assignee for letter in self.letters)
        titles = (N_("Số đến"), N_("Ngày đến"), N_("Số, ký hiệu"), N_("Cơ quan ban hành"), N_("Trích yếu"),
                  N_("Độ khẩn"), *((N_("Chuyển cho"), N_("Hạn xử lý")) if routing else ()))
        head = "".join(f"<th style='padding:2px 8px'>{html.escape(_(h))}</th>" for h in titles)

        def cells(r: RegisterRow) -> tuple[object, ...]:
            base = (r.number, vn_date(r.day), r.number_symbol, r.issuer, r.summary, r.level)
            if not routing:
                return base
            to, deadline = self.routes.get(r.number, ("", None))
            return (*base, to, vn_date(deadline) if deadline else "")

        body = "".join("<tr>" + "".join(f"<td style='padding:2px 8px'>{html.escape(str(v))}</td>"
                                        for v in cells(r)) + "</tr>" for r in self.rows[-6:])
        self.table.value = (f"<table style='border-collapse:collapse;font-size:14px'><tr>{head}</tr>"
                            f"{body}</table>")
        letter = self.current
        if letter is None:
            self.card.value = "<p><b>{}</b></p>".format(_("Không còn văn bản chờ vào sổ."))
            return
        stamp = (f"<span style='color:{theme.URGENT};font-weight:bold'>{letter.level.upper()}</span>"
                 if vbdd.is_urgent(letter.level) else _("không có dấu độ khẩn"))
        got = letter.received.date()
        when = f"{letter.received:%H:%M} {weekday_name(got)} {vn_date(got)}"
        direction = "<br>📝 " + _("<b>Ý kiến chỉ đạo:</b> {y_kien}").format(y_kien=html.escape(letter.direction)) \
            if self.awaiting_route else ""
        card = _("<b>Văn bản vừa nhận</b> ({thu_tu}/{tong})<br>Số, ký hiệu: <b>{so_ky_hieu}</b> — {co_quan}<br>"
                 "Trích yếu: {trich_yeu}<br>Độ khẩn: {do_khan}<br>Nhận lúc: {luc}").format(
            thu_tu=self.position + 1, tong=len(self.letters), so_ky_hieu=html.escape(letter.number_symbol),
            co_quan=html.escape(letter.issuer), trich_yeu=html.escape(letter.summary), do_khan=stamp, luc=when)
        self.card.value = (f"<div style='border:1px solid {theme.CARD};padding:{theme.PADDING};font-size:15px'>"
                           f"📨 {card}{direction}</div>")


__all__ = ["IncomingLetter", "IncomingRegister", "RegisterRow"]
