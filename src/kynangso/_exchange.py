"""nbgrader's exchange with private submissions (jupyter/nbgrader#978, #1225).

Plain nbgrader leaves each submission in ``inbound/`` world-readable and its folder world-writable, hidden
only by an unguessable name. Here a submission belongs to the learner alone (folder 0700, files 0600); the
trainer collects as root, so nothing else needs to read it.
"""

from __future__ import annotations

import os

from nbgrader.exchange.default.submit import ExchangeSubmit


class PrivateSubmit(ExchangeSubmit):
    def copy_files(self) -> None:
        super().copy_files()
        dest = os.path.join(self.inbound_path, self.assignment_filename)
        self.set_perms(dest, fileperms=0o600, dirperms=0o700)


__all__ = ["PrivateSubmit"]
