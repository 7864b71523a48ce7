"""Reading the gradebook for the reports: plain SQL on nbgrader's own tables (SQLite or any SQLAlchemy URL).

nbgrader's ORM builds one object per grade and is far too slow for a province (10,000 learners × 12 assignments);
a few queries bring every question grade and every submission into pandas at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pandas as pd
from sqlalchemy import Engine, create_engine, inspect, text

from kynangso.grading import nbgrader_adapter
from kynangso.paths import CourseRoot

# One row per graded cell of every submission, with nbgrader's ``Grade.score`` rule written in SQL, and whether the
# cell still waits for a person: no score at all yet (a written answer or a task before the trainer grades it; the
# autograder scores every test, a missing notebook and an untouched answer with 0), or a hand score that nbgrader
# marked for review again (``needs_manual_grade``: the answer was autograded anew, e.g. handed in again). Grades written
# through nbgrader's API keep its default ``needs_manual_grade`` = true, so the flag alone is not the test. It is the
# one big query (540,000 rows for a province), so it carries only keys and the score and runs on the driver's cursor.
_GRADES = """
SELECT sn.assignment_id, g.cell_id,
       CASE WHEN g.manual_score IS NOT NULL THEN g.manual_score + COALESCE(g.extra_credit, 0.0)
            WHEN g.auto_score IS NOT NULL THEN g.auto_score + COALESCE(g.extra_credit, 0.0)
            ELSE 0.0 END,
       CASE WHEN g.manual_score IS NULL AND g.auto_score IS NULL THEN 1
            WHEN g.manual_score IS NOT NULL AND g.needs_manual_grade THEN 1 ELSE 0 END
FROM grade g JOIN submitted_notebook sn ON g.notebook_id = sn.id
"""

# Graded cells (grade cells and task cells) with their points.
_CELLS = text("""
SELECT bc.id AS cell, bc.name AS grade_id, COALESCE(gc.max_score, tc.max_score, 0.0) AS max_score
FROM base_cell bc
LEFT JOIN grade_cells gc ON gc.id = bc.id
LEFT JOIN task_cells tc ON tc.id = bc.id
WHERE gc.id IS NOT NULL OR tc.id IS NOT NULL
""")

# One row per submission: when it came in, the due date (with the learner's extension) and the late penalty.
_SUBMISSIONS = text("""
SELECT sa.id AS submission, sa.student_id AS learner, a.name AS assignment, sa.timestamp, a.duedate, sa.extension,
       COALESCE(p.penalty, 0.0) AS penalty
FROM submitted_assignment sa
JOIN assignment a ON sa.assignment_id = a.id
LEFT JOIN (SELECT assignment_id, SUM(late_submission_penalty) AS penalty FROM submitted_notebook
           GROUP BY assignment_id) p ON p.assignment_id = sa.id
WHERE a.course_id = :course
""")

GRADE_COLUMNS = ["learner", "assignment", "grade_id", "score", "max_score"]
PENDING = "pending"  # a further column of the class gradebook's grades: True while the cell waits for hand grading
SUBMISSION_COLUMNS = ["learner", "assignment", "late", "penalty", "has_due", "submitted"]


@dataclass
class Gradebook:
    """Every question grade and every submission of the course, as two tables."""

    grades: pd.DataFrame       # learner, assignment, grade_id, score, max_score (and ``pending`` when known)
    submissions: pd.DataFrame  # learner, assignment, late (bool), penalty, has_due (bool), submitted (timestamp)


def _extension(values: pd.Series) -> pd.Series:
    """nbgrader's ``extension`` (SQLAlchemy Interval): a native interval (Postgres) or a date after 1970 (SQLite)."""
    if pd.api.types.is_timedelta64_dtype(values):
        return values.fillna(pd.Timedelta(0))
    as_delta = pd.Series([v if isinstance(v, pd.Timedelta | timedelta) else pd.NaT for v in values],
                         index=values.index, dtype="timedelta64[ns]")
    as_date = pd.to_datetime(values.where(as_delta.isna()), errors="coerce") - pd.Timestamp("1970-01-01")
    return as_delta.fillna(as_date).fillna(pd.Timedelta(0))


def _late(frame: pd.DataFrame) -> pd.Series:
    stamp = pd.to_datetime(frame["timestamp"], errors="coerce")
    due = pd.to_datetime(frame["duedate"], errors="coerce")
    return (stamp > due + _extension(frame["extension"])).fillna(False).astype(bool)


def _label(raw: pd.DataFrame, submissions: pd.DataFrame, cells: pd.DataFrame) -> pd.DataFrame:
    """Put learner, assignment, grade_id and points on the bare grade rows (and keep this course's only).

    The keys are long random ids; each is hashed once (``factorize``) and the labels taken by position.
    """
    sub_codes, sub_keys = pd.factorize(raw["submission"])
    cell_codes, cell_keys = pd.factorize(raw["cell"])
    by_submission = submissions.set_index("submission").reindex(sub_keys)
    by_cell = cells.set_index("cell").reindex(cell_keys)
    labels = pd.DataFrame({
        "learner": by_submission["learner"].to_numpy()[sub_codes],
        "assignment": by_submission["assignment"].to_numpy()[sub_codes],
        "grade_id": by_cell["grade_id"].to_numpy()[cell_codes],
        "score": raw["score"].astype(float).to_numpy(),
        "max_score": by_cell["max_score"].astype(float).to_numpy()[cell_codes],
        PENDING: raw[PENDING].astype(bool).to_numpy(),
    })
    return labels.dropna(subset=["learner", "grade_id"]).reset_index(drop=True)


def _grade_rows(engine: Engine) -> pd.DataFrame:
    """The big query, on the driver's own cursor (SQLAlchemy's row objects would double its time)."""
    with engine.connect() as connection:
        cursor = connection.connection.cursor()
        try:
            cursor.execute(_GRADES)
            return pd.DataFrame.from_records(cursor.fetchall(), columns=["submission", "cell", "score", PENDING])
        finally:
            cursor.close()


def read_gradebook(course: CourseRoot) -> Gradebook:
    """Read the course's gradebook (the URL configured in ``grading/nbgrader_config.py``)."""
    coursedir = nbgrader_adapter.gradebook_address(course)
    engine = create_engine(coursedir.db_url)
    try:
        if "grade" not in inspect(engine).get_table_names():
            return Gradebook(pd.DataFrame(columns=[*GRADE_COLUMNS, PENDING]), pd.DataFrame(columns=SUBMISSION_COLUMNS))
        with engine.connect() as connection:
            submissions = pd.read_sql(_SUBMISSIONS, connection, params={"course": coursedir.course_id})
            cells = pd.read_sql(_CELLS, connection)
        raw = _grade_rows(engine)
    finally:
        engine.dispose()
    grades = _label(raw, submissions, cells)
    submissions["late"] = _late(submissions)
    submissions["has_due"] = submissions["duedate"].notna()
    submissions["penalty"] = submissions["penalty"].astype(float)
    submissions["submitted"] = pd.to_datetime(submissions["timestamp"], errors="coerce", format="ISO8601")
    return Gradebook(grades[[*GRADE_COLUMNS, PENDING]], submissions[SUBMISSION_COLUMNS])


def pending(grades: pd.DataFrame) -> pd.Series:
    """Whether each grade row waits for hand grading (all False for a gradebook that does not say, as a province's)."""
    if PENDING in grades.columns:
        return grades[PENDING].fillna(False).astype(bool)
    return pd.Series(False, index=grades.index, dtype=bool)


def pending_points(course: CourseRoot) -> pd.DataFrame:
    """Points waiting for hand grading, per submission: learner, assignment, points, cells (only those waiting)."""
    grades = read_gradebook(course).grades
    waiting = grades[pending(grades)]
    return (waiting.groupby(["learner", "assignment"]).agg(points=("max_score", "sum"), cells=("grade_id", "size"))
            .reset_index())


__all__ = ["GRADE_COLUMNS", "PENDING", "Gradebook", "pending", "pending_points", "read_gradebook"]
