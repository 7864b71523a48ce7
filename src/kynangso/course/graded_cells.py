"""The graded cells of a notebook as nbgrader sees them: which are graded by the autograder, which by hand.

nbgrader's rules (``nbgrader.utils``): a code cell marked ``grade`` and not ``solution`` is an autograder test; a
cell marked both ``grade`` and ``solution`` (a written answer, a code answer read by a person) and a ``task`` cell
are graded by hand in the formgrader. Read by ``check`` to compare the catalogue with the notebooks.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kynangso.course import notebooks


@dataclass(frozen=True)
class GradedCell:
    grade_id: str
    points: float
    manual: bool
    kind: str  # "code" or "markdown"


def graded_cells(path: Path) -> dict[str, GradedCell]:
    """Every cell of the notebook that carries points, by its ``grade_id``."""
    cells: dict[str, GradedCell] = {}
    for cell in notebooks.read(path).cells:
        meta = cell.metadata.get("nbgrader", {})
        if not (meta.get("grade") or meta.get("task")) or "grade_id" not in meta:
            continue
        manual = bool(meta.get("task")) or bool(meta.get("solution")) or cell.cell_type != "code"
        cells[str(meta["grade_id"])] = GradedCell(str(meta["grade_id"]), float(meta.get("points", 0)), manual,
                                                  cell.cell_type)
    return cells


__all__ = ["GradedCell", "graded_cells"]
