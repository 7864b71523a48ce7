"""Simulator: the frame every simulator shares (actions, log, feedback, reset, state)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as w
import pytest

from kynangso.widgets.simulator import Simulator


class Counter(Simulator):
    """Smallest simulator: type a number; it is accepted when it is the next one."""

    source = "Quy tắc đếm"

    def __init__(self) -> None:
        self.count = 0
        self.box = w.Text(description="Số tiếp theo:")
        super().__init__("Đếm <thử>", "Gõ số tiếp theo.", [self.box])

    @property
    def actions(self) -> dict[str, Callable[..., list[str]]]:
        return {"Đếm": self._count}

    def _count(self, value: str = "") -> list[str]:
        if value != str(self.count + 1):
            self.show_problems([f"Số tiếp theo không phải <{value}>."])
            return ["sai"]
        self.count += 1
        self.show_ok(f"Đúng: {value}.")
        return []

    def _reset(self) -> None:
        self.count = 0

    def _snapshot(self) -> dict[str, Any]:
        return {"count": self.count}


def test_actions_are_logged_and_shown_in_the_state() -> None:
    sim = Counter()
    assert sim.act("Đếm", value="2") == ["sai"]
    assert sim.act("Đếm", value="1") == []
    assert sim.state == {"title": "Đếm <thử>", "count": 1, "log": [
        {"action": "Đếm", "ok": False, "problems": ["sai"]}, {"action": "Đếm", "ok": True, "problems": []}]}
    assert "Nhật ký thao tác (2)" in sim.log_view.value


def test_feedback_is_escaped_and_quotes_the_rule() -> None:
    sim = Counter()
    sim.act("Đếm", value="<b>9</b>")
    assert "&lt;b&gt;9&lt;/b&gt;" in sim.result.value and "<b>9</b>" not in sim.result.value
    assert "❌" in sim.result.value and "Quy định: Quy tắc đếm." in sim.result.value
    assert "&lt;thử&gt;" in sim.children[0].value  # the title too


def test_unknown_action_is_named_in_vietnamese() -> None:
    with pytest.raises(ValueError, match="không có thao tác 'Xóa' \\(có: Đếm\\)"):
        Counter().act("Xóa")


def test_reset_button_clears_log_feedback_and_state() -> None:
    sim = Counter()
    sim.act("Đếm", value="1")
    sim.reset_button.click()
    assert sim.count == 0 and sim.journal == [] and sim.result.value == "" and sim.log_view.value == ""

