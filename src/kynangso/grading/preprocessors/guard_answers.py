"""Do not run answer cells that reach into the grading itself.

Answer cells and test cells run in the same kernel, so an answer could make every test pass without being
right: replace :func:`kynangso.learner.selfcheck.yeu_cau` or a builtin, hook IPython so test cells change, or hand
the tests an object whose ``__eq__`` always says yes. None of that, nor changing an attribute of a module or
of an object the cell did not make itself, is needed to answer a question of this course, so such a cell is not
run (setting ``df.columns`` on a table the cell built, e.g. ``df = ho_so.copy()``, is fine): the question it
answers earns nothing, every other question is graded as usual in a kernel nobody tampered with, and the
trainer is told. The check reads the code (Python's ``ast``); it does not run it.

Learners also control cell tags; a tag that would make the grader skip a test cell is removed.
"""

from __future__ import annotations

import ast
import re

from nbconvert.exporters.exporter import ResourcesDict
from nbformat import NotebookNode
from nbgrader.api import Gradebook
from nbgrader.preprocessors import NbGraderPreprocessor

from kynangso.i18n import _

SKIP_TAG = "kynangso-khong-cham"  # the Execute step skips cells with this tag (and no other)
ENAME = "CanThiepChamBai"
_MODULES = {"builtins", "kynangso", "importlib", "ctypes", "gc", "inspect", "IPython", "ipykernel", "atexit",
            "pickle", "marshal", "types", "code", "codeop", "runpy", "unittest", "traitlets", "zmq"}
# What answer cells may import from the kit (old paths of the learner API included: shims of released notebooks).
_LEARNER_PARTS = ("kynangso.widgets", "kynangso.data", "kynangso.learner.answers", "kynangso.learner.checks",
                  "kynangso.learner.tra_loi", "kynangso.learner.kiem_tra", "kynangso.answers", "kynangso.kiem_tra")
_NAMES = {"__builtins__", "builtins", "get_ipython", "globals", "locals", "vars", "setattr", "delattr", "getattr",
          "exec", "eval", "compile", "breakpoint", "yeu_cau", "ChuaDat", "friendly_error", "In", "Out"}
_ATTRIBUTES = {"modules", "settrace", "setprofile", "displayhook", "excepthook", "meta_path", "path_hooks",
               "path_importer_cache", "input_transformers_post", "input_transformers_cleanup", "ast_transformers",
               "events", "user_ns", "user_global_ns", "f_globals", "f_locals", "f_back", "tb_frame", "gi_frame",
               "yeu_cau", "ChuaDat"}
_DUNDER = re.compile(r"^__\w+__$")
_CODE_FILE = re.compile(r"\.(py|pyc|pth)$")
_SOLUTION_MARK = re.compile(r"^\s*### (BEGIN|END) SOLUTION\s*$", re.MULTILINE)


def _flagged(module: str) -> str:
    """The module name when importing it reaches into grading ('' for the kit's parts meant for learners)."""
    if any(module == part or module.startswith(part + ".") for part in _LEARNER_PARTS):
        return ""
    root = module.split(".")[0]
    return root if root in _MODULES else ""


def _module(node: ast.AST) -> str:
    if isinstance(node, ast.Import):
        return next((found for a in node.names if (found := _flagged(a.name))), "")
    if isinstance(node, ast.ImportFrom):
        if node.level:
            return "import ."
        return next((found for a in node.names if (found := _flagged(f"{node.module}.{a.name}"))), "")
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "__import__":
        arg = node.args[0] if node.args else None
        if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
            return "__import__"
        return _flagged(arg.value)
    return ""


def _root(node: ast.expr) -> str:
    """The name an attribute chain starts from (``a`` in ``a.b[0].c``), '' when it starts elsewhere."""
    while isinstance(node, ast.Attribute | ast.Subscript | ast.Call):
        node = node.func if isinstance(node, ast.Call) else node.value
    return node.id if isinstance(node, ast.Name) else ""


def _made_here(tree: ast.AST) -> set[str]:
    """Names the cell binds to a new value (a call, a literal, a computation), not to an existing object."""
    made: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Assign) or isinstance(node.value, ast.Name | ast.Attribute):
            continue
        if isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name) and (
                node.value.func.id == "__import__"):
            continue
        made.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return made


def _why(node: ast.AST, made: set[str] | None = None) -> str:
    """What in ``node`` reaches into the grading ('' when nothing)."""
    if module := _module(node):
        return module
    if isinstance(node, ast.Name) and node.id in _NAMES:
        return node.id
    if isinstance(node, ast.Attribute) and (node.attr in _ATTRIBUTES or _DUNDER.match(node.attr)):
        return f".{node.attr}"
    if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store | ast.Del) and (
            _root(node) not in (made or set())):
        return f".{node.attr} ="  # replacing a function of a module or an object the tests use
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and (
            _DUNDER.match(node.name) or node.name in _NAMES):
        return node.name
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and (
            _DUNDER.match(node.value) or _CODE_FILE.search(node.value)):
        return repr(node.value)
    return ""


def tampering(source: str) -> list[str]:
    """What an answer cell's code uses that reaches into the grading (empty for an honest answer)."""
    try:
        tree = ast.parse(_SOLUTION_MARK.sub("", source))
    except (SyntaxError, ValueError):
        return []  # it fails when run, like any typo
    found: list[str] = []
    made = _made_here(tree)
    for node in ast.walk(tree):
        why = _why(node, made)
        if why and why not in found:
            found.append(why)
    return found


def _same(source: str, trusted: str) -> bool:
    """The trainer's code, maybe under comment lines (nbgrader notes that it put back a deleted cell)."""
    if not trusted or not source.endswith(trusted):
        return source == trusted
    return all(not line.strip() or line.lstrip().startswith("#") for line in source[: -len(trusted)].splitlines())


class GuardAnswers(NbGraderPreprocessor):
    """Mark answer cells that tamper with grading so the Execute step skips them; explain why in the cell."""

    _trusted: dict[str, str]

    def preprocess(self, nb: NotebookNode, resources: ResourcesDict) -> tuple[NotebookNode, ResourcesDict]:
        # Read-only and test cells as the trainer wrote them (nbgrader has restored them from this copy).
        info = resources["nbgrader"]
        with Gradebook(info["db_url"]) as gradebook:
            notebook = gradebook.find_notebook(info["notebook"], info["assignment"])
            self._trusted = {cell.name: cell.source for cell in notebook.source_cells if cell.locked}
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
        found = tampering(cell.source)
        if found:
            cell.metadata.setdefault("tags", []).append(SKIP_TAG)
            cell.outputs = [NotebookNode(
                output_type="error", ename=ENAME, traceback=[],
                evalue=_("Ô này không được chạy khi chấm vì can thiệp vào việc chấm ({found}).").format(
                    found=", ".join(found[:5])))]
        return cell, resources


__all__ = ["ENAME", "SKIP_TAG", "GuardAnswers", "tampering"]
