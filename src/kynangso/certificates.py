"""Printable PDF certificates of completion (fpdf2, DejaVu Sans from matplotlib: it covers Vietnamese).

One file per learner who passed (``chung-nhan/<learner id>.pdf``) and one combined file for printing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import matplotlib
from babel.numbers import format_decimal
from fpdf import FPDF

FONT_DIR = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
FOLDER = "chung-nhan"
COMBINED = "chung-nhan-tat-ca.pdf"


@dataclass(frozen=True)
class Certificate:
    learner_id: str
    name: str
    unit: str
    score: float
    max_score: float


def _document() -> FPDF:
    pdf = FPDF(orientation="L", unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_title("Chứng nhận hoàn thành khóa học")
    pdf.set_creator("kynangso")
    return pdf


def _page(pdf: FPDF, cert: Certificate, course: str, issued: date) -> None:
    pdf.add_page()
    pdf.set_draw_color(46, 134, 193)
    pdf.set_line_width(1.5)
    pdf.rect(10, 10, 277, 190)
    pdf.set_line_width(0.4)
    pdf.rect(14, 14, 269, 182)
    pdf.set_y(30)
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 12)
    pdf.cell(0, 7, "Độc lập - Tự do - Hạnh phúc", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.set_font("DejaVu", "B", 28)
    pdf.set_text_color(46, 134, 193)
    pdf.cell(0, 14, "CHỨNG NHẬN", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DejaVu", "", 14)
    pdf.cell(0, 9, "Hoàn thành khóa bồi dưỡng", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 16)
    pdf.multi_cell(0, 9, course, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 13)
    pdf.cell(0, 8, "Chứng nhận Ông/Bà", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 24)
    pdf.cell(0, 14, cert.name, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 13)
    pdf.cell(0, 8, f"Đơn vị: {cert.unit}", align="C", new_x="LMARGIN", new_y="NEXT")
    score = format_decimal(cert.score, "#,##0.##", locale="vi_VN")
    top = format_decimal(cert.max_score, "#,##0.##", locale="vi_VN")
    pdf.cell(0, 8, f"đã hoàn thành khóa học với kết quả {score}/{top} điểm.", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(170, 165)
    pdf.set_font("DejaVu", "", 12)
    pdf.cell(100, 7, f"Ngày {issued.day:02d} tháng {issued.month:02d} năm {issued.year}", align="C")
    pdf.set_xy(30, 178)
    pdf.set_font("DejaVu", "", 9)
    pdf.set_text_color(100, 100, 100)
    pdf.cell(120, 6, f"Mã học viên: {cert.learner_id}")
    pdf.set_text_color(0, 0, 0)


def write_certificates(out: Path, certificates: list[Certificate], *, course: str, issued: date,
                       each: bool = True) -> list[Path]:
    """Write the combined file (and one file per learner when ``each``); return the paths written."""
    written: list[Path] = []
    if not certificates:
        return written
    if each:
        folder = out / FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        for cert in certificates:
            pdf = _document()
            _page(pdf, cert, course, issued)
            path = folder / f"{cert.learner_id}.pdf"
            pdf.output(str(path))
            written.append(path)
    combined = _document()
    for cert in certificates:
        _page(combined, cert, course, issued)
    combined.output(str(out / COMBINED))
    return [out / COMBINED, *written]


__all__ = ["COMBINED", "FOLDER", "Certificate", "write_certificates"]
