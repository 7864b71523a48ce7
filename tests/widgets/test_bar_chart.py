"""BarChart (module M8): horizontal HTML bars (works without matplotlib); ve() redraws; with ``vmin`` the bars start
above 0 and the title says so."""

from __future__ import annotations

import re

import pytest

from kynangso.widgets.bar_chart import BarChart


def widths(html_text: str) -> list[float]:
    return [float(w) for w in re.findall(r"width:([\d.]+)%", html_text)]


def test_longest_bar_is_the_largest_value() -> None:
    chart = BarChart({"Châu Bình": 40, "Hùng Chân": 80, "Quỳ Châu": 20}, title="Hồ sơ", unit=" hồ sơ")
    assert widths(chart.value) == [50.0, 100.0, 25.0]
    assert "80 hồ sơ" in chart.value and "cột bắt đầu từ" not in chart.value


def test_vmin_spreads_close_percentages_and_is_announced() -> None:
    chart = BarChart({"Châu Bình": 98, "Hùng Chân": 96}, title="Tỷ lệ đúng hạn", unit="%", vmin=95)
    assert widths(chart.value) == [100.0, 33.3]
    assert "Tỷ lệ đúng hạn <i>(cột bắt đầu từ 95%)</i>" in chart.value


def test_values_at_or_below_vmin_get_empty_bars_never_wider_than_the_frame() -> None:
    chart = BarChart({"a": 94, "b": 97}, unit="%", vmin=95)
    assert widths(chart.value) == [0.0, 100.0]
    chart.ve({"a": 90, "b": 80})  # every value below vmin
    assert all(0 <= w <= 100 for w in widths(chart.value))


def test_equal_or_zero_values_do_not_divide_by_zero() -> None:
    assert widths(BarChart({"a": 0, "b": 0}).value) == [0.0, 0.0]
    assert widths(BarChart({"a": 5, "b": 5}).value) == [100.0, 100.0]


def test_ve_redraws_and_empty_data_says_so() -> None:
    chart = BarChart({"a": 1})
    assert chart.ve({"x": 2, "y": 4}) == chart.value and ">x<" in chart.value and ">a<" not in chart.value
    assert chart.ve({}) == "<i>Không có số liệu để vẽ.</i>"


def test_labels_and_title_are_escaped() -> None:
    chart = BarChart({"<b>x</b>": 5}, title="<i>t</i>")
    assert "&lt;b&gt;x&lt;/b&gt;" in chart.value and "&lt;i&gt;t&lt;/i&gt;" in chart.value


def test_english_mode_translates_the_widget_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KYNANGSO_LANG", "en")
    chart = BarChart({"a": 98, "b": 96}, title="On time", unit="%", vmin=95)
    assert "On time <i>(bars start at 95%)</i>" in chart.value and "cột" not in chart.value
    assert chart.ve({}) == "<i>No figures to draw.</i>"
