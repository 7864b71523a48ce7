"""Rules of M0 in kynangso.rules.notebook_basics: the course's file-naming convention (``2025-03-05_15-QD-UBND.pdf``,
a convention of the course, not a legal rule) and the commune-level units of Nghệ An since 1/7/2025
(NQ 1678/NQ-UBTVQH15 of 16/6/2025: 130 units; the former Quỳ Châu district became Quỳ Châu, Châu Tiến, Hùng Chân and
Châu Bình — domain-facts §0 and §3.1)."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from kynangso.rules import notebook_basics


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# ---------------------------------------------------------------- file names

@pytest.mark.parametrize(("signed", "number_symbol", "extension", "name"), [
    (date(2025, 3, 5), "15/QĐ-UBND", "pdf", "2025-03-05_15-QD-UBND.pdf"),
    (date(2025, 3, 5), "Số: 15/QĐ-UBND", "pdf", "2025-03-05_15-QD-UBND.pdf"),
    (date(2026, 1, 2), "07/TTr-UBND", ".PDF", "2026-01-02_07-TTr-UBND.pdf"),
    (date(2026, 11, 20), "1789/UBND-ĐMPT", "docx", "2026-11-20_1789-UBND-DMPT.docx"),
    (date(2026, 11, 20), nfd("  12/KH-UBND "), "pdf", "2026-11-20_12-KH-UBND.pdf"),
])
def test_ten_tep_builds_the_course_name(signed: date, number_symbol: str, extension: str, name: str) -> None:
    assert notebook_basics.ten_tep(signed, number_symbol, extension) == name
    assert notebook_basics.loi_ten_tep(name) == []


def test_khong_dau_removes_every_diacritic_including_d_bar() -> None:
    assert notebook_basics.khong_dau("Đặng Thị Hoà, QĐ") == "Dang Thi Hoa, QD"
    assert notebook_basics.khong_dau(nfd("Hùng Chân")) == "Hung Chan"


@pytest.mark.parametrize(("typed", "fragment"), [
    ("", "chưa gõ tên tệp"),
    ("   ", "chưa gõ tên tệp"),
    ("2025-03-05 15-QD-UBND.pdf", "không có dấu cách"),
    ("2025-03-05_15/QD-UBND.pdf", "dấu gạch chéo"),
    ("2025-03-05_15-QĐ-UBND.pdf", "viết không dấu (QĐ → QD)"),
    ("05-03-2025_15-QD-UBND.pdf", "năm trước"),
    ("QD-UBND.pdf", "bắt đầu bằng ngày ký"),
    ("20250305_15-QD-UBND.pdf", "bắt đầu bằng ngày ký"),
    ("2025-3-5_15-QD-UBND.pdf", "Tháng và ngày viết đủ hai chữ số"),
    ("2025-12-5_15-QD-UBND.pdf", "Tháng và ngày viết đủ hai chữ số"),
    ("2025-02-30_15-QD-UBND.pdf", "không có thật"),
    ("2025-03-05-15-QD-UBND.pdf", "dấu gạch dưới _"),
    ("2025-03-05_15-QD-UBND", "cần có đuôi"),
    ("2025-03-05_15-QD-UBND.", "cần có đuôi"),
    ("2025-03-05_15-QD-UBND.PDF", "Đuôi tệp viết thường"),
    ("2025-03-05_QD-UBND.pdf", "Sau dấu _ là số, ký hiệu"),
])
def test_loi_ten_tep_names_each_slip(typed: str, fragment: str) -> None:
    problems = notebook_basics.loi_ten_tep(typed)
    assert any(fragment in p for p in problems), problems


def test_loi_ten_tep_forgives_outer_spaces_and_nfd_but_not_inner_spaces() -> None:
    assert notebook_basics.loi_ten_tep(" 2025-03-05_15-QD-UBND.pdf ") == []
    assert notebook_basics.loi_ten_tep(nfd("2025-03-05_15-QD-UBND.pdf")) == []
    assert notebook_basics.loi_ten_tep("2025-03-05_15 -QD-UBND.pdf")[0] == "Tên tệp không có dấu cách."


# ---------------------------------------------------------------- communes of Nghệ An

def test_the_list_has_the_130_units_of_nq_1678() -> None:
    units = notebook_basics.danh_sach_xa()
    assert len(units) == 130 and len(set(units)) == 130
    assert sum(u.startswith("Phường ") for u in units) == 11
    assert sum(u.startswith("Xã ") for u in units) == 119
    assert set(notebook_basics.QUY_CHAU_CU) <= set(units)
    assert not any(u.startswith("Thị trấn ") for u in units)  # no towns after the 2025 arrangement


@pytest.mark.parametrize("typed", [
    "Châu Bình", "châu bình", "CHÂU BÌNH", "  Châu   Bình ", "Xã Châu Bình", "xã châu bình", nfd("Châu Bình"),
])
def test_tim_xa_forgives_case_spaces_prefix_and_unicode_form(typed: str) -> None:
    assert notebook_basics.tim_xa(typed) == "Xã Châu Bình"


@pytest.mark.parametrize("typed", ["Châu Bình, Nghệ An", "xã Châu Bình, tỉnh Nghệ An", "Châu Bình Nghệ An"])
def test_tim_xa_forgives_the_province_after_the_name(typed: str) -> None:
    assert notebook_basics.tim_xa(typed) == "Xã Châu Bình"
    assert notebook_basics.tim_xa("Nghệ An") is None


def test_tim_xa_accepts_old_and_new_tone_placement() -> None:
    assert notebook_basics.tim_xa("Thái Hoà") == notebook_basics.tim_xa("Thái Hòa") == "Phường Thái Hòa"
    assert notebook_basics.tim_xa("phường thái hoà") == "Phường Thái Hòa"


def test_tim_xa_wants_the_right_diacritics() -> None:
    assert notebook_basics.tim_xa("Hùng Chân") == "Xã Hùng Chân"
    assert notebook_basics.tim_xa("Hùng Châu") == "Xã Hùng Châu"  # another commune, not a typo to forgive
    assert notebook_basics.tim_xa("Chau Binh") is None
    assert notebook_basics.tim_xa("Châu Bính") is None  # an old commune merged into Châu Tiến, not Châu Bình
    assert notebook_basics.tim_xa("Thị trấn Tân Lạc") is None  # merged into Xã Quỳ Châu
    assert notebook_basics.tim_xa("") is None


def test_goi_y_xa_suggests_the_commune_meant() -> None:
    assert notebook_basics.goi_y_xa("Chau Binh") == "Xã Châu Bình"
    assert notebook_basics.goi_y_xa("hung chan") == "Xã Hùng Chân"
    assert notebook_basics.goi_y_xa("Hùng Chăn") == "Xã Hùng Chân"
    assert notebook_basics.goi_y_xa("Quy Chau") == "Xã Quỳ Châu"
    assert notebook_basics.goi_y_xa("Hồ Chí Minh") is None


@pytest.mark.parametrize(("typed", "meant"), [
    ("xa chau binh", "Xã Châu Bình"),
    ("phuong thai hoa", "Phường Thái Hòa"),
    ("chau tien, tinh nghe an", "Xã Châu Tiến"),
])
def test_goi_y_xa_ignores_a_prefix_or_province_typed_without_diacritics(typed: str, meant: str) -> None:
    assert notebook_basics.tim_xa(typed) is None
    assert notebook_basics.goi_y_xa(typed) == meant


def test_ten_ngan_drops_the_unit_prefix_only() -> None:
    assert notebook_basics.ten_ngan("Xã Châu Bình") == "Châu Bình"
    assert notebook_basics.ten_ngan("Phường Thái Hòa") == "Thái Hòa"
    assert notebook_basics.ten_ngan("Xãi Lý") == "Xãi Lý"


def test_toolbar_lists_each_icon_once_with_the_save_shortcut() -> None:
    assert len(notebook_basics.BY_ICON) == len(notebook_basics.TOOLBAR)
    assert notebook_basics.BY_ICON["💾"].action == "Lưu sổ tay" and notebook_basics.BY_ICON["💾"].shortcut == "Ctrl + S"
    assert notebook_basics.BY_ICON["▶"].shortcut == "Shift + Enter"
