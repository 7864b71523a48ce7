"""The merged province gradebook as the report reads it: one roster, one :class:`Gradebook`, one status.

Each learner becomes one person (``province_members``); per person the newest result of every question is kept
(by the time the submission was handed in, then by the newer export). Questions are matched by grade id against the
newest catalogue among the classes: a question whose maximum changed has its scores converted to the new maximum
(the share of points is kept), a question no longer in the catalogue is left out; both are listed in ``changes``.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import yaml

from kynangso.course.catalogue import Catalogue, parse_catalogue
from kynangso.course.learners import Learner
from kynangso.errors import KitError
from kynangso.grading.scores import GRADE_COLUMNS, PENDING, SUBMISSION_COLUMNS, Gradebook
from kynangso.grading.status import Outcome
from kynangso.i18n import N_, _
from kynangso.province import store as s

ASSIGNMENT, QUESTION = N_("Bài tập"), N_("Mã câu")
OLD_MAX, NEW_MAX = N_("Điểm tối đa ở lớp"), N_("Điểm tối đa trong danh mục mới nhất")
CLASSES, ANSWERS = N_("Số lớp"), N_("Số bài làm")
WHAT_DONE = N_("Cách xử lý")
CONVERTED = N_("quy đổi theo điểm tối đa mới (giữ tỷ lệ điểm)")
DROPPED = N_("không tính (câu không còn trong danh mục)")


@dataclass
class Merged:
    catalogue: Catalogue
    catalogue_version: str
    roster: list[Learner]
    grades: Gradebook
    status: dict[tuple[str, str], Outcome]
    members: pd.DataFrame    # workshop, learner, person, matched
    workshops: pd.DataFrame  # as stored, oldest export first
    trainers: pd.DataFrame
    people: pd.DataFrame
    changes: pd.DataFrame    # maxima that differ from the catalogue, questions left out


def _with_person(frame: pd.DataFrame, members: pd.DataFrame, order: pd.Series) -> pd.DataFrame:
    joined = frame.merge(members[["workshop", "learner", "person"]], on=["workshop", "learner"], how="inner")
    return joined.assign(_order=joined["workshop"].map(order))


def _changes(grades: pd.DataFrame, catalogue: Catalogue) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Grades converted to the catalogue's maxima, and the table of what was converted or left out."""
    points = pd.Series({(a.id, q.grade_id): q.points for a in catalogue.assignments for q in a.questions},
                       dtype=float)
    keys = pd.MultiIndex.from_frame(grades[["assignment", "grade_id"]])
    wanted = pd.Series(points.reindex(keys).to_numpy(), index=grades.index, dtype=float)
    differs = wanted.isna() | (wanted != grades["max_score"])
    odd = grades[differs].assign(_new=wanted[differs])
    table = odd.groupby(["assignment", "grade_id", "max_score", "_new"], dropna=False).agg(
        classes=("workshop", "nunique"), answers=("score", "size")).reset_index()
    table = pd.DataFrame({ASSIGNMENT: table["assignment"], QUESTION: table["grade_id"], OLD_MAX: table["max_score"],
                          NEW_MAX: table["_new"], CLASSES: table["classes"], ANSWERS: table["answers"],
                          WHAT_DONE: [DROPPED if pd.isna(n) else CONVERTED for n in table["_new"]]})
    kept = grades[wanted.notna()].copy()
    scale = wanted[wanted.notna()] / kept["max_score"].where(kept["max_score"] > 0)
    kept["score"] = (kept["score"] * scale).fillna(kept["score"])
    kept["max_score"] = wanted[wanted.notna()]
    return kept, table


def load_merged(store: s.Store) -> Merged:
    """Read the province gradebook and resolve people, newest results and catalogue versions."""
    with store.engine.connect() as connection:
        workshops = store.frame(s.workshops, connection).sort_values(["exported_at", "workshop"], kind="stable")
        if workshops.empty:
            raise KitError(_("Sổ điểm của tỉnh chưa có lớp nào; hãy nhập tệp kết quả của các lớp trước "
                             "(kynangso merge TỆP…)."))
        members = store.frame(s.members, connection)
        people = store.frame(s.people, connection)
        trainers = store.frame(s.trainers, connection)
        # Half a million grade rows with a few thousand distinct keys: categories group and join many times faster.
        raw_grades = store.frame(s.grades, connection).astype(
            {"workshop": "category", "learner": "category", "assignment": "category", "grade_id": "category"})
        raw_subs = store.frame(s.submissions, connection)
        raw_status = store.frame(s.status, connection)
        version = str(workshops["catalogue_version"].iloc[-1])
        text = str(store.one(connection, s.catalogues, version=version)["text"])  # type: ignore[index]
    catalogue = parse_catalogue(yaml.safe_load(text))
    order = pd.Series(range(len(workshops)), index=workshops["workshop"].to_numpy())
    subs = _with_person(raw_subs, members, order)
    subs["submitted"] = pd.to_datetime(subs["submitted"], errors="coerce", format="ISO8601")
    subs = subs.sort_values(["submitted", "_order"], kind="stable", na_position="first")
    when = subs.set_index(["workshop", "learner", "assignment"])["submitted"]
    grades = _with_person(raw_grades, members, order)
    keys = pd.MultiIndex.from_frame(grades[["workshop", "learner", "assignment"]])
    grades["submitted"] = when[~when.index.duplicated()].reindex(keys).to_numpy()
    grades = grades.sort_values(["submitted", "_order"], kind="stable", na_position="first") \
        .drop_duplicates(["person", "assignment", "grade_id"], keep="last")
    grades, changes = _changes(grades, catalogue)
    subs = subs.drop_duplicates(["person", "assignment"], keep="last")
    status: dict[tuple[str, str], Outcome] = {}
    for person, assignment, ok, reason, flags in _with_person(raw_status, members, order).sort_values(
            "_order", kind="stable")[["person", "assignment", "ok", "reason", "flags"]].itertuples(index=False):
        status[(person, assignment)] = Outcome(person, assignment, bool(ok), reason or "", flags or "")
    present = people[people["person"].isin(members["person"])]
    roster = [Learner(str(p), str(n), str(u), str(pos or ""), str(y or ""))
              for p, n, u, pos, y in present[["person", "name", "unit", "position", "birth_year"]]
              .itertuples(index=False, name=None)]
    grades[PENDING] = grades[PENDING].fillna(False).astype(bool)
    book = Gradebook(grades.rename(columns={"learner": "class_learner", "person": "learner"})[[*GRADE_COLUMNS, PENDING]]
                     .reset_index(drop=True),
                     subs.rename(columns={"learner": "class_learner", "person": "learner"})[SUBMISSION_COLUMNS]
                     .reset_index(drop=True))
    return Merged(catalogue, version, roster, book, status, members, workshops, trainers, people, changes)


__all__ = ["Merged", "load_merged"]
