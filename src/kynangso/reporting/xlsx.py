"""The report workbook (xlsxwriter): Vietnamese sheets, frozen headers, filters, number formats, fitting widths."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import xlsxwriter

from kynangso.i18n import N_, _
from kynangso.reporting import columns as c
from kynangso.reporting import tables as t

SUMMARY, UNITS, LEARNERS = N_("Tổng hợp"), N_("Theo đơn vị"), N_("Theo học viên")
QUESTIONS, COMPETENCES = N_("Theo câu hỏi"), N_("Theo năng lực")
PERCENT_COLUMNS = {c.PERCENT, c.PASS_RATE, c.SHARE, c.FULL}
DECIMAL_COLUMNS = {c.MEAN, c.SPREAD, c.DISCRIMINATION}
MAX_WIDTH = 60
_SAMPLE = 2000  # rows looked at to size a column (a province has 10,000 learners)


def _width(column: str, values: pd.Series, is_number: bool) -> float:
    sample = values.head(_SAMPLE)
    longest = 8 if is_number else max((len(str(v)) for v in sample), default=0)
    header = max(len(word) for word in str(column).split()) if is_number else len(str(column))
    return min(MAX_WIDTH, max(header, longest) + 2)


def _cell(value: Any) -> Any:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def _table(book: xlsxwriter.Workbook, name: str, frame: pd.DataFrame, formats: dict[str, Any],
           note: str = "") -> None:
    sheet = book.add_worksheet(_(name))
    shown = c.word_translator()
    sheet.freeze_panes(1, 0)
    sheet.set_row(0, 32)
    for col, column in enumerate(frame.columns):
        numeric = pd.api.types.is_numeric_dtype(frame[column])
        fmt = formats["percent"] if column in PERCENT_COLUMNS else (
            formats["decimal"] if column in DECIMAL_COLUMNS else (formats["number"] if numeric else None))
        header = _(str(column))
        sheet.set_column(col, col, _width(header, frame[column], numeric), fmt)
        sheet.write_string(0, col, header, formats["header"])
        if column == c.DISCRIMINATION:
            sheet.write_comment(0, col, c.discrimination_note(), {"x_scale": 3, "y_scale": 3})
        values = frame[column].tolist()
        if numeric:
            for row, value in enumerate(values, start=1):
                cell = _cell(value)
                if cell is None:
                    sheet.write_blank(row, col, None, fmt)
                else:
                    sheet.write_number(row, col, cell, fmt)
        else:
            for row, value in enumerate(values, start=1):
                cell = _cell(value)
                if cell is not None and cell != "":
                    sheet.write_string(row, col, shown(str(cell)))
    if len(frame.columns):
        sheet.autofilter(0, 0, len(frame), len(frame.columns) - 1)
    if note:
        sheet.write_string(len(frame) + 2, 0, note, formats["note"])


def _summary(book: xlsxwriter.Workbook, tables: t.Tables, formats: dict[str, Any]) -> None:
    sheet = book.add_worksheet(_(SUMMARY))
    shown = c.word_translator()
    sheet.freeze_panes(1, 0)
    sheet.set_column(0, 0, 34)
    sheet.set_column(1, 1, 60)
    sheet.set_column(2, 4, 16)
    sheet.write_row(0, 0, [_(c.ITEM), _(c.VALUE)], formats["header"])
    for row, (item, value) in enumerate(tables.summary[[c.ITEM, c.VALUE]].itertuples(index=False), start=1):
        sheet.write_string(row, 0, shown(str(item)), formats["bold"])
        cell = _cell(value)
        if isinstance(cell, int | float) and not isinstance(cell, bool):
            fmt = formats["percent_left"] if item in c.PERCENT_ITEMS else formats["number_left"]
            sheet.write_number(row, 1, cell, fmt)
        else:
            sheet.write_string(row, 1, str(cell), formats["wrap"])
    start = len(tables.summary) + 2
    sheet.write_row(start, 0, [_(str(c)) for c in tables.modules.columns], formats["header"])
    for offset, record in enumerate(tables.modules.itertuples(index=False), start=start + 1):
        code, title, answers, share, late = record
        sheet.write_string(offset, 0, str(code))
        sheet.write_string(offset, 1, str(title), formats["wrap"])
        sheet.write_number(offset, 2, int(answers), formats["number"])
        if _cell(share) is None:
            sheet.write_blank(offset, 3, None, formats["percent"])
        else:
            sheet.write_number(offset, 3, float(share), formats["percent"])
        sheet.write_number(offset, 4, int(late), formats["number"])
    notes_row = start + len(tables.modules) + 2
    for offset, note in enumerate(tables.notes):
        sheet.write_string(notes_row + offset, 0, note, formats["note"])


def write_xlsx(path: Path, tables: t.Tables, extra: Sequence[tuple[str, pd.DataFrame, str]] = ()) -> Path:
    """Write the five-sheet workbook; the first sheet is what a coordinator sees first.

    ``extra``: more sheets after them (name, table, note under the table), as the province report adds."""
    with xlsxwriter.Workbook(str(path), {"constant_memory": False}) as book:
        formats = {
            "header": book.add_format({"bold": True, "bg_color": "#DDEBF7", "text_wrap": True, "valign": "top",
                                       "border": 1}),
            "percent": book.add_format({"num_format": "0.0%"}),
            "percent_left": book.add_format({"num_format": "0.0%", "align": "left"}),
            "decimal": book.add_format({"num_format": "0.00"}),
            "number": book.add_format({"num_format": "General"}),
            "number_left": book.add_format({"num_format": "General", "align": "left"}),
            "bold": book.add_format({"bold": True}),
            "wrap": book.add_format({"text_wrap": True}),
            "note": book.add_format({"italic": True, "font_color": "#555555"}),
        }
        _summary(book, tables, formats)
        _table(book, UNITS, tables.units, formats)
        _table(book, LEARNERS, tables.learners, formats, tables.notes[0])
        _table(book, QUESTIONS, tables.questions, formats, tables.notes[1])
        _table(book, COMPETENCES, tables.competences, formats)
        for name, frame, note in extra:
            _table(book, name, frame, formats, note)
    return path


__all__ = ["COMPETENCES", "LEARNERS", "QUESTIONS", "SUMMARY", "UNITS", "write_xlsx"]
