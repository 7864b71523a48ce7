"""Running nbgrader's own converters in-process on a course root, with its config loaded explicitly.

nbgrader itself is imported only where it is used: loading it takes seconds (nbformat's schema checks), and
readers of the gradebook such as the reports need only its address.
"""

from __future__ import annotations

import functools
import io
import logging
import os
import sys
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING

from traitlets.config import Config
from traitlets.config.loader import PyFileConfigLoader

from kynangso.paths import CourseRoot

if TYPE_CHECKING:
    from nbgrader.api import Gradebook
    from nbgrader.coursedir import CourseDirectory

# nbgrader runs the ``alembic`` command of its environment; make it findable when the environment's
# bin folder is not on PATH (kynangso started by its full path, as from a desktop shortcut).
_BIN = os.path.dirname(sys.executable)
if _BIN not in os.environ.get("PATH", "").split(os.pathsep):
    os.environ["PATH"] = _BIN + os.pathsep + os.environ.get("PATH", "")

# nbgrader 0.9.6 with SQLAlchemy 2.1 warns while it saves grades; the grades are right (measured), so the
# warning is only noise for the trainer.
warnings.filterwarnings("ignore", message=".*not in session.*")


def load_config(course: CourseRoot) -> Config:
    """Load ``grading/nbgrader_config.py`` of this course root (and nothing from the user's home)."""
    loader = PyFileConfigLoader("nbgrader_config.py", path=str(course.grading))
    return loader.load_config()


def course_directory(course: CourseRoot, config: Config | None = None) -> CourseDirectory:
    from nbgrader.coursedir import CourseDirectory

    return CourseDirectory(config=config or load_config(course))


@dataclass(frozen=True)
class GradebookAddress:
    db_url: str
    course_id: str


def gradebook_address(course: CourseRoot) -> GradebookAddress:
    """The gradebook's database URL and course id as configured, without loading nbgrader.

    The course's config sets both; nbgrader's defaults (``gradebook.db`` in the root, no course id) apply otherwise.
    """
    settings = load_config(course).get("CourseDirectory", Config())
    root = str(settings.get("root", course.root))
    db_url = settings.get("db_url") or "sqlite:///" + os.path.join(root, "gradebook.db")
    return GradebookAddress(str(db_url), str(settings.get("course_id", "")))


@dataclass
class RunResult:
    """Outcome of one nbgrader converter run."""

    ok: bool
    log: str
    error: str = ""


@functools.cache
def _schema_head() -> str | None:
    import nbgrader
    from alembic.script import ScriptDirectory

    return ScriptDirectory(os.path.join(os.path.dirname(nbgrader.__file__), "alembic")).get_current_head()


def _stamp_in_process() -> None:
    """A new gradebook is stamped with nbgrader's newest schema revision, read from its migration scripts here.

    nbgrader finds that revision by starting the ``alembic heads`` command, which loads nbgrader again in a new
    process: about 3 s of a trainer's wait for every new gradebook (a first ``release``, ``collect`` or ``grade``).
    The command stays the fallback should the scripts not give one revision.
    """
    import nbgrader.api as api

    original = api.get_alembic_version
    if getattr(original, "in_process", False):
        return

    def head() -> str:
        try:
            found = _schema_head()
        except Exception:  # nbgrader's own way then says what is wrong
            found = None
        return found or original()

    head.in_process = True  # type: ignore[attr-defined]
    api.get_alembic_version = head


def run_converter(app_class: type, course: CourseRoot, config: Config, **attrs: object) -> RunResult:
    """Run an nbgrader converter (GenerateAssignment, Autograde, GenerateFeedback) and capture its log."""
    from nbgrader.coursedir import CourseDirectory

    _stamp_in_process()

    coursedir = CourseDirectory(config=config)
    for name in ("assignment_id", "student_id", "notebook_id"):
        if name in attrs:
            setattr(coursedir, name, attrs.pop(name))
    app = app_class(coursedir=coursedir, config=config)
    for name, value in attrs.items():
        setattr(app, name, value)
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
    app.log.addHandler(handler)
    app.log.propagate = False
    try:
        app.start()
    except Exception as exc:  # nbgrader signals per-run failure with exceptions; the caller explains it
        return RunResult(ok=False, log=buffer.getvalue(), error=f"{exc.__class__.__name__}: {exc}")
    finally:
        app.log.removeHandler(handler)
    return RunResult(ok=True, log=buffer.getvalue())


def gradebook(course: CourseRoot, config: Config | None = None) -> Gradebook:
    from nbgrader.api import Gradebook

    _stamp_in_process()
    coursedir = course_directory(course, config)
    return Gradebook(coursedir.db_url, coursedir.course_id)


__all__ = ["GradebookAddress", "RunResult", "course_directory", "gradebook", "gradebook_address", "load_config",
           "run_converter"]
