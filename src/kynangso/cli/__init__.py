"""The ``kynangso`` command: a thin click layer; each verb delegates to the module named after it.

The commands are grouped by who uses them (``workshop``, ``province``, ``delivery``, ``authoring``); importing
them registers them on :data:`main`.
"""

from kynangso.cli import authoring, delivery, province, workshop  # noqa: F401 - registers the commands
from kynangso.cli.base import main

__all__ = ["main"]
