"""The demo end to end: every simulated learner is in the report with the score their answers earn."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from pathlib import Path

import pytest
from rich.console import Console

from kynangso.course.catalogue import load_catalogue
from kynangso.course.demo import DemoResult, demo
from kynangso.course.simulate import EXPECTED_FILE
from kynangso.errors import KitError
from kynangso.paths import CourseRoot
from kynangso.reporting.report import TOTAL
from tests.conftest import CHECKOUT

pytestmark = pytest.mark.slow


LEARNERS, SEED = 8, 7


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
    certificates = {p.stem for p in (reports / "chung-nhan").glob("*.pdf")} if passed else set()
    assert certificates == passed
    if passed:
        assert (reports / "chung-nhan-tat-ca.pdf").is_file()
    assert result.expected.parent.name == "bai-nop" and EXPECTED_FILE in str(result.expected)


def test_demo_is_deterministic_for_a_seed(run: tuple[DemoResult, Console], course: CourseRoot,
                                         tmp_path: Path) -> None:
    again = demo(course=course, directory=tmp_path / "lai", learners=LEARNERS, seed=SEED,
                 console=Console(file=io.StringIO()))
    assert again.report.learners.equals(run[0].report.learners)


def test_demo_refuses_a_folder_inside_the_course(course: CourseRoot) -> None:
    with pytest.raises(KitError, match="nằm trong thư mục khóa học"):
        demo(course=course, directory=course.root / "lop-thu", learners=3)
