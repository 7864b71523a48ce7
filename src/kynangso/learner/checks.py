"""``kiem_tra("cau_2")``: run the visible checks of one question of the open notebook, and answer in Vietnamese.

The checks are the notebook's test cells (nbgrader ``grade`` cells) that follow the question's heading cell,
whose ``grade_id`` ends in ``cau_<number>`` (``m02_cau_2``); a test cell's own ``grade_id`` works too. They are
read from the ``.ipynb`` on disk (test cells are read-only, so the saved copy is current) and run in the
learner's namespace. Released notebooks contain no hidden tests, so nothing hidden is run or shown. It needs
no grading tools and no network.
"""

from __future__ import annotations

import inspect
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kynangso.i18n import _
from kynangso.learner import answers
from kynangso.learner.selfcheck import ChuaDat, friendly_error
from kynangso.text import fold

_QUESTION = re.compile(r"(?:^|_)cau_(\d+)$")


@dataclass
class KetQua:
    """What ``kiem_tra`` found: ``bool(result)`` is true when every check passed; ``lines`` were printed."""

    passed: bool
    lines: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return self.passed

    def __repr__(self) -> str:
        return "\n".join(self.lines)

    def _ipython_display_(self) -> None:
        """Already printed when the checks ran; show nothing more in the notebook."""


def _number(cau: str | int) -> int | None:
    text = fold(str(cau).strip()).replace(" ", "_")  # "Câu 2" → "cau_2"
    match = re.fullmatch(r"(?:cau_?)?(\d+)", text)
    return int(match[1]) if match else None


def _cells(notebook: Path) -> list[dict[str, Any]]:
    data = json.loads(notebook.read_text(encoding="utf-8"))
    return [c for c in data.get("cells", []) if isinstance(c, dict)]


def _meta(cell: dict[str, Any]) -> dict[str, Any]:
    meta = cell.get("metadata", {}).get("nbgrader", {})
    return meta if isinstance(meta, dict) else {}


def _source(cell: dict[str, Any]) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


def question_checks(cells: list[dict[str, Any]], cau: str | int) -> tuple[str, list[tuple[str, str]]]:
    """The question's name as shown and its test cells as (grade_id, source); no cells if it is not found."""
    number = _number(cau)
    if number is None:
        found = [(str(_meta(c).get("grade_id")), _source(c)) for c in cells
                 if _meta(c).get("grade") and _meta(c).get("grade_id") == str(cau) and c.get("cell_type") == "code"]
        return str(cau), found
    inside, found = False, []
    for cell in cells:
        match = _QUESTION.search(str(_meta(cell).get("grade_id", ""))) if cell.get("cell_type") == "markdown" else None
        if match:
            inside = int(match[1]) == number
        elif inside and cell.get("cell_type") == "code" and _meta(cell).get("grade"):
            found.append((str(_meta(cell)["grade_id"]), _source(cell)))
    return _("câu {so}").format(so=number), found


def _namespace() -> dict[str, Any]:
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with Jupyter
        get_ipython = None
    shell = get_ipython() if get_ipython else None
    if shell is not None:
        namespace: dict[str, Any] = shell.user_ns
        return namespace
    frame = inspect.currentframe()
    caller = frame.f_back.f_back if frame and frame.f_back else None
    return caller.f_globals if caller else {}


def _say(lines: list[str], line: str) -> None:
    print(line)
    lines.append(line)


def kiem_tra(cau: str | int, so_tay: Path | None = None, namespace: dict[str, Any] | None = None) -> KetQua:
    """Run the visible checks of question ``cau`` (``"cau_2"``, ``2`` or a test's ``grade_id``); say the result."""
    lines: list[str] = []
    notebook = so_tay or answers.notebook_path()
    if notebook is None or not notebook.is_file():
        _say(lines, "❌ " + _("Không tìm thấy sổ tay đang mở. Hãy lưu sổ tay (Ctrl + S) rồi chạy lại ô này."))
        return KetQua(False, lines)
    try:
        cells = _cells(notebook)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        _say(lines, "❌ " + _("Không đọc được sổ tay '{ten}'. Hãy lưu lại (Ctrl + S) rồi thử lại.").format(
            ten=notebook.name))
        return KetQua(False, lines)
    name, checks = question_checks(cells, cau)
    if not checks:
        known = sorted({int(m[1]) for c in cells if (m := _QUESTION.search(str(_meta(c).get("grade_id", ""))))})
        listed = ", ".join(map(str, known)) or _("không có")
        _say(lines, "❌ " + _("Sổ tay này không có {cau} để kiểm tra. Các câu có: {cac_cau}.").format(
            cau=name, cac_cau=listed))
        return KetQua(False, lines)
    ns = namespace if namespace is not None else _namespace()
    passed = True
    for grade_id, source in checks:
        try:
            exec(compile(source, f"<{grade_id}>", "exec"), ns)  # the notebook's own visible test cell
        except ChuaDat as problem:
            passed = False
            _say(lines, "❌ " + _("Chưa đạt") + f": {problem}")
        except Exception as error:  # any mistake in an answer becomes one Vietnamese line, never a traceback
            passed = False
            _say(lines, friendly_error(type(error).__name__, str(error)))
    if passed:
        _say(lines, "✅ " + _("Đã qua các bước tự kiểm tra của {cau}.").format(cau=name))
    return KetQua(passed, lines)


__all__ = ["KetQua", "kiem_tra", "question_checks"]
