"""A small nbgrader course written elsewhere, built in a test: one assignment ``ps1`` of two notebooks and an image,
with autograded tests and hand-graded cells (a code answer, a written answer, a task).

Its catalogue is written by ``kynangso import-course`` from the notebooks' nbgrader marks (``id``, ``notebooks``,
``files``, per question ``notebook`` and ``manual``). Units come from a list the trainer keeps (a department's offices).
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pandas as pd
import yaml

from kynangso.course import notebooks
from kynangso.course.import_course import import_course
from kynangso.paths import CourseRoot
from tests.nbgrader_source import empty_course

ASSIGNMENT = "ps1"
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082")
UNITS = ["Phòng Tin học", "Phòng Hành chính"]  # nội dung: the trainer's own list of units
PEOPLE = [("Nguyễn Văn An", "an01", "Phòng Tin học"), ("Trần Thị Bình", "binh02", "Phòng Hành chính"),
          ("Lê Văn Cường", "cuong03", "Phòng Tin học")]
# grade_id → (notebook, points, hand-graded)
QUESTIONS = {"test_squares": ("problem1", 2.0, False), "explain_code": ("problem1", 1.0, True),
             "written": ("problem2", 2.0, True), "task_plot": ("problem2", 1.0, True),
             "test_add": ("problem2", 1.0, False)}


def _meta(grade_id: str, *, grade: bool = False, solution: bool = False, locked: bool = False, task: bool = False,
          points: float | None = None) -> dict:
    meta: dict = {"grade": grade, "grade_id": grade_id, "locked": locked, "schema_version": 3, "solution": solution,
                  "task": task}
    if points is not None:
        meta["points"] = points
    return {"nbgrader": meta}


def _notebook(cells: list) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    for index, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{index}"
    return nb


def problem1() -> nbformat.NotebookNode:
    md, code = nbformat.v4.new_markdown_cell, nbformat.v4.new_code_cell
    return _notebook([
        md("# Problem 1\n\n![](jupyter.png)\n\nWrite `squares(n)`.", metadata=_meta("intro1", locked=True)),
        code("def squares(n):\n    ### BEGIN SOLUTION\n    return [i * i for i in range(1, n + 1)]\n"
             "    ### END SOLUTION", metadata=_meta("squares", solution=True)),
        code("assert squares(3) == [1, 4, 9]", metadata=_meta("test_squares", grade=True, locked=True, points=2)),
        code("### BEGIN SOLUTION\nprint('loops')\n### END SOLUTION",
             metadata=_meta("explain_code", grade=True, solution=True, points=1)),
    ])


def problem2() -> nbformat.NotebookNode:
    md, code = nbformat.v4.new_markdown_cell, nbformat.v4.new_code_cell
    return _notebook([
        md("Explain in your own words what a function is.", metadata=_meta("intro2", locked=True)),
        md("A function is a named piece of code.", metadata=_meta("written", grade=True, solution=True, points=2)),
        md("Draw the result of `squares(5)`.", metadata=_meta("task_plot", locked=True, task=True, points=1)),
        code("def add(a, b):\n    ### BEGIN SOLUTION\n    return a + b\n    ### END SOLUTION",
             metadata=_meta("add", solution=True)),
        code("assert add(2, 3) == 5", metadata=_meta("test_add", grade=True, locked=True, points=1)),
    ])


def build(root: Path) -> CourseRoot:
    """The course as a trainer gets it: an nbgrader ``source/`` (``ps1``: two notebooks and an image) brought in with
    ``kynangso import-course`` into a new course whose units are a list the trainer keeps."""
    source = root.parent / f"{root.name}-source" / ASSIGNMENT
    source.mkdir(parents=True)
    nbformat.write(problem1(), source / "problem1.ipynb")
    nbformat.write(problem2(), source / "problem2.ipynb")
    (source / "jupyter.png").write_bytes(PNG)
    course = empty_course(root)
    data = yaml.safe_load(course.catalogue.read_text(encoding="utf-8"))
    data["course"].update(id="lap-trinh", title="Lập trình cơ bản", units={"list": "don-vi.txt"})  # nội dung
    course.catalogue.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    (root / "don-vi.txt").write_text("\n".join(UNITS) + "\n", encoding="utf-8")
    import_course(course=course, source=source.parent)
    return course


def roster_file(folder: Path) -> Path:
    path = folder / "danh-sach.csv"
    pd.DataFrame([{"Mã học viên": i, "Họ và tên": n, "Đơn vị": u} for n, i, u in PEOPLE]).to_csv(
        path, index=False, encoding="utf-8-sig")
    return path


def answered(released: Path, answers: dict[str, str], stamped: bool = True) -> bytes:
    """A learner's copy of a released notebook: the cells named in ``answers`` rewritten, the rest as released."""
    nb = notebooks.read(released)
    for cell in nb.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in answers:
            cell.source = answers[grade_id]
    if not stamped:
        nb.metadata.pop("kynangso", None)
    return nbformat.writes(nb).encode("utf-8")
