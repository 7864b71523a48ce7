"""Class archives and trust on a small fixed gradebook (no grading run): keys, fingerprints, refusals, idempotence."""

from __future__ import annotations

import sqlite3
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kynangso.course.workspace import copy_course
from kynangso.errors import KitError
from kynangso.paths import CourseRoot
from kynangso.province import archive as a
from kynangso.province import tables as pt
from kynangso.province.export import export
from kynangso.province.keys import key_dir
from kynangso.province.merge import merge
from kynangso.province.output import build
from kynangso.province.store import open_store
from kynangso.reporting import columns as c
from tests.conftest import CHECKOUT
from tests.report_gradebook import build as build_gradebook

NOW = datetime(2025, 10, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def small(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CourseRoot:
    monkeypatch.setenv("KYNANGSO_KEY_DIR", str(tmp_path / "khoa"))
    course = copy_course(CHECKOUT, tmp_path / "lop")
    build_gradebook(course)
    return course


def test_the_archive_holds_the_public_key_only_and_a_readable_fingerprint(small: CourseRoot) -> None:
    done = export(course=small, trainer="Lò Văn Hùng", now=NOW)
    assert done.new_key and len(done.fingerprint) == 19 and done.fingerprint.count("-") == 3
    private = (key_dir() / "lo-van-hung.pem").read_bytes()
    with zipfile.ZipFile(done.path) as bundle:
        names = set(bundle.namelist())
        assert all(private not in bundle.read(n) for n in names)
    assert names == {a.MANIFEST, a.SIGNATURE, a.CATALOGUE, a.ROSTER, a.GRADES, a.SUBMISSIONS, a.STATUS}
    assert not str(key_dir()).startswith(str(small.root))
    again = export(course=small, now=NOW.replace(day=2))  # the name is remembered
    assert not again.new_key and again.fingerprint == done.fingerprint and again.workshop == done.workshop


def test_a_path_outside_the_archive_is_refused(small: CourseRoot, tmp_path: Path) -> None:
    done = export(course=small, trainer="Lò Văn Hùng", now=NOW)
    with zipfile.ZipFile(done.path, "a") as bundle:
        bundle.writestr("../../ngoai.txt", b"x")
    with pytest.raises(KitError, match=r"ngoai\.txt"):
        a.read_archive(done.path)


def test_a_new_key_for_a_known_trainer_is_refused_until_accepted(small: CourseRoot, tmp_path: Path) -> None:
    first = export(course=small, trainer="Lò Văn Hùng", now=NOW)
    into = tmp_path / "tinh.db"
    assert merge(archives=[first.path], into=into, report=False).new_trainers == [("Lò Văn Hùng", first.fingerprint)]
    (key_dir() / "lo-van-hung.pem").unlink()  # a reinstalled laptop: a new key under the same name
    second = export(course=small, trainer="Lò Văn Hùng", now=NOW.replace(day=3))
    assert second.fingerprint != first.fingerprint
    refused = merge(archives=[second.path], into=into, report=False)
    assert refused.merged == [] and second.path.name in refused.refused[0] and "--accept-new-key lo-van-hung" \
        in refused.refused[0]
    accepted = merge(archives=[second.path], into=into, report=False, accept_new_key=["lo-van-hung"])
    assert accepted.merged == [second.path.name] and accepted.replaced == [second.path.name]
    assert accepted.new_keys == [("Lò Văn Hùng", first.fingerprint, second.fingerprint)]
    assert merge(archives=[first.path], into=into, report=False).unchanged == [first.path.name]  # merged before


def test_progress_counts_passes_by_month_and_area(small: CourseRoot, tmp_path: Path) -> None:
    done = export(course=small, trainer="Lò Văn Hùng", now=NOW)
    into = tmp_path / "tinh.db"
    result = merge(archives=[done.path], into=into, out=tmp_path / "bao-cao")
    assert {p.name for p in result.files} >= {"bao-cao-tinh.xlsx", "bao-cao-tinh.html", "tinh-theo-lop.csv"}
    store = open_store(into)
    try:
        tables, catalogue = build(store, when=date(2025, 9, 30))
    finally:
        store.close()
    whole = tables.progress[tables.progress[c.UNIT] == pt.WHOLE_PROVINCE]
    # Two pass, their last submissions in August; Sơn's late one (2 September) counts as a submission only.
    assert list(whole[pt.MONTH]) == ["2025-08", "2025-09"] and list(whole[pt.PASSED_IN_MONTH]) == [2, 0]
    assert list(whole[pt.PASSED_SO_FAR]) == [2, 2]
    assert whole[pt.SUBMISSIONS_IN_MONTH].sum() == len(catalogue.assignments) * 3 + 2 + 1
    rows = tables.progress[tables.progress[c.UNIT] != pt.WHOLE_PROVINCE]
    assert set(rows[pt.AREA]) == {pt.QUY_CHAU_AREA}
    html = (tmp_path / "bao-cao" / "bao-cao-tinh.html").read_text(encoding="utf-8")
    assert 'id="loc-khu-vuc"' in html and 'id="loc-tu-thang"' in html and pt.QUY_CHAU_AREA in html


def test_a_store_made_before_hand_grading_was_tracked_is_brought_up_to_date(small: CourseRoot,
                                                                             tmp_path: Path) -> None:
    """An older province gradebook (grades without ``pending``) opens, gets the column, and merges as before."""
    into = tmp_path / "tinh.db"
    with sqlite3.connect(into) as db:
        db.execute("CREATE TABLE province_grades (workshop VARCHAR(100), learner VARCHAR(200), "
                   "assignment VARCHAR(200), grade_id VARCHAR(200), score FLOAT, max_score FLOAT)")
    done = export(course=small, trainer="Lò Văn Hùng", now=NOW)
    assert merge(archives=[done.path], into=into, report=False).merged == [done.path.name]
    with sqlite3.connect(into) as db:
        columns = [row[1] for row in db.execute("PRAGMA table_info(province_grades)")]
        waiting = db.execute("SELECT count(*) FROM province_grades WHERE pending").fetchone()[0]
        rows = db.execute("SELECT count(*) FROM province_grades").fetchone()[0]
    assert columns[-1] == "pending" and rows > 0 and waiting == 0
