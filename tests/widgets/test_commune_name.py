"""CommuneNameBox (module M0): check() does what the "Kiểm tra" button does; names are looked up among Nghệ An's
130 commune-level units since 1/7/2025 (NQ 1678/NQ-UBTVQH15, 16/6/2025; domain-facts §0, §3.1)."""

from __future__ import annotations

import unicodedata

import pytest

from kynangso.widgets.commune_name import CommuneNameBox


@pytest.mark.parametrize("typed", ["Châu Bình", "châu bình", "  CHÂU  BÌNH ", "Xã Châu Bình",
                                   unicodedata.normalize("NFD", "Châu Bình")])
def test_a_quy_chau_commune_is_welcomed_whatever_the_typing(typed: str) -> None:
    box = CommuneNameBox()
    assert box.check(typed) == "Xã Châu Bình"
    assert "✅ Xã Châu Bình, tỉnh Nghệ An — một trong 4 xã thay cho huyện Quỳ Châu cũ." in box.result.value


def test_another_commune_of_the_province_is_welcomed_without_the_quy_chau_note() -> None:
    box = CommuneNameBox()
    assert box.check("Thái Hoà") == "Phường Thái Hòa"  # old tone placement accepted
    assert "✅ Phường Thái Hòa, tỉnh Nghệ An." in box.result.value and "Quỳ Châu cũ" not in box.result.value


@pytest.mark.parametrize("typed", ["", "    "])
def test_an_empty_box_asks_to_type(typed: str) -> None:
    box = CommuneNameBox()
    assert box.check(typed) is None
    assert "❌ Bạn chưa gõ tên xã." in box.result.value


def test_no_diacritics_gets_a_suggestion_but_is_not_accepted() -> None:
    box = CommuneNameBox()
    assert box.check("Chau Tien") is None
    assert "Bạn gõ chưa có dấu. Có phải là <b>Châu Tiến</b>?" in box.result.value


def test_a_ward_typed_without_diacritics_is_suggested() -> None:
    box = CommuneNameBox()
    assert box.check("phuong thai hoa") is None
    assert "Bạn gõ chưa có dấu. Có phải là <b>Thái Hòa</b>?" in box.result.value
    assert box.check("Thái Hòa, Nghệ An") == "Phường Thái Hòa"


def test_a_wrong_diacritic_is_pointed_out() -> None:
    box = CommuneNameBox()
    assert box.check("Hùng Chăn") is None
    assert "Có phải là <b>Hùng Chân</b>? Kiểm tra lại từng dấu" in box.result.value


def test_an_old_or_unknown_name_sends_the_learner_to_the_trainer() -> None:
    box = CommuneNameBox()
    assert box.check("Hồ Chí Minh") is None
    assert "hỏi giảng viên tên xã mới của bạn" in box.result.value
    assert "130 xã, phường của tỉnh Nghệ An" in box.result.value


def test_the_button_checks_what_is_in_the_box_and_a_retry_replaces_the_message() -> None:
    box = CommuneNameBox()
    box.name_box.value = "hung chan"
    box.button.click()
    assert "❌ Bạn gõ chưa có dấu" in box.result.value
    box.name_box.value = "hùng chân"
    box.button.click()
    assert box.result.value.count("✅ Xã Hùng Chân") == 1 and "❌" not in box.result.value
