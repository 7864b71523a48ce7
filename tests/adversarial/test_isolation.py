"""Learner code that attacks the grading: each attack is stopped, costs only what it touched, and is reported.

The attacks are sized so that a missing limit makes the test fail without harming the machine: the memory
grab asks for 3 GB of untouched memory (no real memory is used if it succeeds), the process flood starts at
most 300 sleeping processes, the memory grab spread over processes touches 6 × 400 MB for four seconds.
``test_the_attacks_succeed_without_isolation`` grades the same submissions
with isolation turned off, to show that each test here can fail.
"""

from __future__ import annotations

import os
import re
import socket
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from kynangso.course import notebooks
from kynangso.course.simulate import fill
from kynangso.grading.grade import Outcome, grade
from kynangso.grading.isolation import sandbox
from kynangso.paths import CourseRoot
from kynangso.reporting.report import TOTAL, report
from tests.adversarial.conftest import collected_class
from tests.conftest import CHECKOUT, M02

pytestmark = pytest.mark.slow

FULL = 9  # points of assignment 02; question 1 is worth 2
# Question 1 is a text box (ShortText "so_ky_hieu"); an answer cell that builds it and gives an answer with code.
BOX_1 = 'from kynangso.widgets import ShortText\ncau_1 = ShortText("so_ky_hieu", "Câu 1")\n'
RIGHT_1 = f'{BOX_1}cau_1.answer("07/QĐ-UBND")'
WRONG_1 = f'{BOX_1}cau_1.answer("sai")'
ATTACKS = {
    "xin-bo-nho": f"_kho = bytes(3 * 1024 ** 3)\n{RIGHT_1}",
    "bo-nho-nhieu-tien-trinh": ('import subprocess, sys\n_con = [subprocess.Popen([sys.executable, "-c", "import time; '
                                '_b = bytearray(400 << 20); time.sleep(4)"]) for _ in range(6)]\n'
                                f'assert all(p.wait() == 0 for p in _con)\n{RIGHT_1}'),
    "tao-tien-trinh": f'import subprocess\n_con = [subprocess.Popen(["sleep", "30"]) for _ in range(300)]\n{RIGHT_1}',
    "ghi-so-diem": ('import sqlite3\n_so = sqlite3.connect("../../../gradebook.db")\n'
                    '_so.execute("UPDATE grade SET auto_score = 0 WHERE notebook_id IN (SELECT n.id FROM '
                    'submitted_notebook n JOIN submitted_assignment a ON n.assignment_id = a.id '
                    f'WHERE a.student_id = \'bac-thi-anh\')")\n_so.commit()\n{RIGHT_1}'),
    "doc-bai-ban": ('_ban = open("../../../submitted/lo-thi-hoa/02-the-thuc-van-ban/bai-tap-02.ipynb", '
                    f'encoding="utf-8").read()\n{RIGHT_1}'),
    "doc-dap-an": ('_an = open("../../../../solutions/02-the-thuc-van-ban/bai-tap-02.ipynb", '
                   f'encoding="utf-8").read()\n{RIGHT_1}'),
    "doc-dap-an-cua-bo-hoc-lieu": (f'_an = open("{CHECKOUT.solutions}/02-the-thuc-van-ban/bai-tap-02.ipynb", '
                                   f'encoding="utf-8").read()\n{RIGHT_1}'),
    "doc-so-tay-dang-cham": f'_kiem_tra_an = open("bai-tap-02.ipynb", encoding="utf-8").read()\n{RIGHT_1}',
    "goi-mang": f'import socket\nsocket.create_connection(("127.0.0.1", {{port}}), timeout=5).close()\n{RIGHT_1}',
    "sua-yeu-cau": (f'import kynangso.learner.selfcheck\n'
                    f'kynangso.learner.selfcheck.yeu_cau = lambda *a, **k: None\n{WRONG_1}'),
    "sua-ham-chuan-hoa": ('import unicodedata\nunicodedata.normalize = lambda dang, chu: "07/QĐ-UBND"\n'
                          f'{BOX_1}cau_1.answer("08/QĐ-UBND")'),
}
# A text that says yes to every comparison (and survives strip/split/normalize), as the answer to question 1.
ALWAYS_TRUE = ("class _Chu(str):\n    def __eq__(self, other):\n        return True\n    __hash__ = str.__hash__\n"
               "    def strip(self, *args):\n        return self\n"
               "    def split(self, *args):\n        return [self, self]\n"
               f'{BOX_1}cau_1.answer(_Chu("99/SAI"))')
LEARNERS = {
    "Bạc Thị Ánh": "nan-nhan", "Lò Thị Hoa": "dung-het", "Vi Văn Đức": "xin-bo-nho", "Kha Thị Mai": "tao-tien-trinh",
    "Lang Văn Sơn": "ghi-so-diem", "Ngân Thị Yến": "doc-bai-ban", "Hà Văn Tú": "doc-dap-an",
    "Vi Thị Lan": "doc-so-tay-dang-cham", "Lường Văn Nam": "goi-mang", "Đinh Thị Thu": "sua-yeu-cau",
    "Cầm Văn Hùng": "sua-ham-chuan-hoa", "Lò Văn Tiến": "so-sanh-luon-dung", "Quàng Thị Mai": "bo-qua-kiem-tra",
    "Sầm Văn Lợi": "sai-cau-1", "Mạc Thị Nga": "bo-nho-nhieu-tien-trinh",
    "Hoàng Văn Chiến": "doc-dap-an-cua-bo-hoc-lieu",
}
EXPECTED = {kind: FULL - 2 for kind in ATTACKS} | {"nan-nhan": FULL, "dung-het": FULL, "sai-cau-1": FULL - 2,
                                                   "so-sanh-luon-dung": FULL - 2, "bo-qua-kiem-tra": FULL - 2}
REPORTED = {"xin-bo-nho": "bộ nhớ", "bo-nho-nhieu-tien-trinh": "nhiều tiến trình dùng quá nhiều bộ nhớ",
            "tao-tien-trinh": "tiến trình", "ghi-so-diem": "sổ điểm",
            "doc-bai-ban": "ngoài thư mục bài làm", "doc-dap-an": "ngoài thư mục bài làm",
            "doc-dap-an-cua-bo-hoc-lieu": "ngoài thư mục bài làm",
            "doc-so-tay-dang-cham": "không được phép", "goi-mang": "mạng", "sua-yeu-cau": "can thiệp",
            "sua-ham-chuan-hoa": "can thiệp", "so-sanh-luon-dung": "can thiệp", "bo-qua-kiem-tra": "ô kiểm tra"}


def _set_cell(nb: notebooks.NotebookNode, question: str, source: str) -> None:
    """Replace the whole answer cell of the widget question ``question``."""
    cell = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution")
                and re.search(rf"= \w+\(\s*\"{question}\"", c.source))
    cell.source = source


def _submission(released: Path, right: dict[str, str | None], kind: str, port: int) -> notebooks.NotebookNode:
    nb = fill(released, right)
    if kind in ATTACKS:
        _set_cell(nb, "so_ky_hieu", ATTACKS[kind].replace("{port}", str(port)))
    elif kind == "so-sanh-luon-dung":
        _set_cell(nb, "so_ky_hieu", ALWAYS_TRUE)
    elif kind in ("sai-cau-1", "bo-qua-kiem-tra"):
        _set_cell(nb, "so_ky_hieu", WRONG_1)
    if kind == "bo-qua-kiem-tra":  # nbclient skips cells tagged "skip-execution"; a skipped test has no error
        for cell in nb.cells:
            if cell.metadata.get("nbgrader", {}).get("grade") and not cell.metadata["nbgrader"].get("solution"):
                cell.metadata["tags"] = ["skip-execution"]
    return nb


def _prepare(template: CourseRoot, root: Path, port: int) -> CourseRoot:
    return collected_class(template, root, LEARNERS.items(),
                           lambda released, right, kind: _submission(released, right, kind, port))


@pytest.fixture(scope="module")
def listener() -> Iterator[socket.socket]:
    """A local service learner code must not reach."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(500)
        server.setblocking(False)
        yield server


Graded = tuple[CourseRoot, list[Outcome], list[str]]


@pytest.fixture(scope="module")
def attacked(released_template: CourseRoot, tmp_path_factory: pytest.TempPathFactory,
             listener: socket.socket) -> Graded:
    course = _prepare(released_template, tmp_path_factory.mktemp("tan-cong") / "lop", listener.getsockname()[1])
    warnings: list[str] = []
    return course, grade(course=course, assignments=[M02], workers=2, warn=warnings.append), warnings


def _by_kind(course: CourseRoot, values: dict[str, object]) -> dict[str, object]:
    table = report(course=course).learners
    ids = dict(zip(table["Họ và tên"], table["Mã học viên"], strict=True))
    return {kind: values[ids[name]] for name, kind in LEARNERS.items() if ids[name] in values}


def _scores(course: CourseRoot) -> dict[str, object]:
    table = report(course=course).learners
    return _by_kind(course, dict(zip(table["Mã học viên"], table[TOTAL], strict=True)))


def test_machine_offers_full_isolation(attacked: Graded) -> None:
    """CI and lab machines run Debian with bubblewrap: grading there must not fall back silently."""
    assert sandbox.plan("auto", 2).mode == "bwrap"
    assert attacked[2] == []


def test_batch_completes_and_every_learner_gets_the_score_the_work_earns(attacked: Graded) -> None:
    course, outcomes, _ = attacked
    assert len(outcomes) == len(LEARNERS)
    assert all(o.ok for o in outcomes), [(o.learner, o.reason) for o in outcomes if not o.ok]
    assert _scores(course) == EXPECTED


def test_trainer_is_told_what_each_attack_did(attacked: Graded) -> None:
    course, outcomes, _ = attacked
    flags = _by_kind(course, {o.learner: o.flags for o in outcomes})
    for kind, words in REPORTED.items():
        assert words in str(flags[kind]), (kind, flags[kind])
    assert flags["nan-nhan"] == flags["dung-het"] == flags["sai-cau-1"] == ""


def test_gradebook_is_intact(attacked: Graded) -> None:
    with sqlite3.connect(attacked[0].gradebook) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("SELECT count(*) FROM grade WHERE auto_score > 0").fetchone()[0] > 0


def test_network_call_never_reached_the_local_service(attacked: Graded, listener: socket.socket) -> None:
    with pytest.raises(BlockingIOError):
        listener.accept()


def test_no_process_of_the_flood_outlives_grading(attacked: Graded) -> None:
    leftovers = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            if (proc / "cmdline").read_bytes() == b"sleep\x0030\x00" and proc.stat().st_uid != 0:
                leftovers.append(proc.name)
        except OSError:
            continue
    assert leftovers == []


def test_learner_folder_is_given_back_to_the_grader(attacked: Graded) -> None:
    for path in attacked[0].autograded.rglob("*"):
        assert path.stat().st_uid == os.getuid(), path


def test_the_attacks_succeed_without_isolation(released_template: CourseRoot, tmp_path: Path,
                                               listener: socket.socket) -> None:
    """Without the sandbox the same submissions cheat (so the tests above can fail); the guard still holds."""
    course = _prepare(released_template, tmp_path / "lop", listener.getsockname()[1])
    warnings: list[str] = []
    # One worker grades in learner-id order: bac-thi-anh first, then (later) the gradebook writer.
    grade(course=course, assignments=[M02], workers=1, isolation="none", warn=warnings.append)
    assert warnings and "tắt cô lập" in warnings[0]
    scores = _scores(course)
    for kind in ("xin-bo-nho", "bo-nho-nhieu-tien-trinh", "tao-tien-trinh", "doc-bai-ban", "doc-dap-an",
                 "doc-dap-an-cua-bo-hoc-lieu", "doc-so-tay-dang-cham", "goi-mang"):
        assert scores[kind] == FULL, kind
    assert scores["nan-nhan"] == 0
    connection, _ = listener.accept()
    connection.close()
    for kind in ("sua-yeu-cau", "sua-ham-chuan-hoa", "so-sanh-luon-dung", "bo-qua-kiem-tra"):
        assert scores[kind] == EXPECTED[kind], kind
