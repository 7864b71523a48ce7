"""The grading status of every submission (``grading/ket-qua-cham.json``): graded or not, why, what was noticed.

Kept apart from :mod:`kynangso.grading.grade` so that readers of the status (the reports) do not load nbgrader.
"""

from __future__ import annotations

import json
import os
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
    fingerprint: str = ""  # what the result was computed from (:mod:`kynangso.grading.unchanged`), when ok


Status = dict[tuple[str, str], Outcome]


def load_status(course: CourseRoot) -> Status:
    path = course.grading / STATUS_FILE
    if not path.exists():
        return {}
    rows = json.loads(path.read_text(encoding="utf-8"))
    known = set(Outcome.__dataclass_fields__)
    return {(r["learner"], r["assignment"]): Outcome(**{k: v for k, v in r.items() if k in known}) for r in rows}


def save_status(course: CourseRoot, status: Status) -> None:
    """Write the status whole or not at all (a power cut while writing leaves the previous one)."""
    rows = [asdict(o) for _name, o in sorted(status.items())]
    target = course.grading / STATUS_FILE
    partial = target.with_name(f".{STATUS_FILE}.{os.getpid()}")
    partial.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(partial, target)


__all__ = ["STATUS_FILE", "Outcome", "Status", "load_status", "save_status"]
