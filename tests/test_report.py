"""The coordinator report on a small fixed gradebook: numbers worked out by hand, xlsx cells and formats, CSV bytes,
PDF certificates read back."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest
from pypdf import PdfReader

from kynangso.course.catalogue import load_catalogue
from kynangso.course.learners import Learner
from kynangso.course.workspace import copy_course
from kynangso.errors import KitError
from kynangso.grading.scores import Gradebook
from kynangso.paths import CourseRoot
from kynangso.reporting import columns as c
from kynangso.reporting import tables as t
from kynangso.reporting.report import LEARNERS_CSV, UNITS_CSV, WORKBOOK, Report, parse_formats, report, write_csv
from tests.conftest import CHECKOUT
from tests.report_gradebook import CHAU_TIEN, QUY_CHAU, build

WHEN = date(2025, 9, 30)
# The hand counts below hold for any catalogue: MAX points in all; Yến scores 0 in the LAST module only (YEN points).
_CATALOGUE = load_catalogue(CHECKOUT.catalogue)
MAX = _CATALOGUE.max_points  # 114 with modules M0–M11
LAST = _CATALOGUE.modules[-1]
YEN = MAX - (LAST.assignment.max_points if LAST.assignment else 0)
PCT = MAX / 100  # points per percent
CT_MEAN, CT_SPREAD = (YEN + 3) / (3 * PCT), np.std([YEN / PCT, 3 / PCT, 0])  # Châu Tiến: Yến, Sơn (3) and Ánh (0)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> CourseRoot:
    course = copy_course(CHECKOUT, tmp_path_factory.mktemp("small") / "lop")
    build(course)
    return course


@pytest.fixture(scope="module")
def written(small: CourseRoot) -> Report:
    return report(course=small, when=WHEN)


def test_per_unit_numbers_match_the_hand_count(written: Report) -> None:
    units = written.units.set_index(c.UNIT)
    assert list(units.index) == [CHAU_TIEN, QUY_CHAU]  # Châu before Quỳ, Vietnamese order
    ct, qc = units.loc[CHAU_TIEN], units.loc[QUY_CHAU]
    assert (ct[c.ENROLLED], ct[c.SUBMITTED], ct[c.COMPLETED_N], ct[c.PASSED]) == (3, 2, 1, 1)
    assert (qc[c.ENROLLED], qc[c.SUBMITTED], qc[c.COMPLETED_N], qc[c.PASSED]) == (3, 3, 2, 1)
    assert ct[c.PASS_RATE] == pytest.approx(1 / 3) and qc[c.PASS_RATE] == pytest.approx(1 / 3)
    assert ct[c.MEAN] == pytest.approx((YEN + 3 + 0) / MAX / 3 * 100)
    assert qc[c.MEAN] == pytest.approx((MAX + 0 + 16) / MAX / 3 * 100)
    assert ct[c.SPREAD] == pytest.approx(np.std([YEN / PCT, 3 / PCT, 0]))
    # Châu Tiến: Yến scored 0 in the last module only. Quỳ Châu: M0 and M2 at 2/3, every other module at 1/2, M1 first.
    assert (ct[c.WEAKEST], qc[c.WEAKEST]) == (LAST.code, "M1")


def test_per_learner_order_totals_late_and_rank(written: Report) -> None:
    learners = written.learners
    assert list(learners[c.NAME]) == ["Hà Minh Ánh", "Vi Văn Đức", "Lò Thị Hoa", "Kha Thị Mai", "Lang Văn Sơn",
                                      "Ngân Thị Yến"]  # given name first, Vietnamese letter order
    rows = learners.set_index(c.ID)
    assert rows.loc["lo-thi-hoa", c.TOTAL] == MAX and rows.loc["ngan-thi-yen", c.TOTAL] == YEN
    assert rows.loc["kha-thi-mai", c.TOTAL] == 16 and rows.loc["kha-thi-mai", "M2 (9)"] == 9
    assert pd.isna(rows.loc["kha-thi-mai", "M1 (8)"])  # not handed in is blank, not 0
    assert rows.loc["lang-van-son", c.LATE] == 1 and rows[c.LATE].sum() == 1
    assert list(rows[c.RESULT]) == [c.FAIL, c.FAIL, c.PASS, c.FAIL, c.FAIL, c.PASS]
    assert list(rows[c.COMPLETED]) == [c.NO, c.YES, c.YES, c.NO, c.NO, c.YES]
    assert rows.loc[["lo-thi-hoa", "kha-thi-mai", "vi-van-duc"], c.RANK].tolist() == [1, 2, 3]
    assert rows.loc[["ngan-thi-yen", "lang-van-son", "ha-minh-anh"], c.RANK].tolist() == [1, 2, 3]


def test_per_question_and_competence(written: Report) -> None:
    questions = written.tables.questions.set_index(c.QUESTION)
    # so_tay_ten_xa_nghe_an (2 points): Hoa, Mai, Yến, Sơn full, Đức 0 → 4 of 5 answers right.
    assert questions.loc["so_tay_ten_xa_nghe_an", c.ANSWERS] == 5
    assert questions.loc["so_tay_ten_xa_nghe_an", c.SHARE] == pytest.approx(4 / 5)
    # so_tay_nut_chay: Hoa, Mai, Yến full; Đức and Sơn 0 → 3/5.
    assert questions.loc["so_tay_nut_chay", c.FULL] == pytest.approx(3 / 5)
    assert pd.isna(questions.loc["so_tay_nut_chay", c.DISCRIMINATION])  # fewer than 10 answers
    assert (questions[c.COMMENT] == c.HARDEST).sum() == c.HARDEST_COUNT
    competences = written.tables.competences.set_index([c.FRAMEWORK, c.CODE])
    assert {c.DIGCOMP, c.QD757} == set(competences.index.get_level_values(0))
    catalogue = load_catalogue(CHECKOUT.catalogue)
    assert competences.loc[(c.QD757, "0"), c.COMPETENCE] == catalogue.qd757_groups["0"]
    assert 0 < competences[c.SHARE].min() <= competences[c.SHARE].max() <= 1


def test_workbook_sheets_headers_formats_and_filters(written: Report, small: CourseRoot) -> None:
    book = openpyxl.load_workbook(small.reports / WORKBOOK)
    assert book.sheetnames == ["Tổng hợp", "Theo đơn vị", "Theo học viên", "Theo câu hỏi", "Theo năng lực"]
    units = book["Theo đơn vị"]
    assert [c.value for c in units[1]] == list(written.units.columns)
    assert units.freeze_panes == "A2" and units.auto_filter.ref == "A1:I3"
    assert units["A2"].value == CHAU_TIEN and units["B2"].value == 3
    assert units["F2"].value == pytest.approx(1 / 3) and units["F2"].number_format == "0.0%"
    assert units["G3"].value == pytest.approx((MAX + 16) / (3 * PCT)) and units["G3"].number_format == "0.00"
    assert units.column_dimensions["A"].width >= len(CHAU_TIEN)
    learners = book["Theo học viên"]
    header = [c.value for c in learners[1]]
    percent = learners.cell(row=4, column=header.index(c.PERCENT) + 1)
    assert percent.value == pytest.approx(1.0) and percent.number_format == "0.0%"
    assert learners.cell(row=4, column=2).value == "Lò Thị Hoa"
    assert learners.auto_filter.ref == f"A1:{learners.cell(row=7, column=len(header)).coordinate}"
    summary = book["Tổng hợp"]
    values = {summary.cell(row=r, column=1).value: summary.cell(row=r, column=2) for r in range(2, 15)}
    assert values[c.PASS_RATE].value == pytest.approx(2 / 6) and values[c.PASS_RATE].number_format == "0.0%"
    assert values[c.ENROLLED].value == 6
    assert "Xã Châu Tiến" in values["Đơn vị cần hỗ trợ nhất"].value
    questions = book["Theo câu hỏi"]
    assert "Độ phân biệt" in str(questions.cell(row=questions.max_row, column=1).value)
    column = [c.value for c in questions[1]].index(c.DISCRIMINATION) + 1
    assert "27%" in questions.cell(row=1, column=column).comment.text  # the definition, on the header too


def test_csv_bytes(small: CourseRoot, written: Report) -> None:
    expected = (
        "\ufeffĐơn vị,Số học viên,Đã nộp,Đã hoàn thành,Đạt,Tỷ lệ đạt,Điểm TB (%),Độ lệch chuẩn (%),"
        "Học phần yếu nhất\r\n"
        f"Xã Châu Tiến,3,2,1,1,0.333333,{CT_MEAN:.6g},{CT_SPREAD:.6g},{LAST.code}\r\n"
        f"Xã Quỳ Châu,3,3,2,1,0.333333,{(MAX + 16) / (3 * PCT):.6g},{np.std([100, 0, 16 / PCT]):.6g},M1\r\n"
    ).encode()
    assert (small.reports / UNITS_CSV).read_bytes() == expected
    first_row = (small.reports / LEARNERS_CSV).read_bytes().split(b"\r\n")[1].decode()
    assert first_row.startswith("ha-minh-anh,Hà Minh Ánh,Xã Châu Tiến,Văn hóa,,,")



def test_csv_for_excel_with_vietnamese_regional_settings(small: CourseRoot, tmp_path: Path) -> None:
    """Semicolons between columns and a decimal comma, as Excel set to Vietnam reads a double-clicked CSV."""
    from click.testing import CliRunner

    from kynangso.cli import main

    out = tmp_path / "excel-vn"
    done = CliRunner().invoke(main, ["report", "--dir", str(small.root), "--out", str(out), "--format", "csv",
                                     "--csv-excel-vn"])
    assert done.exit_code == 0, done.output
    expected = (
        "\ufeffĐơn vị;Số học viên;Đã nộp;Đã hoàn thành;Đạt;Tỷ lệ đạt;Điểm TB (%);Độ lệch chuẩn (%);"
        "Học phần yếu nhất\r\n"
        f"Xã Châu Tiến;3;2;1;1;0,333333;{CT_MEAN:.6g};{CT_SPREAD:.6g};{LAST.code}\r\n"
        .replace(".", ",")
    ).encode()
    assert (out / UNITS_CSV).read_bytes().startswith(expected)
    back = pd.read_csv(out / UNITS_CSV, sep=";", decimal=",", encoding="utf-8-sig")
    assert back[c.PASS_RATE].tolist() == pytest.approx([1 / 3, 1 / 3], abs=1e-6)
    frame = pd.DataFrame({"Ghi chú": ["M2: chưa chấm; M3: nộp muộn", "a,b"], "Điểm": [7.5, 10.0]})
    text = write_csv(tmp_path / "ghi-chu.csv", frame, excel_vn=True).read_bytes().decode("utf-8-sig")
    assert text == 'Ghi chú;Điểm\r\n"M2: chưa chấm; M3: nộp muộn";7,5\r\na,b;10\r\n'


def test_csv_quotes_commas_and_quotes(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", pd.DataFrame({c.NAME: ['Lò Thị "Hoa", xã Quỳ Châu'], c.TOTAL: [7.0]}))
    assert path.read_bytes() == '\ufeffHọ và tên,Tổng điểm\r\n"Lò Thị ""Hoa"", xã Quỳ Châu",7\r\n'.encode()


def test_certificates_carry_names_with_diacritics(small: CourseRoot, written: Report) -> None:
    folder = small.reports / "chung-nhan"
    assert sorted(p.name for p in folder.iterdir()) == ["lo-thi-hoa.pdf", "ngan-thi-yen.pdf"]
    text = PdfReader(folder / "ngan-thi-yen.pdf").pages[0].extract_text()
    for expected in ("Ngân Thị Yến", "Xã Châu Tiến", "Kỹ năng số cho cán bộ cấp xã", f"{YEN:g}/{MAX:g}",
                     "Ngày 30 tháng 09 năm 2025"):
        assert expected in text, expected
    combined = PdfReader(small.reports / "chung-nhan-tat-ca.pdf")
    assert [("Lò Thị Hoa" in p.extract_text(), "Ngân Thị Yến" in p.extract_text()) for p in combined.pages] == [
        (True, False), (False, True)]


def test_formats_are_chosen_and_checked(small: CourseRoot, tmp_path: Path) -> None:
    result = report(course=small, out=tmp_path / "out", formats="csv", when=WHEN)
    assert sorted(p.suffix for p in result.files) == [".csv"] * 5
    assert parse_formats(" XLSX, html ,xlsx") == ("xlsx", "html")
    with pytest.raises(KitError, match="Định dạng báo cáo không hợp lệ: docx"):
        parse_formats("xlsx,docx")


def test_a_bad_format_is_explained_in_english_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KYNANGSO_LANG", "en")
    with pytest.raises(KitError, match=r"Unknown report format: \(empty\)\. Choose from: xlsx, html, csv, pdf"):
        parse_formats(" , ")


def test_combined_certificate_only(small: CourseRoot, tmp_path: Path) -> None:
    out = tmp_path / "out"
    files = report(course=small, out=out, formats="pdf", each_certificate=False, when=WHEN).files
    assert files == [out / "chung-nhan-tat-ca.pdf"] and not (out / "chung-nhan").exists()


def test_question_that_strong_learners_miss_does_not_discriminate() -> None:
    catalogue = load_catalogue(CHECKOUT.catalogue)
    assignment = catalogue.assignments[0]
    good, bad = assignment.questions[0], assignment.questions[1]
    roster = [Learner(f"hv-{i:02d}", f"Lò Văn Số{i:02d}", QUY_CHAU) for i in range(20)]
    rows = []
    for i, learner in enumerate(roster):
        strong = i >= 10
        rows.append((learner.id, assignment.id, good.grade_id, good.points if strong else 0.0, good.points))
        rows.append((learner.id, assignment.id, bad.grade_id, 0.0 if strong else bad.points, bad.points))
        rows.append((learner.id, assignment.id, "so_tay_nut_chay", 1.0, 1.0))  # everyone right
    grades = pd.DataFrame(rows, columns=["learner", "assignment", "grade_id", "score", "max_score"])
    subs = pd.DataFrame([(x.id, assignment.id, False, 0.0, False) for x in roster],
                        columns=["learner", "assignment", "late", "penalty", "has_due"])
    questions = t.build_tables(catalogue, roster, Gradebook(grades, subs), {}, "").questions.set_index(c.QUESTION)
    assert questions.loc[good.grade_id, c.DISCRIMINATION] == pytest.approx(1.0)
    assert questions.loc[bad.grade_id, c.DISCRIMINATION] < 0
    assert c.NOT_DISCRIMINATING in questions.loc[bad.grade_id, c.COMMENT]
    assert c.NOT_DISCRIMINATING in questions.loc["so_tay_nut_chay", c.COMMENT]  # all right: separates no one
    assert c.NOT_DISCRIMINATING not in questions.loc[good.grade_id, c.COMMENT]


def test_empty_gradebook_gives_empty_but_valid_report(course_copy: CourseRoot, tmp_path: Path) -> None:
    shutil.rmtree(course_copy.reports, ignore_errors=True)
    result = report(course=course_copy, out=tmp_path / "r", formats="xlsx,csv,html,pdf", when=WHEN)
    assert result.learners.empty and result.units.empty
    assert (tmp_path / "r" / WORKBOOK).is_file()


def test_cli_report_writes_files_and_explains_a_bad_format(small: CourseRoot, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kynangso.cli import main

    out = tmp_path / "bc"
    result = CliRunner().invoke(main, ["report", "--dir", str(small.root), "--out", str(out), "--format", "csv,pdf"])
    assert result.exit_code == 0, result.output
    assert "Kết quả theo xã" in result.output and "Đã ghi 2 giấy chứng nhận riêng" in result.output
    assert (out / "diem-theo-don-vi.csv").is_file() and not (out / WORKBOOK).exists()
    bad = CliRunner().invoke(main, ["report", "--dir", str(small.root), "--out", str(out), "--format", "doc"])
    assert bad.exit_code == 1 and "Định dạng báo cáo không hợp lệ: doc" in bad.output and "Traceback" not in bad.output


def test_extension_granted_in_nbgrader_makes_a_submission_on_time(course_copy: CourseRoot) -> None:
    from kynangso.grading import nbgrader_adapter
    from kynangso.grading.scores import _late, read_gradebook
    from tests.report_gradebook import DUE, LATE

    assignment = load_catalogue(course_copy.catalogue).assignments[0]
    with nbgrader_adapter.gradebook(course_copy) as gb:
        gb.update_or_create_assignment(assignment.id, duedate=DUE)
        gb.add_notebook(assignment.notebook_id, assignment.id)
        for learner in ("co-gia-han", "khong-gia-han"):
            gb.update_or_create_student(learner)
            gb.add_submission(assignment.id, learner, timestamp=LATE.isoformat())  # a day after the due date
        gb.grant_extension(assignment.id, "co-gia-han", days=2)
    submissions = read_gradebook(course_copy).submissions.set_index("learner")
    assert not submissions.loc["co-gia-han", "late"] and submissions.loc["khong-gia-han", "late"]
    native = pd.DataFrame({"timestamp": [LATE, LATE], "duedate": [DUE, DUE],
                           "extension": [pd.Timedelta(days=2), None]})  # as a Postgres gradebook returns it
    assert _late(native).tolist() == [False, True]


def test_the_report_does_not_load_nbgrader(small: CourseRoot, tmp_path: Path) -> None:
    """Loading nbgrader costs seconds (its notebook schema checks): the report reads the gradebook with plain SQL."""
    import subprocess
    import sys

    code = ("import sys; from pathlib import Path; from kynangso.paths import CourseRoot; "
            "from kynangso.reporting.report import report; "
            f"r = report(course=CourseRoot(Path({str(small.root)!r})), out=Path({str(tmp_path)!r}), "
            "formats='xlsx,csv'); "
            "print(len(r.learners), sorted({m.split('.')[0] for m in sys.modules} & {'nbgrader', 'nbformat', "
            "'nbconvert', 'jsonschema'}))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[0] == "6 []"
    assert (tmp_path / WORKBOOK).is_file()


def test_workbook_written_beside_the_other_files_is_the_same(small: CourseRoot, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from kynangso.reporting import report as module

    parallel = report(course=small, out=tmp_path / "song-song", formats="xlsx,csv", when=WHEN)
    monkeypatch.setattr(module, "_second_core", lambda: None)
    serial = report(course=small, out=tmp_path / "tuan-tu", formats="xlsx,csv", when=WHEN)
    assert [p.name for p in parallel.files] == [p.name for p in serial.files] and parallel.files[0].name == WORKBOOK

    def cells(path: Path) -> list[list[object]]:
        book = openpyxl.load_workbook(path)
        return [[c.value for row in sheet.iter_rows() for c in row] for sheet in book.worksheets]

    assert cells(parallel.files[0]) == cells(serial.files[0])


def _broken_workbook(path: Path, result: object) -> Path:
    raise KitError("không ghi được sổ Excel (thử)")


def test_a_failure_while_writing_the_workbook_is_not_lost(small: CourseRoot, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from kynangso.reporting import report as module

    monkeypatch.setattr(module, "_write_xlsx", _broken_workbook)
    with pytest.raises(KitError, match="không ghi được sổ Excel"):
        report(course=small, out=tmp_path, formats="xlsx,csv", when=WHEN)
