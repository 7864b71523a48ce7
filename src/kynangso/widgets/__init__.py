"""Widgets that learners use in lessons and assignments (one per file).

Each widget is imported when a notebook first asks for it (``from kynangso.widgets import Matching``), so a
lesson's kernel loads only what it shows: a lesson without tables never loads pandas, one without a workbook
never loads openpyxl. On a class server every learner's kernel is smaller for it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_WHERE = {"DateAnswer": "date_answer", "DocumentComposer": "document_composer", "DropdownChoice": "single_choice",
          "HeaderComposer": "header_composer", "Matching": "matching", "MultipleChoice": "multiple_choice",
          "NumberAnswer": "number_answer", "Ordering": "ordering", "Question": "question",
          "ReportGrid": "report_grid", "ShortText": "short_text", "Simulator": "simulator",
          "SingleChoice": "single_choice", "TableQuery": "table_query", "WorkbookUpload": "workbook_upload"}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'kynangso.widgets' has no attribute '{name}'")
    value = getattr(import_module(f"kynangso.widgets.{_WHERE[name]}"), name)
    globals()[name] = value
    return value


def load_all() -> None:
    """Import every widget and what it needs (pandas, openpyxl, python-docx)."""
    for name in _WHERE:
        __getattr__(name)


if TYPE_CHECKING:
    from kynangso.widgets.date_answer import DateAnswer
    from kynangso.widgets.document_composer import DocumentComposer
    from kynangso.widgets.header_composer import HeaderComposer
    from kynangso.widgets.matching import Matching
    from kynangso.widgets.multiple_choice import MultipleChoice
    from kynangso.widgets.number_answer import NumberAnswer
    from kynangso.widgets.ordering import Ordering
    from kynangso.widgets.question import Question
    from kynangso.widgets.report_grid import ReportGrid
    from kynangso.widgets.short_text import ShortText
    from kynangso.widgets.simulator import Simulator
    from kynangso.widgets.single_choice import DropdownChoice, SingleChoice
    from kynangso.widgets.table_query import TableQuery
    from kynangso.widgets.workbook_upload import WorkbookUpload

__all__ = ["DateAnswer", "DocumentComposer", "DropdownChoice", "HeaderComposer", "Matching", "MultipleChoice",
           "NumberAnswer", "Ordering", "Question", "ReportGrid", "ShortText", "Simulator", "SingleChoice", "TableQuery",
           "WorkbookUpload", "load_all"]
