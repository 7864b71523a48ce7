"""nbgrader's exchange with private submissions (jupyter/nbgrader#978, #1225).

Plain nbgrader leaves each submission in ``inbound/`` world-readable and its folder world-writable, hidden
only by an unguessable name. Here a submission belongs to the learner alone (folder 0700, files 0600); the
trainer collects as root, so nothing else needs to read it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from nbgrader.exchange.default.submit import ExchangeSubmit


class PrivateSubmit(ExchangeSubmit):
    def copy_files(self) -> None:
        super().copy_files()
        dest = os.path.join(self.inbound_path, self.assignment_filename)
        self.set_perms(dest, fileperms=0o600, dirperms=0o700)


def set_aside_impostors(inbound: Path, owners: dict[str, int], aside: Path) -> list[str]:
    """Move out of ``inbound`` every submission not made by the account of the learner it names.

    A learner can run ``nbgrader submit --student SOMEONE-ELSE`` from a notebook cell; the folder name is then a
    lie, but its owner (the Linux user who wrote it) is not. ``owners`` maps learner ids to their accounts' uids.
    Returns the names set aside (kept in ``aside``, readable by root only, for the trainer to look at).
    """
    moved = []
    for entry in sorted(inbound.iterdir()):
        learner_id = entry.name.split("+", 1)[0]
        if owners.get(learner_id) == entry.lstat().st_uid:
            continue
        aside.mkdir(mode=0o700, parents=True, exist_ok=True)
        shutil.move(str(entry), str(aside / entry.name))
        moved.append(entry.name)
    return moved


__all__ = ["PrivateSubmit", "set_aside_impostors"]
