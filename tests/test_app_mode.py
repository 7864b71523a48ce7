"""App mode for phones: the notebook Voilà shows, the home page of modules and its progress marks, the settings."""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import nbformat
from traitlets.config import Config

from kynangso.course.catalogue import load_catalogue
from kynangso.delivery import app_mode
from kynangso.delivery.home_page import progress, render
from kynangso.delivery.lab import lab_command
from kynangso.learner import answers, hand_in
from kynangso.paths import CourseRoot
from tests.conftest import CHECKOUT, M02


def test_an_exercise_as_an_app_has_no_test_cells_and_ends_with_the_hand_in_button() -> None:
    notebook = nbformat.read(CHECKOUT.exercises / M02 / "bai-tap-02.ipynb", as_version=4)
    graded = [c for c in notebook.cells if c.metadata.get("nbgrader", {}).get("grade")
              and not c.metadata["nbgrader"].get("solution")]
    assert graded and app_mode.is_exercise(notebook)
    shown = app_mode.prepare_notebook(None, notebook=notebook, cwd="")
    assert not [c for c in shown.cells if c.metadata.get("nbgrader", {}).get("grade")
                and not c.metadata["nbgrader"].get("solution")]
    assert shown.cells[-1].source == app_mode.HAND_IN_CELL
    assert "Nộp bài" in shown.cells[0].source and "không cần chạy ô" in shown.cells[0].source


def test_a_lesson_as_an_app_has_no_checks_for_the_test_runner_and_no_hand_in() -> None:
    notebook = nbformat.read(CHECKOUT.course / M02 / "bai-hoc-02.ipynb", as_version=4)
    assert any(app_mode.LESSON_CHECK_TAG in c.metadata.get("tags", []) for c in notebook.cells)
    shown = app_mode.prepare_notebook(None, notebook=notebook, cwd="")
    assert not any(app_mode.LESSON_CHECK_TAG in c.metadata.get("tags", []) for c in shown.cells)
    assert not app_mode.is_exercise(shown) and app_mode.HAND_IN_CELL not in [c.source for c in shown.cells]


def test_mathjax_comes_from_voilas_bundle_not_a_cdn() -> None:
    config = app_mode.page_config({"fullMathjaxUrl": "https://cdnjs.cloudflare.com/x.js", "mathjaxConfig": "TeX"})
    assert config["fullMathjaxUrl"] == "null" and config["mathjaxConfig"] == "null"
    template = (Path(app_mode.__file__).parents[1] / "data" / "jupyter" / "voila" / "templates" / "kynangso"
                / "index.html.j2").read_text(encoding="utf-8")
    assert "super.super()" in template and not re.search(r"https?://", template.split("-#}", 1)[1])


def test_voilas_settings_load_as_a_jupyter_config_file() -> None:
    config = Config()
    exec(app_mode.voila_config(), {"get_config": lambda: config})
    voila = config["VoilaConfiguration"]
    assert voila["prelaunch_hook"] is app_mode.prepare_notebook and voila["page_config_hook"] is app_mode.page_config
    assert voila["template"] == "kynangso" and voila["strip_sources"] is True and voila["show_tracebacks"] is False


def _home(tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    catalogue = load_catalogue(CHECKOUT.catalogue)
    root = tmp_path / "nha"
    shutil.copytree(CHECKOUT.exercises / M02, root / M02)
    shutil.copytree(CHECKOUT.course / M02, root / "bai-hoc" / M02)
    index = app_mode.write_index(tmp_path, catalogue, lessons="bai-hoc", exercises="", feedback="nhan-xet")
    return root, json.loads(index.read_text(encoding="utf-8"))


def test_the_home_page_lists_modules_with_big_buttons_and_progress(tmp_path: Path) -> None:
    root, index = _home(tmp_path)
    m2 = next(m for m in index["modules"] if m["code"] == "M2")
    assert m2["exercises"] == [f"{M02}/bai-tap-02.ipynb"] and m2["lessons"] == [f"bai-hoc/{M02}/bai-hoc-02.ipynb"]
    assert progress(root, m2)["status"] == "Chưa làm"
    notebook = root / m2["exercises"][0]
    answers.save_answer("tra_loi_so_ky_hieu_quyet_dinh", "07/QĐ-UBND", answers.for_notebook(notebook))
    assert progress(root, m2)["status"] == f"Đã trả lời 1/{m2['questions']} câu, chưa nộp"
    receipt = hand_in.write_receipt(notebook, hand_in.keep_in_notebook(notebook))
    assert receipt.code in progress(root, m2)["status"] and progress(root, m2)["mark"] == "✔"
    page = render(base_url="/user/hv01/", root=root, index=index)
    assert f'href="/user/hv01/voila/render/{M02}/bai-tap-02.ipynb"' in page
    assert f'href="/user/hv01/voila/render/bai-hoc/{M02}/bai-hoc-02.ipynb"' in page
    assert 'href="/user/hv01/lab"' in page and "Mở JupyterLab" in page
    assert 'name="viewport"' in page and not re.search(r"(src|href)=\"https?://", page)
    assert page.count('class="mo-dun"') == len(index["modules"])
    assert "voila/render/01-" not in page  # a module whose exercise is not in this folder has no button


def test_feedback_shows_on_the_home_page_once_it_is_there(tmp_path: Path) -> None:
    root, index = _home(tmp_path)
    m2 = next(m for m in index["modules"] if m["code"] == "M2")
    before = render(base_url="/", root=root, index=index).split('id="mo-dun-M2"')[1].split("</section>")[0]
    assert "nhan-xet" not in before and "có sau khi giảng viên chấm" in before
    (root / m2["feedback"][0]).parent.mkdir(parents=True)
    (root / m2["feedback"][0]).write_text("<p>9/9</p>", encoding="utf-8")
    section = render(base_url="/", root=root, index=index).split('id="mo-dun-M2"')[1].split("</section>")[0]
    assert f'href="/files/nhan-xet/{M02}/bai-tap-02.html"' in section and "Đã có nhận xét" in section


def test_an_exercise_of_two_notebooks_has_a_button_each_and_one_progress(tmp_path: Path) -> None:
    """An assignment of two notebooks (a course brought from elsewhere): a button per notebook, answers of both
    counted, one receipt for the folder, a feedback button per page that exists."""
    catalogue = load_catalogue(CHECKOUT.catalogue)
    m2 = next(m for m in catalogue.modules if m.code == "M2")
    assert m2.assignment is not None
    two = replace(m2.assignment, notebooks=(*m2.assignment.notebooks, "phan-2.ipynb"))
    index = {"course": "Lớp thử", "modules": app_mode.index_entries(
        replace(catalogue, modules=(replace(m2, assignment=two),)), lessons="bai-hoc", exercises="",
        feedback="nhan-xet")}
    entry = index["modules"][0]
    assert entry["exercises"] == [f"{M02}/bai-tap-02.ipynb", f"{M02}/phan-2.ipynb"]
    assert entry["feedback"] == [f"nhan-xet/{M02}/bai-tap-02.html", f"nhan-xet/{M02}/phan-2.html"]
    root = tmp_path / "nha"
    shutil.copytree(CHECKOUT.exercises / M02, root / M02)
    shutil.copy(root / M02 / "bai-tap-02.ipynb", root / M02 / "phan-2.ipynb")
    answers.save_answer("cau_a", "1", answers.for_notebook(root / M02 / "bai-tap-02.ipynb"))
    answers.save_answer("cau_b", "2", answers.for_notebook(root / M02 / "phan-2.ipynb"))
    assert progress(root, entry)["answered"] == 2
    page = render(base_url="/", root=root, index=index)
    assert "Bài tập 1: bai-tap-02" in page and "Bài tập 2: phan-2" in page
    assert f'href="/voila/render/{M02}/phan-2.ipynb"' in page and "có sau khi giảng viên chấm" in page
    assert hand_in.keep_in_exercise(root / M02 / "bai-tap-02.ipynb") == 2  # both notebooks hold their answers
    second = json.loads((root / M02 / "phan-2.ipynb").read_text(encoding="utf-8"))
    assert "cau_b" in answers.entries_in_notebook(second)
    (root / "nhan-xet" / M02).mkdir(parents=True)
    (root / "nhan-xet" / M02 / "phan-2.html").write_text("<p>2/2</p>", encoding="utf-8")
    page = render(base_url="/", root=root, index=index)
    assert f'href="/files/nhan-xet/{M02}/phan-2.html"' in page and "bai-tap-02.html" not in page
    assert "có sau khi giảng viên chấm" not in page and progress(root, entry)["mark"] == "★"


def test_kynangso_lab_app_opens_the_home_page(tmp_path: Path) -> None:
    course = CourseRoot(tmp_path / "lop")
    course.root.mkdir()
    shutil.copy(CHECKOUT.catalogue, course.catalogue)
    command, env = lab_command(course=course, open_browser=False, app=True)
    assert "--LabApp.default_url=/kynangso" in command
    first = Path(env["JUPYTER_CONFIG_PATH"].split(":")[0])
    assert (first / app_mode.INDEX_FILE).is_file() and (first / "jupyter_server_config.py").is_file()
    assert json.loads((first / "jupyter_server_config.json").read_text())["ServerApp"]["jpserver_extensions"] == {
        app_mode.HOME_PAGE: True}
    plain, _env = lab_command(course=course, open_browser=False)
    assert not any("default_url" in part for part in plain)
