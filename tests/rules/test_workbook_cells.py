"""Reading the answer cells of a learner's workbook: real .xlsx files made here with openpyxl and xlsxwriter.

openpyxl saves formulas without results (as tools built on it do); xlsxwriter saves a result with each formula, as
Excel, LibreOffice, WPS and Google Sheets do. Wrong files: a broken zip, an old .xls, a .csv, a file renamed to
.xlsx, one too big, one without the report sheet.
"""

from __future__ import annotations

import io
import zipfile

import pytest
import xlsxwriter
from openpyxl import Workbook, load_workbook

from kynangso.data.report_workbook import ho_so_thang, template_bytes
from kynangso.rules.monthly_report import REFS, REPORT_SHEET, so_lieu_bao_cao
from kynangso.rules.workbook_cells import MAX_BYTES, WorkbookProblem, read_cells

RIGHT = {"C5": "=COUNTA(HoSo!A2:A200)", "C6": '=COUNTIF(HoSo!I:I,"Có")', "C7": "=ROUND((C5-C6)/C5*100,1)",
         "C8": '=ROUND(COUNTIF(HoSo!J:J,"Có")/C5*100,1)'}


def filled(cells: dict[str, object], formats: dict[str, str] | None = None) -> bytes:
    """The kit's template with ``cells`` written into the report sheet by openpyxl (no formula results saved)."""
    book = load_workbook(io.BytesIO(template_bytes()))
    for ref, value in cells.items():
        book[REPORT_SHEET][ref] = value
        if formats and ref in formats:
            book[REPORT_SHEET][ref].number_format = formats[ref]
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_formulas_without_saved_results_are_computed() -> None:
    values, problems = read_cells(filled(RIGHT), "bao-cao.xlsx", REPORT_SHEET, REFS)
    assert problems == []
    assert values == so_lieu_bao_cao(ho_so_thang()) == {"C5": 35, "C6": 4, "C7": 88.6, "C8": 74.3}


def test_typed_numbers_text_numbers_and_percent_cells() -> None:
    cells = {"C5": 35, "C6": "4", "C7": 0.886, "C8": "74,3%"}
    values, problems = read_cells(filled(cells, {"C7": "0.0%"}), "b.xlsx", REPORT_SHEET, REFS)
    assert problems == [] and values == {"C5": 35, "C6": 4, "C7": 88.6, "C8": 74.3}
    # a rate formula without × 100 in a %-formatted cell is a percentage too
    values, _ = read_cells(filled({"C7": "=(C5-C6)/C5", **{k: RIGHT[k] for k in ("C5", "C6")}}, {"C7": "0.0%"}),
                           "b.xlsx", REPORT_SHEET, REFS)
    assert values["C7"] == pytest.approx(88.571428, abs=1e-5)


def test_saved_results_are_read_before_any_computing() -> None:
    """An app's saved result wins: the kit never recomputes what the learner's app showed them."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    report = book.add_worksheet(REPORT_SHEET)
    data = book.add_worksheet("HoSo")
    data.write_column("I1", ["Trễ hạn", "Có", "Không", "Có"])
    report.write_formula("C5", "=ROWS(HoSo!I2:I4)", None, 3)
    report.write_formula("C6", '=COUNTIF(HoSo!I:I,"Có")', None, 7)  # the saved result, not what the formula gives
    report.write_formula("C7", "=SUM(1,2)", None, "#DIV/0!")
    book.close()
    values, problems = read_cells(buffer.getvalue(), "tu-excel.xlsx", REPORT_SHEET, ("C5", "C6", "C7", "C8"))
    assert values == {"C5": 3, "C6": 7, "C7": None, "C8": None}
    assert problems == ["Ô C7 có chữ '#DIV/0!', không phải một số."]


@pytest.mark.parametrize(("formula", "problem"), [
    ("=VLOOKUP(1,A:B,2,0)", "chưa tính được hàm VLOOKUP"),
    ("=C5/0", "chia cho 0"),
    ("=C8+1", "vòng lặp"),
    ("=ROUND(", "thiếu phần cuối"),
    ("=Khác!A1", "Không có trang 'Khác'"),
])
def test_a_formula_the_kit_cannot_compute_is_one_line_and_an_empty_cell(formula: str, problem: str) -> None:
    values, problems = read_cells(filled({"C5": 35, "C8": formula}), "b.xlsx", REPORT_SHEET, REFS)
    assert values["C5"] == 35 and values["C8"] is None
    assert len(problems) == 1 and problems[0].startswith("Ô C8: ") and problem in problems[0], problems


def test_text_that_is_not_a_number() -> None:
    values, problems = read_cells(filled({"C6": "bốn"}), "b.xlsx", REPORT_SHEET, REFS)
    assert values["C6"] is None and problems == ["Ô C6 có chữ 'bốn', không phải một số."]


def _zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/bom.xml", b"0" * (70 * 1024 * 1024))
    return buffer.getvalue()


def _csv() -> bytes:
    return "Chỉ tiêu,Số liệu\nTổng số,35\n".encode()


@pytest.mark.parametrize(("name", "content", "says"), [
    ("bao-cao.xlsx", template_bytes()[:3000], "bị hỏng"),
    ("bao-cao.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500, "dạng cũ (.xls)"),
    ("bao-cao.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500, "dạng cũ (.xls)"),  # .xls renamed .xlsx
    ("bao-cao.csv", _csv(), "tệp .csv"),
    ("bao-cao.xlsx", _csv(), "có thể đã bị đổi tên"),  # .csv renamed .xlsx
    ("bao-cao.ods", b"PK\x03\x04", "chưa phải kiểu .xlsx"),
    ("bao-cao.xlsx", b"PK" + b"\0" * (MAX_BYTES + 1), "quá lớn"),
    ("bao-cao.xlsx", _zip_bomb(), "bị hỏng"),
])
def test_a_wrong_file_is_one_vietnamese_line(name: str, content: bytes, says: str) -> None:
    with pytest.raises(WorkbookProblem, match=r"^[^\n]+$") as problem:
        read_cells(content, name, REPORT_SHEET, REFS)
    assert says in str(problem.value) and "Traceback" not in str(problem.value)


def test_a_workbook_without_the_report_sheet() -> None:
    buffer = io.BytesIO()
    Workbook().save(buffer)
    with pytest.raises(WorkbookProblem, match="không có trang 'Báo cáo tháng'"):
        read_cells(buffer.getvalue(), "khac.xlsx", REPORT_SHEET, REFS)
