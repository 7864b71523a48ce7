"""nbgrader's Execute step with the kernel isolated and the grader protected from what learner code prints.

- The kernel is started by :class:`kynangso.grading.isolation.kernel.SandboxKernelManager`; one started ahead
  for this submission's folder (:mod:`kynangso.grading.warm`) is used instead, then shut down.
- Output kept per cell is bounded (``max_output_chars``): beyond it, printed text and pictures are dropped
  with one Vietnamese note. Errors and error output (``stderr``) are still recorded, shortened, because
  nbgrader scores a test cell by whether they are there.
- The whole notebook has a wall-time budget (``notebook_timeout``) on top of the per-cell ``timeout``:
  once it is spent, every remaining cell gets only a few seconds.
- A run that breaks part-way keeps what it earned: when the kernel dies or a cell outlasts its time (even one
  that catches the interrupt), that cell gets the error ``STOPPED`` and every later code cell the error
  ``NOT_RUN`` without running, so the test cells before the stop keep their scores and the rest score 0.
"""

from __future__ import annotations

import time
import typing as t
from collections import defaultdict

from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbformat import NotebookNode
from nbgrader.preprocessors import Execute
from traitlets import Integer

from kynangso.grading import warm
from kynangso.grading.isolation.kernel import SandboxKernelManager
from kynangso.grading.preprocessors.guard_answers import SKIP_TAG
from kynangso.i18n import _
from kynangso.learner.selfcheck import NOT_RUN, STOPPED

NOTE = _("\n… (kết quả in ra quá dài, phần sau đã được bỏ bớt khi chấm)\n")
_KEPT = ("error", "execute_result", "stderr")  # what nbgrader scores by


def _shorten(value: t.Any, room: int) -> t.Any:
    if isinstance(value, str):
        return value if len(value) <= room else value[:room] + "…"
    if isinstance(value, list):
        return [_shorten(v, room) for v in value[:100]]
    if isinstance(value, dict):
        return {k: _shorten(v, room) for k, v in value.items()}
    return value


def _error(name: str, text: str) -> NotebookNode:
    return NotebookNode(output_type="error", ename=name, evalue=text, traceback=[f"{name}: {text}"])


class SandboxedExecute(Execute):
    """Execute with an isolated kernel, bounded output and a wall-time budget per notebook."""

    max_output_chars = Integer(200_000, help="Output characters kept per cell; the rest is dropped.").tag(
        config=True)
    notebook_timeout = Integer(600, help="Seconds of wall time for the whole notebook.").tag(config=True)
    after_budget_timeout = Integer(3, help="Seconds each cell gets once the notebook budget is spent.").tag(
        config=True)

    def __init__(self, *args: t.Any, **kwargs: t.Any) -> None:
        kwargs.setdefault("kernel_manager_class", SandboxKernelManager)
        kwargs.setdefault("skip_cells_with_tag", SKIP_TAG)  # a learner's "skip-execution" tag skips nothing
        # The kernel has served its one submission: it is stopped at once, with its sandbox, instead of being asked
        # to stop and then watched every tenth of a second until it has.
        kwargs.setdefault("shutdown_kernel", "immediate")
        super().__init__(*args, **kwargs)
        self.timeout_func = self._cell_timeout
        self._started: float | None = None
        self._used: defaultdict[int, int] = defaultdict(int)
        self._kept: set[tuple[int, str]] = set()

    def preprocess(self, nb: NotebookNode, resources: t.Any = None, km: t.Any = None) -> t.Any:
        self._started, self._used, self._kept = None, defaultdict(int), set()
        self._stopped = ""
        folder = ((resources or {}).get("metadata") or {}).get("path")
        ahead = km is None and folder and warm.take(folder, nb.metadata.get("kernelspec", {}).get("name"))
        try:
            return super().preprocess(nb, resources, ahead or km)
        finally:
            if ahead and self.km is not None:  # nbclient shuts down only the kernels it started itself
                self._cleanup_kernel()

    def preprocess_cell(self, cell: NotebookNode, resources: t.Any, index: int) -> t.Any:
        if self._stopped:
            if cell.cell_type == "code":
                cell.outputs = [_error(NOT_RUN, _("Ô này không được chạy vì bài đã dừng ở ô trước ({why}).").format(
                    why=self._stopped))]
            return cell, self.resources
        try:
            return super().preprocess_cell(cell, resources, index)
        except DeadKernelError:
            self._stopped = _("chương trình chạy bài (kernel) bị tắt")
        except CellTimeoutError:
            self._stopped = _("ô chạy quá thời gian cho phép")
        cell.outputs.append(_error(STOPPED, _("Bài dừng ở ô này khi chấm: {why}.").format(why=self._stopped)))
        return cell, self.resources

    def _cell_timeout(self, cell: NotebookNode) -> int | None:
        now = time.monotonic()
        if self._started is None:
            self._started = now
        left = int(self.notebook_timeout - (now - self._started))
        if self.timeout is None or self.timeout < 0:
            return max(left, self.after_budget_timeout)
        return max(min(self.timeout, left), self.after_budget_timeout)

    def output(self, outs: list[NotebookNode], msg: dict[str, t.Any], display_id: str | None,
               cell_index: int) -> NotebookNode | None:
        content = msg.get("content", {})
        size = sum(len(v) for v in content.values() if isinstance(v, str))
        size += sum(len(str(v)) for key in ("data", "traceback") if (v := content.get(key)))
        self._used[cell_index] += size
        if self._used[cell_index] <= self.max_output_chars:
            return super().output(outs, msg, display_id, cell_index)
        kind = "stderr" if content.get("name") == "stderr" else msg["msg_type"]
        if (cell_index, "note") not in self._kept:
            self._kept.add((cell_index, "note"))
            outs.append(NotebookNode(output_type="stream", name="stdout", text=NOTE))
        if kind in _KEPT and (cell_index, kind) not in self._kept:  # one of each, shortened
            self._kept.add((cell_index, kind))
            msg = {**msg, "content": _shorten(content, 2_000)}
            return super().output(outs, msg, display_id, cell_index)
        return None


__all__ = ["NOT_RUN", "STOPPED", "SandboxedExecute"]
