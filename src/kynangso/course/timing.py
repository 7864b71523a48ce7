"""How long a module really takes a commune cadre: reading at a slow pace, plus the tasks it asks for.

The estimate counts what a learner reads in the lessons and the assignment: the words of every markdown cell
at :data:`SYLLABLES_PER_MINUTE` (Vietnamese is written one syllable per word, and a careful reader new to the
subject reads far slower than a fluent one), and the words of every visible code cell at
:data:`CODE_WORDS_PER_MINUTE` (code is read slowly by people who have never programmed, even to skim it). It adds
a fixed time for each thing to do: running a code cell and reading what it shows, a practice widget, a graded
question. A practice cell whose input is folded away (tag ``luyen-tap``: its code holds the key) counts as a
practice, not as code to read; the lessons' own folded checks (tag ``kiem-tra-bai-hoc``) are not counted. The
catalogue's ``minutes`` must stay within reach of the estimate (``tests/test_timing.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kynangso.course import notebooks
from kynangso.course.catalogue import Catalogue, Module
from kynangso.paths import CourseRoot

SYLLABLES_PER_MINUTE = 110  # careful reading of new, official text on a small screen
CODE_WORDS_PER_MINUTE = 80  # names, numbers and comments in code, skimmed by a non-programmer
MINUTES_PER_CODE_CELL = 1.0  # run it, look at what it shows (a table, a widget)
MINUTES_PER_PRACTICE = 2.0  # a practice widget: try, read the feedback, maybe try again
MINUTES_PER_QUESTION = 3.0  # a graded question: read, answer, check, save
_PRACTICE = re.compile(r"\bkey\s*=|luyen_")
PRACTICE_TAG = "luyen-tap"
_WORD = re.compile(r"\w+", re.UNICODE)
_MARKUP = re.compile(r"<[^>]+>|\(https?://[^)]*\)")


@dataclass(frozen=True)
class Estimate:
    words: int
    code_words: int
    code_cells: int
    practice: int
    questions: int

    @property
    def reading(self) -> float:
        """Minutes to read the text and code and to run the cells."""
        return (self.words / SYLLABLES_PER_MINUTE + self.code_words / CODE_WORDS_PER_MINUTE
                + self.code_cells * MINUTES_PER_CODE_CELL)

    @property
    def doing(self) -> float:
        """Minutes of practice and graded questions."""
        return self.practice * MINUTES_PER_PRACTICE + self.questions * MINUTES_PER_QUESTION

    @property
    def minutes(self) -> float:
        return self.reading + self.doing

    def __add__(self, other: Estimate) -> Estimate:
        return Estimate(self.words + other.words, self.code_words + other.code_words,
                        self.code_cells + other.code_cells, self.practice + other.practice,
                        self.questions + other.questions)


def _words(text: str) -> int:
    return len(_WORD.findall(_MARKUP.sub(" ", text)))


def _hidden(cell: notebooks.NotebookNode) -> bool:
    return bool(cell.metadata.get("jupyter", {}).get("source_hidden"))


def estimate(course: CourseRoot, catalogue: Catalogue, module: Module) -> Estimate:
    """The reading and doing in ``module``'s lessons and assignment (the assignment as learners get it)."""
    total = Estimate(0, 0, 0, 0, 0)
    for name in module.lessons:
        total += estimate_notebook(course.course / module.folder / name)
    if module.assignment is not None:  # every notebook of the assignment; its graded questions counted once
        for index, name in enumerate(module.assignment.notebooks):
            total += estimate_notebook(course.exercises / module.assignment.id / name,
                                       questions=len(module.assignment.questions) if index == 0 else 0)
    return total


def estimate_notebook(path: Path, questions: int = 0) -> Estimate:
    """The reading and doing in one notebook; ``questions`` graded questions are added as given."""
    words = code_words = code = practice = 0
    for cell in notebooks.read(path).cells:
        if cell.cell_type == "markdown":
            words += _words(cell.source)
        elif cell.cell_type == "code" and PRACTICE_TAG in cell.metadata.get("tags", []):
            code += 1
            practice += 1
        elif cell.cell_type == "code" and not _hidden(cell):
            if not cell.metadata.get("nbgrader", {}).get("grade"):  # a check cell is run, its code not read
                code_words += len(_WORD.findall(cell.source))
            code += 1
            practice += bool(_PRACTICE.search(cell.source))
    return Estimate(words, code_words, code, practice, questions)


__all__ = ["Estimate", "estimate", "estimate_notebook"]
