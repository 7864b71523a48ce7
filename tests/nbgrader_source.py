"""A small nbgrader course written elsewhere, built in the test: ``source/`` with one folder per assignment.

``ps1`` has two notebooks, an image and a data file: an autograded code answer with its test, a code answer graded
by hand, a written answer graded by hand and a task; ``ps2`` has one notebook with one autograded question.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
from nbformat import NotebookNode

from kynangso.paths import NBGRADER_CONFIG, CourseRoot
from tests.conftest import CHECKOUT

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000")  # the start of a PNG file


def cell(kind: str, source: str, grade_id: str = "", *, grade: bool = False, solution: bool = False,
         locked: bool = False, task: bool = False, points: float = 0) -> NotebookNode:
    """A cell as nbgrader's "Create assignment" toolbar marks it (no mark when ``grade_id`` is empty)."""
    new = nbformat.v4.new_code_cell if kind == "code" else nbformat.v4.new_markdown_cell
    made = new(source)
    if grade_id:
        meta = {"grade": grade, "solution": solution, "locked": locked, "task": task, "grade_id": grade_id,
                "schema_version": 3}
        if grade or task:
            meta["points"] = points
        made.metadata["nbgrader"] = meta
    return made


def notebook(*cells: NotebookNode) -> NotebookNode:
    nb = nbformat.v4.new_notebook(cells=list(cells))
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return nb


def problem1() -> NotebookNode:
    return notebook(
        cell("markdown", "# Problem 1\nWrite `square`.", "p1_intro", locked=True),
        cell("code", "def square(x):\n    ### BEGIN SOLUTION\n    return x * x\n    ### END SOLUTION",
             "square", solution=True),
        cell("code", '"""square works"""\nassert square(3) == 9\n### BEGIN HIDDEN TESTS\nassert square(-2) == 4\n'
                     "### END HIDDEN TESTS", "test_square", grade=True, locked=True, points=3),
        cell("code", "# Plot something of your own\n### BEGIN SOLUTION\nprint('plot')\n### END SOLUTION",
             "own_plot", grade=True, solution=True, points=2),
    )


def problem2() -> NotebookNode:
    return notebook(
        cell("markdown", "# Problem 2\n![logo](jupyter.png)", "p2_intro", locked=True),
        cell("markdown", "Explain what `square` does.", "explain_q", locked=True),
        cell("markdown", "It multiplies a number by itself.", "explain", grade=True, solution=True, points=4),
        cell("markdown", "Draw the curve of `square` by hand and describe it.", "draw", task=True, points=1),
    )


def ps2() -> NotebookNode:
    return notebook(
        cell("code", "answer = None\n### BEGIN SOLUTION\nanswer = 42\n### END SOLUTION", "answer", solution=True),
        cell("code", "assert answer == 42", "test_answer", grade=True, locked=True, points=1),
    )


def write_source(root: Path) -> Path:
    """``root/source`` as an nbgrader course keeps it."""
    source = root / "source"
    for folder, notebooks in {"ps1": {"problem1": problem1(), "problem2": problem2()}, "ps2": {"ps2": ps2()}}.items():
        (source / folder).mkdir(parents=True)
        for name, nb in notebooks.items():
            nbformat.write(nb, source / folder / f"{name}.ipynb")
    (source / "ps1" / "jupyter.png").write_bytes(PNG)
    (source / "ps1" / "data").mkdir()
    (source / "ps1" / "data" / "numbers.csv").write_text("x\n1\n2\n", encoding="utf-8")
    (source / "header.ipynb").write_text(nbformat.writes(notebook(cell("markdown", "**Course of the test**"))),
                                         encoding="utf-8")
    return source


def empty_course(root: Path, language: str = "vi") -> CourseRoot:
    """A course root with no module yet: a catalogue and the kit's nbgrader config."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "catalogue.yml").write_text(
        f'course:\n  id: thu\n  title: "Khóa thử"\n  pass_mark: 0.5\n  language: {language}\nmodules: []\n',
        encoding="utf-8")
    (root / "grading").mkdir()
    shutil.copy2(CHECKOUT.nbgrader_config, root / NBGRADER_CONFIG)
    for folder in ("course", "solutions"):
        (root / folder).mkdir()
    return CourseRoot(root.resolve())


__all__ = ["PNG", "cell", "empty_course", "notebook", "write_source"]
