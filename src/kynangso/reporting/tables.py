"""The report's tables (pandas), built from the gradebook, the roster and the catalogue.

Column names are the report's contract with coordinators and tests; every table is built with vectorised pandas
so a province (10,000 learners, 120,000 submissions) takes seconds.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from kynangso import i18n
from kynangso.course.catalogue import Catalogue
from kynangso.course.learners import Learner
from kynangso.grading.scores import Gradebook
from kynangso.grading.status import Outcome
from kynangso.i18n import N_, _
from kynangso.rules.communes import short_name
from kynangso.text import name_key, word_key

# Column names and the report's own words are kept in Vietnamese inside the tables (they are the keys of the code,
# the report notebook and the tests); :func:`for_output` and :func:`word_translator` show them in the reader's
# language when the files are written.
# Per learner.
ID, NAME, UNIT, POSITION = N_("Mã học viên"), N_("Họ và tên"), N_("Đơn vị"), N_("Chức vụ")
TOTAL, MAX, PERCENT = N_("Tổng điểm"), N_("Điểm tối đa"), N_("Tỷ lệ")
RESULT, NOTE = N_("Kết quả"), N_("Ghi chú")
HANDED_IN, COMPLETED = N_("Số bài đã nộp"), N_("Hoàn thành")
LATE, RANK = N_("Số bài nộp muộn"), N_("Hạng trong đơn vị")
PASS, FAIL, YES, NO = N_("Đạt"), N_("Chưa đạt"), N_("Có"), N_("Chưa")
# Per unit.
ENROLLED, SUBMITTED, PASSED = N_("Số học viên"), N_("Đã nộp"), N_("Đạt")
MEAN, PASS_RATE = N_("Điểm TB (%)"), N_("Tỷ lệ đạt")
COMPLETED_N, SPREAD, WEAKEST = N_("Đã hoàn thành"), N_("Độ lệch chuẩn (%)"), N_("Học phần yếu nhất")
# Per module and per question.
MODULE, TITLE, QUESTION, QUESTION_TITLE = N_("Học phần"), N_("Tên học phần"), N_("Mã câu hỏi"), N_("Câu hỏi")
ANSWERS, SHARE = N_("Số bài làm"), N_("Tỷ lệ điểm đạt")
FULL, DISCRIMINATION = N_("Tỷ lệ làm đúng"), N_("Độ phân biệt")
LATE_N, COMMENT = N_("Số bài nộp muộn"), N_("Nhận xét")
HARDEST, NOT_DISCRIMINATING = N_("Khó nhất"), N_("Không phân biệt được người làm tốt và người làm kém")
# Per competence.
FRAMEWORK, CODE, COMPETENCE = N_("Khung"), N_("Mã"), N_("Năng lực")
QUESTIONS, WEAKEST_UNIT = N_("Số câu hỏi"), N_("Đơn vị yếu nhất")
RESPONSES = N_("Số lượt trả lời")
DIGCOMP, QD757 = "DigComp 2.2", "QĐ 757/QĐ-BKHCN"  # nội dung: names of the two frameworks
# Summary.
ITEM, VALUE = N_("Chỉ số"), N_("Giá trị")
COURSE_ITEM, DATE_ITEM, PASS_MARK_ITEM = N_("Khóa học"), N_("Ngày lập báo cáo"), N_("Ngưỡng đạt (tỷ lệ tổng điểm)")
UNITS_ITEM, STARTED_ITEM = N_("Số đơn vị"), N_("Đã bắt đầu (nộp ít nhất 1 bài)")
COMPLETED_ITEM, MEAN_ITEM = N_("Đã hoàn thành (nộp đủ các bài)"), N_("Điểm trung bình (tỷ lệ)")
HELP_ITEM, WEAK_MODULE_ITEM = N_("Đơn vị cần hỗ trợ nhất"), N_("Học phần yếu nhất")
WEAK_COMPETENCE_ITEM = N_("Năng lực yếu nhất")
PERCENT_ITEMS = (PASS_MARK_ITEM, PASS_RATE, MEAN_ITEM)

UNKNOWN_UNIT = N_("(chưa có trong danh sách học viên)")
WORDS = (PASS, FAIL, YES, NO, HARDEST, NOT_DISCRIMINATING, UNKNOWN_UNIT, COURSE_ITEM, DATE_ITEM, PASS_MARK_ITEM,
         UNITS_ITEM, ENROLLED, STARTED_ITEM, COMPLETED_ITEM, PASSED, PASS_RATE, MEAN_ITEM, HELP_ITEM,
         WEAK_MODULE_ITEM, WEAK_COMPETENCE_ITEM)
GROUP_SHARE = 0.27        # upper and lower groups of the discrimination index
MIN_FOR_DISCRIMINATION = 10
POOR_DISCRIMINATION = 0.2  # Ebel's rule of thumb: below 0.2 a question barely separates strong from weak
HARDEST_COUNT = 5

DISCRIMINATION_NOTE = N_(
    "Độ phân biệt (chỉ số nhóm trên – nhóm dưới 27%): xếp người làm bài theo tổng điểm cả khóa; lấy 27% cao nhất "
    "và 27% thấp nhất; độ phân biệt = tỷ lệ điểm câu hỏi của nhóm cao trừ tỷ lệ của nhóm thấp (từ -1 đến 1). "
    "Dưới {nguong} (hoặc âm) nghĩa là câu hỏi không phân biệt được người làm tốt với người làm kém: "
    "nên xem lại đề hoặc đáp án. Cần ít nhất {toi_thieu} bài làm."
)
LATE_NOTE_NO_DUE = N_("Sổ điểm chưa đặt hạn nộp cho bài tập nào, nên chưa tính được bài nộp muộn.")
LATE_NOTE = N_("Nộp muộn: thời điểm nộp sau hạn nộp của bài tập (kể cả gia hạn) ghi trong sổ điểm nbgrader.")


def discrimination_note() -> str:
    return _(DISCRIMINATION_NOTE).format(nguong=f"{POOR_DISCRIMINATION:g}", toi_thieu=MIN_FOR_DISCRIMINATION)


def word_translator() -> Callable[[str], str]:
    """Shows a cell in the reader's language: the report's own words translated, names and titles as they are."""
    if i18n.language() == i18n.DEFAULT:
        return str
    words = {word: _(word) for word in WORDS}

    def shown(value: str) -> str:
        return "; ".join(words.get(part, part) for part in str(value).split("; "))

    return shown


def for_output(frame: pd.DataFrame) -> pd.DataFrame:
    """The table as a reader sees it (CSV): headers and the report's own words in the current language."""
    if i18n.language() == i18n.DEFAULT:
        return frame
    shown = word_translator()
    out = frame.rename(columns=lambda column: _(str(column)))
    for column in out.columns:
        if not pd.api.types.is_numeric_dtype(out[column]):
            out[column] = out[column].map(lambda v: shown(v) if isinstance(v, str) else v)
    return out


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
    people = {x.id: (x.ho_ten, x.don_vi, x.chuc_vu) for x in roster}
    for learner in pd.unique(grades.submissions["learner"]).tolist():
        people.setdefault(str(learner), (str(learner), UNKNOWN_UNIT, ""))
    order = sorted(people, key=lambda i: (name_key(people[i][0]), people[i][1], i))
    return pd.DataFrame([(i, *people[i]) for i in order], columns=[ID, NAME, UNIT, POSITION])


def _learners(catalogue: Catalogue, people: pd.DataFrame, grades: Gradebook,
              status: Mapping[tuple[str, str], Outcome]) -> pd.DataFrame:
    assignments = [a.id for a in catalogue.assignments]
    subs = grades.submissions[grades.submissions["assignment"].isin(assignments)]
    raw = grades.grades.groupby(["learner", "assignment"])["score"].sum()
    subs = subs.set_index(["learner", "assignment"])
    score = (raw.reindex(subs.index).fillna(0.0) - subs["penalty"]).clip(lower=0.0)
    table = people.set_index(ID)
    wide = (score.unstack("assignment") if len(score) else pd.DataFrame()).reindex(
        index=table.index, columns=assignments).astype(float)
    for assignment in assignments:
        table[module_column(catalogue, assignment)] = wide[assignment]
    handed = wide.notna().sum(axis=1).astype("int64")
    notes: dict[str, list[str]] = {}
    for (learner, assignment), outcome in status.items():
        if learner not in table.index or assignment not in assignments:
            continue
        if pd.isna(wide.at[learner, assignment]):
            handed[learner] += 1  # handed in, though it could not be graded (a broken file, a crash)
        if not outcome.ok:
            code = catalogue.module_of(assignment).code
            notes.setdefault(learner, []).append(_("{ma}: không chấm được — {ly_do}").format(ma=code,
                                                                                             ly_do=outcome.reason))
    table[HANDED_IN] = handed.astype("int64")
    table[TOTAL] = wide.fillna(0.0).sum(axis=1)
    table[MAX] = catalogue.max_points
    table[PERCENT] = table[TOTAL] / catalogue.max_points if catalogue.max_points else 0.0
    table[RESULT] = np.where(table[PERCENT] >= catalogue.pass_mark, PASS, FAIL)
    table[COMPLETED] = np.where(table[HANDED_IN] >= len(assignments), YES, NO)
    late = subs["late"].groupby(level="learner").sum()
    table[LATE] = late.reindex(table.index).fillna(0).astype("int64")
    table[RANK] = table.groupby(UNIT)[TOTAL].rank(method="min", ascending=False).astype("int64")
    table[NOTE] = pd.Series({k: "; ".join(v) for k, v in notes.items()}, dtype=object).reindex(table.index).fillna("")
    return table.reset_index()


def _module_shares(catalogue: Catalogue, grades: Gradebook, learners: pd.DataFrame) -> pd.DataFrame:
    """Score share of every submission: learner, unit, assignment, share."""
    per = grades.grades.groupby(["learner", "assignment"])[["score", "max_score"]].sum().reset_index()
    per["share"] = per["score"] / per["max_score"].where(per["max_score"] > 0)
    units = learners.set_index(ID)[UNIT]
    per[UNIT] = per["learner"].map(units)
    return per[per["assignment"].isin([a.id for a in catalogue.assignments])]


def _modules(catalogue: Catalogue, shares: pd.DataFrame, grades: Gradebook) -> pd.DataFrame:
    mean = shares.groupby("assignment")["share"].mean()
    count = shares.groupby("assignment").size()
    late = grades.submissions.groupby("assignment")["late"].sum()
    rows = [{MODULE: catalogue.module_of(a.id).code, TITLE: catalogue.module_of(a.id).title,
             ANSWERS: int(count.get(a.id, 0)), SHARE: mean.get(a.id, np.nan), LATE_N: int(late.get(a.id, 0))}
            for a in catalogue.assignments]
    return pd.DataFrame(rows, columns=[MODULE, TITLE, ANSWERS, SHARE, LATE_N])


def _units(catalogue: Catalogue, learners: pd.DataFrame, shares: pd.DataFrame) -> pd.DataFrame:
    columns = [UNIT, ENROLLED, SUBMITTED, COMPLETED_N, PASSED, PASS_RATE, MEAN, SPREAD, WEAKEST]
    if learners.empty:
        return pd.DataFrame(columns=columns)
    flags = learners.assign(_submitted=learners[HANDED_IN] > 0, _completed=learners[COMPLETED] == YES,
                            _passed=learners[RESULT] == PASS, _pct=learners[PERCENT] * 100)
    grouped = flags.groupby(UNIT, sort=False)
    table = pd.DataFrame({
        ENROLLED: grouped.size(),
        SUBMITTED: grouped["_submitted"].sum(),
        COMPLETED_N: grouped["_completed"].sum(),
        PASSED: grouped["_passed"].sum(),
        MEAN: grouped["_pct"].mean(),
        SPREAD: grouped["_pct"].std(ddof=0),
    })
    table[PASS_RATE] = table[PASSED] / table[ENROLLED]
    codes = {a.id: catalogue.module_of(a.id).code for a in catalogue.assignments}
    by_module = shares.groupby([UNIT, "assignment"])["share"].mean().dropna()
    weakest = by_module.groupby(level=UNIT).idxmin().map(lambda pair: codes[pair[1]]) if len(by_module) else {}
    table[WEAKEST] = pd.Series(weakest, dtype=object).reindex(table.index).fillna("")
    table = table.reset_index()
    table = table.iloc[sorted(range(len(table)), key=lambda i: unit_key(str(table.at[i, UNIT])))]
    return table[columns].reset_index(drop=True)


def _discrimination(item: pd.DataFrame, totals: pd.Series) -> float:
    if len(item) < MIN_FOR_DISCRIMINATION:
        return np.nan
    ranked = item.assign(total=item["learner"].map(totals)).sort_values("total", kind="stable")
    size = max(1, round(len(ranked) * GROUP_SHARE))
    return float(ranked["share"].iloc[-size:].mean() - ranked["share"].iloc[:size].mean())


def _questions(catalogue: Catalogue, grades: Gradebook, learners: pd.DataFrame) -> pd.DataFrame:
    columns = [MODULE, QUESTION, QUESTION_TITLE, MAX, ANSWERS, SHARE, FULL, DISCRIMINATION, COMMENT]
    frame = grades.grades.assign(share=grades.grades["score"] / grades.grades["max_score"].where(
        grades.grades["max_score"] > 0))
    totals = learners.set_index(ID)[PERCENT]
    groups = dict(tuple(frame.groupby(["assignment", "grade_id"]))) if len(frame) else {}
    rows = []
    for assignment in catalogue.assignments:
        code = catalogue.module_of(assignment.id).code
        for question in assignment.questions:
            item = groups.get((assignment.id, question.grade_id), frame.iloc[0:0])
            rows.append({MODULE: code, QUESTION: question.grade_id, QUESTION_TITLE: question.title,
                         MAX: question.points, ANSWERS: len(item), SHARE: item["share"].mean(),
                         FULL: (item["share"] >= 1).mean() if len(item) else np.nan,
                         DISCRIMINATION: _discrimination(item, totals), COMMENT: ""})
    table = pd.DataFrame(rows, columns=columns)
    answered = table[table[ANSWERS] > 0].sort_values(SHARE, kind="stable")
    for index in answered.index[:HARDEST_COUNT]:
        table.at[index, COMMENT] = HARDEST
    poor = table[DISCRIMINATION] < POOR_DISCRIMINATION
    table.loc[poor, COMMENT] = table.loc[poor, COMMENT].map(lambda c: f"{c}; " if c else "") + NOT_DISCRIMINATING
    return table


def _competences(catalogue: Catalogue, grades: Gradebook, learners: pd.DataFrame) -> pd.DataFrame:
    columns = [FRAMEWORK, CODE, COMPETENCE, QUESTIONS, RESPONSES, SHARE, WEAKEST_UNIT]
    pairs = []
    for module in catalogue.modules:
        for question in module.assignment.questions if module.assignment else ():
            pairs += [(module.assignment.id if module.assignment else "", question.grade_id, DIGCOMP, c)
                      for c in question.digcomp]
            pairs += [(module.assignment.id if module.assignment else "", question.grade_id, QD757, c)
                      for c in module.qd757]
    mapping = pd.DataFrame(pairs, columns=["assignment", "grade_id", FRAMEWORK, CODE])
    # Sum per question and unit first (a few thousand rows), then spread the sums over the competences.
    by_unit = grades.grades.assign(**{UNIT: grades.grades["learner"].map(learners.set_index(ID)[UNIT])}) \
        .groupby(["assignment", "grade_id", UNIT], sort=False) \
        .agg(score=("score", "sum"), max_score=("max_score", "sum"), n=("score", "size")).reset_index()
    frame = by_unit.merge(mapping, on=["assignment", "grade_id"])
    total = frame.groupby([FRAMEWORK, CODE])[["score", "max_score"]].sum()
    counts = frame.groupby([FRAMEWORK, CODE])["n"].sum()
    per_unit = frame.groupby([FRAMEWORK, CODE, UNIT])[["score", "max_score"]].sum()
    unit_share = (per_unit["score"] / per_unit["max_score"].where(per_unit["max_score"] > 0)).dropna()
    names = {DIGCOMP: catalogue.digcomp_names, QD757: catalogue.qd757_groups}
    rows = []
    for (framework, code), group in mapping.groupby([FRAMEWORK, CODE], sort=False):
        key = (framework, code)
        share = total["score"].get(key, 0.0) / total["max_score"].get(key, np.nan) if key in total.index else np.nan
        weakest = unit_share.loc[key].idxmin() if key in unit_share.index.droplevel(UNIT) else ""
        answers = int(counts.get(key, 0))
        rows.append({FRAMEWORK: framework, CODE: code, COMPETENCE: names[framework].get(code, ""),
                     QUESTIONS: len(group), RESPONSES: answers, SHARE: share, WEAKEST_UNIT: weakest})
    table = pd.DataFrame(rows, columns=columns)
    order = [(0 if f == DIGCOMP else 1, tuple(int(p) for p in c.split(".") if p.isdigit()))
             for f, c in zip(table[FRAMEWORK], table[CODE], strict=True)]
    return table.iloc[sorted(range(len(table)), key=lambda i: order[i])].reset_index(drop=True)


def _summary(catalogue: Catalogue, learners: pd.DataFrame, units: pd.DataFrame, modules: pd.DataFrame,
             competences: pd.DataFrame, when: str) -> pd.DataFrame:
    count = len(learners)
    passed = int((learners[RESULT] == PASS).sum()) if count else 0
    helped = units.sort_values([PASS_RATE, MEAN], kind="stable").head(5)[UNIT].tolist()
    weak_module = modules.dropna(subset=[SHARE]).sort_values(SHARE).head(1)
    weak_competence = competences.dropna(subset=[SHARE]).sort_values(SHARE).head(1)
    rows: list[tuple[str, object]] = [
        (COURSE_ITEM, catalogue.title),
        (DATE_ITEM, when),
        (PASS_MARK_ITEM, catalogue.pass_mark),
        (UNITS_ITEM, len(units)),
        (ENROLLED, count),
        (STARTED_ITEM, int((learners[HANDED_IN] > 0).sum()) if count else 0),
        (COMPLETED_ITEM, int((learners[COMPLETED] == YES).sum()) if count else 0),
        (PASSED, passed),
        (PASS_RATE, passed / count if count else 0.0),
        (MEAN_ITEM, float(learners[PERCENT].mean()) if count else 0.0),
        (HELP_ITEM, ", ".join(helped)),
        (WEAK_MODULE_ITEM, " — ".join(weak_module[[MODULE, TITLE]].iloc[0]) if len(weak_module) else ""),
        (WEAK_COMPETENCE_ITEM, " — ".join(weak_competence[[CODE, COMPETENCE]].iloc[0])
         if len(weak_competence) else ""),
    ]
    return pd.DataFrame(rows, columns=[ITEM, VALUE])


def build_tables(catalogue: Catalogue, roster: Sequence[Learner], grades: Gradebook,
                 status: Mapping[tuple[str, str], Outcome], when: str) -> Tables:
    people = _roster_frame(roster, grades)
    learners = _learners(catalogue, people, grades, status)
    shares = _module_shares(catalogue, grades, learners)
    modules = _modules(catalogue, shares, grades)
    units = _units(catalogue, learners, shares)
    questions = _questions(catalogue, grades, learners)
    competences = _competences(catalogue, grades, learners)
    summary = _summary(catalogue, learners, units, modules, competences, when)
    notes = [_(LATE_NOTE if bool(grades.submissions["has_due"].any()) else LATE_NOTE_NO_DUE), discrimination_note()]
    return Tables(summary, modules, units, learners, questions, competences, notes)


def filtered(tables: Tables, *, unit: str = "", module: str = "") -> Tables:
    """The same tables limited to one unit and/or one module ("" = all), as the dashboard's and notebook's filters."""
    learners, units, questions, modules = tables.learners, tables.units, tables.questions, tables.modules
    if unit:
        learners, units = learners[learners[UNIT] == unit], units[units[UNIT] == unit]
    if module:
        questions, modules = questions[questions[MODULE] == module], modules[modules[MODULE] == module]
        others = [c for c in learners.columns if c.startswith("M") and " (" in c and not c.startswith(f"{module} (")]
        learners = learners.drop(columns=others)
    return Tables(tables.summary, modules, units, learners, questions, tables.competences, tables.notes)


__all__ = ["Tables", "build_tables", "discrimination_note", "filtered", "for_output", "module_column", "unit_key",
           "word_translator"]
