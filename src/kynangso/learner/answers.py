"""What a learner picked in the question widgets, kept in the notebook itself.

nbgrader re-runs a notebook to grade it, so clicks on widgets would be lost. Every change of a graded
question widget is sent at once to the kit's JupyterLab extension (comm target ``kynangso.learner.answers``), which
writes it into the notebook's metadata (``metadata.kynangso.tra_loi``) and saves the notebook: the learner
hands in one ``.ipynb``. Where no extension answers (another front end, or grading), the answer is written to
``<notebook>.tra-loi.json`` beside the notebook instead, the older way, which ``collect`` still accepts.

``collect`` takes the answers out of the notebook (and any answers file that came with it) into the answers
file of the submission, which graded test cells read back with :func:`tra_loi`. Entries hold only the
learner's own answers, never an answer key; a damaged entry counts as "not answered".
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
_TIME = "luc"
METADATA_KEY = "kynangso"  # notebook metadata: {"assignment": …, "tra_loi": {question: {"tra_loi": v, "luc": t}}}
COMM_TARGET = "kynangso.answers"  # also in labextension/lib/index.js: a protocol name, not a module path

_live: dict[Path, dict[str, dict[str, Any]]] = {}  # answers given in this kernel, by answers file
_channel: Any = None                   # the comm to the notebook's front end, once opened
_kept_by_notebook = False              # the front end said it keeps answers in the notebook


def open_channel() -> None:
    """Open the comm to the front end (once per kernel); nothing happens outside a kernel or while grading."""
    global _channel
    if _channel is not None or os.environ.get("NBGRADER_EXECUTION"):
        return
    try:
        from IPython import get_ipython

        shell = get_ipython()
        if shell is None or getattr(shell, "kernel", None) is None:
            return
        from comm import create_comm

        _channel = create_comm(target_name=COMM_TARGET, data={})
        _channel.on_msg(_on_reply)
    except Exception:  # no comm support: answers go to the file beside the notebook
        _channel = False


def _on_reply(message: dict[str, Any]) -> None:
    global _kept_by_notebook
    data = message.get("content", {}).get("data", {})
    if isinstance(data, dict) and data.get("ok") is True:
        _kept_by_notebook = True


def kept_by_notebook() -> bool:
    """Whether the front end keeps answers in the notebook (then no answers file is written)."""
    return _kept_by_notebook


def entries_in_notebook(notebook: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The answers a notebook carries in its metadata (question id → {"tra_loi": v, "luc": t}); broken ones left out."""
    meta = notebook.get("metadata", {}) if isinstance(notebook, dict) else {}
    kept = meta.get(METADATA_KEY, {}).get(_VALUE) if isinstance(meta.get(METADATA_KEY), dict) else None
    if not isinstance(kept, dict):
        return {}
    return {str(q): dict(e) for q, e in kept.items() if isinstance(e, dict) and _VALUE in e}


def newest(*sources: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """One entry per question: the one saved last (ISO times compare as text; a later source wins a tie)."""
    merged: dict[str, dict[str, Any]] = {}
    for source in sources:
        for question, entry in source.items():
            before = merged.get(question)
            if before is None or str(entry.get(_TIME, "")) >= str(before.get(_TIME, "")):
                merged[question] = entry
    return merged


def answers_file_text(entries: dict[str, dict[str, Any]], notebook_name: str) -> str:
    """An answers file holding ``entries`` (as collect places it beside a submission)."""
    document = {"so_tay": notebook_name, _ANSWERS: dict(sorted(entries.items()))}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _saved_in_notebook(folder: Path | None) -> dict[str, dict[str, Any]]:
    notebook = notebook_path(folder)
    if notebook is None:
        return {}
    try:
        return entries_in_notebook(json.loads(notebook.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, ValueError):
        return {}


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


def save_answer(question: str, value: Any, path: Path | None = None) -> Path | None:
    """Keep one answer at once: in the notebook through the front end, else in the answers file beside it.

    Returns the answers file written, or ``None`` when the notebook keeps the answer. A file that cannot be
    read is copied to ``<name>.hong`` first, then replaced by a good one.
    """
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    target = path or answers_path()
    if _channel:
        _channel.send({"cau": question, _VALUE: value, _TIME: stamp})
        if _kept_by_notebook and path is None:  # the notebook keeps it; until the next save, so does this kernel
            _live.setdefault(target, {})[question] = {_VALUE: value, _TIME: stamp}
            return None
    return _write_file(question, value, stamp, target)


def _write_file(question: str, value: Any, stamp: str, path: Path) -> Path:
    answers, _problems = read_answers(path)
    if path.exists() and _damaged(path):  # unreadable: kept aside, not lost
        shutil.copyfile(path, path.with_name(path.name + ".hong"))
    answers[question] = value
    previous = file_entries(path)
    entries = {q: previous.get(q, {}) | {_VALUE: v} for q, v in sorted(answers.items())}
    entries[question][_TIME] = stamp
    document = {
        "ghi_chu": _("Sổ tay tự ghi tệp này khi bạn chọn câu trả lời; không cần sửa."),
        "so_tay": path.name.removesuffix(SUFFIX) + ".ipynb" if path.name.endswith(SUFFIX) else "",
        _ANSWERS: entries,
    }
    write_atomically(path, json.dumps(document, ensure_ascii=False, indent=2) + "\n", prefix=".tra-loi-")
    return path


def write_atomically(path: Path, text: str, prefix: str = ".kynangso-") -> None:
    """Write ``text`` to ``path`` whole or not at all (a temporary file beside it, then renamed over it)."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=prefix, suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)


def _damaged(path: Path) -> bool:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return True
    return not (isinstance(data, dict) and isinstance(data.get(_ANSWERS), dict))


def file_entries(path: Path) -> dict[str, dict[str, Any]]:
    """The readable entries of an answers file with their extra fields (time saved); ``{}`` if none."""
    try:
        return entries_in_file(path.read_bytes())
    except OSError:
        return {}


def entries_in_file(data: bytes) -> dict[str, dict[str, Any]]:
    """An answers file's readable entries (question id → {"tra_loi": v, "luc": t}); broken ones left out."""
    try:
        entries = json.loads(data.decode("utf-8"))[_ANSWERS]
        return {str(q): dict(e) for q, e in entries.items() if isinstance(e, dict) and _VALUE in e}
    except (UnicodeDecodeError, ValueError, TypeError, KeyError, AttributeError):
        return {}


def current_answers(path: Path | None = None) -> tuple[dict[str, Any], list[str]]:
    """Every answer known here, newest first: the answers file, the notebook as saved, this kernel's clicks.

    Also the Vietnamese lines of any problem with the answers file (see :func:`read_answers`).
    """
    path = path or answers_path()
    _answers, problems = read_answers(path)
    entries = newest(file_entries(path), _saved_in_notebook(path.parent), _live.get(path, {}))
    return {q: e[_VALUE] for q, e in entries.items()}, problems


def tra_loi(cau: str, kieu: type | tuple[type, ...] | None = None, tep: Path | None = None) -> Any:
    """The answer given to question ``cau`` (``None`` if there is none, or if it is not of type ``kieu``).

    Graded test cells call it; any problem with the answers file is printed as one Vietnamese line.
    """
    answers, problems = current_answers(tep)
    for problem in problems:
        print("⚠️", problem)
    value = answers.get(cau)
    if isinstance(value, dict) and "ket_qua" in value:  # a table question (TableQuery): its result is the answer
        value = value["ket_qua"]
    if value is not None and kieu is not None and (not isinstance(value, kieu) or isinstance(value, bool)):
        print("⚠️", _("Câu trả lời '{cau}' trong tệp không đúng dạng; câu này được tính là chưa trả lời.")
              .format(cau=cau))
        return None
    return value


__all__ = ["COMM_TARGET", "METADATA_KEY", "SUFFIX", "answers_file_text", "answers_path", "current_answers",
           "entries_in_file", "entries_in_notebook", "file_entries", "for_notebook", "kept_by_notebook", "newest",
           "notebook_path", "open_channel", "read_answers", "save_answer", "tra_loi", "write_atomically"]
