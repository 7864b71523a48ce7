"""The learner's home page on a phone: every module as big buttons (lesson, exercise, feedback) with progress marks.

A Jupyter server extension of the learner's own server, at ``/kynangso`` (the hub opens it after login, instead of
JupyterLab's file browser; ``kynangso lab --app`` opens it too). Lessons and exercises open as apps (Voilà, no code
visible, see :mod:`kynangso.delivery.app_mode`); JupyterLab stays one tap away. Progress is read from the learner's
files at every visit: handed in (with the receipt code), answers saved so far, feedback page ready.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path
from typing import Any

from jupyter_server.base.handlers import JupyterHandler
from jupyter_server.utils import url_escape, url_path_join
from tornado import web

from kynangso.delivery.app_mode import find_index
from kynangso.i18n import _, template_environment
from kynangso.learner import answers, hand_in

ROUTE = "/kynangso"
LAB_SERVER = "lab"  # on the hub, the name of a learner's JupyterLab server (kynangso.delivery.hub.app_server)
TEMPLATE = "trang-chu.html.j2"


def _answered(notebook: Path) -> int:
    try:
        kept = answers.entries_in_notebook(json.loads(notebook.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        kept = {}
    return len(answers.newest(kept, answers.file_entries(answers.for_notebook(notebook))))


def _when(record: dict[str, Any]) -> datetime | None:
    try:
        return datetime.fromisoformat(str(record.get("luc", "")))
    except ValueError:
        return None


def progress(root: Path, module: dict[str, Any]) -> dict[str, Any]:
    """What the page shows for one module, from the learner's files under ``root`` (answers of every notebook of
    the exercise count; nbgrader's Submit hands in the whole folder, so one receipt covers them all)."""
    state: dict[str, Any] = {"handed_in": None, "answered": 0, "feedback": False, "mark": "○",
                             "status": _("Chưa làm")}
    present = [root / p for p in module.get("exercises", []) if (root / p).is_file()]
    if present:
        state["answered"] = sum(_answered(notebook) for notebook in present)
        record = hand_in.read_receipt(present[0].parent)
        if record:
            state["handed_in"] = record
            when = _when(record)
            state["mark"], state["status"] = "✔", _("Đã nộp lúc {gio} ngày {ngay} · mã {ma}").format(
                gio=when.strftime("%H:%M") if when else "?", ngay=when.strftime("%d/%m") if when else "?",
                ma=record["ma"])
        elif state["answered"]:
            state["mark"], state["status"] = "◐", _("Đã trả lời {so}/{tong} câu, chưa nộp").format(
                so=state["answered"], tong=module.get("questions", 0))
    if any((root / page).is_file() for page in module.get("feedback", [])):
        state["feedback"] = True
        state["mark"] = "★"
        state["status"] = _("Đã có nhận xét của giảng viên")
    return state


def _labelled(kind: str, urls: list[tuple[str, str]]) -> list[dict[str, str]]:
    """Buttons for one kind of page: "Bài tập" alone, or "Bài tập 1: problem1"… when the exercise has several."""
    if len(urls) == 1:
        return [{"url": urls[0][1], "label": kind}]
    return [{"url": url, "label": f"{kind} {n}: {Path(path).stem}"} for n, (path, url) in enumerate(urls, 1)]


def render(*, base_url: str, root: Path, index: dict[str, Any]) -> str:
    """The page's HTML for a server at ``base_url`` whose files are under ``root``."""
    def link(kind: str, path: str) -> str:
        return url_path_join(base_url, kind, url_escape(path))

    modules = []
    for module in index.get("modules", []):
        lessons = [link("voila/render", p) for p in module.get("lessons", []) if (root / p).is_file()]
        exercises = [(p, link("voila/render", p)) for p in module.get("exercises", []) if (root / p).is_file()]
        feedback = [(p, link("files", p)) for p in module.get("feedback", []) if (root / p).is_file()]
        modules.append({**module, **progress(root, module), "lesson_urls": lessons,
                        "exercise_links": _labelled(_("Bài tập"), exercises),
                        "feedback_links": _labelled(_("Nhận xét"), feedback),
                        "feedback_later": bool(exercises and module.get("feedback") and not feedback)})
    page = template_environment().get_template(TEMPLATE)
    return page.render(course=index.get("course", ""), modules=modules, lab_url=lab_url(base_url),
                       logout_url="/hub/logout" if os.environ.get("JUPYTERHUB_API_URL") else None)


def lab_url(base_url: str) -> str:
    """Where "Mở JupyterLab" goes: on the hub, the learner's JupyterLab server (started on the way); else this
    server's JupyterLab."""
    user = os.environ.get("JUPYTERHUB_USER")
    if user and os.environ.get("JUPYTERHUB_API_URL"):
        hub = os.environ.get("JUPYTERHUB_BASE_URL", "/")
        return url_path_join(hub, "hub", "spawn", url_escape(user), LAB_SERVER)
    return url_path_join(base_url, "lab")


class HomeHandler(JupyterHandler):
    @web.authenticated
    def get(self) -> None:
        index_path = find_index()
        if index_path is None:
            raise web.HTTPError(404, _("Chưa có danh sách học phần cho trang này."))
        index = json.loads(index_path.read_text(encoding="utf-8"))
        root = Path(self.settings["server_root_dir"]).expanduser()
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.finish(render(base_url=self.base_url, root=root, index=index))


def _jupyter_server_extension_points() -> list[dict[str, str]]:
    return [{"module": "kynangso.delivery.home_page"}]


def _load_jupyter_server_extension(server: Any) -> None:
    web_app = server.web_app
    route = url_path_join(web_app.settings["base_url"], ROUTE)
    web_app.add_handlers(".*$", [(route, HomeHandler)])


__all__ = ["LAB_SERVER", "ROUTE", "HomeHandler", "lab_url", "progress", "render"]
