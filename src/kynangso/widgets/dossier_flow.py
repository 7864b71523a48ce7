"""Theo dõi trạng thái hồ sơ: events happen to a dossier; the learner moves it to the right next status."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import ipywidgets as w

from kynangso.i18n import N_, _
from kynangso.rules import public_services as dvc
from kynangso.widgets.check_bar import check_button
from kynangso.widgets.simulator import Simulator

_PICK = N_("— chọn —")
MOVE = N_("Chuyển trạng thái")  # the action (its name in the log)


@dataclass(frozen=True)
class Event:
    """Something that happens to the dossier, and the status it should then have."""

    text: str
    status: str
    hint: str = ""


class DossierFlow(Simulator):
    """A dossier that starts at ``start``; for each event the learner picks the new status.

    ``advance(status)`` does what the "Chuyển trạng thái" button does and returns the problems (empty = right;
    the dossier then moves on and the next event is shown). Wrong picks can be retried.
    """

    def __init__(self, events: Sequence[Event], start: str = dvc.WAITING, title: str | None = None) -> None:
        previous = start
        for number, event in enumerate(events, start=1):
            problem = dvc.transition_problem(previous, event.status)
            if problem:  # the learner could never get past this event
                raise ValueError(_("Việc {so} ('{viec}') không làm được: {ly_do}").format(
                    so=number, viec=event.text, ly_do=problem))
            previous = event.status
        self.events = list(events)
        self.start = start
        self.history = [start]
        self.position = 0
        self.dossier = _("Hồ sơ") if title is None else title
        options = [(_(_PICK), _PICK), *((status, status) for status in dvc.STATUSES)]
        self.picker = w.Dropdown(description=_("Trạng thái mới:"), options=options,
                                 style={"description_width": "130px"}, layout=w.Layout(width="420px"))
        self.button = check_button(self.advance, _(MOVE), icon="arrow-right", width="200px")
        self.board = w.HTML()
        super().__init__(_("Theo dõi trạng thái hồ sơ (mô phỏng)"),
                         _("Với mỗi việc xảy ra, chọn trạng thái mới của hồ sơ."), [self.board, self.picker],
                         buttons=[self.button])
        self._refresh()

    @property
    def actions(self) -> dict[str, Callable[..., list[str]]]:
        return {MOVE: self._advance}

    @property
    def status(self) -> str:
        return self.history[-1]

    @property
    def done(self) -> bool:
        return self.position >= len(self.events)

    def advance(self, status: str | None = None) -> list[str]:
        """Move the dossier to ``status`` (or the one picked) if that is right for the current event."""
        if status is not None:
            self.picker.value = status
        return self.act(MOVE)

    def _advance(self) -> list[str]:
        if self.done:
            self.show_ok(_("Hồ sơ đã đi hết các bước."))
            return []
        chosen = self.picker.value
        event = self.events[self.position]
        problems: list[str] = []
        if chosen == _PICK:
            problems.append(_("Bạn chưa chọn trạng thái mới."))
        else:
            problem = dvc.transition_problem(self.status, chosen)
            if problem:
                problems.append(problem)
            elif chosen != event.status:
                problems.append(_("Trạng thái này có thể xảy ra, nhưng chưa đúng với việc vừa xảy ra. {goi_y}").format(
                    goi_y=event.hint or _("Đọc lại tình huống.")))
        if problems:
            self.show_problems(problems, then=_("Chọn lại rồi bấm nút lần nữa."))
            return problems
        self.history.append(chosen)
        self.position += 1
        paper = dvc.PAPERS.get(chosen)
        self.picker.value = _PICK
        self._refresh()
        right = _("Đúng: hồ sơ chuyển sang '{trang_thai}'.").format(trang_thai=chosen)
        self.show_ok(right + (" " + _("Giấy tờ kèm theo: {giay}.").format(giay=_(paper)) if paper else ""))
        return []

    def _reset(self) -> None:
        self.history = [self.start]
        self.position = 0
        self.picker.value = _PICK
        self._refresh()

    def _snapshot(self) -> dict[str, Any]:
        return {"statuses": list(self.history), "position": self.position, "done": self.done}

    def _refresh(self) -> None:
        path = " → ".join(f"<b>{html.escape(s)}</b>" for s in self.history)
        if self.done:
            event = "<i>{}</i>".format(_("Không còn việc gì xảy ra: hồ sơ đã xong."))
        else:
            step = f"({self.position + 1}/{len(self.events)})"
            event = "📌 " + _("Việc vừa xảy ra {buoc}: {viec}").format(
                buoc=step, viec=html.escape(self.events[self.position].text))
        route = _("Đường đi của hồ sơ: {duong}").format(duong=path)
        self.board.value = (f"<div style='font-size:15px'><b>{html.escape(self.dossier)}</b><br>"
                            f"{route}<br>{event}</div>")


__all__ = ["DossierFlow", "Event"]
