"""Telling real tampering from nbgrader's false checksum warning.

nbgrader warns "Attribute 'checksum' … has changed" for every test cell whose hidden tests were removed at
release (jupyter/nbgrader#1961), i.e. for every honest learner, so that warning says nothing. What does say
something is a difference between the read-only and test cells a learner received and those submitted.
nbgrader restores those cells from its own copy before grading, so tampering earns nothing; it is only reported.
"""

from __future__ import annotations

from pathlib import Path

from kynangso.course import notebooks
from kynangso.i18n import _


def _protected(path: Path) -> dict[str, tuple[str, object, object]]:
    cells = {}
    for cell in notebooks.read(path).cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("grade_id") and not meta.get("solution") and (meta.get("locked") or meta.get("grade")):
            cells[meta["grade_id"]] = (cell.source.strip(), meta.get("points"), cell.metadata.get("tags", []))
    return cells


def tampered(submitted: Path, released: Path) -> list[str]:
    """The ids of read-only or test cells that were edited, deleted, re-pointed or re-tagged in ``submitted``."""
    if not released.is_file():
        return []
    given = _protected(released)
    try:
        sent = _protected(submitted)
    except Exception:  # an unreadable submission is reported elsewhere
        return []
    return sorted(grade_id for grade_id, cell in given.items() if sent.get(grade_id) != cell)


def note(cells: list[str]) -> str:
    """A Vietnamese note for the trainer, or '' when nothing was tampered with."""
    if not cells:
        return ""
    return _("bài nộp đã sửa hoặc xóa ô chỉ đọc/ô kiểm tra ({cells}); "
             "khi chấm đã dùng lại bản gốc, nên trao đổi với học viên").format(cells=", ".join(cells))


__all__ = ["note", "tampered"]
