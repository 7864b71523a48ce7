"""``kynangso release``: regenerate the learner versions in ``exercises/`` from ``solutions/``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from kynangso.course import learner_versions
from kynangso.paths import CourseRoot


def release(*, course: CourseRoot, assignments: Sequence[str] = ()) -> list[Path]:
    """Regenerate the learner versions of the given assignments (all of the catalogue's by default)."""
    return learner_versions.generate(course, assignments)


__all__ = ["release"]
