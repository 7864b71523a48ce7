"""The report's tables (pandas), built from the gradebook, the roster and the catalogue.

Column names are the report's contract with coordinators and tests; every table is built with vectorised pandas
so a province (10,000 learners, 120,000 submissions) takes seconds.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from kynangso.course.catalogue import Catalogue
from kynangso.course.learners import Learner
from kynangso.grading.scores import Gradebook, pending
from kynangso.grading.status import Outcome
from kynangso.i18n import _
from kynangso.reporting import columns as col
from kynangso.reporting.hand_graded import graded_only, hand_graded, maxima, maxima_notes
from kynangso.rules.communes import short_name
from kynangso.text import name_key, word_key


@dataclass
class Tables:
    """Every table of the report."""

    summary: pd.DataFrame
    modules: pd.DataFrame
    units: pd.DataFrame
    learners: pd.DataFrame
    questions: pd.DataFrame
    competences: pd.DataFrame
    notes: list[str]


def module_column(catalogue: Catalogue, assignment_id: str) -> str:
    assignment = catalogue.assignment(assignment_id)
    return f"{catalogue.module_of(assignment_id).code} ({assignment.max_points:g})"


def unit_key(unit: str) -> tuple[tuple[tuple[int, int], ...], ...]:
    return tuple(word_key(w) for w in short_name(unit).split())


def _roster_frame(roster: Sequence[Learner], grades: Gradebook) -> pd.DataFrame:
    people = {x.id: (x.name, x.unit, x.position) for x in roster}
    for learner in pd.unique(grades.submissions["learner"]).tolist():
        people.setdefault(str(learner), (str(learner), col.UNKNOWN_UNIT, ""))
    order = sorted(people, key=lambda i: (name_key(people[i][0]), people[i][1], i))
    return pd.DataFrame([(i, *people[i]) for i in order], columns=[col.ID, col.NAME, col.UNIT, col.POSITION])


def _learners(catalogue: Catalogue, people: pd.DataFrame, grades: Gradebook,
              status: Mapping[tuple[str, str], Outcome]) -> pd.DataFrame:
    assignments = [a.id for a in catalogue.assignments]
    subs = grades.submissions[grades.submissions["assignment"].isin(assignments)]
    raw = grades.grades.groupby(["learner", "assignment"])["score"].sum()
    waiting = grades.grades[pending(grades.grades)]
    held = waiting.groupby(["learner", "assignment"])["max_score"].sum()
    subs = subs.set_index(["learner", "assignment"])
    score = (raw.reindex(subs.index).fillna(0.0) - subs["penalty"]).clip(lower=0.0)
    table = people.set_index(col.ID)
    wide = (score.unstack("assignment") if len(score) else pd.DataFrame()).reindex(
        index=table.index, columns=assignments).astype(float)
    for assignment in assignments:
        table[module_column(catalogue, assignment)] = wide[assignment]
    handed = wide.notna().sum(axis=1).astype("int64")
    # Every submission has a status (a province: 100,000), so they are matched to the scores all at once.
    outcomes = pd.DataFrame([(learner, assignment, o.ok, o.reason) for (learner, assignment), o in status.items()],
                            columns=["learner", "assignment", "ok", "reason"])
    outcomes = outcomes[outcomes["learner"].isin(table.index) & outcomes["assignment"].isin(assignments)]
    scored = wide.notna().stack()
    graded = scored.reindex(pd.MultiIndex.from_frame(outcomes[["learner", "assignment"]])).fillna(False)
    ungraded = outcomes[~graded.to_numpy(dtype=bool)]  # handed in, though it could not be graded (a broken file)
    handed = handed.add(ungraded.groupby("learner").size().reindex(handed.index, fill_value=0), fill_value=0)
    notes: dict[str, list[str]] = {}
    for (learner, assignment), points in held.items():
        notes.setdefault(str(learner), []).append(_("{ma}: {diem:g} điểm chờ chấm tay").format(
            ma=catalogue.module_of(str(assignment)).code, diem=float(points)))
    for learner, assignment, reason in outcomes.loc[~outcomes["ok"].astype(bool),
                                                    ["learner", "assignment", "reason"]].itertuples(index=False):
        code = catalogue.module_of(assignment).code
        notes.setdefault(learner, []).append(_("{ma}: không chấm được — {ly_do}").format(ma=code, ly_do=reason))
    table[col.HANDED_IN] = handed.astype("int64")
    table[col.TOTAL] = wide.fillna(0.0).sum(axis=1)
    top = sum(maxima(catalogue, grades).values())
    table[col.MAX] = top
    table[col.PERCENT] = table[col.TOTAL] / top if top else 0.0
    waits = held.groupby(level="learner").sum().reindex(table.index).fillna(0.0)
    # Never a pass on incomplete grading: while points wait for a person, the result says so (= Catalogue.passes after)
    table[col.RESULT] = np.where(waits > 0, col.PENDING, np.where(table[col.PERCENT] >= catalogue.pass_mark,
                                                                  col.PASS, col.FAIL))
    if hand_graded(catalogue, grades):
        table[col.PENDING_POINTS] = waits
    table[col.COMPLETED] = np.where(table[col.HANDED_IN] >= len(assignments), col.YES, col.NO)
    late = subs["late"].groupby(level="learner").sum()
    table[col.LATE] = late.reindex(table.index).fillna(0).astype("int64")
    table[col.RANK] = table.groupby(col.UNIT)[col.TOTAL].rank(method="min", ascending=False).astype("int64")
    joined = pd.Series({k: "; ".join(v) for k, v in notes.items()}, dtype=object)
    table[col.NOTE] = joined.reindex(table.index).fillna("")
    return table.reset_index()


def _module_shares(catalogue: Catalogue, grades: Gradebook, learners: pd.DataFrame) -> pd.DataFrame:
    """Score share of every submission, over its graded cells: learner, unit, assignment, share."""
    per = grades.grades.groupby(["learner", "assignment"])[["score", "max_score"]].sum().reset_index()
    per["share"] = per["score"] / per["max_score"].where(per["max_score"] > 0)
    units = learners.set_index(col.ID)[col.UNIT]
    per[col.UNIT] = per["learner"].map(units)
    return per[per["assignment"].isin([a.id for a in catalogue.assignments])]


def _modules(catalogue: Catalogue, shares: pd.DataFrame, grades: Gradebook) -> pd.DataFrame:
    mean = shares.groupby("assignment")["share"].mean()
    count = shares.groupby("assignment").size()
    late = grades.submissions.groupby("assignment")["late"].sum()
    rows = [{col.MODULE: catalogue.module_of(a.id).code, col.TITLE: catalogue.module_of(a.id).title,
             col.ANSWERS: int(count.get(a.id, 0)), col.SHARE: mean.get(a.id, np.nan),
             col.LATE_N: int(late.get(a.id, 0))}
            for a in catalogue.assignments]
    return pd.DataFrame(rows, columns=[col.MODULE, col.TITLE, col.ANSWERS, col.SHARE, col.LATE_N])


def _units(catalogue: Catalogue, learners: pd.DataFrame, shares: pd.DataFrame) -> pd.DataFrame:
    columns = [col.UNIT, col.ENROLLED, col.SUBMITTED, col.COMPLETED_N, col.PASSED, col.PASS_RATE, col.MEAN, col.SPREAD,
               col.WEAKEST]
    if learners.empty:
        return pd.DataFrame(columns=columns)
    flags = learners.assign(_submitted=learners[col.HANDED_IN] > 0, _completed=learners[col.COMPLETED] == col.YES,
                            _passed=learners[col.RESULT] == col.PASS, _pct=learners[col.PERCENT] * 100)
    grouped = flags.groupby(col.UNIT, sort=False)
    table = pd.DataFrame({
        col.ENROLLED: grouped.size(),
        col.SUBMITTED: grouped["_submitted"].sum(),
        col.COMPLETED_N: grouped["_completed"].sum(),
        col.PASSED: grouped["_passed"].sum(),
        col.MEAN: grouped["_pct"].mean(),
        col.SPREAD: grouped["_pct"].std(ddof=0),
    })
    table[col.PASS_RATE] = table[col.PASSED] / table[col.ENROLLED]
    codes = {a.id: catalogue.module_of(a.id).code for a in catalogue.assignments}
    by_module = shares.groupby([col.UNIT, "assignment"])["share"].mean().dropna()
    weakest = by_module.groupby(level=col.UNIT).idxmin().map(lambda pair: codes[pair[1]]) if len(by_module) else {}
    table[col.WEAKEST] = pd.Series(weakest, dtype=object).reindex(table.index).fillna("")
    table = table.reset_index()
    table = table.iloc[sorted(range(len(table)), key=lambda i: unit_key(str(table.at[i, col.UNIT])))]
    return table[columns].reset_index(drop=True)


def _discrimination(item: pd.DataFrame, totals: pd.Series) -> float:
    if len(item) < col.MIN_FOR_DISCRIMINATION:
        return np.nan
    ranked = item.assign(total=item["learner"].map(totals)).sort_values("total", kind="stable")
    size = max(1, round(len(ranked) * col.GROUP_SHARE))
    return float(ranked["share"].iloc[-size:].mean() - ranked["share"].iloc[:size].mean())


def _questions(catalogue: Catalogue, grades: Gradebook, learners: pd.DataFrame) -> pd.DataFrame:
    columns = [col.MODULE, col.QUESTION, col.QUESTION_TITLE, col.MAX, col.ANSWERS, col.SHARE, col.FULL,
               col.DISCRIMINATION, col.COMMENT]
    frame = grades.grades.assign(share=grades.grades["score"] / grades.grades["max_score"].where(
        grades.grades["max_score"] > 0))
    totals = learners.set_index(col.ID)[col.PERCENT]
    groups = dict(tuple(frame.groupby(["assignment", "grade_id"]))) if len(frame) else {}
    rows = []
    for assignment in catalogue.assignments:
        code = catalogue.module_of(assignment.id).code
        for question in assignment.questions:
            item = groups.get((assignment.id, question.grade_id), frame.iloc[0:0])
            rows.append({col.MODULE: code, col.QUESTION: question.grade_id, col.QUESTION_TITLE: question.title,
                         col.MAX: question.points, col.ANSWERS: len(item), col.SHARE: item["share"].mean(),
                         col.FULL: (item["share"] >= 1).mean() if len(item) else np.nan,
                         col.DISCRIMINATION: _discrimination(item, totals), col.COMMENT: ""})
    table = pd.DataFrame(rows, columns=columns)
    answered = table[table[col.ANSWERS] > 0].sort_values(col.SHARE, kind="stable")
    for index in answered.index[:col.HARDEST_COUNT]:
        table.at[index, col.COMMENT] = col.HARDEST
    poor = table[col.DISCRIMINATION] < col.POOR_DISCRIMINATION
    table.loc[poor, col.COMMENT] = (table.loc[poor, col.COMMENT].map(lambda c: f"{c}; " if c else "")
                                    + col.NOT_DISCRIMINATING)
    return table


def _competences(catalogue: Catalogue, grades: Gradebook, learners: pd.DataFrame) -> pd.DataFrame:
    columns = [col.FRAMEWORK, col.CODE, col.COMPETENCE, col.QUESTIONS, col.RESPONSES, col.SHARE, col.WEAKEST_UNIT]
    pairs = []
    for module in catalogue.modules:
        for question in module.assignment.questions if module.assignment else ():
            pairs += [(module.assignment.id if module.assignment else "", question.grade_id, col.DIGCOMP, c)
                      for c in question.digcomp]
            pairs += [(module.assignment.id if module.assignment else "", question.grade_id, col.QD757, c)
                      for c in module.qd757]
    mapping = pd.DataFrame(pairs, columns=["assignment", "grade_id", col.FRAMEWORK, col.CODE])
    # Sum per question and unit first (a few thousand rows), then spread the sums over the competences.
    by_unit = grades.grades.assign(**{col.UNIT: grades.grades["learner"].map(learners.set_index(col.ID)[col.UNIT])}) \
        .groupby(["assignment", "grade_id", col.UNIT], sort=False) \
        .agg(score=("score", "sum"), max_score=("max_score", "sum"), n=("score", "size")).reset_index()
    frame = by_unit.merge(mapping, on=["assignment", "grade_id"])
    total = frame.groupby([col.FRAMEWORK, col.CODE])[["score", "max_score"]].sum()
    counts = frame.groupby([col.FRAMEWORK, col.CODE])["n"].sum()
    per_unit = frame.groupby([col.FRAMEWORK, col.CODE, col.UNIT])[["score", "max_score"]].sum()
    unit_share = (per_unit["score"] / per_unit["max_score"].where(per_unit["max_score"] > 0)).dropna()
    names = {col.DIGCOMP: catalogue.digcomp_names, col.QD757: catalogue.qd757_groups}
    rows = []
    for (framework, code), group in mapping.groupby([col.FRAMEWORK, col.CODE], sort=False):
        key = (framework, code)
        share = total["score"].get(key, 0.0) / total["max_score"].get(key, np.nan) if key in total.index else np.nan
        weakest = unit_share.loc[key].idxmin() if key in unit_share.index.droplevel(col.UNIT) else ""
        answers = int(counts.get(key, 0))
        rows.append({col.FRAMEWORK: framework, col.CODE: code, col.COMPETENCE: names[framework].get(code, ""),
                     col.QUESTIONS: len(group), col.RESPONSES: answers, col.SHARE: share, col.WEAKEST_UNIT: weakest})
    table = pd.DataFrame(rows, columns=columns)
    order = [(0 if f == col.DIGCOMP else 1, tuple(int(p) for p in c.split(".") if p.isdigit()))
             for f, c in zip(table[col.FRAMEWORK], table[col.CODE], strict=True)]
    return table.iloc[sorted(range(len(table)), key=lambda i: order[i])].reset_index(drop=True)


def _summary(catalogue: Catalogue, learners: pd.DataFrame, units: pd.DataFrame, modules: pd.DataFrame,
             competences: pd.DataFrame, when: str) -> pd.DataFrame:
    count = len(learners)
    passed = int((learners[col.RESULT] == col.PASS).sum()) if count else 0
    helped = units.sort_values([col.PASS_RATE, col.MEAN], kind="stable").head(5)[col.UNIT].tolist()
    weak_module = modules.dropna(subset=[col.SHARE]).sort_values(col.SHARE).head(1)
    weak_competence = competences.dropna(subset=[col.SHARE]).sort_values(col.SHARE).head(1)
    rows: list[tuple[str, object]] = [
        (col.COURSE_ITEM, catalogue.title),
        (col.DATE_ITEM, when),
        (col.PASS_MARK_ITEM, catalogue.pass_mark),
        (col.UNITS_ITEM, len(units)),
        (col.ENROLLED, count),
        (col.STARTED_ITEM, int((learners[col.HANDED_IN] > 0).sum()) if count else 0),
        (col.COMPLETED_ITEM, int((learners[col.COMPLETED] == col.YES).sum()) if count else 0),
        (col.PASSED, passed),
        (col.PASS_RATE, passed / count if count else 0.0),
        (col.MEAN_ITEM, float(learners[col.PERCENT].mean()) if count else 0.0),
        (col.HELP_ITEM, ", ".join(helped)),
        (col.WEAK_MODULE_ITEM, " — ".join(weak_module[[col.MODULE, col.TITLE]].iloc[0]) if len(weak_module) else ""),
        (col.WEAK_COMPETENCE_ITEM, " — ".join(weak_competence[[col.CODE, col.COMPETENCE]].iloc[0])
         if len(weak_competence) else ""),
    ]
    return pd.DataFrame(rows, columns=[col.ITEM, col.VALUE])


def build_tables(catalogue: Catalogue, roster: Sequence[Learner], grades: Gradebook,
                 status: Mapping[tuple[str, str], Outcome], when: str) -> Tables:
    people = _roster_frame(roster, grades)
    learners = _learners(catalogue, people, grades, status)
    graded = graded_only(grades)
    shares = _module_shares(catalogue, graded, learners)
    modules = _modules(catalogue, shares, grades)
    units = _units(catalogue, learners, shares)
    questions = _questions(catalogue, graded, learners)
    if hand_graded(catalogue, grades):
        waiting = grades.grades[pending(grades.grades)].groupby(["assignment", "grade_id"]).size()
        keys = [(a.id, q.grade_id) for a in catalogue.assignments for q in a.questions]
        questions.insert(len(questions.columns) - 1, col.PENDING_N, [int(waiting.get(k, 0)) for k in keys])
    competences = _competences(catalogue, graded, learners)
    summary = _summary(catalogue, learners, units, modules, competences, when)
    if hand_graded(catalogue, grades):
        waiting_n = int((learners[col.RESULT] == col.PENDING).sum())
        summary = pd.concat([summary, pd.DataFrame([(col.PENDING_ITEM, waiting_n)], columns=summary.columns)],
                            ignore_index=True)
    late_note = col.LATE_NOTE if bool(grades.submissions["has_due"].any()) else col.LATE_NOTE_NO_DUE
    notes = [_(late_note), col.discrimination_note(), *maxima_notes(catalogue, maxima(catalogue, grades))]
    return Tables(summary, modules, units, learners, questions, competences, notes)


def filtered(tables: Tables, *, unit: str = "", module: str = "") -> Tables:
    """The same tables limited to one unit and/or one module ("" = all), as the dashboard's and notebook's filters."""
    learners, units, questions, modules = tables.learners, tables.units, tables.questions, tables.modules
    if unit:
        learners, units = learners[learners[col.UNIT] == unit], units[units[col.UNIT] == unit]
    if module:
        questions, modules = questions[questions[col.MODULE] == module], modules[modules[col.MODULE] == module]
        others = [c for c in learners.columns if c.startswith("M") and " (" in c and not c.startswith(f"{module} (")]
        learners = learners.drop(columns=others)
    return Tables(tables.summary, modules, units, learners, questions, tables.competences, tables.notes)


__all__ = ["Tables", "build_tables", "filtered", "module_column", "unit_key"]
