"""One assignment of the catalogue against its folder ``solutions/<id>/``: notebooks, files, graded cells, points.

Part of ``kynangso check``. Each problem is one Vietnamese sentence naming the file and, for points, which way the
notebook and the catalogue differ.
"""

from __future__ import annotations

from pathlib import Path

from kynangso.course.catalogue import Assignment, Question
from kynangso.course.graded_cells import GradedCell, graded_cells
from kynangso.i18n import _
from kynangso.paths import CourseRoot


def _points_problem(where: str, grade_id: str, notebook: float, listed: float) -> str:
    more = _("sổ tay nhiều hơn") if notebook > listed else _("danh mục nhiều hơn")
    return _("{where}: câu '{grade_id}' có {so_tay} điểm trong sổ tay nhưng {danh_muc} điểm trong catalogue.yml "
             "({hon}).").format(where=where, grade_id=grade_id, so_tay=f"{notebook:g}", danh_muc=f"{listed:g}",
                                hon=more)


def _kind_problem(where: str, question: Question, cell: GradedCell) -> str:
    if cell.manual:
        return _("{where}: ô '{grade_id}' được chấm tay trong sổ tay (ô trả lời có điểm hoặc ô nhiệm vụ) nhưng "
                 "catalogue.yml không ghi 'manual: true'.").format(where=where, grade_id=question.grade_id)
    return _("{where}: catalogue.yml ghi câu '{grade_id}' chấm tay ('manual: true') nhưng trong sổ tay đó là ô "
             "kiểm tra chấm tự động.").format(where=where, grade_id=question.grade_id)


def assignment_problems(course: CourseRoot, assignment: Assignment) -> tuple[list[str], list[str]]:
    """The problems of one assignment, and the grade ids found in its notebooks (to find ids used twice)."""
    folder = course.solutions / assignment.id
    problems: list[str] = []
    if not folder.is_dir():
        return [_("solutions/{bai}: catalogue.yml ghi bài tập này nhưng không có thư mục.").format(
            bai=assignment.id)], []
    for name in assignment.files:
        if not (folder / name).is_file():
            problems.append(_("{path}: catalogue.yml ghi tệp phát kèm này nhưng không có tệp.").format(
                path=f"solutions/{assignment.id}/{name}"))
    found: dict[str, dict[str, GradedCell]] = {}
    for notebook in assignment.notebooks:
        path = folder / notebook
        if path.is_file():
            found[Path(notebook).stem] = graded_cells(path)
        else:
            problems.append(_("{path}: catalogue.yml ghi nhưng không có tệp.").format(
                path=f"solutions/{assignment.id}/{notebook}"))
    grade_ids = [g for cells in found.values() for g in cells]
    listed = {q.grade_id: q for q in assignment.questions}
    for stem, cells in found.items():
        where = f"solutions/{assignment.id}/{stem}.ipynb"
        for grade_id in sorted(set(cells) - set(listed)):
            problems.append(_("{path}: ô chấm điểm '{grade_id}' chưa có trong catalogue.yml.").format(
                path=where, grade_id=grade_id))
    for question in assignment.questions:
        stem = Path(question.notebook or assignment.notebook).stem
        if stem not in found:
            continue  # the missing notebook is said once, above
        where = f"solutions/{assignment.id}/{stem}.ipynb"
        cell = found[stem].get(question.grade_id)
        if cell is None:
            elsewhere = [s for s, cells in found.items() if question.grade_id in cells]
            if elsewhere:
                problems.append(_("catalogue.yml: câu '{grade_id}' của {bai} ghi ở sổ '{so}' nhưng ô của nó nằm "
                                  "trong sổ '{that}' (thêm 'notebook: {that}.ipynb').").format(
                    grade_id=question.grade_id, bai=assignment.id, so=stem, that=elsewhere[0]))
            else:
                problems.append(_("catalogue.yml: câu '{grade_id}' của {folder} không có ô chấm điểm trong sổ tay.")
                                .format(grade_id=question.grade_id, folder=assignment.id))
            continue
        if cell.manual != question.manual:
            problems.append(_kind_problem(where, question, cell))
        if cell.points != question.points:
            problems.append(_points_problem(where, question.grade_id, cell.points, question.points))
    in_notebooks = sum(c.points for cells in found.values() for c in cells.values())
    if len(found) == len(assignment.notebooks) and in_notebooks != assignment.max_points:
        problems.append(_("{bai}: tổng điểm trong sổ tay là {so_tay}, trong catalogue.yml là {danh_muc}; báo cáo "
                          "lấy điểm tối đa từ sổ điểm nbgrader (theo sổ tay), hãy sửa cho khớp.").format(
            bai=assignment.id, so_tay=f"{in_notebooks:g}", danh_muc=f"{assignment.max_points:g}"))
    return problems, grade_ids


__all__ = ["assignment_problems"]
