"""What the grading sandbox stopped, read from an autograded notebook, as one Vietnamese note for the trainer.

Learner code that hits a limit or a wall of the sandbox fails in its own cell (that question earns nothing,
the rest of the notebook is graded as usual). The errors it leaves in the outputs say what it tried.
"""

from __future__ import annotations

import re
from pathlib import Path

from kynangso.course import notebooks
from kynangso.grading.isolation.sandbox import Limits
from kynangso.grading.preprocessors.guard_answers import ENAME
from kynangso.grading.preprocessors.sandboxed_execute import NOTE
from kynangso.i18n import N_, _
from kynangso.learner.selfcheck import STOPPED

# (error name pattern, error value pattern, what happened); the first match per cell wins
_SIGNS: tuple[tuple[str, str, str], ...] = (
    (ENAME, r"", N_("can thiệp vào việc chấm (ô đó không được chạy)")),
    (r"MemoryError", r"", N_("dùng quá nhiều bộ nhớ (giới hạn {memory})")),
    (r"BlockingIOError|OSError", r"Errno 11\b|Resource temporarily unavailable",
     N_("tạo quá nhiều tiến trình (giới hạn {processes})")),
    (r"OSError", r"Errno 27\b|File too large", N_("ghi tệp quá lớn (giới hạn {file_size})")),
    (r"\w+", r"Errno (101|113|111|99|-2|-3|-5)\b|Network is unreachable|Name or service not known"
             r"|Temporary failure in name resolution|No address associated",
     N_("tìm cách dùng mạng")),
    (r"PermissionError|OSError", r"Errno (13|30|1)\b|Read-only file system|Permission denied|not permitted",
     N_("tìm cách ghi hoặc đọc tệp không được phép")),
    (r"FileNotFoundError", r"(/|\.\.)", N_("tìm cách mở tệp ngoài thư mục bài làm")),
    (r"OperationalError|DatabaseError", r"unable to open|readonly|read-only", N_("tìm cách ghi vào sổ điểm")),
    (r"CellTimeoutError", r"", N_("có ô chạy quá thời gian cho phép")),
)


def _size(value: int) -> str:
    return f"{value / (1 << 30):g} GB".replace(".", ",") if value >= 1 << 30 else f"{value // (1 << 20)} MB"


def _what(output: dict, words: dict[str, str]) -> str:
    return next((_(sign).format(**words) for name, value, sign in _SIGNS
                 if re.fullmatch(name, output.get("ename", "")) and re.search(value, output.get("evalue", ""))), "")


def incidents(notebook: Path, limits: Limits | None = None) -> tuple[list[str], list[str]]:
    """``(blocked, harmless)``: what the sandbox stopped in this autograded notebook (each kind once, in order;
    the questions concerned earn nothing) and what was only trimmed (output cut short, no points lost)."""
    limits = limits or Limits()
    words = {"memory": _size(limits.memory_bytes), "processes": _("{n} tiến trình").format(n=limits.processes),
             "file_size": _size(limits.file_bytes)}
    try:
        cells = notebooks.read(notebook).cells
    except Exception:  # a notebook nbgrader could not write is reported elsewhere
        return [], []
    blocked: list[str] = []
    harmless: list[str] = []
    for cell in cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream" and output.get("text") == NOTE:
                found, what = harmless, _("in ra kết quả quá dài (phần thừa đã bỏ, không mất điểm)")
            elif output.get("output_type") == "error":
                found, what = blocked, _what(output, words)
            else:
                continue
            if what and what not in found:
                found.append(what)
    return blocked, harmless


def _stopped_at(notebook: Path) -> tuple[str, str] | None:
    """``(grade id, why)`` when the run stopped part-way: the first graded question that lost its points."""
    try:
        cells = notebooks.read(notebook).cells
    except Exception:
        return None
    for index, cell in enumerate(cells):
        stop = next((o for o in cell.get("outputs", []) if o.get("ename") == STOPPED), None)
        if stop is None:
            continue
        lost = next((c.metadata["nbgrader"].get("grade_id", "") for c in cells[index:]
                     if c.metadata.get("nbgrader", {}).get("grade")), "")
        return lost, stop.get("evalue", "")
    return None


def stop_note(notebook: Path, titles: dict[str, str] | None = None) -> str:
    """Where and why a run stopped part-way, in one Vietnamese sentence for learner and trainer ('' if it did not)."""
    stop = _stopped_at(notebook)
    if stop is None:
        return ""
    lost, text = stop
    why = text.rpartition(": ")[2].rstrip(".")  # the cell says "Bài dừng ở ô này khi chấm: <why>."
    return _("Khi chấm, bài dừng giữa chừng ({why}): các câu trước «{cau}» vẫn được tính điểm, từ câu đó trở đi "
             "không được điểm.").format(why=why, cau=(titles or {}).get(lost, lost) or _("cuối bài"))


def note(notebook: Path, limits: Limits | None = None, memory_kills: int = 0,
         titles: dict[str, str] | None = None) -> str:
    """A Vietnamese note for the trainer, or '' when the sandbox stopped nothing and the run went to the end.

    ``memory_kills``: how many processes the grader killed because the kernel's processes together used
    more memory than allowed (see :mod:`kynangso.grading.isolation.memory_watch`). ``titles`` names the
    questions by grade id.
    """
    blocked, harmless = incidents(notebook, limits)
    if memory_kills:
        total = _size((limits or Limits()).notebook_memory_bytes)
        blocked.insert(0, _("chạy nhiều tiến trình dùng quá nhiều bộ nhớ (tổng giới hạn {total}; "
                            "đã dừng {n} tiến trình)").format(total=total, n=memory_kills))
    parts = [stop] if (stop := stop_note(notebook, titles)) else []
    if blocked:
        parts.append(_("khi chấm, mã trong bài đã {found}; đã bị chặn, các câu bị ảnh hưởng không được điểm").format(
            found=", ".join(blocked)))
    if harmless:
        parts.append(_("khi chấm, bài đã {found}").format(found=", ".join(harmless)))
    return "; ".join(parts)


__all__ = ["incidents", "note", "stop_note"]
