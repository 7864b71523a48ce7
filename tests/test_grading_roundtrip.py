"""Real nbgrader runs: solutions score full marks, untouched exercises 0, a known partial answer its exact points.

Also: feedback hides hidden tests, a warning on stderr does not zero a test, a broken file is reported and
the batch goes on.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from kynangso.course import notebooks
from kynangso.course.catalogue import load_catalogue
from kynangso.course.learners import import_roster
from kynangso.course.simulate import fill, load_answers
from kynangso.grading.collect import collect
from kynangso.grading.feedback import feedback
from kynangso.grading.grade import grade
from kynangso.paths import CourseRoot
from kynangso.reporting.report import HANDED_IN, PERCENT, RESULT, SUBMITTED, TOTAL, UNIT, report
from tests.conftest import M02

pytestmark = pytest.mark.slow

# An answer given with code in question 1's answer cell (the optional "làm bằng mã" path), where the learner's
# own code writes a UserWarning to stderr before answering.
WARNING_ANSWER = 'import warnings\nwarnings.warn("strip cũ")\ncau_1.answer("07/QĐ-UBND")'



@pytest.fixture(scope="module")
def graded(released_template: CourseRoot, tmp_path_factory: pytest.TempPathFactory) -> CourseRoot:
    import shutil

    root = tmp_path_factory.mktemp("roundtrip") / "lop"
    shutil.copytree(released_template.root, root)
    course = CourseRoot(root)
    names = ["Lò Thị Hoa", "Vi Văn Đức", "Kha Thị Mai", "Lang Văn Sơn", "Ngân Thị Yến"]
    pd.DataFrame([{"Họ và tên": n, "Đơn vị": "Châu Tiến"} for n in names]).to_csv(root / "ds.csv", index=False)
    import_roster(course=course, file=root / "ds.csv")
    assignment = load_catalogue(course.catalogue).assignment(M02)
    answers = load_answers(course, assignment)
    released = course.exercises / M02 / assignment.notebook
    inbox = root / "inbox"
    right = dict(answers.right)
    partial = {"tra_loi_so_ky_hieu_quyet_dinh": right["tra_loi_so_ky_hieu_quyet_dinh"],
               "tra_loi_loi_the_thuc": right["tra_loi_loi_the_thuc"],
               "tra_loi_dia_danh_ngay_thang": 'cau_2.answer("Hùng Chân, ngày 5 tháng 2 năm 2026")'}
    with_warning = {**right, "tra_loi_so_ky_hieu_quyet_dinh": WARNING_ANSWER}
    notebooks.write(fill(released, right), inbox / "Lò Thị Hoa.ipynb")
    notebooks.write(fill(released, {}), inbox / "Vi Văn Đức.ipynb")
    notebooks.write(fill(released, partial), inbox / "Kha Thị Mai.ipynb")
    notebooks.write(fill(released, with_warning), inbox / "Lang Văn Sơn.ipynb")
    (inbox / "Ngân Thị Yến - bai tap 02.ipynb").write_bytes((inbox / "Lò Thị Hoa.ipynb").read_bytes()[:500])
    collect(course=course, paths=[inbox])
    grade(course=course)
    feedback(course=course)
    return course


def _scores(course: CourseRoot) -> dict[str, float]:
    table = report(course=course).learners
    return dict(zip(table["Mã học viên"], table[TOTAL], strict=True))


def test_solution_full_untouched_zero_partial_exact(graded: CourseRoot) -> None:
    scores = _scores(graded)
    assert scores["lo-thi-hoa"] == 9
    assert scores["vi-van-duc"] == 0
    assert scores["kha-thi-mai"] == 2 + 3  # câu 1 and câu 3 right, câu 2 wrong, others empty


def test_warning_on_stderr_does_not_zero_a_test(graded: CourseRoot) -> None:
    autograded = notebooks.read(graded.autograded / "lang-van-son" / M02 / "bai-tap-02.ipynb")
    test_cell = next(c for c in autograded.cells if c.metadata.get("nbgrader", {}).get("grade_id") ==
                     "so_ky_hieu_quyet_dinh")
    streams = {o.get("name"): o.get("text", "") for o in test_cell.outputs if o.output_type == "stream"}
    assert "✅" in streams.get("stdout", "")
    assert _scores(graded)["lang-van-son"] == 9


def test_broken_file_is_reported_and_others_graded(graded: CourseRoot) -> None:
    result = report(course=graded)
    learners = result.learners.set_index("Mã học viên")
    assert "tệp bị hỏng" in learners.loc["ngan-thi-yen", "Ghi chú"]
    assert learners.loc["ngan-thi-yen", HANDED_IN] == 1  # handed in, though it could not be graded
    assert result.units.set_index(UNIT).loc["Xã Châu Tiến", SUBMITTED] == 5
    catalogue = load_catalogue(graded.catalogue)
    share = learners.loc["lo-thi-hoa", PERCENT]
    assert share == pytest.approx(9 / catalogue.max_points)  # full marks in M2 only, out of the whole course
    assert learners.loc["lo-thi-hoa", RESULT] == ("Đạt" if share >= catalogue.pass_mark else "Chưa đạt")


def test_feedback_hides_hidden_tests_and_tracebacks(graded: CourseRoot) -> None:
    html = (graded.feedback / "vi-van-duc" / M02 / "bai-tap-02.html").read_text(encoding="utf-8")
    assert "Bạn chưa trả lời câu 1" in html
    secrets = ("HIDDEN", "07/QĐ-UBND", '"07"', "&#34;07&#34;", '"tờ trình"',
               "Traceback (most recent", "{&#34;A&#34;, &#34;B&#34;, &#34;F&#34;}",
               '"A", "B", "F"', "30 &lt;= le_trai_mm")
    for secret in secrets:
        assert secret not in html, secret
    partial = (graded.feedback / "kha-thi-mai" / M02 / "bai-tap-02.html").read_text(encoding="utf-8")
    assert "Ngày nhỏ hơn 10 phải có số 0 ở trước." in partial


def test_reports_are_written(graded: CourseRoot) -> None:
    files = report(course=graded).files
    assert all(Path(f).is_file() for f in files)
    csv_text = (graded.reports / "diem-theo-hoc-vien.csv").read_bytes()
    assert csv_text.startswith(b"\xef\xbb\xbf") and "Lò Thị Hoa".encode() in csv_text
