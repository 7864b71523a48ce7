"""What a grading kernel loads while it starts: the imports of the assignment's own notebook.

A kernel started ahead (:mod:`kynangso.grading.warm`) is ready sooner when the libraries its answer cells use
(ipywidgets, the kit's widgets, pandas for a table question) are already loaded. Loading every widget of the kit
costs about a second of processor time per kernel, most of it for pandas, openpyxl and python-docx that most
exercises never use; so each kernel loads what the assignment's notebook imports, read from the trainer's copy
in ``solutions/`` (never from the learner's file). Learner code still runs only after, in its own cells.
"""

from __future__ import annotations

import ast
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from kynangso.course import notebooks

ALWAYS = ("ipywidgets",)


@cache
def _imports_of(path: Path, modified: float) -> tuple[str, ...]:
    found: list[str] = []
    try:
        cells = [c.source for c in notebooks.read(path).cells if c.cell_type == "code"]
    except (OSError, ValueError):
        return ()
    for source in cells:
        try:
            tree = ast.parse(source)
        except SyntaxError:  # a cell with IPython's own syntax (magics): its imports load in their turn
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found += [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found += [f"{node.module}:{alias.name}" for alias in node.names if alias.name != "*"]
    return tuple(dict.fromkeys(found))


def imports(solutions: Path, assignment_id: str, notebook_names: Sequence[str]) -> tuple[str, ...]:
    """``module`` or ``module:name`` for each import in the assignment's notebooks, in order, once each."""
    found: list[str] = list(ALWAYS)
    for name in notebook_names:
        path = solutions / assignment_id / name
        if path.is_file():
            found += _imports_of(path, path.stat().st_mtime)
    return tuple(dict.fromkeys(found))


def exec_line(items: Sequence[str]) -> str:
    """The kernel's start-up line that loads ``items`` (see :func:`kynangso.learner.ahead.load`) without adding a
    name."""
    return f"--IPKernelApp.exec_lines=__import__('kynangso.learner.ahead').learner.ahead.load(*{list(items)!r})"


__all__ = ["ALWAYS", "exec_line", "imports"]
