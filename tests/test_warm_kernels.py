"""Kernels started ahead: each still serves exactly one learner, in that learner's sandbox, and scores are the same."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import nbformat
import pytest

from kynangso.course import notebooks
from kynangso.course.catalogue import load_catalogue
from kynangso.course.simulate import fill
from kynangso.grading import warm
from kynangso.grading.grade import grade
from kynangso.paths import CourseRoot
from kynangso.reporting.report import TOTAL, learner_table
from tests.adversarial.conftest import collected_class
from tests.conftest import M02

pytestmark = pytest.mark.slow

FULL = 9  # points of assignment 02; question 1 (the text box "so_ky_hieu") is worth 2
# Question 1's answer cell, given with code: it leaves a trace of what the kernel had run before (a kernel that
# served another learner would count more cells and find that learner's mark in its home folder) and could see.
TRACE = """import json, os, sys
with open("dau-vet.json", "w", encoding="utf-8") as _tep:
    json.dump({"cwd": os.getcwd(), "hang_xom": sorted(os.listdir("../..")), "nha": os.listdir(os.path.expanduser("~")),
               "lan_chay": get_ipython().execution_count, "nap_san": "kynangso.widgets" in sys.modules,
               "kenh": __import__("comm").create_comm.__name__}, _tep)
open(os.path.expanduser("~/da-chay"), "w").close()
from kynangso.widgets import ShortText
cau_1 = ShortText("so_ky_hieu", "Câu 1")
"""
READ_NOTEBOOK = '_kiem_tra_an = open("bai-tap-02.ipynb", encoding="utf-8").read()\n'
# "doc-so-tay" tries to read the notebook being graded (it holds the hidden tests), which the kernel started
# ahead must not see either: question 1 then earns nothing.
LEARNERS = {"Lò Thị Hoa": "dung", "Vi Văn Đức": "dung", "Kha Thị Mai": "sai", "Lang Văn Sơn": "dung",
            "Ngân Thị Yến": "doc-so-tay"}


def _submission(released: Path, right: dict[str, str | None], kind: str) -> notebooks.NotebookNode:
    nb = fill(released, right)
    cell = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution")
                and re.search(r"= \w+\(\s*\"so_ky_hieu\"", c.source))
    answer = '"07/QĐ-UBND"' if kind != "sai" else '"sai"'
    cell.source = TRACE + (READ_NOTEBOOK if kind == "doc-so-tay" else "") + f"cau_1.answer({answer})"
    return nb


@pytest.fixture(scope="module")
def classes(released_template: CourseRoot, tmp_path_factory: pytest.TempPathFactory) -> dict[str, CourseRoot]:
    root = tmp_path_factory.mktemp("warm")
    first = collected_class(released_template, root / "nhanh", LEARNERS.items(), _submission)
    shutil.copytree(first.root, root / "cu")
    return {"nhanh": first, "cu": CourseRoot(root / "cu")}


def _scores(course: CourseRoot) -> dict[str, float]:
    table = learner_table(course, load_catalogue(course.catalogue))
    return dict(zip(table["Họ và tên"], table[TOTAL], strict=True))


def test_every_kernel_serves_one_learner_started_ahead_in_their_own_sandbox(
        classes: dict[str, CourseRoot], monkeypatch: pytest.MonkeyPatch) -> None:
    course = classes["nhanh"]
    taken: list[str] = []
    real_take = warm.take

    def take(folder: Path | str, kernel_name: str | None = None) -> object:
        manager = real_take(folder, kernel_name)
        if manager is not None:
            taken.append(Path(folder).parent.name)
        return manager

    monkeypatch.setattr(warm, "take", take)
    outcomes = grade(course=course, assignments=[M02], workers=1)
    assert all(o.ok for o in outcomes) and len(outcomes) == len(LEARNERS)
    assert sorted(taken) == sorted(o.learner for o in outcomes)  # every kernel had been started ahead
    assert warm._ready == {}  # and none is left waiting
    counts = set()
    for outcome in outcomes:
        folder = course.autograded / outcome.learner / M02
        trace = json.loads((folder / "dau-vet.json").read_text(encoding="utf-8"))
        assert Path(trace["cwd"]).resolve() == folder.resolve()
        assert trace["hang_xom"] == [outcome.learner]  # no other learner's folder is even visible
        assert trace["nap_san"] is True
        assert trace["kenh"] == "DummyComm"  # no browser: widgets send nothing to the grader
        graded = nbformat.read(folder / "bai-tap-02.ipynb", as_version=4)
        assert "widgets" not in graded.metadata  # so no widget state is stored in the graded notebook,
        assert any("application/vnd.jupyter.widget-view+json" in output.get("data", {})  # while cells still
                   for cell in graded.cells for output in cell.get("outputs", []))     # show their widgets
        assert "da-chay" not in trace["nha"]  # nobody ran in this kernel before
        counts.add(trace["lan_chay"])
    assert len(counts) == 1 and counts.pop() < 10  # the same few cells ran before, in every kernel
    expected = {name: FULL if kind == "dung" else FULL - 2 for name, kind in LEARNERS.items()}
    assert _scores(course) == expected


def test_the_previous_method_gives_the_same_scores(classes: dict[str, CourseRoot]) -> None:
    if not (classes["nhanh"].autograded / "lo-thi-hoa").is_dir():
        grade(course=classes["nhanh"], assignments=[M02], workers=1)
    outcomes = grade(course=classes["cu"], assignments=[M02], workers=2, quick=False)
    assert all(o.ok for o in outcomes)
    assert _scores(classes["cu"]) == _scores(classes["nhanh"])


def test_a_kernel_not_taken_is_shut_down_and_its_folder_given_back(tmp_path: Path) -> None:
    from traitlets.config import Config

    folder = tmp_path / "autograded" / "hoc-vien" / M02
    folder.mkdir(parents=True)
    (folder / "cu.txt").write_text("bài chấm lần trước", encoding="utf-8")
    warm.start(folder, "bai-tap-02.ipynb", Config(), extra_arguments=["--HistoryManager.hist_file=:memory:"])
    assert warm.waiting(folder) and [p.name for p in folder.iterdir()] == ["bai-tap-02.ipynb"]
    manager = warm._ready[folder.resolve()]
    warm.discard()
    assert not warm.waiting(folder) and not manager.has_kernel
    assert warm.take(folder) is None
    warm.start(folder, "bai-tap-02.ipynb", Config(), extra_arguments=["--HistoryManager.hist_file=:memory:"])
    manager = warm._ready[folder.resolve()]
    warm.drop(folder)  # a second try of the same submission starts its own kernel
    assert not warm.waiting(folder) and not manager.has_kernel


def test_a_kernel_that_cannot_start_ahead_leaves_nothing_waiting(tmp_path: Path) -> None:
    from traitlets.config import Config

    folder = tmp_path / "autograded" / "hoc-vien" / M02
    warm.start(folder, "bai-tap-02.ipynb", Config(), kernel_name="khong-co-kernel-nay")
    assert not warm.waiting(folder)
