"""The answers file: what a learner picked in the question widgets, saved beside the notebook.

nbgrader re-runs a notebook to grade it, so clicks on widgets would be lost. Every change of a graded
question widget is written at once to ``<notebook>.tra-loi.json`` in the notebook's folder (the kernel's
working folder, in JupyterLab and during grading alike), and graded test cells read it back with
:func:`tra_loi`. The file holds only the learner's own answers, never an answer key; a file edited by hand
or damaged changes nothing but the entries that are broken, which count as "not answered".
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kynangso.i18n import _

SUFFIX = ".tra-loi.json"
FALLBACK_NAME = "tra-loi.json"
_ANSWERS = "cau_tra_loi"
_VALUE = "tra_loi"


def notebook_path(folder: Path | None = None) -> Path | None:
    """The notebook this kernel runs: the one jupyter_server names in ``JPY_SESSION_NAME``, else the only one here."""
    here = folder or Path.cwd()
    session = os.environ.get("JPY_SESSION_NAME", "")
    if session.endswith(".ipynb") and (here / Path(session).name).is_file():
        return here / Path(session).name
    notebooks = sorted(p for p in here.glob("*.ipynb") if p.is_file())
    return notebooks[0] if len(notebooks) == 1 else None


def answers_path(folder: Path | None = None) -> Path:
    """Where the answers of the current notebook are kept (``bai-tap-02.ipynb`` → ``bai-tap-02.tra-loi.json``)."""
    notebook = notebook_path(folder)
    if notebook is None:
        return (folder or Path.cwd()) / FALLBACK_NAME
    return notebook.with_name(notebook.stem + SUFFIX)


def for_notebook(notebook: Path) -> Path:
    """The answers file that belongs to ``notebook``."""
    return notebook.with_name(notebook.stem + SUFFIX)


def read_answers(path: Path | None = None) -> tuple[dict[str, Any], list[str]]:
    """All readable answers in the file (question id → value) and one Vietnamese line per problem found.

    A missing file is no answer yet (no problem); a damaged file or entry is reported and left out.
    """
    path = path or answers_path()
    if not path.exists():
        return {}, []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return {}, [_("Tệp câu trả lời '{ten}' bị hỏng nên không đọc được; các câu bấm chọn được tính là chưa trả lời. "
                      "Hãy bấm Kiểm tra lại ở từng câu để lưu lại.").format(ten=path.name)]
    entries = data.get(_ANSWERS) if isinstance(data, dict) else None
    if not isinstance(entries, dict):
        return {}, [_("Tệp câu trả lời '{ten}' không đúng dạng; các câu bấm chọn được tính là chưa trả lời.")
                    .format(ten=path.name)]
    answers, problems = {}, []
    for question, entry in entries.items():
        if isinstance(entry, dict) and _VALUE in entry:
            answers[str(question)] = entry[_VALUE]
        else:
            problems.append(_("Câu trả lời '{cau}' trong tệp bị sửa hỏng; câu này được tính là chưa trả lời.")
                            .format(cau=question))
    return answers, problems


def save_answer(question: str, value: Any, path: Path | None = None) -> Path:
    """Write one answer into the file at once (other answers kept).

    A file that cannot be read is copied to ``<name>.hong`` first, then replaced by a good one.
    """
    path = path or answers_path()
    answers, _problems = read_answers(path)
    if path.exists() and _damaged(path):  # unreadable: kept aside, not lost
        shutil.copyfile(path, path.with_name(path.name + ".hong"))
    answers[question] = value
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    previous = _entries(path)
    entries = {q: previous.get(q, {}) | {_VALUE: v} for q, v in sorted(answers.items())}
    entries[question]["luc"] = stamp
    document = {
        "ghi_chu": _("Sổ tay tự ghi tệp này khi bạn chọn câu trả lời. Hãy nộp tệp này cùng với sổ tay; không cần sửa."),
        "so_tay": path.name.removesuffix(SUFFIX) + ".ipynb" if path.name.endswith(SUFFIX) else "",
        _ANSWERS: entries,
    }
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tra-loi-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)
    return path


def _damaged(path: Path) -> bool:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return True
    return not (isinstance(data, dict) and isinstance(data.get(_ANSWERS), dict))


def _entries(path: Path) -> dict[str, dict[str, Any]]:
    """The readable entries with their extra fields (time saved), to keep them when one answer changes."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        entries = data[_ANSWERS]
        return {str(q): dict(e) for q, e in entries.items() if isinstance(e, dict) and _VALUE in e}
    except (OSError, UnicodeDecodeError, ValueError, TypeError, KeyError, AttributeError):
        return {}


def tra_loi(cau: str, kieu: type | tuple[type, ...] | None = None, tep: Path | None = None) -> Any:
    """The saved answer to question ``cau`` (``None`` if there is none, or if it is not of type ``kieu``).

    Graded test cells call it; any problem with the file is printed as one Vietnamese line.
    """
    answers, problems = read_answers(tep)
    for problem in problems:
        print("⚠️", problem)
    value = answers.get(cau)
    if value is not None and kieu is not None and (not isinstance(value, kieu) or isinstance(value, bool)):
        print("⚠️", _("Câu trả lời '{cau}' trong tệp không đúng dạng; câu này được tính là chưa trả lời.")
              .format(cau=cau))
        return None
    return value


__all__ = ["SUFFIX", "answers_path", "for_notebook", "notebook_path", "read_answers", "save_answer", "tra_loi"]
