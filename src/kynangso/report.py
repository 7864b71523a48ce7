"""``kynangso report``: scores per learner and per unit, as CSV (UTF-8 with BOM) and xlsx."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from nbgrader.api import MissingEntry
from rich.table import Table

from kynangso import _nbgrader
from kynangso._text import name_key
from kynangso.catalogue import Catalogue, load_catalogue
from kynangso.grade import load_status
from kynangso.paths import CourseRoot
from kynangso.roster import load_roster

# Column names (the report's contract with coordinators and tests).
ID, NAME, UNIT, POSITION = "Mã học viên", "Họ và tên", "Đơn vị", "Chức vụ"
TOTAL, MAX, PERCENT, RESULT, NOTE = "Tổng điểm", "Điểm tối đa", "Tỷ lệ", "Kết quả", "Ghi chú"
ENROLLED, SUBMITTED, PASSED, MEAN, PASS_RATE = "Số học viên", "Đã nộp", "Đạt", "Điểm TB (%)", "Tỷ lệ đạt"
HANDED_IN = "Số bài đã nộp"
PASS, FAIL = "Đạt", "Chưa đạt"

LEARNERS_CSV = "diem-theo-hoc-vien.csv"
UNITS_CSV = "diem-theo-don-vi.csv"
WORKBOOK = "bao-cao-diem.xlsx"


@dataclass
class Report:
    learners: pd.DataFrame
    units: pd.DataFrame
    files: list[Path]


def _scores(course: CourseRoot, catalogue: Catalogue) -> dict[tuple[str, str], float]:
    found: dict[tuple[str, str], float] = {}
    with _nbgrader.gradebook(course) as gb:
        for assignment in catalogue.assignments:
            try:
                gb.find_assignment(assignment.id)
            except MissingEntry:
                continue
            for submission in gb.assignment_submissions(assignment.id):
                found[(submission.student_id, assignment.id)] = float(submission.score)
    return found


def learner_table(course: CourseRoot, catalogue: Catalogue) -> pd.DataFrame:
    scores = _scores(course, catalogue)
    status = load_status(course)
    rows = []
    for learner in sorted(load_roster(course), key=lambda x: name_key(x.ho_ten)):
        row: dict[str, object] = {ID: learner.id, NAME: learner.ho_ten, UNIT: learner.don_vi,
                                  POSITION: learner.chuc_vu}
        notes = []
        for assignment in catalogue.assignments:
            module = catalogue.module_of(assignment.id)
            outcome = status.get((learner.id, assignment.id))
            if outcome is not None and not outcome.ok:
                notes.append(f"{module.code}: không chấm được — {outcome.reason}")
            row[f"{module.code} ({assignment.max_points:g})"] = scores.get((learner.id, assignment.id))
        # A submission counts as handed in even when it could not be graded (a broken file, a crash).
        row[HANDED_IN] = sum(1 for a in catalogue.assignments
                             if (learner.id, a.id) in scores or (learner.id, a.id) in status)
        total = sum(scores.get((learner.id, a.id), 0.0) for a in catalogue.assignments)
        row[TOTAL] = total
        row[MAX] = catalogue.max_points
        row[PERCENT] = total / catalogue.max_points if catalogue.max_points else 0.0
        row[RESULT] = PASS if row[PERCENT] >= catalogue.pass_mark else FAIL  # type: ignore[operator]
        row[NOTE] = "; ".join(notes)
        rows.append(row)
    return pd.DataFrame(rows)


def unit_table(learners: pd.DataFrame, catalogue: Catalogue) -> pd.DataFrame:
    if learners.empty:
        return pd.DataFrame(columns=[UNIT, ENROLLED, SUBMITTED, PASSED, PASS_RATE, MEAN])
    flags = learners.assign(_submitted=learners[HANDED_IN] > 0, _passed=learners[RESULT] == PASS)
    grouped = flags.groupby(UNIT, sort=True)
    table = pd.DataFrame({
        ENROLLED: grouped.size(),
        SUBMITTED: grouped["_submitted"].sum(),
        PASSED: grouped["_passed"].sum(),
        MEAN: grouped[PERCENT].mean() * 100,
    }).reset_index()
    table[PASS_RATE] = table[PASSED] / table[ENROLLED]
    return table[[UNIT, ENROLLED, SUBMITTED, PASSED, PASS_RATE, MEAN]]


def _write_xlsx(path: Path, sheets: dict[str, pd.DataFrame]) -> None:
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        for title, frame in sheets.items():
            frame.to_excel(writer, sheet_name=title, index=False)
            sheet = writer.sheets[title]
            sheet.freeze_panes = "A2"
            sheet.auto_filter.ref = sheet.dimensions
            for index, column in enumerate(frame.columns, start=1):
                values = [str(column), *(str(v) for v in frame[column].tolist())]
                letter = sheet.cell(row=1, column=index).column_letter
                sheet.column_dimensions[letter].width = min(60, max(len(v) for v in values) + 2)
                if column in (PERCENT, PASS_RATE):
                    for cell in sheet[letter][1:]:
                        cell.number_format = "0.0%"
                elif column == MEAN:
                    for cell in sheet[letter][1:]:
                        cell.number_format = "0.0"


def report(*, course: CourseRoot, out: Path | None = None) -> Report:
    """Write the per-learner and per-unit tables to ``out`` (default ``grading/reports``)."""
    catalogue = load_catalogue(course.catalogue)
    out = out or course.reports
    out.mkdir(parents=True, exist_ok=True)
    learners = learner_table(course, catalogue)
    units = unit_table(learners, catalogue)
    learners.to_csv(out / LEARNERS_CSV, index=False, encoding="utf-8-sig")
    units.to_csv(out / UNITS_CSV, index=False, encoding="utf-8-sig")
    _write_xlsx(out / WORKBOOK, {"Theo học viên": learners, "Theo đơn vị": units})
    return Report(learners, units, [out / WORKBOOK, out / LEARNERS_CSV, out / UNITS_CSV])


def summary_table(result: Report) -> Table:
    """The per-unit summary printed by `kynangso report` and at the end of the demo."""
    table = Table(title="Kết quả theo xã")
    for column in result.units.columns:
        table.add_column(str(column), justify="left" if column == UNIT else "right")
    for _, row in result.units.iterrows():
        cells = [str(row[UNIT]), str(row[ENROLLED]), str(row[SUBMITTED]), str(row[PASSED]),
                 f"{row[PASS_RATE]:.0%}", f"{row[MEAN]:.1f}"]
        table.add_row(*cells)
    return table


__all__ = ["ENROLLED", "HANDED_IN", "LEARNERS_CSV", "MEAN", "NAME", "PASS", "PASSED", "PASS_RATE", "PERCENT",
           "RESULT", "SUBMITTED", "TOTAL", "UNIT", "UNITS_CSV", "WORKBOOK", "Report", "report", "summary_table"]
