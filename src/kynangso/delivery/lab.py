"""``kynangso lab``: JupyterLab for learners — Vietnamese interface, a font with every Vietnamese glyph, offline."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

from kynangso.delivery.learner_lab import write_learner_config
from kynangso.paths import CourseRoot, jupyter_path

# JupyterLab settings shipped with the kit (file ``data/lab_settings.json``, keyed by plugin id as in Lab's
# ``overrides.json``): Vietnamese locale, a code font with every Vietnamese glyph, no news or update checks,
# no extension manager (it queries the internet), no "Chọn Kernel" question (Python 3 starts by itself).
SETTINGS_FILE = "lab_settings.json"


def load_settings() -> dict[str, dict[str, Any]]:
    """The shipped settings, by plugin id (``"@jupyterlab/translation-extension:plugin"``)."""
    text = resources.files("kynangso.data").joinpath(SETTINGS_FILE).read_text(encoding="utf-8")
    settings: dict[str, dict[str, Any]] = json.loads(text)
    return settings


def settings_path(plugin_id: str) -> str:
    """Where Lab keeps a plugin's user settings, relative to the settings folder."""
    package, _, plugin = plugin_id.rpartition(":")
    return f"{package}/{plugin}.jupyterlab-settings"


# The same settings, by path inside a user settings folder.
SETTINGS = {settings_path(plugin_id): value for plugin_id, value in load_settings().items()}


def write_settings(folder: Path) -> Path:
    """Write the kit's settings as JupyterLab user settings into ``folder`` (rewritten on every start)."""
    for name, value in SETTINGS.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(value, ensure_ascii=False, indent=1), encoding="utf-8")
    return folder


def lab_command(*, course: CourseRoot, ip: str = "127.0.0.1", port: int = 8888, token: str | None = None,
                open_browser: bool = True, trainer: bool = False) -> tuple[list[str], dict[str, str]]:
    """The command line and environment that start JupyterLab on the course.

    A learner's Lab (the default) has nbgrader's trainer tools switched off (:mod:`kynangso.delivery.learner_lab`);
    ``trainer=True`` keeps them (create assignment, validate, formgrader).
    """
    state = course.grading / ".lab"
    env = dict(os.environ)
    env["JUPYTERLAB_SETTINGS_DIR"] = str(write_settings(state / "settings"))
    config = [str(course.grading)]  # nbgrader finds grading/nbgrader_config.py
    if not trainer:
        config.insert(0, str(write_learner_config(state / "hoc-vien")))
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
    if not open_browser:
        command.append("--no-browser")
    if token is not None:
        command.append(f"--IdentityProvider.token={token}")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")
    return command, env


def lab(*, course: CourseRoot, ip: str = "127.0.0.1", port: int = 8888, open_browser: bool = True,
        trainer: bool = False) -> int:
    """Start JupyterLab (the learner's, or with ``trainer=True`` the trainer's) and wait until it stops (Ctrl+C)."""
    command, env = lab_command(course=course, ip=ip, port=port, open_browser=open_browser, trainer=trainer)
    return subprocess.call(command, env=env)


__all__ = ["SETTINGS", "lab", "lab_command", "load_settings", "settings_path", "write_settings"]
