"""Rules in kynangso.rules.cccd (module M1): digits 1–3 province of birth registration, digit 4 century and sex
(0/1 = 1900s male/female, 2/3 = 2000s male/female), digits 5–6 last two digits of the birth year."""

from __future__ import annotations

import pytest

from kynangso.rules import cccd


@pytest.mark.parametrize(("year", "sex", "digit"), [
    (1985, "Nam", "0"), (1985, "Nữ", "1"), (2004, "Nam", "2"), (2004, "Nữ", "3"), (1999, "nu", "1"),
])
def test_century_sex_digit_follows_the_table(year: int, sex: str, digit: str) -> None:
    assert cccd.century_sex_digit(year, sex) == digit


def test_normalize_and_sex_spellings() -> None:
    assert cccd.normalize("040 1 85-012.345") == "040185012345"
    assert cccd.normalize_sex("NỮ") == "Nữ"
    assert cccd.normalize_sex("nam") == "Nam"
    assert cccd.normalize_sex("khác") is None


def test_consistency_with_birth_year_and_sex() -> None:
    number = "040185012345"  # Nghệ An, thế kỷ 20, nữ, sinh 1985
    assert cccd.structure_problems(number, this_year=2026) == []
    assert cccd.is_consistent(number, 1985, "Nữ", this_year=2026)
    assert not cccd.is_consistent(number, 1985, "Nam", this_year=2026)
    assert not cccd.is_consistent(number, 1986, "Nữ", this_year=2026)
    assert not cccd.is_consistent("040385012345", 1985, "Nữ", this_year=2026)  # thế kỷ 21
    problems = cccd.consistency_problems(number, 1985, "Nam", this_year=2026)
    assert problems and all(isinstance(p, str) and p for p in problems)


@pytest.mark.parametrize("bad", ["04018501234", "0401850123456", "O40185012345", ""])
def test_wrong_shapes_are_reported(bad: str) -> None:
    assert cccd.structure_problems(bad, this_year=2026)
    assert cccd.decode(bad) is None or len(cccd.normalize(bad)) == 12


def test_decode_reads_each_part() -> None:
    decoded = cccd.decode("040185012345")
    assert decoded is not None
    text = repr(decoded)
    assert "040" in text and "1985" in text and "Nữ" in text


def test_mask_keeps_three_and_three() -> None:
    assert cccd.mask("040185012345") == "040******345"
    assert cccd.is_masked_for_public("040******345", "040185012345")
    assert not cccd.is_masked_for_public("0401850*****", "040185012345")
    assert not cccd.is_masked_for_public("040185012345", "040185012345")


def test_nghe_an_code_is_verified() -> None:
    assert cccd.PROVINCES[cccd.NGHE_AN].name == "Nghệ An"
    assert cccd.PROVINCES[cccd.NGHE_AN].verified
    assert len(cccd.PROVINCES) == 63
