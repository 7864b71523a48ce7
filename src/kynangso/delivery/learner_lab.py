"""A learner's JupyterLab shows the learner's tools only: nbgrader's trainer parts are switched off.

nbgrader's Lab extension brings a "Create Assignment" side panel, a "Validate" button on every notebook, the
formgrader, a course list and an "Nbgrader" menu with all of them. A learner needs none of these (the kit's
own "Kiểm tra" buttons check answers), and the create-assignment panel invites changes to grading metadata.
They are switched off with JupyterLab's own mechanisms, never hidden with CSS:

- Lab plugins by id in ``labconfig/page_config.json`` (``disabledExtensions``), read from every folder of
  ``JUPYTER_CONFIG_PATH``;
- nbgrader's server parts in ``jupyter_server_config.json`` (``ServerApp.jpserver_extensions``), which wins over
  the environment's own ``etc/jupyter`` because it comes first in the path.

The assignment list (fetch and submit on the hub) stays, with its server part, and so does the "Nbgrader" menu:
it then holds "Assignment List" only (Lab hides a menu entry whose command no plugin registered). The plugin
ids are those of nbgrader 0.9's ``@jupyter/nbgrader`` (its ``static/*.js``). Used by ``kynangso lab`` (learner
mode, the default) and by the hub for learner accounts; the trainer's Lab keeps everything.
"""

from __future__ import annotations

import json
from pathlib import Path

# nbgrader's Lab plugins that are the trainer's: create-assignment panel, validate button, formgrader, course list.
LEARNER_LAB_OFF = ("@jupyter/nbgrader:create-assignment", "@jupyter/nbgrader:validate-assignment",
                   "@jupyter/nbgrader:formgrader", "@jupyter/nbgrader:course-list")
# The server side of the same tools (the assignment list's stays on).
LEARNER_SERVER_OFF = ("nbgrader.server_extensions.formgrader", "nbgrader.server_extensions.course_list",
                      "nbgrader.server_extensions.validate_assignment")


def page_config() -> dict[str, dict[str, bool]]:
    """JupyterLab's ``labconfig/page_config.json`` for a learner."""
    return {"disabledExtensions": dict.fromkeys(LEARNER_LAB_OFF, True)}


def write_learner_config(folder: Path, server_off: tuple[str, ...] = LEARNER_SERVER_OFF) -> Path:
    """Write a learner's Jupyter config folder (put it first on ``JUPYTER_CONFIG_PATH``); return the folder."""
    (folder / "labconfig").mkdir(parents=True, exist_ok=True)
    (folder / "labconfig" / "page_config.json").write_text(json.dumps(page_config(), indent=1), encoding="utf-8")
    server = {"ServerApp": {"jpserver_extensions": dict.fromkeys(server_off, False)}}
    (folder / "jupyter_server_config.json").write_text(json.dumps(server, indent=1), encoding="utf-8")
    return folder


__all__ = ["LEARNER_LAB_OFF", "LEARNER_SERVER_OFF", "page_config", "write_learner_config"]
