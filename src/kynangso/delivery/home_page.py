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
    """What the page shows for one module, from the learner's files under ``root``."""
    state: dict[str, Any] = {"handed_in": None, "answered": 0, "feedback": False, "mark": "○",
                             "status": _("Chưa làm")}
    exercise = root / module["exercise"] if module.get("exercise") else None
    if exercise is not None and exercise.is_file():
        state["answered"] = _answered(exercise)
        record = hand_in.read_receipt(exercise.parent)
        if record:
            state["handed_in"] = record
            when = _when(record)
            state["mark"], state["status"] = "✔", _("Đã nộp lúc {gio} ngày {ngay} · mã {ma}").format(
                gio=when.strftime("%H:%M") if when else "?", ngay=when.strftime("%d/%m") if when else "?",
                ma=record["ma"])
        elif state["answered"]:
            state["mark"], state["status"] = "◐", _("Đã trả lời {so}/{tong} câu, chưa nộp").format(
                so=state["answered"], tong=module.get("questions", 0))
    if module.get("feedback") and (root / module["feedback"]).is_file():
        state["feedback"] = True
        state["mark"] = "★"
        state["status"] = _("Đã có nhận xét của giảng viên")
    return state


def render(*, base_url: str, root: Path, index: dict[str, Any]) -> str:
    """The page's HTML for a server at ``base_url`` whose files are under ``root``."""
    def link(kind: str, path: str) -> str:
        return url_path_join(base_url, kind, url_escape(path))

    modules = []
    for module in index.get("modules", []):
        lessons = [link("voila/render", p) for p in module.get("lessons", []) if (root / p).is_file()]
        exercise = module.get("exercise")
        modules.append({**module, **progress(root, module), "lesson_urls": lessons,
                        "exercise_url": link("voila/render", exercise) if exercise and (root / exercise).is_file()
                        else None,
                        "feedback_url": link("files", module["feedback"]) if module.get("feedback") else None})
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
