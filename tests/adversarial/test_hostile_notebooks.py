"""Hostile or broken learner notebooks: the batch goes on, tampering earns nothing, a rerun changes nothing."""

from __future__ import annotations

import copy
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
from kynangso.grading.grade import BACKUPS, Outcome, grade, log_path
from kynangso.paths import CourseRoot
from kynangso.reporting.report import TOTAL, report
from tests.adversarial.conftest import collected_class
from tests.conftest import M02

pytestmark = pytest.mark.slow

FIRST = "tra_loi_so_ky_hieu_quyet_dinh"
LAST = "tra_loi_ten_loai"  # question 5, worth 1 of the 9 points
LAST_TITLE = "Đọc tên loại từ ký hiệu"
SLEEP_THROUGH_INTERRUPTS = ("\nimport time\nwhile True:\n    try:\n        time.sleep(600)\n"
                            "    except KeyboardInterrupt:\n        pass")
LEARNERS = {
    "Lò Thị Hoa": "dung-het",
    "Vi Văn Đức": "sys-exit",
    "Kha Thị Mai": "os-exit",
    "Lang Văn Sơn": "in-rat-nhieu",
    "Ngân Thị Yến": "sua-o-kiem-tra",
    "Hà Văn Tú": "xoa-o-kiem-tra",
    "Vi Thị Lan": "tu-cho-diem",
    "Lò Văn Dũng": "chet-o-cau-cuoi",
    "Cầm Thị Nga": "ngu-qua-gio-cau-cuoi",
    "Quàng Văn Tâm": "o-nhan-doi",
}


def _nb(released: Path, right: dict[str, str | None], kind: str) -> notebooks.NotebookNode:
    if kind == "sys-exit":
        return fill(released, {**right, FIRST: '__import__("sys").exit(0)'})
    if kind == "os-exit":
        return fill(released, {**right, FIRST: '__import__("os")._exit(1)'})
    if kind == "in-rat-nhieu":
        return fill(released, {**right, FIRST: f'(print("x" * 3_000_000), {right[FIRST]})[1]'})
    if kind == "chet-o-cau-cuoi":
        return fill(released, {**right, LAST: f'{right[LAST]}\n__import__("os")._exit(1)'})
    if kind == "ngu-qua-gio-cau-cuoi":
        return fill(released, {**right, LAST: f"{right[LAST]}{SLEEP_THROUGH_INTERRUPTS}"})
    if kind == "o-nhan-doi":  # an answer cell copied in JupyterLab: same nbgrader grade id, same cell id
        nb = fill(released, right)
        index, cell = next((i, c) for i, c in enumerate(nb.cells)
                           if c.metadata.get("nbgrader", {}).get("grade_id") == FIRST)
        nb.cells.insert(index + 1, copy.deepcopy(cell))
        return nb
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
    with (course.grading / "nbgrader_config.py").open("a", encoding="utf-8") as config:
        config.write("\nc.Execute.timeout = 6\n")  # the sleeping notebook is stopped sooner than in a workshop
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


def _outcome(hostile: tuple[CourseRoot, list[Outcome]], learner: str) -> Outcome:
    return next(o for o in hostile[1] if o.learner == learner)


def test_killing_the_kernel_in_the_first_answer_is_graded_and_explained(
        hostile: tuple[CourseRoot, list[Outcome]]) -> None:
    outcome = _outcome(hostile, "kha-thi-mai")
    assert outcome.ok and _scores(hostile[0])["kha-thi-mai"] == 0
    assert "kernel" in outcome.learner_note and "Số, ký hiệu" in outcome.learner_note


@pytest.mark.parametrize(("learner", "why"), [("lo-van-dung", "kernel"), ("cam-thi-nga", "quá thời gian")])
def test_a_run_that_breaks_in_the_last_question_keeps_the_earlier_points(
        hostile: tuple[CourseRoot, list[Outcome]], learner: str, why: str) -> None:
    assert _scores(hostile[0])[learner] == 9 - 1
    outcome = _outcome(hostile, learner)
    assert outcome.ok and why in outcome.learner_note and LAST_TITLE in outcome.learner_note
    assert LAST_TITLE in outcome.flags  # the trainer hears it too


def test_a_copied_answer_cell_is_repaired_and_the_learner_told(hostile: tuple[CourseRoot, list[Outcome]]) -> None:
    assert _scores(hostile[0])["quang-van-tam"] == 9
    outcome = _outcome(hostile, "quang-van-tam")
    assert outcome.ok and "nhân đôi" in outcome.learner_note


def test_a_log_is_kept_for_every_graded_submission(hostile: tuple[CourseRoot, list[Outcome]]) -> None:
    course, outcomes = hostile
    for outcome in outcomes:
        log = log_path(course, M02, outcome.learner)
        assert log.is_file() and log.read_text(encoding="utf-8").strip(), outcome.learner


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
    graded: list[Outcome] = []  # all again, in this process, with a kernel that dies (os._exit)
    grade(course=course, assignments=[M02], workers=1, again=True, progress=graded.append)
    assert len(graded) == len(hostile[1])
    assert _scores(course) == before
    assert not [t.name for t in threading.enumerate() if t.name.startswith("kynangso-memory")]
    assert all(path.stat().st_uid == os.getuid() for path in course.autograded.rglob("*"))
    assert list((course.grading / BACKUPS).glob("gradebook-*.db"))


def test_tampering_is_flagged_but_hidden_test_checksums_are_not(hostile: tuple[CourseRoot, list[Outcome]]) -> None:
    flags = {o.learner: o.flags for o in hostile[1]}
    restored = {learner for learner, flag in flags.items() if "ô chỉ đọc/ô kiểm tra" in flag}
    assert restored == {"ngan-thi-yen", "ha-van-tu", "vi-thi-lan"}
    assert "so_ky_hieu_quyet_dinh" in flags["ha-van-tu"]
    # Test cells stripped or edited are restored by nbgrader: said as what happened, never as tampering.
    assert not [learner for learner, flag in flags.items() if "can thiệp" in flag]


def test_run_killed_midway_then_rerun_gives_identical_scores(hostile: tuple[CourseRoot, list[Outcome]],
                                                             tmp_path: Path) -> None:
    reference = _scores(hostile[0])
    shutil.copytree(hostile[0].root, tmp_path / "lop")
    course = CourseRoot(tmp_path / "lop")
    command = [str(Path(sys.executable).with_name("kynangso")), "grade", M02, "--workers", "2",
               "--again", "--dir", str(course.root)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    time.sleep(5)
    assert process.poll() is None, "the run finished before it could be interrupted"
    os.killpg(process.pid, signal.SIGKILL)  # the whole run, workers and kernels included, as a power cut would
    process.wait()
    grade(course=course, assignments=[M02], workers=2)
    assert _scores(course) == reference


def test_the_learner_reads_how_a_stopped_run_was_graded(hostile: tuple[CourseRoot, list[Outcome]]) -> None:
    from kynangso.course.catalogue import load_catalogue
    from kynangso.grading.learner_pages.pages import collect_results

    course = hostile[0]
    results = {x.id: x for x in collect_results(course, load_catalogue(course.catalogue))}
    [module] = [m for m in results["lo-van-dung"].modules if m.assignment == M02]
    assert module.score == 9 - 1 and LAST_TITLE in module.note
    [module] = [m for m in results["lo-thi-hoa"].modules if m.assignment == M02]
    assert module.note == ""  # an ordinary run says nothing unusual
