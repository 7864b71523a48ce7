"""A learner's two servers on the hub: a lean one for app mode (the default, opened after login) and JupyterLab.

The default server of a learner serves the phone home page and the lessons and exercises as apps (Voilà). It loads
neither JupyterLab nor nbgrader's server extension: "Nộp bài" runs nbgrader's Submit in a process of its own, so the
server never holds nbgrader, SQLAlchemy and nbconvert's exporters for the assignment list (about 37 MB PSS per learner,
measured with ``make bench-hub``). JupyterLab, with nbgrader's Assignments panel, is the learner's named server
``lab``, started only when the learner taps "Mở JupyterLab". Both stop by themselves after
``IDLE_SECONDS`` without a kernel or a request, and so give their memory back.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from kynangso.course.catalogue import Catalogue
from kynangso.delivery.app_mode import HOME_PAGE, voila_config, write_index
from kynangso.delivery.home_page import LAB_SERVER
from kynangso.delivery.hub.handout import FEEDBACK, LESSONS

IDLE_SECONDS = 1800  # a server with no kernel and no request for this long stops (the hub starts it again on a visit)
APP_OFF = ("jupyterlab", "notebook", "notebook_shim", "jupyter_lsp", "jupyter_server_terminals",
           "nbgrader.server_extensions.assignment_list", "nbgrader.server_extensions.formgrader",
           "nbgrader.server_extensions.course_list", "nbgrader.server_extensions.validate_assignment")


def write_app_config(folder: Path, learner_config: Path, catalogue: Catalogue) -> Path:
    """The learners' app-mode settings: nbgrader's exchange (for "Nộp bài") as in JupyterLab, a lean server."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(learner_config / "nbgrader_config.py", folder / "nbgrader_config.py")
    server = {
        "ServerApp": {"jpserver_extensions": {**dict.fromkeys(APP_OFF, False), HOME_PAGE: True},
                      "terminals_enabled": False, "shutdown_no_activity_timeout": IDLE_SECONDS},
        "MappingKernelManager": {"cull_idle_timeout": IDLE_SECONDS, "cull_interval": 300},
    }
    (folder / "jupyter_server_config.json").write_text(json.dumps(server, indent=1), encoding="utf-8")
    (folder / "jupyter_server_config.py").write_text(voila_config(), encoding="utf-8")
    write_index(folder, catalogue, lessons=LESSONS, exercises="", feedback=FEEDBACK)
    for path in [folder, *folder.rglob("*")]:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    return folder


__all__ = ["APP_OFF", "IDLE_SECONDS", "LAB_SERVER", "write_app_config"]
