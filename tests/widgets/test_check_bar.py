"""The shared "Kiểm tra" button and result box (widgets/check_bar.py) and the theme the widgets take colours from."""

from __future__ import annotations

import re

from kynangso.widgets import theme
from kynangso.widgets.check_bar import check_button, info_box, right_box, wrong_box
from tests.conftest import CHECKOUT


def test_the_button_says_kiem_tra_and_calls_back() -> None:
    calls: list[int] = []
    button = check_button(lambda: calls.append(1))
    assert (button.description, button.icon, button.button_style) == ("Kiểm tra", "check", "primary")
    assert (button.layout.width, button.layout.height) == (theme.BUTTON_WIDTH, theme.BUTTON_HEIGHT)
    button.click()
    assert calls == [1]
    assert check_button(lambda: None, "Soát lời nhắc", icon="search").description == "Soát lời nhắc"


def test_a_wrong_result_lists_the_problems_the_rule_and_what_to_do_next() -> None:
    shown = wrong_box(None, ["Thiếu <số>", "Sai ngày"], note="Quy tắc: đếm từ hôm sau.")
    assert shown.startswith(f"<div style='font-size:{theme.FEEDBACK_SIZE};color:{theme.WRONG};")
    assert "❌ Chưa đúng:<ul><li>Thiếu &lt;số&gt;</li><li>Sai ngày</li></ul>" in shown
    assert shown.endswith("<i>Quy tắc: đếm từ hôm sau.</i> Sửa rồi bấm Kiểm tra lần nữa.</div>")
    assert wrong_box("Chưa đúng.", then="Thử lại nhé.").endswith(">❌ Chưa đúng. Thử lại nhé.</div>")
    assert wrong_box("Bạn chưa chọn.", mark="", then="").endswith(">Bạn chưa chọn.</div>")


def test_a_right_result_keeps_its_html_and_escapes_its_lines() -> None:
    shown = right_box("Văn bản <b>còn nguyên vẹn</b>.", ["a < b"], more="<br><code>ab12</code>")
    assert f"color:{theme.RIGHT}" in shown
    assert "✅ Văn bản <b>còn nguyên vẹn</b>.<ul><li>a &lt; b</li></ul><br><code>ab12</code></div>" in shown
    assert f"color:{theme.INFO}" in info_box("", ["Điểm mạnh"], mark="📋")


def test_no_widget_writes_a_colour_code_of_its_own() -> None:
    folder = CHECKOUT.root / "src" / "kynangso" / "widgets"
    codes = {path.name: re.findall(r"#[0-9a-fA-F]{6}\b", path.read_text(encoding="utf-8"))
             for path in folder.glob("*.py") if path.name != "theme.py"}
    assert {name: found for name, found in codes.items() if found} == {}
