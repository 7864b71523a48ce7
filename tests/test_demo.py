"""The demo end to end: every simulated learner is in the report with the score their answers earn."""

from __future__ import annotations

import csv
import re
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from rich.console import Console

from kynangso.course.catalogue import load_catalogue
from kynangso.course.demo import DemoResult, demo
from kynangso.course.learners import load_roster
from kynangso.course.simulate import EXPECTED_FILE, simulate
from kynangso.data import person_names
from kynangso.errors import KitError
from kynangso.paths import CourseRoot
from kynangso.reporting.report import TOTAL
from tests.conftest import CHECKOUT

pytestmark = pytest.mark.slow


LEARNERS, SEED = 4, 16  # a seed where one of the four passes: the certificates are made too


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[DemoResult, Console]:
    """One demo of a class, shared by the tests that read it."""
    console = Console(record=True, width=120)
    result = demo(course=CHECKOUT, directory=tmp_path_factory.mktemp("demo") / "lop", learners=LEARNERS, seed=SEED,
                  console=console)
    return result, console


def test_demo_scores_match_what_each_simulated_learner_earned(run: tuple[DemoResult, Console]) -> None:
    result, console = run
    with result.expected.open(encoding="utf-8") as handle:
        expected = list(csv.DictReader(handle))
    learners = result.report.learners.set_index("Mã học viên")
    totals: dict[str, float] = {}
    for row in expected:
        totals[row["ma_hoc_vien"]] = totals.get(row["ma_hoc_vien"], 0.0) + float(row["diem_du_kien"])
    assert sorted(learners.index) == sorted(totals) and len(totals) == LEARNERS
    for learner, total in totals.items():
        assert learners.loc[learner, TOTAL] == total, learner
    assert len(expected) == LEARNERS * len(load_catalogue(result.workshop.catalogue).assignments)
    kinds = {row["kieu_bai"] for row in expected}
    assert {"dung", "hong"} <= kinds and len(kinds) >= 4
    broken = next(row["ma_hoc_vien"] for row in expected if row["kieu_bai"] == "hong")
    assert "tệp bị hỏng" in learners.loc[broken, "Ghi chú"]
    assert set(result.report.units["Đơn vị"]) == {"Xã Quỳ Châu", "Xã Châu Tiến", "Xã Hùng Chân", "Xã Châu Bình"}
    text = console.export_text()
    assert "Kết quả theo xã" in text and "bao-cao-diem.xlsx" in text and "Điều phối viên xem trước" in text
    # One file each: nobody loses points for a side file; only the learners who left a whole exercise blank are named.
    assert "tra-loi.json" not in text
    named = Counter(re.findall(r"Chưa có câu trả lời nào: .*? \(mã ([\w-]+)\)", " ".join(text.split())))
    assert named == Counter(row["ma_hoc_vien"] for row in expected if row["kieu_bai"] == "bo-trong")
    reports = result.workshop.reports
    for name in ("bao-cao-diem.xlsx", "bao-cao.html", "diem-theo-hoc-vien.csv", "diem-theo-don-vi.csv",
                 "theo-cau-hoi.csv", "theo-nang-luc.csv", "tong-hop.csv"):
        assert (reports / name).is_file(), name
    passed = set(learners.index[learners["Kết quả"] == "Đạt"])
    assert passed and {p.stem for p in (reports / "chung-nhan").glob("*.pdf")} == passed
    assert (reports / "chung-nhan-tat-ca.pdf").is_file()
    assert result.expected.parent.name == "bai-nop" and EXPECTED_FILE in str(result.expected)


def _contents(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (the members of a zip one by one), by its path."""
    found = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as bundle:
                found.update({f"{path.name}/{m}": bundle.read(m) for m in sorted(bundle.namelist())})
        else:
            found[str(path.relative_to(folder))] = path.read_bytes()
    return found


def test_demo_is_deterministic_for_a_seed(run: tuple[DemoResult, Console], tmp_path: Path) -> None:
    """The same seed gives the same people and, byte for byte, the same submissions and expected points; the report
    equals what the submissions earn (the test above), so the demo's result is the same for a seed."""
    result, _console = run
    people = person_names.cadres(LEARNERS, SEED)
    assert people == person_names.cadres(LEARNERS, SEED)
    assert [x.name for x in load_roster(result.workshop)] == [p["Họ và tên"] for p in people]
    again = simulate(result.workshop, load_catalogue(result.workshop.catalogue), load_roster(result.workshop),
                     tmp_path / "lai", SEED)
    first, second = _contents(result.expected.parent), _contents(again.parent)
    assert len(first) > LEARNERS and first == second


def test_demo_refuses_a_folder_inside_the_course(course: CourseRoot) -> None:
    with pytest.raises(KitError, match="nằm trong thư mục khóa học"):
        demo(course=course, directory=course.root / "lop-thu", learners=3)
