"""Lọc và đếm: answer a question about a table by picking conditions and a calculation, no code to type.

The learner picks up to ``conditions`` rows of (column, comparison, value) and a calculation (count the rows,
a percentage, a sum, an average); the result shows at once with the first matching rows. The answer saved is
``{"ket_qua": <number>, "cach_tinh": <the choice in words>, "dieu_kien": [...], "phep_tinh": ...}``, and graded
tests read the number with ``tra_loi(cau)`` (the result of a table question is its answer).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import ipywidgets as w
import pandas as pd

from kynangso.i18n import N_, _
from kynangso.text import nfc
from kynangso.widgets import theme
from kynangso.widgets.question import Question

NO_COLUMN = "—"
COMPARISONS = {"bang": "=", "khac": "≠", "nho_hon": "<", "lon_hon": ">"}
COMPARISON_LABELS = {"bang": N_("là / bằng"), "khac": N_("không phải / khác"), "nho_hon": N_("nhỏ hơn / trước ngày"),
                     "lon_hon": N_("lớn hơn / sau ngày")}
OPERATIONS = ("dem", "ty_le", "tong", "trung_binh")
OPERATION_LABELS = {
    "dem": N_("Đếm số dòng thỏa mọi điều kiện"),
    "ty_le": N_("Tỷ lệ %: trong các dòng thỏa điều kiện phía trên (không có thì cả bảng), "
                "bao nhiêu phần trăm thỏa điều kiện cuối"),
    "tong": N_("Cộng các số của một cột"),
    "trung_binh": N_("Trung bình các số của một cột"),
}


def _nfc(text: object) -> str:
    return " ".join(nfc(str(text)).split())


def _shown(value: object) -> str:
    if isinstance(value, pd.Timestamp):
        return value.strftime("%d/%m/%Y")
    return _nfc(value)


class TableQuery(Question):
    """Pick conditions and a calculation on ``table``; the result is the answer.

    ``answer({"dieu_kien": [["Độ khẩn", "bang", "Hỏa tốc"]], "phep_tinh": "dem"})`` picks as a learner would
    (a plain number is an answer worked out with code); ``check()`` is the Kiểm tra button. ``key`` (practice
    mode) is the right number, right within ``tolerance``. With ``question_id=None`` it is a tool to explore the
    table (no Kiểm tra button, nothing saved), for example beside a question answered by picking a name.
    """

    def __init__(self, question_id: str | None, prompt: str, table: pd.DataFrame, *, key: float | None = None,
                 tolerance: float = 0.0, conditions: int = 2, operations: Sequence[str] = ("dem",),
                 decimals: int = 1, rule: str = "", hint: str = "", answers_file: Path | None = None) -> None:
        self.table = table
        self.tolerance = tolerance
        self.decimals = decimals
        self.by_code: float | None = None
        columns = [NO_COLUMN, *[str(c) for c in table.columns]]
        self.rows: list[tuple[w.Dropdown, w.Dropdown, w.Combobox]] = []
        boxes = []
        for index in range(conditions):
            column = w.Dropdown(options=columns, value=NO_COLUMN, description=_("Điều kiện {so}").format(so=index + 1),
                                layout=w.Layout(width="330px"), style={"description_width": "100px"})
            comparison = w.Dropdown(options=[(_(label), key_) for key_, label in COMPARISON_LABELS.items()],
                                    value="bang", layout=w.Layout(width="200px"))
            value = w.Combobox(placeholder=_("chọn hoặc gõ giá trị"), ensure_option=False, continuous_update=False,
                               layout=w.Layout(width="280px"))
            column.observe(lambda _change, row=index: self._column_picked(row), names="value")
            comparison.observe(lambda _change: self._picked(), names="value")
            value.observe(lambda _change: self._picked(), names="value")
            self.rows.append((column, comparison, value))
            boxes.append(w.HBox([column, comparison, value], layout=w.Layout(flex_flow="row wrap")))
        self.operation = w.Dropdown(options=[(_(OPERATION_LABELS[o]), o) for o in operations],
                                    value=operations[0], description=_("Phép tính"), layout=w.Layout(width="640px"),
                                    style={"description_width": "100px"})
        numeric = [str(c) for c in table.columns if pd.api.types.is_numeric_dtype(table[c])]
        self.target = w.Dropdown(options=numeric or [NO_COLUMN], description=_("Cột để tính"),
                                 layout=w.Layout(width="420px", display="none"), style={"description_width": "100px"})
        self.operation.observe(lambda _change: self._operation_picked(), names="value")
        self.target.observe(lambda _change: self._picked(), names="value")
        self.result = w.HTML()
        self.tool_only = question_id is None
        super().__init__(question_id or "", prompt, [*boxes, self.operation, self.target, self.result], key=key,
                         rule=rule, hint=hint, answers_file=answers_file)
        if self.tool_only:
            self.button.layout.display = "none"
        self._show_target()
        self._refresh()

    # --- what the learner picks ---------------------------------------------------------------------
    def _column_picked(self, row: int) -> None:
        column, _comparison, value = self.rows[row]
        if column.value == NO_COLUMN:
            value.options = ()
        else:
            distinct = sorted({_shown(v) for v in self.table[column.value].dropna()})
            value.options = tuple(distinct[:200])
        self._picked()

    def _show_target(self) -> None:
        self.target.layout.display = "" if self.operation.value in ("tong", "trung_binh") else "none"

    def _operation_picked(self) -> None:
        self._show_target()
        self._picked()

    def _picked(self) -> None:
        """A control was changed by the learner: the answer is what the controls now say."""
        if not self._loading:
            self.by_code = None
        self._changed()

    def _changed(self) -> None:
        self._refresh()
        if not self.tool_only:
            super()._changed()

    def _conditions(self) -> list[list[str]]:
        return [[column.value, comparison.value, _nfc(value.value)] for column, comparison, value in self.rows
                if column.value != NO_COLUMN and _nfc(value.value)]

    def _mask(self, conditions: list[list[str]]) -> pd.Series:
        mask = pd.Series(True, index=self.table.index)
        for column, comparison, wanted in conditions:
            mask &= self._compare_column(self.table[column], comparison, wanted)
        return mask

    @staticmethod
    def _compare_column(series: pd.Series, comparison: str, wanted: str) -> pd.Series:
        if pd.api.types.is_datetime64_any_dtype(series):
            target: Any = pd.to_datetime(wanted, dayfirst=True, errors="coerce")
            values: pd.Series = series
        elif pd.api.types.is_numeric_dtype(series):
            target = pd.to_numeric(wanted.replace(",", "."), errors="coerce")
            values = series
        else:
            target, values = wanted.casefold(), series.map(lambda v: _nfc(v).casefold())
        if target is None or (not isinstance(target, str) and pd.isna(target)):
            return pd.Series(False, index=series.index)
        if comparison == "bang":
            return values == target
        if comparison == "khac":
            return values != target
        if isinstance(target, str):  # "smaller" has no meaning for words
            return pd.Series(False, index=series.index)
        return values < target if comparison == "nho_hon" else values > target

    def _compute(self) -> float | None:
        conditions = self._conditions()
        operation = self.operation.value
        if not conditions:  # nothing picked yet: no answer (counting the whole table answers no question)
            return None
        if operation == "ty_le":
            base = self._mask(conditions[:-1])  # one condition only: a percentage of the whole table
            if not base.any():
                return None
            return round(float((base & self._mask(conditions)).sum()) / float(base.sum()) * 100, self.decimals)
        mask = self._mask(conditions)
        if operation == "dem":
            return int(mask.sum())
        if self.target.value == NO_COLUMN or not mask.any():
            return None
        picked = self.table.loc[mask, self.target.value]
        return round(float(picked.sum() if operation == "tong" else picked.mean()), self.decimals)

    def _describe(self) -> str:
        parts = [f"{c} {COMPARISONS[o]} {v}" for c, o, v in self._conditions()]
        what = _(OPERATION_LABELS[self.operation.value])
        whole = _("cả bảng")
        return f"{what}: {'; '.join(parts) or whole}"

    def _refresh(self) -> None:
        number = self.by_code if self.by_code is not None else self._compute()
        if number is None:
            waiting = html.escape(_("Kết quả: chưa tính được — hãy chọn điều kiện."))
            self.result.value = f"<div style='font-size:{theme.QUESTION_SIZE}'>{waiting}</div>"
            return
        shown = self.table[self._mask(self._conditions())].head(5)
        preview = shown.to_html(index=False, max_cols=6, border=0) if len(shown) else ""
        label = html.escape(_("Kết quả"))
        self.result.value = (f"<div style='font-size:18px;margin:6px 0'><b>{label}: {number:g}</b></div>"
                             f"<div style='font-size:13px;overflow-x:auto'>{preview}</div>")

    # --- Question ----------------------------------------------------------------------------------
    @property
    def value(self) -> dict[str, Any] | None:
        if self.by_code is not None:
            return {"ket_qua": self.by_code, "cach_tinh": _("làm bằng mã")}
        number = self._compute()
        if number is None:
            return None
        return {"ket_qua": number, "cach_tinh": self._describe(), "dieu_kien": self._conditions(),
                "phep_tinh": self.operation.value, "cot": self.target.value}

    def _show(self, value: Any) -> None:
        if isinstance(value, int | float) and not isinstance(value, bool):
            self.by_code = value
            self._refresh()
            return
        if not isinstance(value, dict):
            raise TypeError(_("Câu trả lời phải là các điều kiện đã chọn."))
        conditions = value.get("dieu_kien") or []
        if value.get("ket_qua") is not None and not conditions:
            self.by_code = value["ket_qua"]
        if len(conditions) > len(self.rows):
            raise ValueError(_("Có nhiều điều kiện hơn số ô chọn."))
        unused = [[NO_COLUMN, "bang", ""]] * (len(self.rows) - len(conditions))
        for index, picked in enumerate([*conditions, *unused]):
            column, comparison, box = self.rows[index]
            column.value = picked[0]
            self._column_picked(index)  # the value list of this column, even when the column did not change
            comparison.value = picked[1]
            box.value = str(picked[2])
        if value.get("phep_tinh"):
            self.operation.value = value["phep_tinh"]
        if value.get("cot") and value["cot"] in self.target.options:
            self.target.value = value["cot"]
        self._refresh()

    def _is_right(self, value: Any) -> bool:
        return abs(float(value["ket_qua"]) - float(self.key)) <= self.tolerance


__all__ = ["COMPARISON_LABELS", "OPERATION_LABELS", "TableQuery"]
