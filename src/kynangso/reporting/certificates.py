"""Printable PDF certificates of completion (fpdf2, DejaVu Sans from matplotlib: it covers Vietnamese).

One file per learner who passed (``chung-nhan/<learner id>.pdf``) and one combined file for printing. The
certificate is a document printed for Vietnamese learners: its wording stays Vietnamese in every language of the kit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import matplotlib
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
    pdf.set_title("Chứng nhận hoàn thành khóa học")  # nội dung
    pdf.set_creator("kynangso")
    return pdf


PAGE_WIDTH, TEXT_WIDTH = 297.0, 240.0


_WIDTHS: dict[tuple[str, str, float], float] = {}  # the same fonts everywhere: a width never changes


def _width(pdf: FPDF, text: str, style: str, size: float) -> float:
    key = (text, style, size)
    if key not in _WIDTHS:
        _WIDTHS[key] = pdf.get_string_width(text)
    return _WIDTHS[key]


def _centred(pdf: FPDF, y: float, text: str, style: str, size: float) -> None:
    """One line centred on the page; ``FPDF.text`` is much faster than ``cell`` (a province prints thousands)."""
    pdf.set_font("DejaVu", style, size)
    pdf.text((PAGE_WIDTH - _width(pdf, text, style, size)) / 2, y, text)


def _points(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def _lines(pdf: FPDF, text: str, style: str, size: float) -> list[str]:
    pdf.set_font("DejaVu", style, size)
    lines: list[str] = []
    for word in text.split():
        if lines and _width(pdf, f"{lines[-1]} {word}", style, size) <= TEXT_WIDTH:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _page(pdf: FPDF, cert: Certificate, course: str, issued: date) -> None:
    pdf.add_page()
    pdf.set_draw_color(46, 134, 193)
    pdf.set_line_width(1.5)
    pdf.rect(10, 10, 277, 190)
    pdf.set_line_width(0.4)
    pdf.rect(14, 14, 269, 182)
    pdf.set_text_color(0, 0, 0)
    _centred(pdf, 34, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "B", 14)  # nội dung
    _centred(pdf, 41, "Độc lập - Tự do - Hạnh phúc", "", 12)  # nội dung
    pdf.set_text_color(46, 134, 193)
    _centred(pdf, 64, "CHỨNG NHẬN", "B", 28)  # nội dung
    pdf.set_text_color(0, 0, 0)
    _centred(pdf, 75, "Hoàn thành khóa bồi dưỡng", "", 14)  # nội dung
    y = 85.0
    for line in _lines(pdf, course, "B", 16):
        _centred(pdf, y, line, "B", 16)
        y += 8
    _centred(pdf, y + 8, "Chứng nhận Ông/Bà", "", 13)  # nội dung
    _centred(pdf, y + 21, cert.name, "B", 24)
    _centred(pdf, y + 31, f"Đơn vị: {cert.unit}", "", 13)  # nội dung
    result = f"đã hoàn thành khóa học với kết quả {_points(cert.score)}/{_points(cert.max_score)} điểm."  # nội dung
    _centred(pdf, y + 39, result, "", 13)
    pdf.set_font("DejaVu", "", 12)
    when = f"Ngày {issued.day:02d} tháng {issued.month:02d} năm {issued.year}"  # nội dung
    pdf.text(220 - _width(pdf, when, "", 12) / 2, 170, when)
    pdf.set_font("DejaVu", "", 9)
    pdf.set_text_color(100, 100, 100)
    pdf.text(30, 186, f"Mã học viên: {cert.learner_id}")  # nội dung
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
