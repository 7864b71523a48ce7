"""Base of the e-government simulators: one frame, one way to act, one way to tell the learner what happened.

A simulator has a title, a scenario (what the learner is asked to do), a work area (the form of the tool being
imitated), an action log ("Nhật ký thao tác"), a feedback area in Vietnamese and a "Làm lại" button. Every
action a learner can take is a method of the subclass, registered in ``actions`` under a Vietnamese label;
``act(name, **values)`` runs it exactly as the button does, records it in the log and shows the feedback, so
lessons and tests drive a simulator without a browser. ``state`` is a plain snapshot (dict) for tests and for
saving what the learner did.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import ipywidgets as w

from kynangso.i18n import _
from kynangso.widgets import theme
from kynangso.widgets.check_bar import right_box, wrong_box


@dataclass(frozen=True)
class LogEntry:
    """One action the learner took and whether it was accepted."""

    action: str
    ok: bool
    problems: tuple[str, ...] = ()


class Simulator(w.VBox):
    """Frame shared by the simulators. Subclasses build ``work`` and implement ``_reset`` and ``_snapshot``.

    An action method returns the problems found (Vietnamese sentences; empty = accepted) and is wrapped by
    ``act`` so that every action is logged the same way. Feedback comes from ``show_ok`` / ``show_problems``.
    """

    source = ""  # the regulation quoted under a list of problems

    def __init__(self, title: str, scenario: str, work: Sequence[w.Widget], *, buttons: Sequence[w.Button] = (),
                 show_log: bool = True) -> None:
        self.title = title
        self.journal: list[LogEntry] = []
        self.scenario = w.HTML(scenario)
        self.result = w.HTML()
        self.log_view = w.HTML()
        self.reset_button = w.Button(description=_("Làm lại"), icon="undo",
                                     layout=w.Layout(width="120px", height=theme.BUTTON_HEIGHT))
        self.reset_button.on_click(lambda _button: self.reset())
        self._show_log = show_log
        heading = w.HTML(f"<h4 style='margin:4px 0'>{html.escape(title)}</h4>")
        controls = w.HBox([*buttons, self.reset_button])
        parts: list[w.Widget] = [heading, self.scenario, *work, controls, self.result]
        if show_log:
            parts.append(self.log_view)
        super().__init__(parts, layout=w.Layout(padding=theme.PADDING))

    @property
    def actions(self) -> dict[str, Callable[..., list[str]]]:
        """The actions a learner can take, by name: the Vietnamese keys `act` takes (marked N_; the log translates)."""
        return {}

    def act(self, name: str, **values: Any) -> list[str]:
        """Run the action ``name`` with ``values``, as its button does; log it and return the problems."""
        try:
            action = self.actions[name]
        except KeyError:
            known = ", ".join(self.actions)
            raise ValueError(_("Mô phỏng này không có thao tác '{ten}' (có: {co}).").format(ten=name, co=known)) \
                from None
        problems = action(**values)
        self.journal.append(LogEntry(name, not problems, tuple(problems)))
        self._refresh_log()
        return problems

    def reset(self) -> None:
        """Start again from the beginning (the "Làm lại" button)."""
        self._reset()
        self.journal.clear()
        self.result.value = ""
        self._refresh_log()

    @property
    def state(self) -> dict[str, Any]:
        """A snapshot of the simulation: the subclass's own state plus the action log."""
        return {"title": self.title, **self._snapshot(),
                "log": [{"action": e.action, "ok": e.ok, "problems": list(e.problems)} for e in self.journal]}

    def show_ok(self, message: str) -> None:
        """Show a success message (plain text; it is escaped)."""
        self.result.value = right_box(html.escape(message, quote=False))

    def show_problems(self, problems: Sequence[str], lead: str | None = None, then: str | None = None) -> None:
        """Show what is wrong as a list, with the regulation and what to do next (texts already translated)."""
        lead = _("Chưa đúng:") if lead is None else lead
        then = _("Sửa rồi bấm lại, bao nhiêu lần cũng được.") if then is None else then
        source = _("Quy định: {nguon}.").format(nguon=self.source) if self.source else ""
        self.result.value = wrong_box(html.escape(lead, quote=False), problems, note=source, then=then)

    def _refresh_log(self) -> None:
        if not self._show_log or not self.journal:
            self.log_view.value = ""
            return
        lines = "".join(
            f"<li>{'✅' if e.ok else '❌'} {html.escape(_(e.action))}"
            + ("" if e.ok else " — " + _("{so} lỗi").format(so=len(e.problems))) + "</li>"
            for e in self.journal[-8:]
        )
        summary = html.escape(_("Nhật ký thao tác ({so})").format(so=len(self.journal)))
        self.log_view.value = f"<details style='font-size:14px'><summary>{summary}</summary><ol>{lines}</ol></details>"

    def _reset(self) -> None:
        raise NotImplementedError

    def _snapshot(self) -> dict[str, Any]:
        raise NotImplementedError


__all__ = ["LogEntry", "Simulator"]
