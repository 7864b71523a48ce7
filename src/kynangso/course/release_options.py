"""The course's own release options on top of the kit's nbgrader config: the placeholders of the course's language
and a header notebook (``course.language`` and ``release:`` in ``catalogue.yml``).

nbgrader writes the placeholder where it clears an answer, then records each answer cell's checksum; an answer left
as the placeholder keeps that checksum, and nbgrader scores a hand-graded answer whose checksum did not change as 0,
unanswered. So the placeholder must be put there by nbgrader at release (here, through its config), never written
into a released notebook afterwards: a changed placeholder no longer matches its checksum and reads as an answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from traitlets.config import Config

from kynangso.course.catalogue import Catalogue
from kynangso.errors import KitError
from kynangso.i18n import _
from kynangso.paths import CourseRoot


@dataclass(frozen=True)
class Placeholder:
    """What a learner finds where an answer goes."""

    code: str  # a code answer (the kit's answers are given in a widget the cell shows)
    text: str  # a written (Markdown) answer


PLACEHOLDERS = {
    "vi": Placeholder(
        code="# ▶ Chạy ô này (Shift + Enter) rồi trả lời trong khung hiện ra: bấm chọn hoặc gõ vào ô.",  # nội dung
        text="✍ Viết câu trả lời của bạn vào đây.",  # nội dung
    ),
    "en": Placeholder(
        code="# ▶ Run this cell (Shift + Enter), then answer in the box that appears: click a choice or type.",
        text="✍ Write your answer here.",
    ),
}


def placeholder(catalogue: Catalogue) -> Placeholder:
    """The course's placeholders: its own from ``release:``, else those of its language."""
    default = PLACEHOLDERS[catalogue.language]
    return Placeholder(code=catalogue.release.code_stub or default.code,
                       text=catalogue.release.text_stub or default.text)


def header_path(course: CourseRoot, catalogue: Catalogue) -> Path | None:
    """The header notebook named by ``release.header``, checked to exist; ``None`` when the course has none."""
    if not catalogue.release.header:
        return None
    path = (course.root / catalogue.release.header).resolve()
    if not path.is_file() or path.suffix != ".ipynb":
        raise KitError(_("catalogue.yml: release.header ghi '{header}' nhưng không có sổ tay này cạnh tệp danh mục.")
                       .format(header=catalogue.release.header))
    return path


def apply(config: Config, course: CourseRoot, catalogue: Catalogue) -> Config:
    """``config`` (the kit's nbgrader config) with the course's release options laid over it."""
    stub = placeholder(catalogue)
    # Every kernel language nbgrader knows keeps its own stub; the course's language is about the words.
    code_stubs = dict(config.ClearSolutions.get("code_stub", {}) or {})
    code_stubs["python"] = stub.code
    config.ClearSolutions.code_stub = code_stubs
    config.ClearSolutions.text_stub = stub.text
    header = header_path(course, catalogue)
    if header is not None:
        config.IncludeHeaderFooter.header = str(header)
    return config


__all__ = ["PLACEHOLDERS", "Placeholder", "apply", "header_path", "placeholder"]
