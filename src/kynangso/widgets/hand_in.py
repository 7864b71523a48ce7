"""The "Nộp bài" button of an exercise opened as an app (no JupyterLab, so no Submit button of JupyterLab's).

A tap writes the learner's answers into the notebook file, then hands the notebook in through nbgrader's exchange
exactly as JupyterLab's Submit does (same settings, same private inbound folder): the trainer's ``kynangso collect``
sees no difference. The learner sees a Vietnamese confirmation with the time and a short receipt code, or one line
saying what went wrong; nothing typed is lost, and tapping again hands in again (the newest hand-in counts).
"""

from __future__ import annotations

import html
import subprocess
from pathlib import Path

import ipywidgets as w

from kynangso.i18n import _
from kynangso.learner import answers, hand_in
from kynangso.widgets import theme
from kynangso.widgets.check_bar import check_button, right_box, wrong_box

SUBMIT_SECONDS = 120


class HandIn(w.VBox):
    """A big "Nộp bài" button and the confirmation under it."""

    def __init__(self, notebook: Path | None = None) -> None:
        self.notebook = notebook
        self.button = check_button(self.hand_in, _("Nộp bài"), icon="paper-plane", width="100%", height="56px")
        self.result = w.HTML()
        intro = w.HTML(f"<div style='font-size:{theme.QUESTION_SIZE}'>"
                       + html.escape(_("Làm xong mọi câu thì bấm «Nộp bài». Nộp lại được: bài nộp sau cùng được chấm."))
                       + "</div>")
        super().__init__([intro, self.button, self.result],
                         layout=w.Layout(padding=theme.PADDING, width="100%", max_width="40em"))

    def hand_in(self) -> hand_in.Receipt | None:
        """Keep the answers in the notebook and submit it; show the receipt (or what went wrong) and return it."""
        notebook = self.notebook or answers.notebook_path()
        if notebook is None or not notebook.is_file():
            self.result.value = wrong_box(_("Không tìm thấy bài tập để nộp."),
                                          then=_("Hãy mở lại bài tập từ trang lớp học rồi bấm «Nộp bài»."))
            return None
        self.button.disabled = True
        self.result.value = right_box(_("Đang nộp bài…"), mark="⏳")
        try:
            count = hand_in.keep_in_exercise(notebook)
            done = subprocess.run(hand_in.submit_command(notebook.parent.name), cwd=notebook.parent.parent,
                                  capture_output=True, text=True, timeout=SUBMIT_SECONDS, check=False)
        except (OSError, ValueError, subprocess.TimeoutExpired):
            done = None
        finally:
            self.button.disabled = False
        if done is None or done.returncode != 0:
            self.result.value = wrong_box(_("Chưa nộp được bài: máy chủ lớp học không nhận."),
                                          then=_("Câu trả lời vẫn được giữ. Hãy bấm «Nộp bài» lần nữa hoặc báo "
                                                 "giảng viên."))
            return None
        receipt = hand_in.write_receipt(notebook, count)
        self.result.value = right_box(
            _("Đã nộp bài lúc {gio} ngày {ngay}.").format(gio=receipt.time.strftime("%H:%M"),
                                                         ngay=receipt.time.strftime("%d/%m/%Y")),
            [_("Mã biên nhận: {ma}").format(ma=receipt.code), _("Số câu đã trả lời: {so}").format(so=count)],
            size=theme.QUESTION_SIZE)
        return receipt


__all__ = ["HandIn"]
