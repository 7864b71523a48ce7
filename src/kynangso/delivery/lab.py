"""``kynangso lab``: JupyterLab for learners — Vietnamese interface, a font with every Vietnamese glyph, offline."""

from __future__ import annotations

import os
import subprocess
import sys

from kynangso.delivery.app_mode import write_app_config
from kynangso.delivery.home_page import ROUTE
from kynangso.delivery.lab_settings import write_settings
from kynangso.delivery.learner_lab import write_learner_config
from kynangso.paths import CourseRoot, jupyter_path


def lab_command(*, course: CourseRoot, ip: str = "127.0.0.1", port: int = 8888, token: str | None = None,
                open_browser: bool = True, trainer: bool = False,
                app: bool = False) -> tuple[list[str], dict[str, str]]:
    """The command line and environment that start JupyterLab on the course.

    A learner's Lab (the default) has nbgrader's trainer tools switched off (:mod:`kynangso.delivery.learner_lab`);
    ``trainer=True`` keeps them (create assignment, validate, formgrader). ``app=True`` opens the phone home page
    (:mod:`kynangso.delivery.home_page`): lessons and exercises as apps, no code visible.
    """
    state = course.grading / ".lab"
    env = dict(os.environ)
    env["JUPYTERLAB_SETTINGS_DIR"] = str(write_settings(state / "settings"))
    config = [str(course.grading)]  # nbgrader finds grading/nbgrader_config.py
    if not trainer:
        config.insert(0, str(write_learner_config(state / "hoc-vien")))
    if app:
        config.insert(0, str(write_app_config(state / "ung-dung", course)))
    env["JUPYTER_CONFIG_PATH"] = os.pathsep.join(config)
    env["JUPYTER_PATH"] = jupyter_path(env)
    env["KYNANGSO_COURSE"] = str(course.root)
    (course.grading / "exchange").mkdir(parents=True, exist_ok=True)  # nbgrader's assignment list reads it
    command = [
        sys.executable, "-m", "jupyterlab",
        f"--ServerApp.ip={ip}", f"--ServerApp.port={port}",
        f"--ServerApp.root_dir={course.root}",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--LabApp.news_url=",
        "--LabApp.extension_manager=readonly",  # lists what is installed; never asks PyPI
    ]
    if app:
        command.append(f"--LabApp.default_url={ROUTE}")
    if not open_browser:
        command.append("--no-browser")
    if token is not None:
        command.append(f"--IdentityProvider.token={token}")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")
    return command, env


def lab(*, course: CourseRoot, ip: str = "127.0.0.1", port: int = 8888, open_browser: bool = True,
        trainer: bool = False, app: bool = False) -> int:
    """Start JupyterLab (the learner's, or with ``trainer=True`` the trainer's) and wait until it stops (Ctrl+C)."""
    command, env = lab_command(course=course, ip=ip, port=port, open_browser=open_browser, trainer=trainer, app=app)
    return subprocess.call(command, env=env)


__all__ = ["lab", "lab_command"]
