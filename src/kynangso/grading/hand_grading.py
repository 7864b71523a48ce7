"""Points that wait for hand grading, said to the trainer after ``kynangso grade``, with where to grade them.

Hand-graded cells (written answers, tasks, code read by a person) are graded in nbgrader's formgrader; on one laptop
it is part of the trainer's JupyterLab (``kynangso lab --trainer``). The scores given there are saved in the
gradebook, where the reports read them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from kynangso.grading.scores import pending_points
from kynangso.i18n import _
from kynangso.paths import CourseRoot

FORMGRADER_PATH = "/formgrader"  # under the address JupyterLab prints (its port and token vary)


def lab_command(directory: Path | None = None) -> str:
    """The command that opens the trainer's JupyterLab (with the formgrader) on this class folder."""
    where = f' --dir "{directory}"' if directory is not None else ""
    return f"kynangso lab --trainer{where}"


def pending_lines(course: CourseRoot, assignments: Sequence[str] = (), directory: Path | None = None) -> list[str]:
    """What waits for hand grading, per assignment, and how to grade it ([] when nothing waits)."""
    waiting = pending_points(course)
    if assignments:
        waiting = waiting[waiting["assignment"].isin(list(assignments))]
    if waiting.empty:
        return []
    lines = []
    for assignment, rows in waiting.groupby("assignment", sort=True):
        lines.append(_("Bài {bai}: {diem:g} điểm chờ chấm tay ({o} ô) ở {n} bài nộp.").format(
            bai=assignment, diem=float(rows["points"].sum()), o=int(rows["cells"].sum()), n=len(rows)))
    lines.append(_("Chấm tay trên trang chấm của nbgrader (formgrader): chạy '{lenh}', trong JupyterLab chọn menu "
                   "Nbgrader → Formgrader (địa chỉ …{duong_dan}) rồi chọn «Manual Grading». Báo cáo ghi «chờ chấm "
                   "tay» và chưa xét đạt cho đến khi chấm xong.").format(
        lenh=lab_command(directory), duong_dan=FORMGRADER_PATH))
    return lines


__all__ = ["FORMGRADER_PATH", "lab_command", "pending_lines"]
