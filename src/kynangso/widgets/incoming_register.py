"""Sổ đăng ký văn bản đến: a small simulation in the spirit of an e-office system (VNPT-iOffice and similar).

The learner registers the documents that arrive, one after another: số đến, ngày đến, độ khẩn and when to
submit it to the leaders. ``register(...)`` does what the "Vào sổ" button does, so lessons and tests can drive
the widget without a browser. It is a teaching model; real screens differ.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date

import ipywidgets as w

from kynangso.rules import van_ban_den_di as vbdd
from kynangso.rules.van_ban_den_di import IncomingLetter, RegisterRow
from kynangso.rules.working_days import parse_day, vn_date, weekday_name

_PICK = "— chọn —"
_STYLE = {"description_width": "150px"}


class IncomingRegister(w.VBox):
    """Register incoming documents one by one; wrong entries are explained and can be retried."""

    def __init__(self, letters: Sequence[IncomingLetter], existing: Sequence[RegisterRow] = (),
                 unit: str = "UBND xã") -> None:
        self.letters = list(letters)
        self.rows: list[RegisterRow] = list(existing)
        self.position = 0
        self.unit = unit
        self.number_box = w.Text(description="Số đến:", placeholder="ví dụ 1246", style=_STYLE,
                                 layout=w.Layout(width="300px"))
        self.day_box = w.Text(description="Ngày đến:", placeholder="ngày/tháng/năm", style=_STYLE,
                              layout=w.Layout(width="300px"))
        self.level_box = w.Dropdown(description="Độ khẩn:", options=[_PICK, *vbdd.ALL_LEVELS], style=_STYLE,
                                    layout=w.Layout(width="360px"))
        self.handover_box = w.Dropdown(description="Trình lãnh đạo:", options=[_PICK, *vbdd.HANDOVER_CHOICES],
                                       style=_STYLE, layout=w.Layout(width="560px"))
        self.button = w.Button(description="Vào sổ", button_style="primary", icon="book",
                               layout=w.Layout(width="160px", height="40px"))
        self.card = w.HTML()
        self.table = w.HTML()
        self.result = w.HTML()
        self.button.on_click(lambda _button: self.register())
        super().__init__([w.HTML(f"<h4>Sổ đăng ký văn bản đến — {html.escape(unit)} (mô phỏng)</h4>"),
                          self.table, self.card, self.number_box, self.day_box, self.level_box,
                          self.handover_box, self.button, self.result],
                         layout=w.Layout(padding="8px"))
        self._refresh()

    @property
    def current(self) -> IncomingLetter | None:
        return self.letters[self.position] if self.position < len(self.letters) else None

    @property
    def done(self) -> bool:
        return self.current is None

    def expected_number(self) -> int:
        letter = self.current
        if letter is None:
            raise ValueError("Không còn văn bản nào chờ vào sổ.")
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
        letter = self.current
        if letter is None:
            self._show("✅ Đã vào sổ hết các văn bản. Rất tốt!", ok=True)
            return []
        typed = self.number_box.value.strip()
        number_value = int(typed) if typed.isdigit() else None
        problems = vbdd.register_problems(
            number=number_value, day=parse_day(self.day_box.value), level=self.level_box.value,
            handover=self.handover_box.value, expected_number=self.expected_number(),
            received=letter.received.date(), expected_level=letter.level,
        )
        if problems:
            items = "".join(f"<li>{html.escape(p)}</li>" for p in problems)
            self._show(f"❌ Chưa vào sổ được:<ul>{items}</ul><i>Quy định: {vbdd.SOURCE}.</i> "
                       "Sửa rồi bấm <b>Vào sổ</b> lần nữa.", ok=False)
            return problems
        assert number_value is not None
        self.rows.append(RegisterRow(number_value, letter.received.date(), letter.number_symbol,
                                     letter.issuer, letter.summary, letter.level))
        self.position += 1
        for box in (self.number_box, self.day_box):
            box.value = ""
        self.level_box.value = _PICK
        self.handover_box.value = _PICK
        self._refresh()
        more = "Mời bạn vào sổ văn bản tiếp theo." if not self.done else "Bạn đã vào sổ hết các văn bản."
        self._show(f"✅ Đã vào sổ số đến {number_value}. {more}", ok=True)
        return []

    def _show(self, message: str, ok: bool) -> None:
        colour = "#166534" if ok else "#9a3412"
        self.result.value = f"<div style='font-size:16px;color:{colour}'>{message}</div>"

    def _refresh(self) -> None:
        titles = ("Số đến", "Ngày đến", "Số, ký hiệu", "Cơ quan ban hành", "Trích yếu", "Độ khẩn")
        head = "".join(f"<th style='padding:2px 8px'>{h}</th>" for h in titles)
        body = "".join(
            "<tr>" + "".join(f"<td style='padding:2px 8px'>{html.escape(str(v))}</td>" for v in (
                r.number, vn_date(r.day), r.number_symbol, r.issuer, r.summary, r.level)) + "</tr>"
            for r in self.rows[-6:]
        )
        self.table.value = (f"<table style='border-collapse:collapse;font-size:14px'><tr>{head}</tr>"
                            f"{body}</table>")
        letter = self.current
        if letter is None:
            self.card.value = "<p><b>Không còn văn bản chờ vào sổ.</b></p>"
            return
        stamp = (f"<span style='color:#b91c1c;font-weight:bold'>{letter.level.upper()}</span>"
                 if vbdd.is_urgent(letter.level) else "không có dấu độ khẩn")
        got = letter.received.date()
        when = f"{letter.received:%H:%M} {weekday_name(got)} {vn_date(got)}"
        self.card.value = (
            "<div style='border:1px solid #94a3b8;padding:8px;font-size:15px'>"
            f"📨 <b>Văn bản vừa nhận</b> ({self.position + 1}/{len(self.letters)})<br>"
            f"Số, ký hiệu: <b>{html.escape(letter.number_symbol)}</b> — {html.escape(letter.issuer)}<br>"
            f"Trích yếu: {html.escape(letter.summary)}<br>Độ khẩn: {stamp}<br>Nhận lúc: {when}</div>"
        )


__all__ = ["IncomingLetter", "IncomingRegister", "RegisterRow"]
