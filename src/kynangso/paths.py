"""Where the course and a workshop folder keep their files.

A *course root* is a folder with the same layout as the kit's checkout:
``catalogue.yml``, ``course/``, ``solutions/``, ``exercises/`` and ``grading/nbgrader_config.py``.
A workshop folder made by ``kynangso demo`` has the same layout, so every verb works on either.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from kynangso.errors import KitError
from kynangso.i18n import _

CATALOGUE_FILE = "catalogue.yml"
PROFILE_FILE = "profile.yml"  # the course's place names (province, communes, agencies), beside the catalogue
WRITTEN_FOR_FILE = "profile-written-for.yml"  # the names the files are written for, kept by ``kynangso localise``
NBGRADER_CONFIG = Path("grading") / "nbgrader_config.py"


@dataclass(frozen=True)
class CourseRoot:
    """The folders of one course root (the checkout or a workshop folder)."""

    root: Path

    @property
    def catalogue(self) -> Path:
        return self.root / CATALOGUE_FILE

    @property
    def profile(self) -> Path:
        return self.root / PROFILE_FILE

    @property
    def course(self) -> Path:
        return self.root / "course"

    @property
    def solutions(self) -> Path:
        return self.root / "solutions"

    @property
    def exercises(self) -> Path:
        return self.root / "exercises"

    @property
    def grading(self) -> Path:
        return self.root / "grading"

    @property
    def nbgrader_config(self) -> Path:
        return self.root / NBGRADER_CONFIG

    @property
    def submitted(self) -> Path:
        return self.grading / "submitted"

    @property
    def autograded(self) -> Path:
        return self.grading / "autograded"

    @property
    def feedback(self) -> Path:
        return self.grading / "feedback"

    @property
    def archive(self) -> Path:
        return self.grading / "archive"

    @property
    def unmatched(self) -> Path:
        return self.grading / "unmatched"

    @property
    def reports(self) -> Path:
        return self.grading / "reports"

    @property
    def gradebook(self) -> Path:
        return self.grading / "gradebook.db"

    @property
    def roster(self) -> Path:
        return self.grading / "roster.csv"

    def is_course(self) -> bool:
        return self.catalogue.is_file() and self.nbgrader_config.is_file()


def _package_checkout() -> Path:
    """The checkout this package was installed from in editable mode (src layout)."""
    return Path(__file__).resolve().parents[2]


def find_course(start: Path | None = None) -> CourseRoot:
    """Find the course the kit works on: ``$KYNANGSO_COURSE``, then upwards from ``start``, then the checkout."""
    candidates: list[Path] = []
    if os.environ.get("KYNANGSO_COURSE"):
        candidates.append(Path(os.environ["KYNANGSO_COURSE"]))
    here = (start or Path.cwd()).resolve()
    candidates.extend([here, *here.parents])
    candidates.append(_package_checkout())
    for candidate in candidates:
        course = CourseRoot(candidate)
        if course.is_course():
            return course
    raise KitError(_(
        "Không tìm thấy thư mục khóa học (cần có catalogue.yml và grading/nbgrader_config.py). "
        "Hãy chạy lệnh trong thư mục khóa học hoặc đặt biến môi trường KYNANGSO_COURSE."
    ))


def workshop(directory: Path) -> CourseRoot:
    """A workshop folder given by ``--dir``; it must already be a course root."""
    course = CourseRoot(directory.resolve())
    if not course.is_course():
        raise KitError(_(
            "Thư mục '{directory}' chưa phải là thư mục lớp học (thiếu catalogue.yml hoặc "
            "grading/nbgrader_config.py). Hãy chạy lệnh trong thư mục lớp học hoặc dùng --dir."
        ).format(directory=directory))
    return course


def jupyter_path(env: dict[str, str]) -> str:
    """``JUPYTER_PATH`` with the kit's own folder first: its JupyterLab extension, which keeps widget answers in
    the notebook (:mod:`kynangso.learner.answers`), and its Python kernel, which shows errors as one Vietnamese line
    (:mod:`kynangso.learner.friendly_errors`)."""
    kit = str(resources.files("kynangso.data").joinpath("jupyter"))
    return os.pathsep.join([kit, *[p for p in env.get("JUPYTER_PATH", "").split(os.pathsep) if p and p != kit]])


__all__ = ["CATALOGUE_FILE", "NBGRADER_CONFIG", "PROFILE_FILE", "WRITTEN_FOR_FILE", "CourseRoot", "find_course",
           "jupyter_path", "workshop"]
