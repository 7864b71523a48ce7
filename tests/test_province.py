"""The province view end to end: 20 class archives from simulated workshops (one class graded for real, the others
derived from it), merged into one gradebook, and the merged report checked against the per-class reports cell for
cell; the tampered archive is refused and named."""

from __future__ import annotations

import sqlite3
import zipfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pandas as pd
import pytest

from kynangso.course.catalogue import load_catalogue
from kynangso.course.learners import load_roster
from kynangso.paths import CourseRoot
from kynangso.province import archive as a
from kynangso.province import tables as pt
from kynangso.province.export import export
from kynangso.province.gradebook import CONVERTED, NEW_MAX, OLD_MAX, QUESTION, WHAT_DONE
from kynangso.province.merge import MergeResult, merge
from kynangso.province.output import build
from kynangso.province.store import open_store
from kynangso.reporting import columns as c
from kynangso.reporting.report import tables as class_tables
from kynangso.reporting.tables import Tables
from kynangso.rules.communes import official_names
from tests.conftest import M02
from tests.province_classes import (
    awaiting_hand_grading,
    derive,
    full_marks,
    graded_class,
    new_learners,
    older_catalogue,
    same_person,
)

pytestmark = pytest.mark.slow

WHEN = date(2026, 6, 30)
CLASSES = 20
SHARED_FROM, SHARED_TO = 2, 3        # the same learner (same id, name, unit) in both; class 3 is newer
BY_NAME_FROM, BY_NAME_TO = 1, 4      # the same name, birth year and unit under another id
OLD, TAMPERED = 5, 7
HAND = 9                             # one learner's answer waits for hand grading
TRAINERS = ("Lò Văn Hùng", "Vi Thị Lan")
START = datetime(2025, 10, 1, tzinfo=UTC)


@dataclass
class Province:
    expected: dict[int, Tables]   # per-class report (for the old-catalogue class: before the catalogue change)
    ids: dict[int, list[str]]     # roster ids per class
    archives: list[Path]
    result: MergeResult
    tables: pt.ProvinceTables
    into: Path
    changed: str                  # the question whose maximum the older catalogue doubled


@pytest.fixture(scope="module")
def province(released_template: CourseRoot, tmp_path_factory: pytest.TempPathFactory) -> Province:
    root = tmp_path_factory.mktemp("province")
    monkey = pytest.MonkeyPatch()
    monkey.setenv("KYNANGSO_KEY_DIR", str(root / "khoa"))
    try:
        return _build(released_template, root)
    finally:
        monkey.undo()


def _build(template: CourseRoot, root: Path) -> Province:
    base = graded_class(template, root / "goc")
    roster = load_roster(base)
    units = official_names()[:CLASSES]
    rosters = {k: new_learners(k, roster, units[k]) for k in range(CLASSES)}
    rosters[SHARED_TO][0] = rosters[SHARED_FROM][0]
    rosters[BY_NAME_TO][1] = same_person(rosters[BY_NAME_FROM][1], f"nguoi-trung-ten-l{BY_NAME_TO}")
    changed = load_catalogue(base.catalogue).assignment(M02).questions[0].grade_id
    expected, archives = {}, []
    for k in range(CLASSES):
        course = derive(base, root / f"lop-{k:02d}", rosters[k], timedelta(days=15 * k))
        if k == SHARED_TO:
            full_marks(course, rosters[k][0].id)
        if k == SHARED_FROM:  # the older class's result differs, so the merge shows which one it kept
            full_marks(course, rosters[k][0].id, share=0.0)
        if k == HAND:
            awaiting_hand_grading(course, rosters[k][0].id)
        expected[k] = class_tables(course, when=WHEN)
        if k == OLD:
            older_catalogue(course, M02, changed)
        done = export(course=course, trainer=TRAINERS[k % 2], out=root / "gui", now=START + timedelta(days=k))
        archives.append(done.path)
    _tamper(archives[TAMPERED])
    into = root / "tinh.db"
    result = merge(archives=archives, into=into, out=root / "bao-cao")
    with_store = open_store(into)
    try:
        tables, _catalogue = build(with_store, when=WHEN)
    finally:
        with_store.close()
    return Province(expected, {k: [x.id for x in r] for k, r in rosters.items()}, archives, result, tables, into,
                    changed)


def _tamper(path: Path) -> None:
    """Change one score in the archive's grades, as a hand edit would, keeping every other byte."""
    with zipfile.ZipFile(path) as bundle:
        members = {name: bundle.read(name) for name in bundle.namelist()}
    text = members[a.GRADES].decode("utf-8-sig")
    header, *rows = text.splitlines()
    score = header.split(",").index("score")
    line = next(x for x in rows if x.split(",")[score] == "0.0")
    fields = line.split(",")
    fields[score] = "1.0"
    members[a.GRADES] = text.replace(line, ",".join(fields), 1).encode("utf-8-sig")
    with zipfile.ZipFile(path, "w") as bundle:
        for name, data in members.items():
            bundle.writestr(name, data)


def _expected_learners(p: Province) -> pd.DataFrame:
    """The per-class learner rows the merged report must show: the tampered class left out, a person seen twice
    shown once with the newer class's row under the first class's id, ranks taken again within each unit."""
    frames = []
    for k, tables in p.expected.items():
        if k == TAMPERED:
            continue
        rows = tables.learners.copy()
        if k == SHARED_FROM:
            rows = rows[rows[c.ID] != p.ids[k][0]]
        if k == BY_NAME_FROM:
            rows = rows[rows[c.ID] != p.ids[k][1]]
        if k == BY_NAME_TO:
            rows[c.ID] = rows[c.ID].replace(p.ids[k][1], p.ids[BY_NAME_FROM][1])
        frames.append(rows)
    table = pd.concat(frames, ignore_index=True)
    table[c.RANK] = table.groupby(c.UNIT)[c.TOTAL].rank(method="min", ascending=False).astype("int64")
    # Only the class with points waiting has that column; merged, everyone else waits for 0 points, and the column
    # stands where a class report puts it (after the result).
    table[c.PENDING_POINTS] = table[c.PENDING_POINTS].fillna(0.0)
    order = [x for x in p.expected[HAND].learners.columns if x in table.columns]
    return table[order].set_index(c.ID)


def test_the_tampered_archive_is_refused_and_named(province: Province) -> None:
    assert len(province.result.refused) == 1
    message = province.result.refused[0]
    assert province.archives[TAMPERED].name in message and f"'{a.GRADES}'" in message and "SHA-256" in message
    assert len(province.result.merged) == CLASSES - 1
    assert {n for n, _ in province.result.new_trainers} == set(TRAINERS)


def test_merged_learners_match_the_class_reports_cell_for_cell(province: Province) -> None:
    merged = province.tables.base.learners.set_index(c.ID)
    expected = _expected_learners(province)
    assert len(merged) == len(expected) == (CLASSES - 1) * 6 - 2
    pd.testing.assert_frame_equal(merged.sort_index(), expected.loc[merged.index].sort_index(), check_dtype=False)
    # The shared learner: the newer class (full marks) wins over the older one, which differs.
    shared = province.ids[SHARED_TO][0]
    older = province.expected[SHARED_FROM].learners.set_index(c.ID).loc[shared]
    assert merged.loc[shared, c.TOTAL] > older[c.TOTAL]
    assert not set(province.ids[TAMPERED]) & set(merged.index)
    # Points waiting for hand grading in a class still wait in the province: neither passed nor failed.
    assert merged.loc[province.ids[HAND][0], c.RESULT] == c.PENDING


def test_units_summary_and_questions_add_up(province: Province) -> None:
    units = province.tables.base.units.set_index(c.UNIT)
    expected = _expected_learners(province)
    for k, tables in province.expected.items():
        unit = official_names()[k]
        if k in (TAMPERED, SHARED_FROM, SHARED_TO, BY_NAME_FROM, BY_NAME_TO):
            continue
        one = tables.units.set_index(c.UNIT).loc[unit]
        pd.testing.assert_series_equal(units.loc[unit], one, check_names=False, check_dtype=False)
    assert int(units[c.ENROLLED].sum()) == len(expected)
    summary = dict(zip(province.tables.base.summary[c.ITEM], province.tables.base.summary[c.VALUE], strict=True))
    assert summary[c.PASSED] == int((expected[c.RESULT] == c.PASS).sum())
    questions = province.tables.base.questions.set_index(c.QUESTION)
    answered = sum(int(t.questions.set_index(c.QUESTION).loc[province.changed, c.ANSWERS])
                   for k, t in province.expected.items() if k != TAMPERED)
    assert int(questions.loc[province.changed, c.ANSWERS]) == answered - 2  # two people counted once


def test_province_tables(province: Province) -> None:
    t = province.tables
    assert len(t.workshops) == CLASSES - 1 and set(t.workshops[pt.TRAINER]) == set(TRAINERS)
    assert t.workshops[c.ENROLLED].sum() == (CLASSES - 1) * 6
    assert int(t.trainers[pt.WORKSHOPS_N].sum()) == CLASSES - 1
    assert set(t.trainers[pt.FINGERPRINT].str.len()) == {19}
    assert len(t.missing_units) == len(official_names()) - (CLASSES - 1)
    assert official_names()[TAMPERED] in set(t.missing_units[c.UNIT])
    assert list(t.to_confirm[pt.CLASS_ID]) == [f"nguoi-trung-ten-l{BY_NAME_TO}"]
    change = t.changes.iloc[0]
    assert (change[QUESTION], change[OLD_MAX], change[NEW_MAX], change[WHAT_DONE]) == (
        province.changed, 2 * change[NEW_MAX], change[NEW_MAX], CONVERTED)
    whole = t.progress[t.progress[c.UNIT] == pt.WHOLE_PROVINCE]
    expected = _expected_learners(province)
    assert whole[pt.SUBMISSIONS_IN_MONTH].sum() == int(expected[c.HANDED_IN].sum())
    assert t.progress.loc[t.progress[c.UNIT] != pt.WHOLE_PROVINCE, pt.SUBMISSIONS_IN_MONTH].sum() \
        == whole[pt.SUBMISSIONS_IN_MONTH].sum()
    assert whole[pt.MONTH].is_monotonic_increasing and whole[pt.MONTH].nunique() > 3


def _counts(into: Path) -> dict[str, int]:
    with sqlite3.connect(into) as db:
        names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {n: db.execute(f"SELECT count(*) FROM {n}").fetchone()[0] for n in names}


def test_merging_again_changes_nothing(province: Province) -> None:
    before = _counts(province.into)
    again = merge(archives=province.archives, into=province.into, report=False)
    assert again.merged == [] and len(again.unchanged) == CLASSES - 1 and len(again.refused) == 1
    assert _counts(province.into) == before
    with_store = open_store(province.into)
    try:
        tables, _catalogue = build(with_store, when=WHEN)
    finally:
        with_store.close()
    pd.testing.assert_frame_equal(tables.base.learners, province.tables.base.learners)
    pd.testing.assert_frame_equal(tables.workshops, province.tables.workshops)
