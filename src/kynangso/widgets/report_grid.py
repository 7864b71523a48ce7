"""Điền ô báo cáo: the yellow cells of a report sheet, filled in the notebook (for a learner with no spreadsheet app).

One box per cell, labelled as in the workbook ("C7 — Tỷ lệ giải quyết đúng hạn (%)"). A box takes a number as a
Vietnamese writes it ("88,6", "88,6 %"). The answer is ``{"C5": 35.0, "C6": None, …}`` (``None``: empty), the
same answer :class:`~kynangso.widgets.workbook_upload.WorkbookUpload` saves from an uploaded workbook.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import ipywidgets as w

from kynangso.i18n import _
from kynangso.rules import monthly_report
from kynangso.rules.monthly_report import ReportCell
from kynangso.widgets import theme
from kynangso.widgets.question import Question

_NUMBER = re.compile(r"^\s*([+-]?\d+(?:[.,]\d+)?)\s*%?\s*$")


def parse_box(text: str) -> float | None:
    """The number in a box ("88,6" → 88.6, "88,6 %" → 88.6); ``None`` when it is not a number."""
    found = _NUMBER.match(text.replace("\u00a0", " "))
    return float(found[1].replace(",", ".")) if found else None


def shown(value: float) -> str:
    """A number as a Vietnamese writes it: 88.6 → "88,6", 35.0 → "35"."""
    return f"{value:g}".replace(".", ",")


class ReportGrid(Question):
    """The report's cells as boxes. ``answer({"C5": 35, …})`` fills them; ``check()`` is the Kiểm tra button.

    ``key`` (practice mode) holds the right number of every cell; a count must be exact, a rate right to the
    rounding (see :func:`kynangso.rules.monthly_report.dung_o`).
    """

    def __init__(self, question_id: str, prompt: str, *, cells: Sequence[ReportCell] = monthly_report.O_BAO_CAO,
                 key: Mapping[str, float] | None = None, rule: str = "", hint: str = "",
                 answers_file: Path | None = None, extra: Sequence[w.Widget] = ()) -> None:
        self.cells = tuple(cells)
        self.boxes: dict[str, w.Text] = {}
        rows = []
        for cell in self.cells:
            box = w.Text(placeholder=_("Ví dụ: 12 hoặc 85,5"), continuous_update=False,
                         layout=w.Layout(width="150px", height="38px"), style={"font_size": theme.QUESTION_SIZE})
            box.observe(lambda _change: self._changed(), names="value")
            self.boxes[cell.ref] = box
            label = w.Label(_("{o} — {ten}").format(o=cell.ref, ten=cell.label),
                            layout=w.Layout(width="420px"), style={"font_size": theme.QUESTION_SIZE})
            rows.append(w.HBox([label, box]))
        super().__init__(question_id, prompt, [*extra, w.VBox(rows)], key=key, rule=rule, hint=hint,
                         answers_file=answers_file)

    @property
    def value(self) -> dict[str, float | None] | None:
        """``{"C5": 35.0, …}`` with ``None`` for an empty or unreadable box; ``None`` when every box is empty."""
        if not any(box.value.strip() for box in self.boxes.values()):
            return None
        return {ref: parse_box(box.value) for ref, box in self.boxes.items()}

    def _show(self, value: Any) -> None:
        if not isinstance(value, Mapping):
            raise TypeError(_("Câu trả lời phải là các ô của báo cáo."))
        for ref, box in self.boxes.items():
            number = value.get(ref)
            if number is not None and (isinstance(number, bool) or not isinstance(number, int | float)):
                raise TypeError(_("Ô {o} phải là một số.").format(o=ref))
            box.value = "" if number is None else shown(float(number))

    def _form_problems(self, value: Any) -> list[str]:
        problems = []
        for cell in self.cells:
            text = self.boxes[cell.ref].value.strip()
            if not text:
                problems.append(_("Ô {o} ({ten}) còn trống.").format(o=cell.ref, ten=cell.label))
            elif parse_box(text) is None:
                problems.append(_("Ô {o}: '{chu}' không phải một số; ghi ví dụ 12 hoặc 85,5.")
                                .format(o=cell.ref, chu=text[:30]))
            elif (number := parse_box(text)) is not None and number < 0:
                problems.append(_("Ô {o}: số liệu báo cáo không âm.").format(o=cell.ref))
            elif cell.percent and number is not None and number > 100:
                problems.append(_("Ô {o}: tỷ lệ phần trăm không lớn hơn 100.").format(o=cell.ref))
        return problems

    def _is_right(self, value: Any) -> bool:
        assert self.key is not None
        return not monthly_report.nhan_xet_o(value, self.key)

    def _wrong_notes(self, value: Any) -> list[str]:
        assert self.key is not None
        return monthly_report.nhan_xet_o(value, self.key)


__all__ = ["ReportGrid", "parse_box", "shown"]
