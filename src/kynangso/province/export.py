"""``kynangso export``: one signed archive per class, for the province coordinator.

The archive holds the roster, the catalogue the class was graded with, the score of every question, every
submission's time and lateness, and the grading status and notes; the learners' notebooks only with
``with_submissions``. The class gets a lasting id (``grading/ma-lop.txt``) the first time, so a later export of the
same class replaces the earlier one in the province gradebook instead of counting its learners twice.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from kynangso.course.catalogue import load_catalogue
from kynangso.course.learners import COLUMNS, Learner, load_roster
from kynangso.errors import KitError
from kynangso.grading.scores import Gradebook, read_gradebook
from kynangso.grading.status import load_status
from kynangso.i18n import _
from kynangso.paths import CourseRoot
from kynangso.province import archive as a
from kynangso.province.keys import trainer_key

WORKSHOP_FILE = "ma-lop.txt"


@dataclass(frozen=True)
class Exported:
    path: Path
    workshop: str
    trainer: str
    fingerprint: str
    new_key: bool
    learners: int
    grades: int
    notebooks: int


def workshop_id(course: CourseRoot) -> str:
    """The class's lasting id, made on the first export."""
    path = course.grading / WORKSHOP_FILE
    if path.is_file() and path.read_text(encoding="utf-8").strip():
        return path.read_text(encoding="utf-8").strip()
    made = uuid.uuid4().hex[:12]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(made + "\n", encoding="utf-8")
    return made


def _csv(frame: pd.DataFrame) -> bytes:
    return frame.to_csv(index=False, lineterminator="\n").encode("utf-8-sig")


def _notebooks(course: CourseRoot) -> dict[str, bytes]:
    """``grading/submitted/<learner>/<assignment>/*.ipynb`` → ``bai-lam/<learner>/<assignment>/<file>``."""
    found = {}
    for path in sorted(course.submitted.glob("*/*/*.ipynb")):
        learner, assignment = path.parent.parent.name, path.parent.name
        found[f"{a.NOTEBOOKS}/{learner}/{assignment}/{path.name}"] = path.read_bytes()
    return found


def class_files(catalogue_bytes: bytes, roster: list[Learner], grades: Gradebook,
                status: list[dict[str, object]]) -> dict[str, bytes]:
    """The files of a class archive (without notebooks), from the class's roster, gradebook and grading status."""
    submissions = grades.submissions.assign(
        submitted=pd.to_datetime(grades.submissions["submitted"]).dt.strftime("%Y-%m-%dT%H:%M:%S"))
    roster_frame = pd.DataFrame([list(asdict(x).values()) for x in roster], columns=list(COLUMNS))
    return {a.CATALOGUE: catalogue_bytes, a.ROSTER: _csv(roster_frame), a.GRADES: _csv(grades.grades),
            a.SUBMISSIONS: _csv(submissions), a.STATUS: json.dumps(status, ensure_ascii=False).encode("utf-8")}


def header(workshop: str, catalogue_bytes: bytes, course_id: str, roster: list[Learner], stamp: datetime,
           label: str = "") -> dict[str, object]:
    """The manifest's description of the class (the archive adds the trainer's key and the checksums)."""
    units = sorted({x.unit for x in roster})
    return {"workshop": workshop, "label": label or ", ".join(units[:3]) + (" …" if len(units) > 3 else ""),
            "exported_at": stamp.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "course_id": course_id,
            "catalogue_version": hashlib.sha256(catalogue_bytes).hexdigest()[:12], "learners": len(roster)}


def export(*, course: CourseRoot, trainer: str = "", out: Path | None = None, label: str = "",
           with_submissions: bool = False, now: datetime | None = None) -> Exported:
    """Write the class's archive into ``out`` (default ``grading/gui-tinh``) and return what it holds."""
    key = trainer_key(trainer)
    catalogue_bytes = course.catalogue.read_bytes()
    catalogue = load_catalogue(course.catalogue)
    roster = load_roster(course)
    if not roster:
        raise KitError(_("Lớp chưa có danh sách học viên; hãy nhập danh sách (kynangso roster import) rồi xuất."))
    grades = read_gradebook(course)
    status = [asdict(o) for _key, o in sorted(load_status(course).items())]
    files = class_files(catalogue_bytes, roster, grades, status)
    notebooks = _notebooks(course) if with_submissions else {}
    files.update(notebooks)
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    workshop = workshop_id(course)
    target = (out or course.grading / "gui-tinh") / f"ket-qua-lop-{workshop}-{stamp:%Y%m%d-%H%M%S}.zip"
    a.write_archive(target, key, header(workshop, catalogue_bytes, catalogue.course_id, roster, stamp, label), files)
    return Exported(target, workshop, key.name, key.fingerprint, key.created, len(roster), len(grades.grades),
                    len(notebooks))


__all__ = ["WORKSHOP_FILE", "Exported", "class_files", "export", "header", "workshop_id"]
