"""``kynangso report``: what coordinators read — who completed, which unit needs help, which skills are weak.

From the gradebook, the roster and the catalogue it writes, in ``grading/reports`` by default:
an Excel workbook (five Vietnamese sheets), CSV files (UTF-8 with BOM, quoted), a self-contained HTML dashboard
and PDF certificates for the learners who passed.
"""

from __future__ import annotations

import csv
import multiprocessing
import os
import sys
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd
from rich.table import Table

from kynangso.course.catalogue import Catalogue, load_catalogue
from kynangso.course.learners import load_roster
from kynangso.errors import KitError
from kynangso.grading import scores
from kynangso.grading.status import load_status
from kynangso.i18n import _
from kynangso.paths import CourseRoot
from kynangso.reporting.certificates import Certificate, write_certificates
from kynangso.reporting.columns import (
    COMPLETED,
    COMPLETED_N,
    ENROLLED,
    HANDED_IN,
    ID,
    LATE,
    MAX,
    MEAN,
    NAME,
    NOTE,
    PASS,
    PASS_RATE,
    PASSED,
    PERCENT,
    POSITION,
    RANK,
    RESULT,
    SUBMITTED,
    TOTAL,
    UNIT,
    WEAKEST,
    for_output,
    word_translator,
)
from kynangso.reporting.tables import Tables, build_tables, filtered

FORMATS = ("xlsx", "html", "csv", "pdf")
WORKBOOK = "bao-cao-diem.xlsx"
DASHBOARD = "bao-cao.html"
LEARNERS_CSV = "diem-theo-hoc-vien.csv"
UNITS_CSV = "diem-theo-don-vi.csv"
QUESTIONS_CSV = "theo-cau-hoi.csv"
COMPETENCES_CSV = "theo-nang-luc.csv"
SUMMARY_CSV = "tong-hop.csv"


@dataclass
class Report:
    tables: Tables
    files: list[Path]

    @property
    def learners(self) -> pd.DataFrame:
        return self.tables.learners

    @property
    def units(self) -> pd.DataFrame:
        return self.tables.units


def parse_formats(text: str | Iterable[str]) -> tuple[str, ...]:
    """``"xlsx,html"`` → ``("xlsx", "html")``, with a Vietnamese error for an unknown format."""
    items = text.split(",") if isinstance(text, str) else list(text)
    chosen = tuple(dict.fromkeys(x.strip().lower() for x in items if x.strip()))
    unknown = [x for x in chosen if x not in FORMATS]
    if unknown or not chosen:
        raise KitError(_("Định dạng báo cáo không hợp lệ: {sai}. Chọn trong: {dung} (cách nhau bằng dấu phẩy).")
                       .format(sai=", ".join(unknown) or _("(trống)"), dung=", ".join(FORMATS)))
    return chosen


def tables(course: CourseRoot, catalogue: Catalogue | None = None, when: date | None = None) -> Tables:
    """Every table of the report, for the verb, the report notebook and tests."""
    catalogue = catalogue or load_catalogue(course.catalogue)
    grades = scores.read_gradebook(course)
    issued = when or date.today()
    return build_tables(catalogue, load_roster(course), grades, load_status(course), f"{issued:%d/%m/%Y}")


def learner_table(course: CourseRoot, catalogue: Catalogue) -> pd.DataFrame:
    return tables(course, catalogue).learners


def write_csv(path: Path, frame: pd.DataFrame, excel_vn: bool = False) -> Path:
    """UTF-8 with BOM (Excel shows Vietnamese), every text field quoted when needed, Excel line ends.

    ``excel_vn``: for Excel with Vietnamese regional settings, which opens a double-clicked CSV with ";" between
    columns and "," before decimals (a comma-separated file would land in one column).
    """
    frame.to_csv(path, index=False, encoding="utf-8-sig", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n",
                 float_format="%.6g", sep=";" if excel_vn else ",", decimal="," if excel_vn else ".")
    return path


def _certificates(result: Tables) -> list[Certificate]:
    passed = result.learners.loc[result.learners[RESULT] == PASS, [ID, NAME, UNIT, TOTAL, MAX]]
    return [Certificate(str(i), str(n), str(u), float(s), float(m))
            for i, n, u, s, m in passed.itertuples(index=False, name=None)]


def _write_xlsx(path: Path, result: Tables) -> Path:
    from kynangso.reporting.xlsx import write_xlsx

    return write_xlsx(path, result)


def _second_core() -> ProcessPoolExecutor | None:
    """A helper process for the workbook when the machine has a second core (Linux; elsewhere in order).

    The tables reach it pickled (a few MB for a province, milliseconds); a forked process does not load the kit and
    its libraries again, and macOS and Windows cannot fork safely.
    """
    if sys.platform != "linux" or (os.cpu_count() or 1) < 2:
        return None
    return ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))


def report(*, course: CourseRoot, out: Path | None = None, formats: str | Iterable[str] = FORMATS,
           each_certificate: bool = True, when: date | None = None, csv_excel_vn: bool = False) -> Report:
    """Write the report files to ``out`` (default ``grading/reports``) and return the tables and paths."""
    chosen = parse_formats(formats)
    catalogue = load_catalogue(course.catalogue)
    issued = when or date.today()
    result = tables(course, catalogue, issued)
    out = out or course.reports
    out.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    helper = _second_core() if "xlsx" in chosen and len(chosen) > 1 else None
    try:
        workbook = helper.submit(_write_xlsx, out / WORKBOOK, result) if helper else None
        if "xlsx" in chosen and not workbook:
            files.append(_write_xlsx(out / WORKBOOK, result))
        if "html" in chosen:
            from kynangso.reporting.html import write_html

            files.append(write_html(out / DASHBOARD, result, title=catalogue.title, pass_mark=catalogue.pass_mark))
        if "csv" in chosen:
            for name, frame in ((LEARNERS_CSV, result.learners), (UNITS_CSV, result.units),
                                (QUESTIONS_CSV, result.questions), (COMPETENCES_CSV, result.competences),
                                (SUMMARY_CSV, result.summary)):
                files.append(write_csv(out / name, for_output(frame), excel_vn=csv_excel_vn))
        if "pdf" in chosen:
            files += write_certificates(out, _certificates(result), course=catalogue.title, issued=issued,
                                        each=each_certificate)
        if workbook:
            files.insert(0, workbook.result())
    finally:
        if helper:
            helper.shutdown(cancel_futures=True)
    return Report(result, files)


def summary_table(result: Report) -> Table:
    """The per-unit summary printed by `kynangso report` and at the end of the demo."""
    table = Table(title=_("Kết quả theo xã"))
    columns = [UNIT, ENROLLED, SUBMITTED, COMPLETED_N, PASSED, PASS_RATE, MEAN, WEAKEST]
    for column in columns:
        table.add_column(_(column), justify="left" if column in (UNIT, WEAKEST) else "right")
    shown = word_translator()
    for _index, row in result.units.iterrows():
        table.add_row(shown(str(row[UNIT])), str(row[ENROLLED]), str(row[SUBMITTED]), str(row[COMPLETED_N]),
                      str(row[PASSED]), f"{row[PASS_RATE]:.0%}", f"{row[MEAN]:.1f}", str(row[WEAKEST]))
    return table


__all__ = ["COMPETENCES_CSV", "COMPLETED", "DASHBOARD", "ENROLLED", "FORMATS", "HANDED_IN", "ID", "LATE",
           "LEARNERS_CSV", "MEAN", "NAME", "NOTE", "PASS", "PASSED", "PASS_RATE", "PERCENT", "POSITION",
           "QUESTIONS_CSV", "RANK", "RESULT", "SUBMITTED", "SUMMARY_CSV", "TOTAL", "UNIT", "UNITS_CSV", "WORKBOOK",
           "Report", "Tables", "filtered", "learner_table", "parse_formats", "report", "summary_table", "tables"]
