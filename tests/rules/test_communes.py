"""The one commune lookup (rules/communes.py) behind the roster import and the M0 commune widget."""

from __future__ import annotations

import pytest

from kynangso.rules import communes


@pytest.mark.parametrize("typed", ["Châu Bình", "  xã  CHÂU bình ", "Châu Bình, tỉnh Nghệ An"])
@pytest.mark.parametrize("without_diacritics", [False, True])
def test_a_name_with_its_diacritics_is_found_in_both_modes(typed: str, without_diacritics: bool) -> None:
    assert communes.find(typed, without_diacritics=without_diacritics) == "Xã Châu Bình"


def test_old_tone_placement_is_the_same_name_for_the_roster_too() -> None:
    assert communes.find("Thái Hoà", without_diacritics=True) == communes.find("Thái Hòa") == "Phường Thái Hòa"


@pytest.mark.parametrize("typed", ["chau binh", "xa chau binh", "Chau Binh, Nghe An"])
def test_a_name_without_any_diacritic_is_found_only_when_asked(typed: str) -> None:
    assert communes.find(typed) is None
    assert communes.find(typed, without_diacritics=True) == communes.closest(typed) == "Xã Châu Bình"


def test_a_wrong_diacritic_is_never_forgiven_only_suggested() -> None:
    assert communes.find("Châu Bính", without_diacritics=True) is None
    assert communes.closest("Châu Bính") == "Xã Châu Bình"
    assert communes.find("", without_diacritics=True) is None and communes.closest("Hồ Chí Minh") is None
