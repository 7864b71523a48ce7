"""Cây xử lý sự cố (mất sóng, mất điện, phần mềm báo lỗi): answer one question at a time until an action."""

from __future__ import annotations

import html
from collections.abc import Mapping

import ipywidgets as w

from kynangso.i18n import _
from kynangso.rules.weak_link import TROUBLESHOOTING, Node
from kynangso.widgets import theme
from kynangso.widgets.check_bar import right_box, wrong_box


class TroubleshootTree(w.VBox):
    """Walk a decision tree by clicking answers. ``choose(answer)`` does what clicking that answer does.

    With a ``situation`` and its ``expected`` leaf, reaching a leaf also says whether it fits the situation
    (retry with "Làm lại"); ``reached`` is the id of the current node.
    """

    def __init__(
        self,
        situation: str = "",
        expected: str | None = None,
        tree: Mapping[str, Node] = TROUBLESHOOTING,
        start: str = "goc",
    ) -> None:
        self.tree = dict(tree)
        self.start = start
        self.situation = situation
        self.expected = expected
        self.reached = start
        self.path: list[str] = []
        label = _("Tình huống:")
        self.task = w.HTML(f"<b>{label}</b> {html.escape(situation)}" if situation else "")
        self.trail = w.HTML()
        self.question = w.HTML()
        self.answers = w.VBox()
        self.again = w.Button(description=_("Làm lại"), icon="refresh", layout=w.Layout(width=theme.BUTTON_WIDTH))
        self.again.on_click(lambda _button: self.reset())
        self.result = w.HTML()
        super().__init__(
            [self.task, self.trail, self.question, self.answers, self.result, self.again],
            layout=w.Layout(padding=theme.PADDING),
        )
        self.reset()

    @property
    def node(self) -> Node:
        return self.tree[self.reached]

    @property
    def action(self) -> str:
        """What to do, once a leaf is reached (empty before that), in the language of messages."""
        return _(self.node.action) if self.node.action else ""

    def reset(self) -> None:
        """Go back to the first question."""
        self.reached = self.start
        self.path = []
        self._show()

    def choose(self, answer: str) -> str:
        """Click the answer called ``answer`` (as in the tree or as shown); return the id of the node reached."""
        options = dict(self.node.options)
        answer = next((label for label in options if answer == _(label)), answer)
        if answer not in options:
            raise ValueError(_("Câu trả lời không có ở bước này: {tra_loi}. Có: {cac_lua_chon}").format(
                tra_loi=repr(answer), cac_lua_chon=list(options)))
        self.path.append(answer)
        self.reached = options[answer]
        self._show()
        return self.reached

    def _button(self, label: str) -> w.Button:
        shown = _(label)
        button = w.Button(description=shown, layout=w.Layout(width="420px", height="38px"), tooltip=shown)
        button.on_click(lambda _button: self.choose(label))
        return button

    def _show(self) -> None:
        steps = " → ".join(html.escape(_(p)) for p in self.path)
        chosen = _("Đã chọn: {cac_buoc}").format(cac_buoc=steps)
        self.trail.value = f"<span style='color:{theme.MUTED}'>{chosen}</span>" if steps else ""
        node = self.node
        if node.action:
            todo = _("Việc cần làm:")
            self.question.value = (
                f"<div style='font-size:{theme.FEEDBACK_SIZE};border-left:4px solid {theme.ACCENT};"
                f"padding-left:{theme.PADDING}'>"
                f"<b>{todo}</b> {html.escape(self.action)}</div>"
            )
            self.answers.children = ()
            self.result.value = self._verdict()
        else:
            self.question.value = (f"<div style='font-size:{theme.FEEDBACK_SIZE}'>"
                                   f"<b>{html.escape(_(node.question))}</b></div>")
            self.answers.children = tuple(self._button(label) for label, _next in node.options)
            self.result.value = ""

    def _verdict(self) -> str:
        if self.expected is None:
            return ""
        if self.reached == self.expected:
            return right_box(_("Đúng hướng xử lý cho tình huống này."))
        return wrong_box(_("Chưa khớp với tình huống. Đọc lại tình huống, trả lời từng câu hỏi theo đúng điều đang "
                           "xảy ra, rồi bấm <b>Làm lại</b>."), then="")

    @property
    def correct(self) -> bool | None:
        """``True``/``False`` once a leaf is reached in a situation with an expected leaf, else ``None``."""
        if self.expected is None or not self.action:
            return None
        return self.reached == self.expected


__all__ = ["TroubleshootTree"]
