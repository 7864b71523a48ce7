"""Đọc các ô trả lời của một bảng tính .xlsx học viên nộp lên: số, phần trăm, công thức.

Cách đọc công thức: mỗi ứng dụng bảng tính thật (Excel, LibreOffice, WPS, Google Sheets) lưu kèm kết quả của công
thức, nên bộ công cụ đọc kết quả lưu sẵn đó (openpyxl, ``data_only=True``). Tệp lưu bằng công cụ dựa trên openpyxl
không có kết quả lưu sẵn: khi đó công thức được tính bằng :mod:`kynangso.rules.spreadsheet_formula`. Không dùng thư
viện tính công thức (``formulas`` kéo theo scipy, nặng cho gói cài đặt ngoại tuyến; ``pycel`` không còn được cập nhật
từ 2021): trường hợp cần tính hiếm gặp, và chỉ cần các hàm bài học dạy.

Ô định dạng phần trăm (Excel lưu 94,7% thành 0,947) được đọc ra số phần trăm (94,7). Chữ "94,7" hay "94,7%" gõ vào ô
cũng được đọc thành số. Mọi vấn đề là một câu tiếng Việt: tệp sai loại, hỏng, quá lớn, thiếu trang báo cáo
(:class:`WorkbookProblem`); một ô có chữ không phải số (dòng trong danh sách vấn đề, ô đó coi là trống).
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from collections.abc import Sequence
from typing import Any

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from kynangso.i18n import _
from kynangso.rules.spreadsheet_formula import FormulaProblem, evaluate

MAX_BYTES = 5 * 1024 * 1024        # a monthly report is a few tens of kB; a phone photo pasted in may add some
MAX_UNPACKED = 60 * 1024 * 1024    # an .xlsx is a zip: refuse one that would unpack to more (a "zip bomb")
_NUMBER = re.compile(r"^\s*([+-]?\d+(?:[.,]\d+)?)\s*(%?)\s*$")


class WorkbookProblem(ValueError):
    """A file that cannot be read as the report workbook; the message is one Vietnamese line."""


def _kind_problem(name: str, content: bytes) -> str:
    """Why ``content`` is not an .xlsx workbook ('' if it looks like one)."""
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if content.startswith(b"\xd0\xcf\x11\xe0") or suffix in ("xls", "et"):
        return _("Tệp '{ten}' là bảng tính dạng cũ (.xls). Mở tệp bằng Excel, WPS hoặc LibreOffice, chọn Lưu thành "
                 "(Save As) kiểu .xlsx rồi nộp lại.").format(ten=name)
    if suffix in ("csv", "txt"):
        return _("Tệp '{ten}' là tệp .csv: tệp này chỉ giữ chữ của một trang, không còn trang báo cáo. Hãy lưu bảng "
                 "tính kiểu .xlsx rồi nộp lại.").format(ten=name)
    if suffix in ("ods", "numbers"):
        return _("Tệp '{ten}' chưa phải kiểu .xlsx. Trong ứng dụng bảng tính, chọn Lưu thành (Save As) kiểu Excel "
                 ".xlsx rồi nộp lại.").format(ten=name)
    if not content.startswith(b"PK"):
        return _("Tệp '{ten}' không phải bảng tính .xlsx (có thể đã bị đổi tên hoặc bị hỏng). Hãy nộp đúng tệp "
                 "bảng tính đã điền, kiểu .xlsx.").format(ten=name)
    if suffix != "xlsx":
        return _("Chỉ nhận tệp bảng tính .xlsx; tệp '{ten}' có đuôi khác.").format(ten=name)
    return ""


def _open(content: bytes, name: str) -> tuple[Any, Any]:
    """The workbook twice: with formulas, and with the results the spreadsheet app saved."""
    if len(content) > MAX_BYTES:
        raise WorkbookProblem(_("Tệp '{ten}' quá lớn ({mb:.1f} MB; tối đa {toi_da} MB). Hãy xóa ảnh hoặc trang thừa "
                                "rồi lưu lại.").format(ten=name, mb=len(content) / 1024 / 1024,
                                                       toi_da=MAX_BYTES // 1024 // 1024))
    problem = _kind_problem(name, content)
    if problem:
        raise WorkbookProblem(problem)
    broken = _("Tệp '{ten}' bị hỏng nên không mở được. Hãy mở lại bằng ứng dụng bảng tính, lưu kiểu .xlsx rồi "
               "nộp lại.").format(ten=name)
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED:
                raise WorkbookProblem(broken)
        formulas = load_workbook(io.BytesIO(content), data_only=False)
        results = load_workbook(io.BytesIO(content), data_only=True)
    except WorkbookProblem:
        raise
    except Exception:  # zipfile, XML and openpyxl errors of a damaged file: one message for all
        raise WorkbookProblem(broken) from None
    return formulas, results


def _as_number(value: Any, percent: bool) -> float | None:
    """A cell's value as a number (a %-formatted cell × 100); ``None`` for an empty cell; ValueError for text."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError(str(value))
    if isinstance(value, int | float):
        number = float(value) * (100 if percent else 1)
    else:
        found = _NUMBER.match(str(value).replace("\u00a0", " "))
        if not found:
            raise ValueError(str(value))
        number = float(found[1].replace(",", "."))
    if not math.isfinite(number):
        raise ValueError(str(value))
    return round(number, 6)


class _Book:
    """Cell values of a workbook: saved results first, a formula computed only when no result was saved."""

    def __init__(self, formulas: Any, results: Any) -> None:
        self.formulas, self.results = formulas, results
        self._busy: set[tuple[str, int, int]] = set()

    def sheet(self, name: str) -> Worksheet:
        if name not in self.formulas.sheetnames:
            raise FormulaProblem(_("Không có trang '{trang}' trong bảng tính.").format(trang=name))
        sheet: Worksheet = self.formulas[name]
        return sheet

    def size(self, name: str) -> tuple[int, int]:
        sheet = self.sheet(name)
        return sheet.max_row, sheet.max_column

    def value(self, name: str, row: int, column: int) -> Any:
        raw = self.sheet(name).cell(row=row, column=column).value
        if not (isinstance(raw, str) and raw.startswith("=")):
            return raw
        saved = self.results[name].cell(row=row, column=column).value
        if saved is not None:
            return saved
        where = (name, row, column)
        if where in self._busy:
            raise FormulaProblem(_("Công thức tự nhắc lại chính nó (vòng lặp) ở trang '{trang}'.").format(trang=name))
        self._busy.add(where)
        try:
            return evaluate(raw, name, self.value, self.size)
        finally:
            self._busy.discard(where)


def read_cells(content: bytes, name: str, sheet: str, refs: Sequence[str]) -> tuple[dict[str, float | None],
                                                                                   list[str]]:
    """The numbers in cells ``refs`` of ``sheet`` in the workbook ``content`` (file ``name``), and problems.

    Returns ``({"C5": 38.0, "C6": None, …}, ["Ô C6: …"])``: an empty cell, or one whose text or formula cannot be
    read as a number, is ``None`` with one Vietnamese line. Raises :class:`WorkbookProblem` for a file that is not
    the report workbook at all.
    """
    formulas, results = _open(content, name)
    if sheet not in formulas.sheetnames:
        raise WorkbookProblem(_("Trong tệp '{ten}' không có trang '{trang}'. Hãy điền vào bảng tính mẫu của bài, "
                                "đừng đổi tên trang.").format(ten=name, trang=sheet))
    book = _Book(formulas, results)
    values: dict[str, float | None] = {}
    problems: list[str] = []
    for ref in refs:
        cell = formulas[sheet][ref]
        try:
            raw = book.value(sheet, cell.row, cell.column)
            values[ref] = _as_number(raw, "%" in str(cell.number_format))
        except FormulaProblem as problem:
            values[ref] = None
            problems.append(_("Ô {o}: {van_de}").format(o=ref, van_de=problem))
        except ValueError as text:
            values[ref] = None
            problems.append(_("Ô {o} có chữ '{chu}', không phải một số.").format(o=ref, chu=str(text)[:40]))
    return values, problems


__all__ = ["MAX_BYTES", "WorkbookProblem", "read_cells"]
