"""The hub's spawner: each learner's servers run as the learner's own Linux user, the trainer's as root.

A learner's default server is app mode for phones (lean: no JupyterLab, no nbgrader extension); their named server
``lab`` is JupyterLab (:mod:`kynangso.delivery.hub.app_server`).

Learners' servers start with umask 077 (nothing they write is readable by other learners), listen on
loopback only (the hub's proxy is what faces the LAN) and read the learners' Jupyter and nbgrader settings.
The trainer's server opens the course folder, where the formgrader finds ``grading/nbgrader_config.py``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from jupyterhub.spawner import LocalProcessSpawner, set_user_setuid
from traitlets import Dict, Unicode

from kynangso.delivery.home_page import ROUTE
from kynangso.delivery.hub.accounts import TRAINER
from kynangso.paths import jupyter_path


class KitSpawner(LocalProcessSpawner):
    learners = Dict(help="Hub user name → roster id, used as nbgrader's student id.").tag(config=True)
    trainer = Unicode(TRAINER, help="Hub user name of the trainer (served as root).").tag(config=True)
    course_root = Unicode(help="Course folder opened by the trainer's server.").tag(config=True)
    learner_config = Unicode(help="Folder of the learners' Jupyter and nbgrader settings.").tag(config=True)
    trainer_config = Unicode(help="Folder of the trainer's nbgrader settings, before the course's.").tag(config=True)
    app_config = Unicode(help="Folder of the learners' app-mode settings (their default server).").tag(config=True)

    @property
    def is_app(self) -> bool:
        """A learner's default server: the phone home page and app mode, lean (see kynangso.delivery.hub.app_server)."""
        return not self.is_trainer and not self.name

    @property
    def is_trainer(self) -> bool:
        return bool(self.user.name == self.trainer)

    def make_preexec_fn(self, name: str) -> Callable[[], None]:
        if name == self.trainer:
            root = self.course_root

            def trainer() -> None:
                os.umask(0o022)
                os.chdir(root)

            return trainer
        become = set_user_setuid(name)

        def learner() -> None:
            os.umask(0o077)
            become()

        return learner

    def user_env(self, env: dict[str, str]) -> dict[str, str]:
        if not self.is_trainer:
            return dict(super().user_env(env))
        env.update(USER="root", HOME=os.path.expanduser("~root"))
        return env

    def get_env(self) -> dict[str, str]:
        env = dict(super().get_env())
        env["JUPYTER_PATH"] = jupyter_path(env)  # the kit's Lab extension and kernel (see kynangso.paths)
        if self.is_trainer:
            # First folder wins: the hub's exchange, then the course's own settings.
            grading = os.path.join(self.course_root, "grading")
            env["JUPYTER_CONFIG_PATH"] = os.pathsep.join([self.trainer_config, grading])
            env["KYNANGSO_COURSE"] = self.course_root
        else:
            env["JUPYTER_CONFIG_PATH"] = self.app_config if self.is_app else self.learner_config
            env["KYNANGSO_LEARNER"] = self.learners.get(self.user.name, self.user.name)
        return env

    def get_args(self) -> list[str]:
        args = list(super().get_args())
        if self.is_trainer:
            args += ["--allow-root", f"--ServerApp.root_dir={self.course_root}"]
        return args

    async def start(self) -> Any:
        self.ip = "127.0.0.1"
        # learners land on the phone home page; their named server "lab" and the trainer's open JupyterLab
        self.default_url = ROUTE if self.is_app else "/lab"
        return await super().start()


__all__ = ["KitSpawner"]
