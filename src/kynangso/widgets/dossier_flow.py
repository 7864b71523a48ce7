"""Theo dõi trạng thái hồ sơ: events happen to a dossier; the learner moves it to the right next status."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

import ipywidgets as w

from kynangso.rules import dich_vu_cong as dvc

_PICK = "— chọn —"


@dataclass(frozen=True)
class Event:
    """Something that happens to the dossier, and the status it should then have."""

    text: str
    status: str
    hint: str = ""


class DossierFlow(w.VBox):
    """A dossier that starts at ``start``; for each event the learner picks the new status.

    ``advance(status)`` does what the "Chuyển trạng thái" button does and returns the problems (empty = right;
    the dossier then moves on and the next event is shown). Wrong picks can be retried.
    """

    def __init__(self, events: Sequence[Event], start: str = dvc.WAITING, title: str = "Hồ sơ") -> None:
        previous = start
        for number, event in enumerate(events, start=1):
            problem = dvc.transition_problem(previous, event.status)
            if problem:  # the learner could never get past this event
                raise ValueError(f"Việc {number} ('{event.text}') không làm được: {problem}")
            previous = event.status
        self.events = list(events)
        self.history = [start]
        self.position = 0
        self.title = title
        self.picker = w.Dropdown(description="Trạng thái mới:", options=[_PICK, *dvc.STATUSES],
                                 style={"description_width": "130px"}, layout=w.Layout(width="420px"))
        self.button = w.Button(description="Chuyển trạng thái", button_style="primary", icon="arrow-right",
                               layout=w.Layout(width="200px", height="40px"))
        self.board = w.HTML()
        self.result = w.HTML()
        self.button.on_click(lambda _button: self.advance())
        super().__init__([self.board, self.picker, self.button, self.result],
                         layout=w.Layout(padding="8px"))
        self._refresh()

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
        if self.done:
            self._show("✅ Hồ sơ đã đi hết các bước.", ok=True)
            return []
        chosen = self.picker.value
        event = self.events[self.position]
        problems: list[str] = []
        if chosen == _PICK:
            problems.append("Bạn chưa chọn trạng thái mới.")
        else:
            problem = dvc.transition_problem(self.status, chosen)
            if problem:
                problems.append(problem)
            elif chosen != event.status:
                problems.append("Trạng thái này có thể xảy ra, nhưng chưa đúng với việc vừa xảy ra. "
                                + (event.hint or "Đọc lại tình huống."))
        if problems:
            items = "".join(f"<li>{html.escape(p)}</li>" for p in problems)
            self._show(f"❌ Chưa đúng:<ul>{items}</ul>Chọn lại rồi bấm nút lần nữa.", ok=False)
            return problems
        self.history.append(chosen)
        self.position += 1
        paper = dvc.PAPERS.get(chosen)
        self.picker.value = _PICK
        self._refresh()
        note = f" Giấy tờ kèm theo: {paper}." if paper else ""
        self._show(f"✅ Đúng: hồ sơ chuyển sang '{chosen}'.{html.escape(note)}", ok=True)
        return []

    def _show(self, message: str, ok: bool) -> None:
        colour = "#166534" if ok else "#9a3412"
        self.result.value = f"<div style='font-size:16px;color:{colour}'>{message}</div>"

    def _refresh(self) -> None:
        path = " → ".join(f"<b>{html.escape(s)}</b>" for s in self.history)
        if self.done:
            event = "<i>Không còn việc gì xảy ra: hồ sơ đã xong.</i>"
        else:
            step = f"({self.position + 1}/{len(self.events)})"
            event = f"📌 Việc vừa xảy ra {step}: {html.escape(self.events[self.position].text)}"
        self.board.value = (f"<div style='font-size:15px'><b>{html.escape(self.title)}</b><br>"
                            f"Đường đi của hồ sơ: {path}<br>{event}</div>")


__all__ = ["DossierFlow", "Event"]
