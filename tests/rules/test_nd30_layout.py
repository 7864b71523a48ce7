"""Rules of a whole document under NĐ 30/2020/NĐ-CP Phụ lục I (module 13): nd30_layout and the .docx of nd30_docx."""

from __future__ import annotations

import pytest

from kynangso.rules import nd30_docx
from kynangso.rules import nd30_layout as layout

DECISION = {  # a quyết định of a commune People's Committee, signed by its chairwoman for the committee
    "quoc_hieu": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "tieu_ngu": "Độc lập - Tự do - Hạnh phúc",
    "co_quan_ban_hanh": "ỦY BAN NHÂN DÂN XÃ HÙNG CHÂN", "so_ky_hieu": "Số: 07/QĐ-UBND",
    "dia_danh_ngay": "Hùng Chân, ngày 05 tháng 02 năm 2026", "ten_loai": "QUYẾT ĐỊNH",
    "trich_yeu": "Về việc thành lập Tổ công nghệ số cộng đồng",
    "noi_dung": "Điều 1. …\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
    "quyen_han": "TM.", "thay_cho": "ỦY BAN NHÂN DÂN", "chuc_vu": "CHỦ TỊCH", "nguoi_ky": "Vi Thị Hoa",
    "noi_nhan": "Như Điều 3;\nLưu: VT, VP.",
}


def test_page_set_up_is_the_one_of_phu_luc_i_and_marks_what_is_verified() -> None:
    assert {side: (r.low, r.high) for side, r in layout.MARGINS_MM.items()} == {
        "tren": (20, 25), "duoi": (20, 25), "trai": (30, 35), "phai": (15, 20)}
    assert layout.FONT == "Times New Roman" and layout.PAPER_MM == (210, 297)
    assert layout.ELEMENTS["so_ky_hieu"].size.verified and layout.ELEMENTS["noi_dung"].size.verified
    assert not layout.ELEMENTS["quoc_hieu"].size.verified  # ⚠️ sizes from secondary reproductions of Phụ lục I
    for box, size in nd30_docx.SIZES.items():
        assert size in layout.ELEMENTS[box].size, box
    for side, mm in nd30_docx.MARGINS.items():
        assert mm in layout.MARGINS_MM[side], side


def test_a_right_decision_has_no_problem() -> None:
    assert layout.draft_problems(DECISION, "Quyết định") == []
    assert layout.missing_fields(DECISION, "Quyết định") == []


@pytest.mark.parametrize(("field", "typed", "says"), [
    ("so_ky_hieu", "07/TB-UBND", "bắt đầu bằng QĐ"),
    ("ten_loai", "Quyết định", "in hoa"),
    ("trich_yeu", "V/v thành lập Tổ công nghệ số cộng đồng", "Chỉ công văn"),
    ("co_quan_ban_hanh", "Ủy ban nhân dân xã Hùng Chân", "in hoa"),
    ("co_quan_chu_quan", "ỦY BAN NHÂN DÂN XÃ HÙNG CHÂN", "không lặp lại"),
    ("quoc_hieu", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM.", "Quốc hiệu"),
    ("dia_danh_ngay", "Hùng Chân, ngày 5 tháng 2 năm 2026", "số 0"),
    ("quyen_han", "T.M", "Quyền hạn ký chỉ là"),
    ("thay_cho", "", "Sau TM."),
    ("nguoi_ky", "Bà Vi Thị Hoa", "Không ghi ông, bà"),
])
def test_each_wrong_box_gets_its_own_rule(field: str, typed: str, says: str) -> None:
    problems = layout.draft_problems({**DECISION, field: typed}, "Quyết định")
    assert any(says in line for line in problems), problems


def test_the_old_tone_placement_of_hoa_is_accepted() -> None:
    assert layout.draft_problems({**DECISION, "quoc_hieu": "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"}, "Quyết định") == []


def test_a_deputy_signs_for_the_chairman_not_as_himself() -> None:
    assert layout.signature_lines("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH") == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert layout.signature_lines("", "", "CHỦ TỊCH") == ["CHỦ TỊCH"]
    assert any("cấp phó" in p for p in layout.signature_problems("KT.", "CHỦ TỊCH", "CHỦ TỊCH", "Lò Văn Minh"))
    assert any("Chỉ ghi dòng ký thay" in p for p in layout.signature_problems("", "CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                                                                                 "Lò Văn Minh"))


@pytest.mark.parametrize(("line", "right"), [
    ("Lưu: VT, VP.", True), ("- Lưu: VT, VP, 02.", True), ("Lưu: VT.", False), ("Lưu VT, VP.", False),
    ("Lưu hồ sơ.", False),
])
def test_the_archive_line(line: str, right: bool) -> None:
    assert (layout.archive_line_problems(line) == []) is right


def test_a_letter_has_no_type_line_and_no_cv() -> None:
    letter = {**DECISION, "so_ky_hieu": "12/UBND-VP", "ten_loai": "", "trich_yeu": "V/v tập huấn",
              "kinh_gui": "Các thôn, bản"}
    assert layout.draft_problems(letter, "Công văn") == []
    assert layout.missing_fields({**letter, "kinh_gui": ""}, "Công văn") == []  # optional box; the layout asks for it
    assert any("Kính gửi" in p for p in layout.draft_problems({**letter, "kinh_gui": ""}, "Công văn"))
    assert any("CV" in p for p in layout.draft_problems({**letter, "so_ky_hieu": "12/CV-UBND"}, "Công văn"))
    assert any("Công văn không có chữ viết tắt tên loại" in p
               for p in layout.draft_problems({**letter, "so_ky_hieu": "12/TB-UBND"}, "Công văn"))


def test_agency_names_split_and_file_names_are_ascii() -> None:
    assert nd30_docx.agency_lines("ỦY BAN NHÂN DÂN XÃ HÙNG CHÂN") == ["ỦY BAN NHÂN DÂN", "XÃ HÙNG CHÂN"]
    assert nd30_docx.agency_lines("VĂN PHÒNG") == ["VĂN PHÒNG"] and nd30_docx.agency_lines("") == []
    assert nd30_docx.file_name(DECISION) == "van-ban-07-qd-ubnd.docx"
    assert nd30_docx.file_name({}) == "van-ban-du-thao.docx"


def test_a_decision_docx_has_the_type_name_and_subject_centred_and_bold() -> None:
    document = nd30_docx.build(DECISION, "Quyết định")
    texts = {p.text: p for p in document.paragraphs if p.text}
    assert texts["QUYẾT ĐỊNH"].runs[0].bold and texts[DECISION["trich_yeu"]].runs[0].bold
    assert texts["QUYẾT ĐỊNH"].runs[0].font.size.pt in layout.ELEMENTS["ten_loai"].size
    assert not any(t.startswith("Kính gửi") for t in texts)
    assert document.tables[0].rows[0].cells[0].paragraphs[-1].text == "Số: 07/QĐ-UBND"
