"""An nbgrader course written elsewhere, end to end: an assignment of two notebooks and an image, hand-graded cells
(code, written answer, task), an assignment id of the course's own (``ps1``), learners' files named as people send
them and kept as nbgrader keeps them; check, release, collect, grade, hand grading through nbgrader's API, report.

The report is compared with nbgrader's gradebook cell for cell, before and after hand grading.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml

from kynangso.course.catalogue import load_catalogue
from kynangso.course.check import check
from kynangso.course.learners import import_roster
from kynangso.course.release import release
from kynangso.grading import nbgrader_adapter
from kynangso.grading.collect import collect
from kynangso.grading.grade import grade
from kynangso.grading.hand_grading import pending_lines
from kynangso.grading.scores import read_gradebook
from kynangso.paths import CourseRoot
from kynangso.reporting import columns as col
from kynangso.reporting.report import report, tables
from tests import nbgrader_course as nc

GOOD1 = {"squares": "def squares(n):\n    return [i * i for i in range(1, n + 1)]", "explain_code": "print('vòng lặp')"}
GOOD2 = {"written": "Hàm là một đoạn mã có tên, gọi lại được.", "add": "def add(a, b):\n    return a + b"}
WRONG1 = {"squares": "def squares(n):\n    return []"}
HAND = {("an01", "explain_code"): 1.0, ("an01", "written"): 1.5, ("an01", "task_plot"): 1.0,
        ("binh02", "written"): 2.0, ("binh02", "task_plot"): 0.0, ("cuong03", "explain_code"): 0.5}


def _inbox(course: CourseRoot, inbox: Path) -> None:
    """An: two files named by hand (the second without the kit's stamp); Bình: nbgrader's folders, no stamp;
    Cường: only the first notebook."""
    released = course.exercises / nc.ASSIGNMENT
    (inbox / "zalo").mkdir(parents=True)
    (inbox / "zalo" / "Nguyen Van An - problem1.ipynb").write_bytes(nc.answered(released / "problem1.ipynb", GOOD1))
    (inbox / "zalo" / "bai lam problem2 Nguyễn Văn An.ipynb").write_bytes(
        nc.answered(released / "problem2.ipynb", GOOD2, stamped=False))
    folder = inbox / "nbgrader" / "binh02" / nc.ASSIGNMENT
    folder.mkdir(parents=True)
    (folder / "problem1.ipynb").write_bytes(nc.answered(released / "problem1.ipynb", WRONG1, stamped=False))
    (folder / "problem2.ipynb").write_bytes(nc.answered(released / "problem2.ipynb", GOOD2, stamped=False))
    (inbox / "Lê Văn Cường.ipynb").write_bytes(nc.answered(released / "problem1.ipynb", GOOD1))


@pytest.fixture(scope="module")
def graded(tmp_path_factory: pytest.TempPathFactory) -> CourseRoot:
    root = tmp_path_factory.mktemp("nbgrader-course")
    course = nc.build(root / "lop")
    release(course=course)
    import_roster(course=course, file=nc.roster_file(root))
    _inbox(course, root / "inbox")
    result = collect(course=course, paths=[root / "inbox"])
    assert not result.unmatched and len(result.collected) == 5
    outcomes = grade(course=course, workers=1, isolation="none")
    assert [(o.learner, o.ok) for o in outcomes] == [("an01", True), ("binh02", True), ("cuong03", True)]
    return course


def _code(course: CourseRoot) -> str:
    """The module code import-course gave the assignment (the course had no module before: M0)."""
    return load_catalogue(course.catalogue).module_of(nc.ASSIGNMENT).code


def _gradebook(course: CourseRoot) -> dict[tuple[str, str], tuple[float, float, bool]]:
    """nbgrader's own view, through its API: (learner, grade_id) → score, max score, waiting for a person."""
    cells = {}
    with nbgrader_adapter.gradebook(course) as gb:
        for submission in gb.assignment_submissions(nc.ASSIGNMENT):
            for notebook in submission.notebooks:
                for grade in notebook.grades:
                    waiting = (grade.auto_score is None and grade.manual_score is None) or (
                        grade.manual_score is not None and grade.needs_manual_grade)
                    cells[(submission.student.id, grade.name)] = (grade.score, grade.max_score, waiting)
    return cells


def _hand_grade(course: CourseRoot, scores: dict[tuple[str, str], float]) -> None:
    """Grade cells by hand as nbgrader's formgrader does: a manual score, and the cell no longer needs grading."""
    with nbgrader_adapter.gradebook(course) as gb:
        for (learner, grade_id), score in scores.items():
            grade = gb.find_grade(grade_id, nc.QUESTIONS[grade_id][0], nc.ASSIGNMENT, learner)
            grade.manual_score, grade.needs_manual_grade = score, False
        gb.db.commit()


def _compare(course: CourseRoot) -> None:
    """The report equals the gradebook: every cell's score and maximum, totals, maxima and results."""
    book = _gradebook(course)
    grades = read_gradebook(course).grades
    mine = {(r.learner, r.grade_id): (r.score, r.max_score, bool(r.pending)) for r in grades.itertuples()}
    assert mine == book
    shown = tables(course)
    learners = shown.learners.set_index(col.ID)
    with nbgrader_adapter.gradebook(course) as gb:
        maximum = gb.find_assignment(nc.ASSIGNMENT).max_score
        totals = {s.student.id: s.score for s in gb.assignment_submissions(nc.ASSIGNMENT)}
    assert maximum == 7.0 == learners[col.MAX].iloc[0]
    for learner, total in totals.items():
        assert learners.at[learner, col.TOTAL] == pytest.approx(total)
        assert learners.at[learner, f"{_code(course)} (7)"] == pytest.approx(total)
        waiting = sum(m for (who, _g), (_s, m, w) in book.items() if who == learner and w)
        assert learners.at[learner, col.PENDING_POINTS] == waiting
        expected = col.PENDING if waiting else (col.PASS if total / maximum >= 0.5 else col.FAIL)
        assert learners.at[learner, col.RESULT] == expected
    questions = shown.questions.set_index(col.QUESTION)
    for grade_id in nc.QUESTIONS:
        given = [s / m for (_w, g), (s, m, w) in book.items() if g == grade_id and not w]
        assert questions.at[grade_id, col.MAX] == book[("an01", grade_id)][1]
        assert questions.at[grade_id, col.PENDING_N] == sum(w for (_w, g), (_s, _m, w) in book.items() if g == grade_id)
        if given:
            assert questions.at[grade_id, col.SHARE] == pytest.approx(sum(given) / len(given))


def test_check_passes_and_every_file_goes_out(graded: CourseRoot) -> None:
    assert check(course=graded) == []
    released = sorted(p.name for p in (graded.exercises / nc.ASSIGNMENT).iterdir())
    assert released == ["jupyter.png", "problem1.ipynb", "problem2.ipynb"]
    assert (graded.exercises / nc.ASSIGNMENT / "jupyter.png").read_bytes() == nc.PNG


def test_each_file_is_placed_as_its_own_notebook(graded: CourseRoot) -> None:
    for learner in ("an01", "binh02"):
        folder = graded.submitted / learner / nc.ASSIGNMENT
        assert sorted(p.name for p in folder.glob("*.ipynb")) == ["problem1.ipynb", "problem2.ipynb"]
    an = graded.submitted / "an01" / nc.ASSIGNMENT
    assert "vòng lặp" in (an / "problem1.ipynb").read_text(encoding="utf-8")
    assert "gọi lại được" in (an / "problem2.ipynb").read_text(encoding="utf-8")
    assert [p.name for p in (graded.submitted / "cuong03" / nc.ASSIGNMENT).glob("*.ipynb")] == ["problem1.ipynb"]


def test_a_missing_notebook_is_said(graded: CourseRoot) -> None:
    from kynangso.grading.status import load_status

    outcome = load_status(graded)[("cuong03", nc.ASSIGNMENT)]
    assert "thiếu sổ problem2.ipynb" in outcome.flags and "problem2.ipynb" in outcome.learner_note
    assert load_status(graded)[("an01", nc.ASSIGNMENT)].flags == ""


def test_feedback_pages_cover_both_notebooks_and_say_what_waits(graded: CourseRoot) -> None:
    from kynangso.grading.feedback import feedback

    feedback(course=graded)
    page = (graded.feedback / "an01" / nc.ASSIGNMENT / "problem1.html").read_text(encoding="utf-8")
    headings = re.findall(r"<h3>(\S+) ([^<]+)</h3>", page)
    # a task is titled by its first line (import-course); the others by their grade_id
    assert headings == [("✅", "Problem 1"), ("⏳", "explain_code"), ("⏳", "written"),
                        ("⏳", "Draw the result of `squares(5)`."), ("✅", "test_add")]
    assert page.count("Chờ giảng viên chấm tay") == 3
    assert "gọi lại được" in page and "vòng lặp" in page  # the written answer (2nd notebook), the code (1st)
    sheet = (graded.feedback / "an01" / "phieu-ket-qua.html").read_text(encoding="utf-8")
    assert "Còn 4 điểm chờ giảng viên chấm tay" in sheet and "Chưa đạt" not in sheet
    assert "Chờ chấm tay" in (graded.feedback / "muc-luc.html").read_text(encoding="utf-8")


def test_report_says_what_waits_then_equals_the_gradebook_after_hand_grading(graded: CourseRoot) -> None:
    before = _gradebook(graded)
    assert {k for k, (_s, _m, w) in before.items() if w} == {
        ("an01", "explain_code"), ("an01", "written"), ("an01", "task_plot"),
        ("binh02", "written"), ("binh02", "task_plot"), ("cuong03", "explain_code")}
    assert before[("binh02", "explain_code")][:2] == (0.0, 1.0)  # untouched answer: no response, 0 by nbgrader
    assert before[("cuong03", "written")][:2] == (0.0, 2.0)  # its notebook is missing: 0 by nbgrader
    _compare(graded)
    shown = tables(graded)
    learners = shown.learners.set_index(col.ID)
    assert set(learners[col.RESULT]) == {col.PENDING}
    assert shown.summary.set_index(col.ITEM).at[col.PENDING_ITEM, col.VALUE] == 3
    assert learners.at["an01", col.NOTE] == f"{_code(graded)}: 4 điểm chờ chấm tay"
    written = report(course=graded, out=graded.root / "bao-cao-truoc", formats="xlsx,html,pdf").files
    assert not [p for p in written if p.parent.name == "chung-nhan"]  # nobody certified while points wait
    lines = pending_lines(graded)
    assert lines[0] == "Bài ps1: 8 điểm chờ chấm tay (6 ô) ở 3 bài nộp."
    assert "kynangso lab --trainer" in lines[1] and "/formgrader" in lines[1]

    _hand_grade(graded, HAND)
    after = _gradebook(graded)
    assert not any(w for _s, _m, w in after.values())
    _compare(graded)
    learners = tables(graded).learners.set_index(col.ID)
    # An: 2 + 1 + 1 + 1.5 + 1 = 6.5 of 7; Bình: 0 + 0 + 2 + 0 + 1 = 3; Cường: 2 + 0.5 = 2.5
    assert learners[col.TOTAL].to_dict() == {"an01": 6.5, "binh02": 3.0, "cuong03": 2.5}
    assert learners[col.RESULT].to_dict() == {"an01": col.PASS, "binh02": col.FAIL, "cuong03": col.FAIL}
    assert pending_lines(graded) == []
    written = report(course=graded, out=graded.root / "bao-cao-sau", formats="pdf").files
    assert [p.name for p in written if p.parent.name == "chung-nhan"] == ["an01.pdf"]


def test_an_answer_handed_in_again_after_hand_grading_waits_for_review(graded: CourseRoot, tmp_path: Path) -> None:
    """After hand grading, An sends problem2 again with a new written answer: grading it again puts the hand-graded
    cells back in the trainer's hands (nbgrader's "needs manual grade"); the report says so instead of passing An."""
    _hand_grade(graded, HAND)
    assert tables(graded).learners.set_index(col.ID).at["an01", col.RESULT] == col.PASS
    again = dict(GOOD2, written="Hàm là một khối lệnh có tên; gọi hàm để dùng lại khối lệnh đó.")
    newer = _send(tmp_path / "lai", "Nguyen Van An - problem2 lan 2.ipynb",
                  nc.answered(graded.exercises / nc.ASSIGNMENT / "problem2.ipynb", again), 2_200_000_000)
    assert collect(course=graded, paths=[newer]).collected == [("an01", nc.ASSIGNMENT, str(newer))]
    assert all(o.ok for o in grade(course=graded, workers=1, isolation="none"))
    _compare(graded)
    learners = tables(graded).learners.set_index(col.ID)
    assert learners.at["an01", col.RESULT] == col.PENDING
    assert learners.at["an01", col.PENDING_POINTS] >= nc.QUESTIONS["written"][1]
    assert pending_lines(graded)[0].startswith("Bài ps1: ")
    _hand_grade(graded, HAND)
    _compare(graded)
    assert tables(graded).learners.set_index(col.ID)[col.RESULT].to_dict() == {
        "an01": col.PASS, "binh02": col.FAIL, "cuong03": col.FAIL}


@pytest.fixture
def released(tmp_path: Path) -> CourseRoot:
    course = nc.build(tmp_path / "lop")
    release(course=course)
    import_roster(course=course, file=nc.roster_file(tmp_path))
    return course


def _send(folder: Path, name: str, data: bytes, when: float) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)
    os.utime(folder / name, (when, when))
    return folder / name


def test_collecting_the_second_notebook_never_replaces_the_first(released: CourseRoot, tmp_path: Path) -> None:
    source = released.exercises / nc.ASSIGNMENT
    placed = released.submitted / "an01" / nc.ASSIGNMENT
    first = _send(tmp_path / "1", "Nguyen Van An.ipynb", nc.answered(source / "problem1.ipynb", GOOD1), 2_000_000_000)
    collect(course=released, paths=[first])
    kept = (placed / "problem1.ipynb").read_bytes()
    # The second notebook, older than the first and named with the assignment's number, as people do.
    second = _send(tmp_path / "2", "bai tap 01 - problem2 - Nguyen Van An.ipynb",
                   nc.answered(source / "problem2.ipynb", GOOD2, stamped=False), 1_900_000_000)
    result = collect(course=released, paths=[second])
    assert result.collected == [("an01", nc.ASSIGNMENT, str(second))] and not result.older
    assert (placed / "problem1.ipynb").read_bytes() == kept
    assert (placed / "problem2.ipynb").read_bytes() == second.read_bytes()
    # A file that names the assignment but no notebook is kept aside, said truthfully, and replaces nothing.
    unclear = _send(tmp_path / "3", "ps1 - Nguyen Van An.ipynb",
                    nc.answered(source / "problem1.ipynb", WRONG1, stamped=False), 2_100_000_000)
    result = collect(course=released, paths=[unclear])
    ((origin, reason),) = result.unmatched
    assert origin == str(unclear) and not result.collected
    assert "bài ps1 có 2 sổ tay (problem1.ipynb, problem2.ipynb)" in reason and "grading/unmatched/" in reason
    assert (placed / "problem1.ipynb").read_bytes() == kept
    assert (placed / "problem2.ipynb").read_bytes() == second.read_bytes()


def test_an_older_copy_of_one_notebook_does_not_replace_it(released: CourseRoot, tmp_path: Path) -> None:
    source = released.exercises / nc.ASSIGNMENT
    placed = released.submitted / "an01" / nc.ASSIGNMENT
    newer = _send(tmp_path / "1", "an01 problem2 moi.ipynb", nc.answered(source / "problem2.ipynb", GOOD2),
                  2_000_000_000)
    older = _send(tmp_path / "2", "an01 problem2 cu.ipynb", nc.answered(source / "problem2.ipynb", {}), 1_900_000_000)
    first = _send(tmp_path / "3", "an01 problem1.ipynb", nc.answered(source / "problem1.ipynb", GOOD1), 1_800_000_000)
    collect(course=released, paths=[newer])
    result = collect(course=released, paths=[older, first])
    assert result.older == [str(older)] and result.collected == [("an01", nc.ASSIGNMENT, str(first))]
    assert (placed / "problem2.ipynb").read_bytes() == newer.read_bytes()
    assert (placed / "timestamp.txt").read_text(encoding="utf-8").startswith("2033-05-18")


def test_check_names_each_disagreement_with_the_notebooks(tmp_path: Path) -> None:
    from kynangso.course.catalogue import load_catalogue
    from kynangso.course.check import catalogue_problems

    course = nc.build(tmp_path / "lop")
    assert catalogue_problems(course, load_catalogue(course.catalogue)) == []
    data = yaml.safe_load(course.catalogue.read_text(encoding="utf-8"))
    questions = {q["grade_id"]: q for q in data["modules"][0]["assignment"]["questions"]}
    questions["written"].pop("manual")         # a hand-graded written answer listed as autograded
    questions["test_add"]["manual"] = True     # an autograded test listed as hand-graded
    questions["task_plot"]["points"] = 3       # more points in the catalogue
    questions["explain_code"]["notebook"] = "problem2.ipynb"  # in the other notebook
    data["modules"][0]["assignment"]["files"].append("data.csv")
    course.catalogue.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    where = "solutions/ps1/problem2.ipynb"
    assert catalogue_problems(course, load_catalogue(course.catalogue)) == [
        "solutions/ps1/data.csv: catalogue.yml ghi tệp phát kèm này nhưng không có tệp.",
        "catalogue.yml: câu 'explain_code' của ps1 ghi ở sổ 'problem2' nhưng ô của nó nằm trong sổ 'problem1' "
        "(thêm 'notebook: problem1.ipynb').",
        f"{where}: ô 'written' được chấm tay trong sổ tay (ô trả lời có điểm hoặc ô nhiệm vụ) nhưng catalogue.yml "
        "không ghi 'manual: true'.",
        f"{where}: câu 'task_plot' có 1 điểm trong sổ tay nhưng 3 điểm trong catalogue.yml (danh mục nhiều hơn).",
        f"{where}: catalogue.yml ghi câu 'test_add' chấm tay ('manual: true') nhưng trong sổ tay đó là ô kiểm tra "
        "chấm tự động.",
        "ps1: tổng điểm trong sổ tay là 7, trong catalogue.yml là 9; báo cáo lấy điểm tối đa từ sổ điểm nbgrader "
        "(theo sổ tay), hãy sửa cho khớp.",
    ]


def test_nbgrader_folders_inside_a_zip_are_collected(released: CourseRoot, tmp_path: Path) -> None:
    import zipfile

    source = released.exercises / nc.ASSIGNMENT
    archive = tmp_path / "nop-bai.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for name, answers in (("problem1.ipynb", WRONG1), ("problem2.ipynb", GOOD2)):
            zipped.writestr(f"submitted/binh02/{nc.ASSIGNMENT}/{name}", nc.answered(source / name, answers,
                                                                                     stamped=False))
    result = collect(course=released, paths=[archive])
    assert sorted(origin.rsplit("/", 1)[-1] for _learner, _a, origin in result.collected) == [
        "problem1.ipynb", "problem2.ipynb"]
    assert {(learner, a) for learner, a, _origin in result.collected} == {("binh02", nc.ASSIGNMENT)}
    placed = released.submitted / "binh02" / nc.ASSIGNMENT
    assert "gọi lại được" in (placed / "problem2.ipynb").read_text(encoding="utf-8")
    assert "return []" in (placed / "problem1.ipynb").read_text(encoding="utf-8")
