"""Nộp bảng tính: write the template workbook for download, take the filled workbook back, keep its answer cells.

The learner clicks «Tạo bảng tính mẫu» (``write_template()``): the kit writes the template .xlsx beside the notebook
and shows a link to download it. They fill the yellow cells in any spreadsheet app (Excel, WPS, LibreOffice, Google
Sheets on a phone), save as .xlsx and upload it (``upload(name, content)`` does what the upload button does). The
numbers of the answer cells — formulas computed, see :mod:`kynangso.rules.workbook_cells` — fill the boxes below,
which are a :class:`~kynangso.widgets.report_grid.ReportGrid`: the answer saved in the notebook is those cells, so
the notebook stays the one file handed in. A learner with no spreadsheet app types the numbers into the boxes.
A wrong or broken file gets one Vietnamese line and changes nothing already saved.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

import ipywidgets as w

from kynangso.i18n import _
from kynangso.rules import monthly_report
from kynangso.rules.monthly_report import ReportCell
from kynangso.rules.workbook_cells import WorkbookProblem, read_cells
from kynangso.widgets import theme
from kynangso.widgets.check_bar import check_button, info_box, right_box, wrong_box
from kynangso.widgets.report_grid import ReportGrid

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"  # phones filter by type, not name


class WorkbookUpload(ReportGrid):
    """Download a template, upload it filled; the report cells read from it are the answer.

    ``template`` makes the template's bytes (called on the click, not before: running the cell writes nothing);
    ``file_name`` is the name it is written under in ``folder`` (the notebook's folder by default).
    """

    def __init__(self, question_id: str, prompt: str, *, template: Callable[[], bytes], file_name: str,
                 sheet: str = monthly_report.REPORT_SHEET,
                 cells: Sequence[ReportCell] = monthly_report.O_BAO_CAO, key: Mapping[str, float] | None = None,
                 rule: str = "", hint: str = "", folder: Path | None = None, answers_file: Path | None = None) -> None:
        self.template, self.file_name, self.sheet, self.folder = template, file_name, sheet, folder
        self.make_button = check_button(self.write_template, _("Tạo bảng tính mẫu"), icon="download",
                                        width="230px")
        self.link = w.HTML()
        self.upload_button = w.FileUpload(accept=f".xlsx,{XLSX_TYPE}", multiple=False,
                                          description=_("Nộp bảng tính (.xlsx)"),
                                          layout=w.Layout(width="230px", height=theme.BUTTON_HEIGHT))
        self.upload_button.observe(self._uploaded, names="value")
        self.upload_result = w.HTML()
        steps = w.HTML(_("<b>Bước 1.</b> Bấm «Tạo bảng tính mẫu», rồi bấm vào tên tệp để tải về. "
                         "<b>Bước 2.</b> Điền các ô màu vàng bằng Excel, WPS, LibreOffice hay Google Sheets, lưu kiểu "
                         ".xlsx. <b>Bước 3.</b> Bấm «Nộp bảng tính» và chọn tệp đã lưu: các số đọc được hiện trong "
                         "khung dưới. Không có ứng dụng bảng tính thì gõ số thẳng vào khung."))
        controls = [steps, w.HBox([self.make_button, self.upload_button]), self.link, self.upload_result]
        super().__init__(question_id, prompt, cells=cells, key=key, rule=rule, hint=hint, answers_file=answers_file,
                         extra=controls)

    def write_template(self) -> Path | None:
        """What «Tạo bảng tính mẫu» does: write the template beside the notebook and show a link to download it.

        A workbook already there (perhaps filled in) is kept: the link points at it. Returns the path, or ``None``
        (with a message) when the folder cannot be written.
        """
        path = (self.folder or Path.cwd()) / self.file_name
        try:
            if not path.exists():
                path.write_bytes(self.template())
        except OSError:
            self.link.value = wrong_box(_("Không ghi được tệp {ten} vào thư mục của sổ tay; báo giảng viên.")
                                        .format(ten=html.escape(self.file_name)), then="")
            return None
        name = html.escape(self.file_name)
        self.link.value = right_box(
            _("Bảng tính mẫu: <a href='{duong_dan}' download='{ten}' target='_blank'><b>{ten}</b></a> (bấm vào tên "
              "để tải về; hoặc chuột phải vào tệp ở cột Tệp bên trái → Tải xuống).")
            .format(duong_dan=quote(self.file_name), ten=name), mark="📥")
        return path

    def _uploaded(self, change: dict[str, Any]) -> None:
        files = change.get("new") or ()
        if not files:
            return
        item = files[0]
        self.upload(str(item.get("name", "")), bytes(item.get("content", b"")))

    def upload(self, name: str, content: bytes) -> list[str]:
        """What choosing a file in «Nộp bảng tính» does: read the answer cells, fill the boxes, save the answer.

        Returns the problems found (empty: every cell read). A file that is not the report workbook changes
        nothing: the answer saved before stays.
        """
        try:
            values, problems = read_cells(content, name, self.sheet, [cell.ref for cell in self.cells])
        except WorkbookProblem as problem:
            self.upload_result.value = wrong_box(_("Chưa nộp được bảng tính:"), [str(problem)],
                                                 then=_("Câu trả lời đã lưu trước đó vẫn giữ nguyên."))
            return [str(problem)]
        if all(value is None for value in values.values()) and not problems:
            line = _("Các ô màu vàng trong tệp '{ten}' còn trống: hãy điền, lưu rồi nộp lại.").format(ten=name)
            self.upload_result.value = wrong_box(html.escape(line, quote=False), then="")
            return [line]
        self.answer(values)
        read = [_("{o} = {so}").format(o=ref, so="—" if v is None else f"{v:g}".replace(".", ","))
                for ref, v in values.items()]
        if problems:
            self.upload_result.value = wrong_box(
                html.escape(_("Đã đọc tệp '{ten}', nhưng có ô chưa đọc được:").format(ten=name), quote=False), problems,
                then=_("Sửa trong bảng tính rồi nộp lại, hoặc gõ số vào khung dưới."))
        else:
            self.upload_result.value = info_box(
                html.escape(_("Đã đọc tệp '{ten}': {cac_o}. Các số đã vào khung dưới; bấm Kiểm tra.")
                            .format(ten=name, cac_o="; ".join(read)), quote=False), mark="📄")
        return problems


__all__ = ["WorkbookUpload"]
