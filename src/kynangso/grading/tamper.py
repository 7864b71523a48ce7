"""Read-only and test cells that differ from the copy the learner received: said plainly, never as tampering.

nbgrader warns "Attribute 'checksum' … has changed" for every test cell whose hidden tests were removed at
release (jupyter/nbgrader#1961), i.e. for every honest learner, so that warning says nothing. A read-only or
test cell that was edited, deleted or re-tagged is restored by nbgrader from its own copy before grading, so
the change has no effect on the score; it often has an honest cause (a cell deleted by mistake, a notebook
copied by a tool that strips test cells). It is noted for the trainer as what happened, not as an accusation.
What an answer does to the grading is judged by :mod:`kynangso.grading.answer_audit`.
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
    """The ids of read-only or test cells edited, deleted, re-pointed or re-tagged in ``submitted``."""
    if not released.is_file():
        return []
    given = _protected(released)
    try:
        sent = _protected(submitted)
    except Exception:  # an unreadable submission is reported elsewhere
        return []
    return sorted(grade_id for grade_id, cell in given.items() if sent.get(grade_id) != cell)


def note(cells: list[str]) -> str:
    """A Vietnamese note for the trainer, or '' when every read-only and test cell came back as given."""
    if not cells:
        return ""
    return _("ô chỉ đọc/ô kiểm tra trong bài nộp khác bản đã phát hoặc bị thiếu ({cells}); khi chấm đã dùng bản "
             "gốc nên điểm không bị ảnh hưởng").format(cells=", ".join(cells))


__all__ = ["note", "tampered"]
