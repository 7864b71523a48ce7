"""Do not run answer cells that act on the grading itself.

Answer cells and test cells run in the same kernel, so an answer could make every test pass without being
right. What such code does is recognised from the code itself by :mod:`kynangso.grading.answer_audit`; a cell
that does it is not run: the question it answers earns nothing, every other question is graded as usual in a
kernel nobody tampered with, and the trainer is told. The sandbox, not this check, is what protects the
machine and other learners' work.

Learners also control cell tags; a tag that would make the grader skip a test cell is removed.
"""

from __future__ import annotations

from nbconvert.exporters.exporter import ResourcesDict
from nbformat import NotebookNode
from nbgrader.api import Gradebook
from nbgrader.preprocessors import NbGraderPreprocessor

from kynangso.grading.answer_audit import audit, bound_names
from kynangso.i18n import _
from kynangso.learner.selfcheck import TAMPERING

SKIP_TAG = "kynangso-khong-cham"  # the Execute step skips cells with this tag (and no other)
ENAME = TAMPERING


def _same(source: str, trusted: str) -> bool:
    """The trainer's code, maybe under comment lines (nbgrader notes that it put back a deleted cell)."""
    if not trusted or not source.endswith(trusted):
        return source == trusted
    return all(not line.strip() or line.lstrip().startswith("#") for line in source[: -len(trusted)].splitlines())


class GuardAnswers(NbGraderPreprocessor):
    """Mark answer cells that tamper with grading so the Execute step skips them; explain why in the cell."""

    _trusted: dict[str, str]
    _modules: set[str]
    _made: set[str]

    def preprocess(self, nb: NotebookNode, resources: ResourcesDict) -> tuple[NotebookNode, ResourcesDict]:
        # Read-only and test cells as the trainer wrote them (nbgrader has restored them from this copy).
        info = resources["nbgrader"]
        with Gradebook(info["db_url"]) as gradebook:
            notebook = gradebook.find_notebook(info["notebook"], info["assignment"])
            self._trusted = {cell.name: cell.source for cell in notebook.source_cells if cell.locked}
        self._modules, self._made = set(), set()
        for cell in nb.cells:
            if cell.cell_type == "code":
                modules, made = bound_names(cell.source)
                self._modules |= modules
                if cell.metadata.get("nbgrader", {}).get("solution"):
                    self._made |= made  # what the learner's answers make, they may change
        for cell in nb.cells:
            tags = cell.metadata.get("tags")
            if isinstance(tags, list) and SKIP_TAG in tags:
                cell.metadata["tags"] = [tag for tag in tags if tag != SKIP_TAG]
        return super().preprocess(nb, resources)

    def preprocess_cell(self, cell: NotebookNode, resources: ResourcesDict,
                        index: int) -> tuple[NotebookNode, ResourcesDict]:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if cell.cell_type != "code" or (grade_id in self._trusted and _same(cell.source, self._trusted[grade_id])):
            return cell, resources
        found = audit(cell.source, self._modules, self._made)
        if found:
            cell.metadata.setdefault("tags", []).append(SKIP_TAG)
            cell.outputs = [NotebookNode(
                output_type="error", ename=ENAME, traceback=[],
                evalue=_("Ô này không được chạy khi chấm vì can thiệp vào việc chấm ({found}).").format(
                    found=", ".join(found[:5])))]
        return cell, resources


__all__ = ["ENAME", "SKIP_TAG", "GuardAnswers"]
