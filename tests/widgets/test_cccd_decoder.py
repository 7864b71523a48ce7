"""CccdDecoder (module M6): read province of birth registration (digits 1–3), sex and century (digit 4) and birth year
(digits 5–6) from a synthetic 12-digit number — Luật Căn cước 2023, Điều 12; table in domain-facts §2.5 (0/1 = 1900s
male/female, 2/3 = 2000s; Nghệ An 040, Thanh Hóa 038). check() does what the "Kiểm tra" button does."""

from __future__ import annotations

import pytest

from kynangso.widgets.cccd_decoder import CccdDecoder

NUMBER = "040 1 85 012345"  # synthetic: Nghệ An, female, born 1985 (the editorial example of domain-facts §5)


@pytest.mark.parametrize(("province", "sex", "year"), [
    ("040", "Nữ", 1985), (" 040 ", "nữ", " 1985 "), ("040", "NU", "1985"), ("04 0", "Nu", 1985),
])
def test_right_answers_in_usual_spellings(province: str, sex: str, year: object) -> None:
    decoder = CccdDecoder(NUMBER)
    decoder.fill(province, sex, year)
    assert decoder.check() == []
    assert "✅ Đúng! Người này đăng ký khai sinh ở Nghệ An, giới tính Nữ, sinh năm 1985." in decoder.result.value


def test_each_box_gets_its_own_hint() -> None:
    decoder = CccdDecoder(NUMBER)
    decoder.fill("40", "Nam", "1958")
    problems = decoder.check()
    assert len(problems) == 3
    assert problems[0].startswith("Mã tỉnh: là 3 chữ số đầu tiên") and "số 0 ở đầu" in problems[0]
    assert problems[1].startswith("Giới tính: xem chữ số thứ 4 — số chẵn (0, 2, 4, 6, 8) là Nam")
    assert problems[2] == "Năm sinh: chữ số 5–6 là hai số cuối của năm sinh; chữ số thứ 4 cho biết thế kỷ."


def test_the_right_last_two_digits_in_the_wrong_century_are_pointed_out() -> None:
    decoder = CccdDecoder(NUMBER)
    decoder.fill("040", "Nữ", 2085)
    assert decoder.check() == ["Năm sinh: chữ số 5–6 là hai số cuối của năm sinh; chữ số thứ 4 cho biết thế kỷ"
                               " — hai số cuối đúng rồi, xem lại thế kỷ: 0 hoặc 1 là 19xx, 2 hoặc 3 là 20xx."]


def test_empty_boxes_are_all_wrong() -> None:
    decoder = CccdDecoder(NUMBER)
    decoder.fill("", "", "")
    assert len(decoder.check()) == 3 and "❌ Chưa đúng:" in decoder.result.value


def test_given_boxes_are_locked_and_keep_their_value() -> None:
    decoder = CccdDecoder("038205001234", given=("tinh", "gioi_tinh"))  # Thanh Hóa, male, born 2005
    assert decoder.province_box.disabled and decoder.sex_box.disabled and not decoder.year_box.disabled
    decoder.fill("001", "Nữ", "2005")
    assert (decoder.province_box.value, decoder.sex_box.value) == ("038", "Nam")
    decoder.button.click()
    assert "Thanh Hóa, giới tính Nam, sinh năm 2005" in decoder.result.value


def test_an_unknown_province_code_is_said_so() -> None:
    decoder = CccdDecoder("999085000001")
    decoder.fill("999", "Nam", "1985")
    assert decoder.check() == [] and "(mã không có trong bảng)" in decoder.result.value


@pytest.mark.parametrize("bad", ["04018501234", "04018501234X", ""])
def test_a_number_that_is_not_12_digits_is_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="Cần một số định danh đủ 12 chữ số"):
        CccdDecoder(bad)
