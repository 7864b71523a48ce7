"""Bảng tính mẫu của học phần 14: trang hồ sơ một tháng của một xã và trang "Báo cáo tháng" có ô màu vàng cần điền.

Hồ sơ lấy từ sổ theo dõi giả định của học phần 7 (:mod:`kynangso.data.one_stop_dossiers`) với hạt giống riêng; cùng
``seed`` và ``xa`` → cùng bảng tính. Mọi thứ là giả định. Ô cần điền để trống; học viên ghi số hoặc công thức.
"""

from __future__ import annotations

import io

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from kynangso.data.one_stop_dossiers import NGAY_XEM, make_dossiers
from kynangso.rules import place
from kynangso.rules.monthly_report import DATA_SHEET, O_BAO_CAO, REPORT_SHEET

SEED = 14
SO_XA_BAI_TAP = 2  # the exercise's commune: the profile's second (Châu Tiến in the kit's own)
TEMPLATE_NAME = "bao-cao-thang-10-2026.xlsx"
COT = ("Mã hồ sơ", "Thủ tục", "Lĩnh vực", "Kênh nộp", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày có kết quả",
       "Trạng thái", "Trễ hạn", "Số hóa")  # cột A → J: "Trễ hạn" là cột I, "Số hóa" là cột J
YELLOW = PatternFill("solid", start_color="FFF2CC")
HEAD = PatternFill("solid", start_color="DDEBF7")
_THIN = Side(style="thin", color="999999")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WIDTHS = {"A": 13, "B": 30, "C": 15, "D": 11, "E": 14, "F": 13, "G": 15, "H": 19, "I": 9, "J": 8}


def __getattr__(name: str) -> object:
    if name == "XA_BAI_TAP":  # read from the profile when asked
        return place.xa(SO_XA_BAI_TAP)
    raise AttributeError(name)


def ho_so_thang(seed: int = SEED, xa: str | None = None) -> pd.DataFrame:
    """Hồ sơ tiếp nhận trong tháng 10/2026 của xã ``xa`` (giả định; mặc định xã của bài tập), các cột ``COT``."""
    xa = xa or place.xa(SO_XA_BAI_TAP)
    frame = make_dossiers(seed=seed)
    frame = frame[frame["Xã tiếp nhận"] == xa].reset_index(drop=True)
    frame["Mã hồ sơ"] = [f"HS-MC-{i:04d}" for i in range(1, len(frame) + 1)]
    return frame[list(COT)]


def _data_sheet(book: Workbook, ho_so: pd.DataFrame) -> None:
    sheet = book.create_sheet(DATA_SHEET)
    sheet.append(list(COT))
    for row in ho_so.itertuples(index=False):
        sheet.append([None if pd.isna(v) else (v.date() if isinstance(v, pd.Timestamp) else v) for v in row])
    for cell in sheet[1]:
        cell.font, cell.fill, cell.border = Font(bold=True), HEAD, _BOX
    for column in "EFG":
        for cell in sheet[column][1:]:
            cell.number_format = "DD/MM/YYYY"
    for column, width in _WIDTHS.items():
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


def _report_sheet(book: Workbook, xa: str, so_dong: int) -> None:
    sheet = book.active
    sheet.title = REPORT_SHEET
    sheet["A1"] = "BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH THÁNG 10/2026"
    sheet["A2"] = (f"Trung tâm Phục vụ hành chính công xã {xa} — số liệu giả định, tính đến ngày "
                   f"{NGAY_XEM:%d/%m/%Y}; {so_dong} hồ sơ ở trang {DATA_SHEET}, không có hồ sơ tồn kỳ trước")
    sheet["A1"].font = Font(bold=True, size=13)
    sheet["A2"].font = Font(italic=True)
    for column, title in zip("ABCD", ("STT", "Chỉ tiêu", "Số liệu", "Cách tính (gợi ý)"), strict=True):
        cell = sheet[f"{column}4"]
        cell.value, cell.font, cell.fill, cell.border = title, Font(bold=True), HEAD, _BOX
    for number, item in enumerate(O_BAO_CAO, start=1):
        row = int(item.ref[1:])
        sheet[f"A{row}"], sheet[f"B{row}"], sheet[f"D{row}"] = number, item.label, item.how
        for column in "ABCD":
            sheet[f"{column}{row}"].border = _BOX
            sheet[f"{column}{row}"].alignment = Alignment(vertical="center", wrap_text=column in "BD")
        sheet[item.ref].fill = YELLOW
        sheet[item.ref].font = Font(bold=True, size=12)
    last = int(O_BAO_CAO[-1].ref[1:])
    sheet[f"A{last + 2}"] = ("Chỉ điền vào ô màu vàng: ghi số, hoặc công thức bắt đầu bằng dấu =. Tỷ lệ ghi số phần "
                             "trăm (ví dụ 94,7). Máy đặt kiểu Việt Nam dùng dấu ; giữa các phần của công thức.")
    sheet[f"A{last + 3}"] = "Không đổi tên trang, không chèn hay xóa dòng, cột. Lưu kiểu .xlsx rồi nộp trên sổ tay."
    for column, width in {"A": 6, "B": 40, "C": 14, "D": 70}.items():
        sheet.column_dimensions[column].width = width


def make_template(ho_so: pd.DataFrame | None = None, xa: str | None = None) -> Workbook:
    """Bảng tính mẫu: trang "Báo cáo tháng" (ô cần điền để trống) và trang hồ sơ của tháng."""
    xa = xa or place.xa(SO_XA_BAI_TAP)
    ho_so = ho_so_thang(xa=xa) if ho_so is None else ho_so
    book = Workbook()
    _report_sheet(book, xa, len(ho_so))
    _data_sheet(book, ho_so)
    return book


def template_bytes(ho_so: pd.DataFrame | None = None, xa: str | None = None) -> bytes:
    """Bảng tính mẫu dưới dạng nội dung tệp .xlsx."""
    buffer = io.BytesIO()
    make_template(ho_so, xa).save(buffer)
    return buffer.getvalue()


__all__ = ["COT", "SEED", "SO_XA_BAI_TAP", "TEMPLATE_NAME", "ho_so_thang", "make_template", "template_bytes"]
