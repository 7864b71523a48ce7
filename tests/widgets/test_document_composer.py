"""DocumentComposer: check() is the Kiểm tra button, write_docx() is «Tạo tệp Word»; python-docx reads the file."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from kynangso.learner.answers import read_answers
from kynangso.rules import nd30_layout as layout
from kynangso.widgets import DocumentComposer

LETTER = {  # a công văn of a commune People's Committee (synthetic names)
    "quoc_hieu": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "tieu_ngu": "Độc lập - Tự do - Hạnh phúc",
    "co_quan_ban_hanh": "ỦY BAN NHÂN DÂN XÃ CHÂU BÌNH", "so_ky_hieu": "25/UBND-VP",
    "dia_danh_ngay": "Châu Bình, ngày 09 tháng 3 năm 2026", "trich_yeu": "V/v tập huấn kỹ năng số",
    "kinh_gui": "Trưởng các thôn, bản", "noi_dung": "Ủy ban nhân dân xã tổ chức tập huấn.\nĐề nghị các thôn cử người "
    "tham dự./.", "quyen_han": "KT.", "thay_cho": "CHỦ TỊCH", "chuc_vu": "PHÓ CHỦ TỊCH", "nguoi_ky": "Lò Văn Minh",
    "noi_nhan": "- Như trên;\n- Lưu: VT, VP.",
}
KEY = {"so_ky_hieu": "25/UBND-VP", "quyen_han": "KT.", "nguoi_ky": "Lò Văn Minh"}


def _composer(tmp_path: Path, key: dict[str, str] | None = KEY) -> DocumentComposer:
    return DocumentComposer("luyen_cong_van", "?", "Công văn", key=key, folder=tmp_path,
                            answers_file=tmp_path / "a.tra-loi.json")


def test_a_right_letter_is_accepted(tmp_path: Path) -> None:
    widget = _composer(tmp_path)
    widget.answer(LETTER)
    assert widget.check() == []
    assert "✅" in widget.feedback.value


@pytest.mark.parametrize(("field", "typed", "says"), [
    ("so_ky_hieu", "25/CV-UBND", "CV"),
    ("trich_yeu", "Tập huấn kỹ năng số", "V/v"),
    ("noi_dung", "Đề nghị các thôn cử người tham dự.", "./."),
    ("noi_nhan", "- Như trên;\n- Lưu hồ sơ.", "Lưu: VT"),
    ("nguoi_ky", "LÒ VĂN MINH", "chữ thường"),
    ("tieu_ngu", "Độc lập-Tự do-Hạnh phúc", "Tiêu ngữ"),
    ("ten_loai", "CÔNG VĂN", "không có dòng tên loại"),
])
def test_each_box_of_the_layout_is_checked(tmp_path: Path, field: str, typed: str, says: str) -> None:
    widget = _composer(tmp_path)
    widget.answer({**LETTER, field: typed})
    problems = widget.check()
    assert any(says in line for line in problems), problems
    assert "❌" in widget.feedback.value


def test_a_well_laid_out_letter_for_another_task_is_not_accepted(tmp_path: Path) -> None:
    widget = _composer(tmp_path)
    widget.answer({**LETTER, "so_ky_hieu": "26/UBND-VP"})
    assert any("chưa khớp với nhiệm vụ" in line for line in widget.check())


def test_graded_mode_saves_the_fields_and_names_empty_boxes(tmp_path: Path) -> None:
    file = tmp_path / "b.tra-loi.json"
    widget = DocumentComposer("van_ban", "?", "Công văn", answers_file=file)
    widget.answer({"so_ky_hieu": "25/UBND-VP"})
    problems = widget.check()
    assert "Chưa điền ô «Nội dung»." in problems and "Chưa điền ô «Tên loại»." not in problems
    widget.answer(LETTER)
    assert widget.check() == [] and "💾" in widget.feedback.value
    assert read_answers(file)[0]["van_ban"] == layout.as_draft(LETTER)


def test_the_docx_has_the_margins_font_and_main_paragraphs(tmp_path: Path) -> None:
    widget = _composer(tmp_path)
    widget.answer(LETTER)
    widget.docx_button.click()
    path = tmp_path / "van-ban-25-ubnd-vp.docx"
    assert path.exists() and "📄" in widget.file_note.value
    document = docx.Document(str(path))
    section = document.sections[0]
    margins = {"tren": section.top_margin, "duoi": section.bottom_margin, "trai": section.left_margin,
               "phai": section.right_margin}
    for side, length in margins.items():
        assert length is not None and round(length.mm) in layout.MARGINS_MM[side], side
    assert section.page_width is not None and round(section.page_width.mm) == 210
    header, signature = document.tables
    left, right = (cell.paragraphs for cell in header.rows[0].cells)
    assert [p.text for p in left] == ["ỦY BAN NHÂN DÂN", "XÃ CHÂU BÌNH", "Số: 25/UBND-VP", "V/v tập huấn kỹ năng số"]
    assert right[0].text == layout.QUOC_HIEU and right[0].runs[0].bold
    assert right[-1].text == LETTER["dia_danh_ngay"] and right[-1].runs[0].italic
    body = [p.text for p in document.paragraphs if p.text]
    assert body[0] == "Kính gửi: Trưởng các thôn, bản" and body[-1].endswith("./.")
    sign = [p.text for p in signature.rows[0].cells[1].paragraphs if p.text]
    assert sign == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lò Văn Minh"]
    runs = [r for p in document.paragraphs for r in p.runs] + [
        r for t in document.tables for c in t.rows[0].cells for p in c.paragraphs for r in p.runs]
    assert {r.font.name for r in runs} == {layout.FONT}
    sizes = {r.text: r.font.size.pt for r in runs if r.text and r.font.size is not None}
    assert sizes["Số: 25/UBND-VP"] == 13 and sizes["- Lưu: VT, VP."] == 11
    assert all(size in layout.ELEMENTS["noi_dung"].size for text, size in sizes.items() if text.endswith("./."))


def test_a_read_only_folder_gets_one_line_and_loses_nothing(tmp_path: Path) -> None:
    widget = _composer(tmp_path)
    widget.answer(LETTER)
    missing = tmp_path / "khong-co"  # a folder that does not exist cannot be written, whoever runs the test
    assert widget.write_docx(missing) is None
    assert "Không ghi được tệp" in widget.file_note.value and widget.value == layout.as_draft(LETTER)


def test_nothing_typed_makes_no_file(tmp_path: Path) -> None:
    widget = _composer(tmp_path)
    assert widget.write_docx() is None and list(tmp_path.glob("*.docx")) == []
