"""Remove hidden tests from feedback, including what a traceback would reveal of them.

nbgrader puts hidden tests back before autograding, so its feedback shows them (jupyter/nbgrader#917).
This preprocessor runs in ``GenerateFeedback``: it cuts every hidden-test region out of grade cells and
replaces each error traceback in a grade cell by one Vietnamese line, because a Python traceback quotes
the lines of the test cell around the failing assertion.
"""

from __future__ import annotations

from typing import Any

from nbconvert.preprocessors import Preprocessor
from nbformat import NotebookNode
from traitlets import Bool, Unicode

from kynangso.i18n import _
from kynangso.learner.selfcheck import friendly_error

HIDDEN_NOTE = _("# (Phần kiểm tra ẩn đã được chấm nhưng không hiển thị.)")


class HideHiddenTests(Preprocessor):
    """Cut hidden-test regions and test tracebacks out of feedback notebooks."""

    enabled = Bool(True, help="Run this preprocessor (nbconvert preprocessors are off by default)").tag(config=True)
    begin = Unicode("### BEGIN HIDDEN TESTS", help="Start of a hidden-test region").tag(config=True)
    end = Unicode("### END HIDDEN TESTS", help="End of a hidden-test region").tag(config=True)

    def _strip(self, source: str) -> str:
        kept: list[str] = []
        hidden = False
        for line in source.splitlines():
            if self.begin in line:
                hidden = True
                kept.append(line[: len(line) - len(line.lstrip())] + HIDDEN_NOTE)
            elif self.end in line:
                hidden = False
            elif not hidden:
                kept.append(line)
        return "\n".join(kept)

    def preprocess_cell(
        self, cell: NotebookNode, resources: dict[str, Any], index: int
    ) -> tuple[NotebookNode, dict[str, Any]]:
        grade = cell.metadata.get("nbgrader", {}).get("grade", False)
        if cell.cell_type != "code" or not grade:
            return cell, resources
        cell.source = self._strip(cell.source)
        for output in cell.outputs:
            if output.output_type == "error":
                output.traceback = [friendly_error(output.ename, output.evalue)]
        return cell, resources


__all__ = ["HIDDEN_NOTE", "HideHiddenTests"]
