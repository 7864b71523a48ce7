"""IndicatorWhatIf (module M8): one slider per QĐ 766 group (illustrative maxima adding up to 100); set_rate() does what
moving a slider does and returns the new total of the toy model (points = maximum × rate / 100)."""

from __future__ import annotations

import pytest

from kynangso.rules import operating_indicators as cs
from kynangso.widgets.indicator_what_if import IndicatorWhatIf

START = {"Số hóa hồ sơ": 50, "Mức độ hài lòng": 80}  # 22 × 0.5 + 18 × 0.8 = 25.4; other groups at 0


def test_start_total_and_one_slider_per_group() -> None:
    what_if = IndicatorWhatIf(START)
    assert list(what_if.sliders) == list(cs.NHOM_766_MINH_HOA)
    assert what_if.start_total == 25.4
    assert "<b>25.4</b> / 100 — " in what_if.total.value and "thay đổi 0.0 điểm" in what_if.total.value
    assert "Mô hình minh họa" in what_if.children[-1].value and cs.SOURCE_766 in what_if.children[-1].value


def test_raising_and_lowering_a_rate_shows_the_change_with_its_sign() -> None:
    what_if = IndicatorWhatIf(START)
    assert what_if.set_rate("Số hóa hồ sơ", 100) == 36.4
    assert "thay đổi +11.0 điểm" in what_if.total.value and "#166534" in what_if.total.value
    assert what_if.set_rate("Số hóa hồ sơ", 0) == 14.4
    assert "thay đổi -11.0 điểm" in what_if.total.value and "#9a3412" in what_if.total.value
    assert what_if.current_rates()["Số hóa hồ sơ"] == 0.0


def test_moving_a_slider_by_hand_updates_the_total() -> None:
    what_if = IndicatorWhatIf(START)
    what_if.sliders["Tiến độ, kết quả giải quyết"].value = 90  # 20 × 0.9 = +18
    assert "<b>43.4</b>" in what_if.total.value and "thay đổi +18.0 điểm" in what_if.total.value


def test_sliders_stay_between_0_and_100_percent() -> None:
    what_if = IndicatorWhatIf(START)
    assert what_if.set_rate("Số hóa hồ sơ", 150) == 36.4
    assert what_if.sliders["Số hóa hồ sơ"].value == 100


def test_other_maxima_and_all_groups_full() -> None:
    maxima = {"A": 30, "B": 70}
    what_if = IndicatorWhatIf({"A": 100, "B": 100}, maxima)
    assert what_if.start_total == 100.0 and "/ 100 —" in what_if.total.value
    assert what_if.set_rate("B", 50) == 65.0


def test_an_unknown_group_is_not_a_slider() -> None:
    with pytest.raises(KeyError):
        IndicatorWhatIf(START).set_rate("Không có nhóm này", 10)
