"""The grading status of every submission (``grading/ket-qua-cham.json``): graded or not, why, what was noticed.

Kept apart from :mod:`kynangso.grading.grade` so that readers of the status (the reports) do not load nbgrader.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from kynangso.paths import CourseRoot

STATUS_FILE = "ket-qua-cham.json"


@dataclass
class Outcome:
    learner: str
    assignment: str
    ok: bool
    reason: str = ""
    flags: str = ""  # for the trainer: what was noticed (tampering, what the sandbox stopped, restored cells)
    learner_note: str = ""  # for the learner: how the notebook was graded when something was unusual


Status = dict[tuple[str, str], Outcome]


def load_status(course: CourseRoot) -> Status:
    path = course.grading / STATUS_FILE
    if not path.exists():
        return {}
    rows = json.loads(path.read_text(encoding="utf-8"))
    known = set(Outcome.__dataclass_fields__)
    return {(r["learner"], r["assignment"]): Outcome(**{k: v for k, v in r.items() if k in known}) for r in rows}


def save_status(course: CourseRoot, status: Status) -> None:
    rows = [asdict(o) for _name, o in sorted(status.items())]
    (course.grading / STATUS_FILE).write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


__all__ = ["STATUS_FILE", "Outcome", "Status", "load_status", "save_status"]
