"""The base of the question widgets: prompt, answer controls, a "Kiểm tra" button and a feedback area.

Two modes, decided by whether an answer key is given:

* practice (lessons, ``key=...``): Kiểm tra says right or wrong; a wrong answer gets the rule and a hint;
* graded (assignments, no key in the notebook): every change is kept at once inside the notebook (through
  the kit's JupyterLab extension; elsewhere in the answers file beside it, see :mod:`kynangso.learner.answers`) and
  Kiểm tra runs only the visible checks (answered, right form) and says the answer is saved. The key lives in
  the hidden tests of the source notebook only.

Subclasses build the controls and say how to read (``value``) and set (``_show``) an answer; the public
methods ``answer(value)`` (what picking/typing does) and ``check()`` (what the button does) are here.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import ipywidgets as w

from kynangso.i18n import _
from kynangso.learner import answers
from kynangso.widgets import theme
from kynangso.widgets.check_bar import check_button, right_box, wrong_box

_CSS = f"""<style>
.kns-question {{font-size:{theme.QUESTION_SIZE}; max-width:900px}}
.kns-question label, .kns-question select, .kns-question input, .kns-question .widget-label
  {{font-size:{theme.QUESTION_SIZE}}}
.kns-question .widget-radio-box label {{line-height:30px}}
.kns-question .widget-radio-box label, .kns-question .widget-checkbox .widget-label-basic
  {{white-space:normal; overflow:visible; height:auto; line-height:26px}}
.kns-question .widget-checkbox {{height:auto; width:auto}}
.kns-question button:focus-visible, .kns-question input:focus-visible, .kns-question select:focus-visible
  {{outline:3px solid {theme.FOCUS}}}
</style>"""


class Question(w.VBox):
    """A question with a Kiểm tra button. ``answer(value)`` sets the answer; ``check()`` does what the button does.

    ``check()`` returns the feedback lines of a problem (empty list = right in practice mode, saved in
    graded mode). ``question_id`` names the answer in the answers file; graded test cells read it back
    with ``tra_loi(question_id)``.
    """

    def __init__(self, question_id: str, prompt: str, controls: list[w.Widget], *, key: Any = None,
                 rule: str = "", hint: str = "", answers_file: Path | None = None) -> None:
        self.question_id = question_id
        self.key = key
        self.rule = rule
        self.hint = hint
        self.answers_file = answers_file
        self.button = check_button(self.check, width=theme.QUESTION_BUTTON_WIDTH,
                                   height=theme.QUESTION_BUTTON_HEIGHT, tooltip=_("Kiểm tra câu trả lời"),
                                   style={"font_size": theme.QUESTION_SIZE})
        self.feedback = w.HTML()
        header = w.HTML(f"{_CSS}<div style='font-size:18px;margin-bottom:{theme.GAP}'>{html.escape(prompt)}</div>")
        super().__init__([header, *controls, self.button, self.feedback],
                         layout=w.Layout(padding="10px", border=f"1px solid {theme.FRAME}", width="fit-content"))
        self.add_class("kns-question")
        self._loading = False
        if self.graded:
            answers.open_channel()
            self._load_saved()

    @property
    def graded(self) -> bool:
        """True in an assignment (no key here): answers are saved, not judged."""
        return self.key is None

    # --- to be provided by each question type ------------------------------------------------------
    @property
    def value(self) -> Any:
        """The answer as it would be saved (JSON: text, number, list, dict), or ``None`` if not answered."""
        raise NotImplementedError

    def _show(self, value: Any) -> None:
        """Set the controls to ``value`` (what the learner would pick or type)."""
        raise NotImplementedError

    def _form_problems(self, value: Any) -> list[str]:
        """Visible checks of an answered question (right form), in Vietnamese; the key is never used here."""
        return []

    def _is_right(self, value: Any) -> bool:
        raise NotImplementedError

    def _wrong_notes(self, value: Any) -> list[str]:
        """Extra notes for a wrong answer (which items are wrong), never the right answer."""
        return []

    def _right_notes(self, value: Any) -> list[str]:
        """Notes under a right answer in practice (why it is right), if any."""
        return []

    # --- shared behaviour --------------------------------------------------------------------------
    def answer(self, value: Any) -> None:
        """Give an answer as a learner would by clicking or typing (graded mode: it is saved at once)."""
        self._loading = True  # one save for the whole answer, not one per control
        try:
            self._show(value)
        finally:
            self._loading = False
        self._changed()

    def _changed(self) -> None:
        """On every change of the controls: a graded answer is saved (a cleared one as none); feedback is cleared."""
        if self._loading:
            return
        self.feedback.value = ""
        if self.graded:
            answers.save_answer(self.question_id, self.value, self.answers_file)

    def _load_saved(self) -> None:
        """Show the answer saved earlier (after reopening the notebook or rerunning the cell)."""
        saved, _problems = answers.current_answers(self.answers_file)
        if saved.get(self.question_id) is None:
            return
        self._loading = True
        try:
            self._show(saved[self.question_id])
        except (ValueError, TypeError, KeyError, AttributeError):
            self._show_wrong(_("Câu trả lời đã lưu bị hỏng; hãy chọn lại."), [], mark="", then="")
        finally:
            self._loading = False

    def check(self) -> list[str]:
        """What the Kiểm tra button does: show feedback and return its problem lines (empty = right or saved)."""
        value = self.value
        problems = [_("Bạn chưa trả lời câu này.")] if value is None else self._form_problems(value)
        if problems:
            self._show_wrong(_("Chưa đúng dạng."), problems)
            return problems
        if self.graded:
            answers.save_answer(self.question_id, value, self.answers_file)
            self._show_right(_("Đã lưu câu trả lời. Giảng viên sẽ chấm sau khi bạn nộp bài; bạn vẫn có thể đổi "
                               "câu trả lời."), mark="💾")
            return []
        if self._is_right(value):
            self._show_right(_("Đúng rồi. Rất tốt!"), self._right_notes(value))
            return []
        lines = self._wrong_notes(value)
        if self.rule:
            lines.append(_("Quy tắc: {quy_tac}").format(quy_tac=self.rule))
        if self.hint:
            lines.append(_("Gợi ý: {goi_y}").format(goi_y=self.hint))
        self._show_wrong(_("Chưa đúng."), lines)
        return [_("Chưa đúng."), *lines]

    def _show_right(self, title: str, lines: Sequence[str] = (), *, mark: str = "✅") -> None:
        self.feedback.value = right_box(html.escape(title), lines, mark=mark, size=theme.QUESTION_SIZE)

    def _show_wrong(self, title: str, lines: Sequence[str], *, mark: str = "❌", then: str | None = None) -> None:
        """Show a wrong (or badly formed) answer; by default the learner is told to correct it and check again."""
        self.feedback.value = wrong_box(html.escape(title), lines, mark=mark, then=then, size=theme.QUESTION_SIZE)


class TypedQuestion(Question):
    """A question answered by typing in a box (``self.box``): pressing Enter checks at once, as the button does.

    Subclasses make the box with ``_typed_box`` and say with ``_unreadable`` why typed text cannot be read
    (a date or a number in the wrong form); such text gets that message instead of "not answered".
    """

    box: w.Text

    def _typed_box(self, placeholder: str, width: str, side: w.Widget | None = None) -> w.Widget:
        """The answer box (and a label beside it, such as the unit or the weekday) for ``controls``."""
        self.box = w.Text(placeholder=placeholder, continuous_update=False, layout=w.Layout(width=width, height="40px"),
                          style={"font_size": theme.QUESTION_SIZE})
        self.box.observe(lambda _change: self._typed(), names="value")
        return w.HBox([self.box, side]) if side is not None else self.box

    def _unreadable(self, text: str) -> str:
        """Why ``text`` (typed, not empty) gives no answer; only asked when ``value`` is None."""
        return _("Bạn chưa trả lời câu này.")

    def answer(self, value: Any) -> None:
        """Type ``value`` and press Enter: the answer is checked (and saved in graded mode)."""
        super().answer(value)
        self.check()

    def check(self) -> list[str]:
        if self.box.value.strip() and self.value is None:  # typed, but not in a form that can be read
            problem = self._unreadable(self.box.value)
            self._show_wrong(_("Chưa đúng dạng."), [problem])
            return [problem]
        return super().check()

    def _typed(self) -> None:
        self._changed()
        if not self._loading and self.box.value.strip():
            self.check()


__all__ = ["Question", "TypedQuestion"]
