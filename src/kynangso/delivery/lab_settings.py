"""The JupyterLab settings every Lab of the kit gets, on one laptop (``kynangso lab``) and on the hub."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

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

__all__ = ["SETTINGS", "SETTINGS_FILE", "load_settings", "settings_path", "write_settings"]
