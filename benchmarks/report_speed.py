"""Report speed at province scale: `kynangso report` against `nbgrader export`, same gradebook, same run.

Builds a synthetic gradebook through nbgrader's own API and schema (assignments, notebooks and grade cells with
``Gradebook.update_or_create_assignment`` / ``add_notebook`` / ``add_grade_cell``; learners, submissions and grades
bulk-inserted through nbgrader's SQLAlchemy models): N learners in the communes of Nghệ An × every assignment of the
course. Then times, as subprocesses:
  A. `nbgrader export` (assignment totals only) — the baseline;
  B. `kynangso report` with every format but the per-learner certificates (xlsx, html, csv, combined PDF);
checks both wrote one row per learner (× assignment for nbgrader) and prints times and the ratio A / B.
nbgrader export runs queries for every learner × assignment and slows down as the gradebook grows; past
``--export-timeout`` it is stopped and its time extrapolated from the rows it had written (a lower bound).

Usage: python benchmarks/report_speed.py [--learners 10000] [--units 130] [--export-timeout 1800] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pandas as pd
from nbgrader.api import Grade, Student, SubmittedAssignment, SubmittedNotebook
from sqlalchemy import insert

from kynangso.course.catalogue import load_catalogue
from kynangso.course.learners import Learner, save_roster
from kynangso.course.workspace import copy_course
from kynangso.data import person_names
from kynangso.grading import nbgrader_adapter
from kynangso.paths import CourseRoot, find_course
from kynangso.reporting.report import LEARNERS_CSV
from kynangso.rules.communes import official_names

BIN = Path(sys.executable).parent
DUE = datetime(2025, 10, 1, 17, 0)
CHUNK = 20_000


def _ids() -> str:
    return uuid.uuid4().hex


def build(course: CourseRoot, learners: int, units: int, seed: int = 1) -> int:
    """Write roster and gradebook; return the number of grade rows."""
    rng = random.Random(seed)
    names = official_names()[:units]
    people = person_names.cadres(learners, seed, units=names)
    roster = []
    for number, person in enumerate(people):
        learner_id = f"hv{number:05d}"
        roster.append(Learner(learner_id, person["Họ và tên"], person["Đơn vị"], person["Chức vụ"],
                              person["Năm sinh"]))
    save_roster(course, roster)
    catalogue = load_catalogue(course.catalogue)
    rows = 0
    with nbgrader_adapter.gradebook(course) as gb:
        cells = {}
        for assignment in catalogue.assignments:
            gb.update_or_create_assignment(assignment.id, duedate=DUE)
            notebook = gb.add_notebook(assignment.notebook_id, assignment.id)
            cells[assignment.id] = (notebook.id, assignment.id, [
                (gb.add_grade_cell(q.grade_id, assignment.notebook_id, assignment.id, max_score=q.points,
                                   cell_type="code").id, q.points) for q in assignment.questions])
        assignment_ids = {a.name: a.id for a in gb.assignments}
        gb.db.execute(insert(Student), [
            {"id": x.id, "last_name": x.name.split()[0], "first_name": " ".join(x.name.split()[1:])}
            for x in roster])
        subs, nbs, grades = [], [], []
        for learner in roster:
            skill = rng.random()
            for notebook_id, assignment, questions in cells.values():
                if rng.random() > 0.9:
                    continue  # not handed in
                sub_id, nb_id = _ids(), _ids()
                late = rng.random() < 0.05
                subs.append({"id": sub_id, "assignment_id": assignment_ids[assignment], "student_id": learner.id,
                             "timestamp": DUE + timedelta(days=1 if late else -2)})
                nbs.append({"id": nb_id, "assignment_id": sub_id, "notebook_id": notebook_id,
                            "late_submission_penalty": 0.0})
                for cell_id, points in questions:
                    score = points if rng.random() < skill else 0.0
                    grades.append({"id": _ids(), "notebook_id": nb_id, "cell_id": cell_id, "auto_score": score,
                                   "needs_manual_grade": False})
        for model, batch in ((SubmittedAssignment, subs), (SubmittedNotebook, nbs), (Grade, grades)):
            for start in range(0, len(batch), CHUNK):
                gb.db.execute(insert(model), batch[start:start + CHUNK])
        gb.db.commit()
        rows = len(grades)
    return rows


def _timed(command: list[str], cwd: Path, timeout: float | None = None) -> tuple[float, bool]:
    """Wall time of a command and whether it finished (False: stopped at ``timeout``)."""
    start = time.perf_counter()
    try:
        done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False, timeout=timeout)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - start, False
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{command[0]} failed ({done.returncode}):\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    return elapsed, True


def run(root: Path, learners: int, units: int, export_timeout: float | None = None) -> dict[str, Any]:
    course = copy_course(find_course(), root / "lop")
    start = time.perf_counter()
    grade_rows = build(course, learners, units)
    built = time.perf_counter() - start
    assignments = len(load_catalogue(course.catalogue).assignments)
    out = root / "bao-cao"
    t_report, _ = _timed([str(BIN / "kynangso"), "report", "--dir", str(course.root), "--out", str(out),
                          "--format", "xlsx,html,csv,pdf", "--combined-certificate-only"], cwd=course.root)
    reported = len(pd.read_csv(out / LEARNERS_CSV, encoding="utf-8-sig"))
    export = root / "grades.csv"
    t_export, finished = _timed([str(BIN / "nbgrader"), "export", f"--to={export}"], cwd=course.grading,
                                timeout=export_timeout)
    expected = learners * assignments
    exported = max(0, len(export.read_text(encoding="utf-8").splitlines()) - 1) if export.exists() else 0
    if reported != learners or (finished and exported != expected):
        raise SystemExit(f"Row counts differ: nbgrader export {exported} (expected {expected}), "
                         f"kynangso report {reported} (expected {learners}).")
    # A stopped export is extrapolated from the rows it had written (a lower bound: its file is buffered); with no
    # row written yet, the time it ran is all that is known.
    estimate = t_export * expected / exported if not finished and exported else t_export
    return {"learners": learners, "units": units, "assignments": assignments, "grade_rows": grade_rows,
            "build_s": built, "nbgrader_export_s": t_export, "export_finished": finished, "exported_rows": exported,
            "export_estimate_s": estimate, "kynangso_report_s": t_report, "ratio": estimate / t_report}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=10_000)
    parser.add_argument("--units", type=int, default=130)
    parser.add_argument("--export-timeout", type=float, default=1800,
                        help="stop nbgrader export after this many seconds and extrapolate (0: no limit)")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it (default: a temporary folder)")
    args = parser.parse_args()
    limit = args.export_timeout or None
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        result = run(args.keep, args.learners, args.units, limit)
    else:
        with tempfile.TemporaryDirectory(prefix="kynangso-bench-report-") as tmp:
            result = run(Path(tmp), args.learners, args.units, limit)
    print(f"{result['learners']} learners in {result['units']} units × {result['assignments']} assignments "
          f"({result['grade_rows']} question grades), gradebook built in {result['build_s']:.1f} s")
    if result["export_finished"]:
        print(f"A. nbgrader export:  {result['nbgrader_export_s']:.2f} s (assignment totals only)")
    else:
        print(f"A. nbgrader export:  stopped after {result['nbgrader_export_s']:.0f} s with "
              f"{result['exported_rows']} of {result['learners'] * result['assignments']} rows written; "
              + (f"extrapolated ≥ {result['export_estimate_s']:.0f} s" if result["exported_rows"]
                 else f"≥ {result['export_estimate_s']:.0f} s"))
    print(f"B. kynangso report:  {result['kynangso_report_s']:.2f} s (xlsx, html, csv, combined certificates)")
    bound = "" if result["export_finished"] else "≥ "
    print(f"Ratio A/B: {bound}{result['ratio']:.1f}× (goal: B ≤ 10 s and ratio ≥ 10)")


if __name__ == "__main__":
    main()
