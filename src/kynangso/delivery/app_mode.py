"""App mode: lessons and exercises as pages with no code visible (Voilà over the same notebooks), for phones.

Voilà runs inside the learner's own Jupyter server (``/voila/render/<path>``), so the kernel, the files and the
exchange are the same as in JupyterLab. Before a notebook is rendered, :func:`prepare_notebook` (Voilà's
``prelaunch_hook``) leaves out what only makes sense in JupyterLab or at grading time (the lesson's checks for the
test runner, the exercise's graded test cells) and ends an exercise with the "Nộp bài" button
(:class:`kynangso.widgets.hand_in.HandIn`). The learner's home page (:mod:`kynangso.delivery.home_page`) lists the
modules from an index written here, ``trang-chu.json``, beside the learner's Jupyter settings.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from kynangso.course.catalogue import Catalogue, load_catalogue
from kynangso.i18n import _
from kynangso.paths import CourseRoot

INDEX_FILE = "trang-chu.json"
HOME_PAGE = "kynangso.delivery.home_page"  # the server extension of the phone home page
LESSON_CHECK_TAG = "kiem-tra-bai-hoc"
HAND_IN_CELL = "from kynangso.widgets.hand_in import HandIn\n\nHandIn()"
# Voilà's settings for the kit: the Lab look (Vietnamese fonts come from the page's own CSS), no code, no tracebacks.
# The template "kynangso" (kynangso/data/jupyter/voila/templates) is Voilà's Lab template made for phones.
VOILA_SETTINGS = {"template": "kynangso", "strip_sources": True, "show_tracebacks": False, "theme": "light",
                  # JupyterLab's extensions that have nothing to do in an app (they fail there, needing Lab's parts)
                  "extension_denylist": ["@jupyter/nbgrader", "kynangso-answers", "@jupyter-notebook/lab-extension",
                                         "@jupyter-lsp/jupyterlab-lsp", "@voila-dashboards/jupyterlab-preview"]}


def _is_graded_test(cell: dict[str, Any]) -> bool:
    grading = cell.get("metadata", {}).get("nbgrader", {})
    return bool(grading.get("grade")) and not grading.get("solution")


def is_exercise(notebook: dict[str, Any]) -> bool:
    """An exercise has graded cells (nbgrader's metadata)."""
    return any(cell.get("metadata", {}).get("nbgrader", {}).get("grade") for cell in notebook.get("cells", []))


def prepare_notebook(_request: Any = None, notebook: Any = None, cwd: str = "") -> Any:
    """Voilà's prelaunch hook: the notebook as the app shows it (the file on disk is not changed)."""
    import nbformat

    exercise = is_exercise(notebook)
    notebook.cells = [cell for cell in notebook.cells
                      if not _is_graded_test(cell) and LESSON_CHECK_TAG not in cell.get("metadata", {}).get("tags", [])]
    intro = _("Trang này là bản cho điện thoại: không cần chạy ô nào, cứ trả lời trong từng khung rồi bấm «Kiểm tra».")
    if exercise:
        intro += " " + _("Làm xong, bấm «Nộp bài» ở cuối trang.")
        notebook.cells.append(nbformat.v4.new_code_cell(HAND_IN_CELL))
    notebook.cells.insert(0, nbformat.v4.new_markdown_cell(f"> ℹ️ {intro}"))
    return notebook


def page_config(config: dict[str, Any], *_args: Any, **_kwargs: Any) -> dict[str, Any]:
    """Voilà's page config hook: MathJax from Voilà's own bundle, never from a CDN ("null" means: the bundled one)."""
    config["fullMathjaxUrl"] = "null"
    config["mathjaxConfig"] = "null"
    return config


def index_entries(catalogue: Catalogue, *, lessons: str, exercises: str,
                  feedback: str | None) -> list[dict[str, Any]]:
    """One entry per module: its title and where its lessons, exercise notebooks and feedback pages are (one per
    notebook), relative to the learner's server (``lessons``, ``exercises`` and ``feedback`` are the folders that
    hold the modules' folders; no ``feedback`` folder: no feedback button)."""
    entries = []
    for module in catalogue.modules:
        assignment = module.assignment
        entries.append({
            "code": module.code, "number": module.number, "title": module.title,
            "lessons": [f"{lessons}/{module.folder}/{name}".lstrip("/") for name in module.lessons],
            "exercises": [f"{exercises}/{assignment.id}/{name}".lstrip("/") for name in assignment.notebooks]
            if assignment else [],
            "questions": len(assignment.questions) if assignment else 0,
            "feedback": [f"{feedback}/{assignment.id}/{name}.html".lstrip("/") for name in assignment.notebook_ids]
            if assignment and feedback is not None else [],
        })
    return entries


def write_index(folder: Path, catalogue: Catalogue, *, lessons: str, exercises: str, feedback: str | None) -> Path:
    """Write the home page's index of modules into ``folder`` (a learner's Jupyter settings folder)."""
    document = {"course": catalogue.title,
                "modules": index_entries(catalogue, lessons=lessons, exercises=exercises, feedback=feedback)}
    path = folder / INDEX_FILE
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def find_index() -> Path | None:
    """The index in the first folder of ``JUPYTER_CONFIG_PATH`` that has one."""
    for folder in os.environ.get("JUPYTER_CONFIG_PATH", "").split(os.pathsep):
        if folder and (Path(folder) / INDEX_FILE).is_file():
            return Path(folder) / INDEX_FILE
    return None


def write_app_config(folder: Path, course: CourseRoot) -> Path:
    """A Jupyter config folder for app mode on one machine (``kynangso lab --app``): Voilà's settings, the home
    page switched on, and its index of the course's lessons and exercises."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "jupyter_server_config.py").write_text(voila_config(), encoding="utf-8")
    server = {"ServerApp": {"jpserver_extensions": {HOME_PAGE: True}}}
    (folder / "jupyter_server_config.json").write_text(json.dumps(server, indent=1), encoding="utf-8")
    # one laptop: feedback pages are handed back by the trainer (kynangso feedback), not through this page
    write_index(folder, load_catalogue(course.catalogue), lessons="course", exercises="exercises", feedback=None)
    return folder


def voila_config() -> str:
    """Voilà's settings as a Jupyter Python config file (the prelaunch hook is a function, so not JSON)."""
    lines = ["c = get_config()  # noqa: F821", "from kynangso.delivery.app_mode import page_config, prepare_notebook",
             "c.VoilaConfiguration.prelaunch_hook = prepare_notebook",
             "c.VoilaConfiguration.page_config_hook = page_config"]
    lines += [f"c.VoilaConfiguration.{key} = {value!r}" for key, value in VOILA_SETTINGS.items()]
    return "\n".join(lines) + "\n"


__all__ = ["HAND_IN_CELL", "HOME_PAGE", "INDEX_FILE", "find_index", "index_entries", "is_exercise", "page_config",
           "prepare_notebook", "voila_config", "write_app_config", "write_index"]
