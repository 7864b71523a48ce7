"""Repair a notebook whose cells were copied (same nbgrader grade id, same cell id) before nbgrader reads it.

A learner who copies an answer cell in JupyterLab copies its nbgrader metadata too. nbgrader's own repair
(``DeduplicateIds``) empties the metadata of the earlier copies, and its next step then fails on the emptied
metadata (``KeyError: 'grade_id'``), so the whole notebook scored 0. Here, before that step, the last copy keeps
the grade id (as nbgrader would decide) and the earlier copies become plain cells; cells keep their order and
their code; copied cell ids get new ones. :func:`duplicates` names what was repaired, for the learner's note.
"""

from __future__ import annotations

import uuid
from collections import Counter

from nbconvert.exporters.exporter import ResourcesDict
from nbformat import NotebookNode
from nbgrader.preprocessors import NbGraderPreprocessor


def duplicates(nb: NotebookNode) -> list[str]:
    """Grade ids held by more than one cell, in notebook order."""
    ids = [cell.metadata["nbgrader"].get("grade_id") for cell in nb.cells
           if isinstance(cell.get("metadata", {}).get("nbgrader"), dict)]
    counts = Counter(i for i in ids if i)
    return [i for i in dict.fromkeys(ids) if i and counts[i] > 1]


def repair(nb: NotebookNode) -> NotebookNode:
    """Keep one cell per grade id (the last) and one cell per cell id; nothing is moved or deleted."""
    seen: set[str] = set()
    for cell in reversed(nb.cells):
        meta = cell.get("metadata", {}).get("nbgrader")
        grade_id = meta.get("grade_id") if isinstance(meta, dict) else None
        if grade_id in seen:
            del cell.metadata["nbgrader"]
        elif grade_id:
            seen.add(grade_id)
    cell_ids: set[str] = set()
    for cell in nb.cells:
        if "id" in cell and cell.id in cell_ids:
            cell.id = uuid.uuid4().hex[:8]
        if "id" in cell:
            cell_ids.add(cell.id)
    return nb


class RepairDuplicates(NbGraderPreprocessor):
    """The sanitizing step that runs first: :func:`repair`."""

    def preprocess(self, nb: NotebookNode, resources: ResourcesDict) -> tuple[NotebookNode, ResourcesDict]:
        return repair(nb), resources


__all__ = ["RepairDuplicates", "duplicates", "repair"]
