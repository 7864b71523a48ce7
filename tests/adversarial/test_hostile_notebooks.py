"""Hostile or broken learner notebooks: the batch goes on, tampering earns nothing, a rerun changes nothing."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kynangso.course import notebooks
from kynangso.course.simulate import fill
from kynangso.grading.grade import BACKUPS, Outcome, grade
from kynangso.paths import CourseRoot
from kynangso.reporting.report import TOTAL, report
from tests.adversarial.conftest import collected_class
from tests.conftest import M02

pytestmark = pytest.mark.slow

FIRST = "tra_loi_so_ky_hieu_quyet_dinh"
LEARNERS = {
    "Lò Thị Hoa": "dung-het",
    "Vi Văn Đức": "sys-exit",
    "Kha Thị Mai": "os-exit",
    "Lang Văn Sơn": "in-rat-nhieu",
    "Ngân Thị Yến": "sua-o-kiem-tra",
    "Hà Văn Tú": "xoa-o-kiem-tra",
    "Vi Thị Lan": "tu-cho-diem",
}


def _nb(released: Path, right: dict[str, str | None], kind: str) -> notebooks.NotebookNode:
    if kind == "sys-exit":
        return fill(released, {**right, FIRST: '__import__("sys").exit(0)'})
    if kind == "os-exit":
        return fill(released, {**right, FIRST: '__import__("os")._exit(1)'})
    if kind == "in-rat-nhieu":
        return fill(released, {**right, FIRST: f'(print("x" * 3_000_000), {right[FIRST]})[1]'})
    empty: dict[str, str | None] = {}
    nb = fill(released, empty if kind == "sua-o-kiem-tra" else right)
    tests = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade") and c.cell_type == "code"]
    if kind == "sua-o-kiem-tra":
        for cell in tests:
            cell.source = "pass  # kiểm tra đã bị xóa"
    elif kind == "xoa-o-kiem-tra":
        nb.cells.remove(tests[0])
    elif kind == "tu-cho-diem":
        for cell in tests:
            cell.metadata["nbgrader"]["points"] = 100
    return nb


@pytest.fixture(scope="module")
def hostile(released_template: CourseRoot,
            tmp_path_factory: pytest.TempPathFactory) -> tuple[CourseRoot, list[Outcome]]:
    course = collected_class(released_template, tmp_path_factory.mktemp("hostile") / "lop", LEARNERS.items(), _nb)
    return course, grade(course=course, assignments=[M02], workers=2)


def _scores(course: CourseRoot) -> dict[str, float]:
    table = report(course=course).learners
    return dict(zip(table["Mã học viên"], table[TOTAL], strict=True))


def test_every_hostile_notebook_is_attempted(hostile: tuple[CourseRoot, list[Outcome]]) -> None:
    _, outcomes = hostile
    assert len(outcomes) == len(LEARNERS)
    assert all(o.ok or o.reason for o in outcomes)
    assert all("Traceback" not in o.reason for o in outcomes)


def test_sys_exit_in_an_answer_loses_only_that_question(hostile: tuple[CourseRoot, list[Outcome]]) -> None:
    assert _scores(hostile[0])["vi-van-duc"] == 9 - 2


def test_killing_the_kernel_is_explained_or_scored_without_the_question(
        hostile: tuple[CourseRoot, list[Outcome]]) -> None:
    outcome = next(o for o in hostile[1] if o.learner == "kha-thi-mai")
    assert (not outcome.ok and "kernel" in outcome.reason) or _scores(hostile[0])["kha-thi-mai"] <= 9 - 2


def test_huge_output_does_not_stop_grading(hostile: tuple[CourseRoot, list[Outcome]]) -> None:
    assert _scores(hostile[0])["lang-van-son"] == 9
    outcome = next(o for o in hostile[1] if o.learner == "lang-van-son")
    assert "quá dài" in outcome.flags


def test_huge_output_is_cut_in_the_graded_notebook(hostile: tuple[CourseRoot, list[Outcome]]) -> None:
    path = hostile[0].autograded / "lang-van-son" / M02 / "bai-tap-02.ipynb"
    assert path.stat().st_size < 1_000_000


def test_tests_replaced_by_pass_earn_nothing(hostile: tuple[CourseRoot, list[Outcome]]) -> None:
    assert _scores(hostile[0])["ngan-thi-yen"] == 0


def test_deleted_test_cell_is_restored_and_run(hostile: tuple[CourseRoot, list[Outcome]]) -> None:
    assert _scores(hostile[0])["ha-van-tu"] == 9


def test_points_raised_in_metadata_are_ignored(hostile: tuple[CourseRoot, list[Outcome]]) -> None:
    assert _scores(hostile[0])["vi-thi-lan"] == 9


def test_rerun_gives_identical_scores_and_keeps_a_backup(hostile: tuple[CourseRoot, list[Outcome]]) -> None:
    course, _ = hostile
    before = _scores(course)
    grade(course=course, assignments=[M02], workers=1)  # in this process, with a kernel that dies (os._exit)
    assert _scores(course) == before
    assert not [t.name for t in threading.enumerate() if t.name.startswith("kynangso-memory")]
    assert all(path.stat().st_uid == os.getuid() for path in course.autograded.rglob("*"))
    assert list((course.grading / BACKUPS).glob("gradebook-*.db"))


def test_tampering_is_flagged_but_hidden_test_checksums_are_not(hostile: tuple[CourseRoot, list[Outcome]]) -> None:
    flags = {o.learner: o.flags for o in hostile[1]}
    tampered = {learner for learner, flag in flags.items() if "ô chỉ đọc/ô kiểm tra" in flag}
    assert tampered == {"ngan-thi-yen", "ha-van-tu", "vi-thi-lan"}
    assert "so_ky_hieu_quyet_dinh" in flags["ha-van-tu"]


def test_run_killed_midway_then_rerun_gives_identical_scores(hostile: tuple[CourseRoot, list[Outcome]],
                                                             tmp_path: Path) -> None:
    reference = _scores(hostile[0])
    shutil.copytree(hostile[0].root, tmp_path / "lop")
    course = CourseRoot(tmp_path / "lop")
    command = [str(Path(sys.executable).with_name("kynangso")), "grade", M02, "--workers", "2",
               "--dir", str(course.root)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    time.sleep(5)
    assert process.poll() is None, "the run finished before it could be interrupted"
    os.killpg(process.pid, signal.SIGKILL)  # the whole run, workers and kernels included, as a power cut would
    process.wait()
    grade(course=course, assignments=[M02], workers=2)
    assert _scores(course) == reference
