"""Widgets that learners use in lessons and assignments (one per file)."""

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
           "WorkbookUpload"]
