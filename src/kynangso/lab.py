"""``kynangso lab``: JupyterLab for learners — Vietnamese interface, a font with every Vietnamese glyph, offline."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from kynangso.paths import CourseRoot

# User settings written into a private settings folder (nothing in the learner's home is changed).
SETTINGS = {
    "@jupyterlab/translation-extension/plugin.jupyterlab-settings": {"locale": "vi_VN"},
    "@jupyterlab/apputils-extension/themes.jupyterlab-settings": {
        "overrides": {
            "code-font-family": "\"Noto Sans Mono\", \"DejaVu Sans Mono\", monospace",
            "code-font-size": "15px",
            "content-font-size1": "16px",
        }
    },
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false",
                                                                         "checkForUpdates": False},
}


def write_settings(folder: Path) -> Path:
    for name, value in SETTINGS.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(value, ensure_ascii=False, indent=1), encoding="utf-8")
    return folder


def lab_command(*, course: CourseRoot, ip: str = "127.0.0.1", port: int = 8888, token: str | None = None,
                open_browser: bool = True) -> tuple[list[str], dict[str, str]]:
    """The command line and environment that start JupyterLab on the course."""
    state = course.grading / ".lab"
    env = dict(os.environ)
    env["JUPYTERLAB_SETTINGS_DIR"] = str(write_settings(state / "settings"))
    env["JUPYTER_CONFIG_PATH"] = str(course.grading)  # nbgrader finds grading/nbgrader_config.py
    env["KYNANGSO_COURSE"] = str(course.root)
    command = [
        sys.executable, "-m", "jupyterlab",
        f"--ServerApp.ip={ip}", f"--ServerApp.port={port}",
        f"--ServerApp.root_dir={course.root}",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--LabApp.news_url=",
    ]
    if not open_browser:
        command.append("--no-browser")
    if token is not None:
        command.append(f"--IdentityProvider.token={token}")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")
    return command, env


def lab(*, course: CourseRoot, ip: str = "127.0.0.1", port: int = 8888, open_browser: bool = True) -> int:
    """Start JupyterLab and wait until it stops (Ctrl+C)."""
    command, env = lab_command(course=course, ip=ip, port=port, open_browser=open_browser)
    return subprocess.call(command, env=env)


__all__ = ["SETTINGS", "lab", "lab_command", "write_settings"]
