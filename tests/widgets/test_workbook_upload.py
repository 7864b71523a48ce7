"""WorkbookUpload: the template is written on a click, an uploaded workbook fills the boxes, a bad file loses none."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

from openpyxl import load_workbook

from kynangso.data.report_workbook import TEMPLATE_NAME, template_bytes
from kynangso.learner.answers import read_answers
from kynangso.rules.monthly_report import REPORT_SHEET
from kynangso.widgets import WorkbookUpload

KEY = {"C5": 35, "C6": 4, "C7": 88.6, "C8": 74.3}


def _workbook(cells: dict[str, object]) -> bytes:
    book = load_workbook(io.BytesIO(template_bytes()))
    for ref, value in cells.items():
        book[REPORT_SHEET][ref] = value
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _widget(tmp_path: Path, **options: object) -> WorkbookUpload:
    return WorkbookUpload("bao_cao_thang", "Báo cáo tháng 10", template=template_bytes, file_name=TEMPLATE_NAME,
                          folder=tmp_path, **options)  # type: ignore[arg-type]


def test_running_the_cell_writes_nothing_the_click_writes_the_template(tmp_path: Path) -> None:
    widget = _widget(tmp_path, answers_file=tmp_path / "a.tra-loi.json")
    assert not (tmp_path / TEMPLATE_NAME).exists()
    path = widget.write_template()
    assert path == tmp_path / TEMPLATE_NAME and load_workbook(path).sheetnames == [REPORT_SHEET, "HoSo"]
    assert f"href='{TEMPLATE_NAME}'" in widget.link.value and "download=" in widget.link.value
    path.write_bytes(_workbook({"C5": 35}))  # the learner filled it in the folder
    widget.write_template()
    assert load_workbook(path)[REPORT_SHEET]["C5"].value == 35  # a second click keeps their work


def test_an_upload_fills_the_boxes_and_saves_the_cells(tmp_path: Path) -> None:
    file = tmp_path / "bai-tap-14.tra-loi.json"
    widget = _widget(tmp_path, answers_file=file)
    formulas = {"C5": "=COUNTA(HoSo!A2:A200)", "C6": '=COUNTIF(HoSo!I:I,"Có")', "C7": "=ROUND((C5-C6)/C5*100,1)",
                "C8": 74.3}
    assert widget.upload("bao-cao.xlsx", _workbook(formulas)) == []
    assert read_answers(file)[0] == {"bao_cao_thang": KEY}
    assert widget.boxes["C7"].value == "88,6" and "Đã đọc tệp 'bao-cao.xlsx'" in widget.upload_result.value


def test_the_upload_button_goes_the_same_way(tmp_path: Path) -> None:
    file = tmp_path / "bai-tap-14.tra-loi.json"
    widget = _widget(tmp_path, answers_file=file)
    content = _workbook({"C5": 35, "C6": 4})
    widget.upload_button.value = ({"name": "tu-dien-thoai.xlsx", "type": "", "size": len(content),
                                   "content": memoryview(content), "last_modified": datetime.now(UTC)},)
    assert read_answers(file)[0] == {"bao_cao_thang": {"C5": 35, "C6": 4, "C7": None, "C8": None}}


def test_a_wrong_file_is_one_line_and_the_saved_answer_stays(tmp_path: Path) -> None:
    file = tmp_path / "bai-tap-14.tra-loi.json"
    widget = _widget(tmp_path, answers_file=file)
    widget.upload("bao-cao.xlsx", _workbook(KEY))
    problems = widget.upload("bao-cao.csv", "Chỉ tiêu,Số liệu\n".encode())
    assert len(problems) == 1 and "tệp .csv" in problems[0]
    assert "vẫn giữ nguyên" in widget.upload_result.value and "Traceback" not in widget.upload_result.value
    assert read_answers(file)[0] == {"bao_cao_thang": KEY} and widget.boxes["C5"].value == "35"
    assert widget.upload("trong.xlsx", template_bytes()) and "còn trống" in widget.upload_result.value
    assert read_answers(file)[0] == {"bao_cao_thang": KEY}


def test_a_cell_that_cannot_be_read_is_named_and_the_rest_is_kept(tmp_path: Path) -> None:
    widget = _widget(tmp_path, key=KEY)
    problems = widget.upload("b.xlsx", _workbook({**KEY, "C8": "=VLOOKUP(1,A:B,2,0)"}))
    assert len(problems) == 1 and "VLOOKUP" in problems[0]
    assert widget.value == {**KEY, "C8": None} and "gõ số vào khung" in widget.upload_result.value
    widget.boxes["C8"].value = "74,3"  # typed in the grid instead
    assert widget.check() == []
