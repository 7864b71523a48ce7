"""Thử đặt một mật khẩu luyện tập và kiểm tra theo quy tắc của VNPT-CERT (never a real password)."""

from __future__ import annotations

import html
from collections.abc import Sequence

import ipywidgets as w

from kynangso.rules import password_rules


class PasswordCheck(w.VBox):
    """A password box for a made-up cadre (``owner`` details must not appear) and a "Kiểm tra" button.

    ``check(password)`` does what the button does and returns the problems found (empty = meets the rules).
    """

    def __init__(self, owner: str, personal: Sequence[str]) -> None:
        self.personal = tuple(personal)
        self.box = w.Password(
            description="Mật khẩu thử:",
            placeholder="tự nghĩ, KHÔNG dùng mật khẩu thật",
            layout=w.Layout(width="460px"),
            style={"description_width": "120px"},
        )
        self.show = w.Checkbox(description="Hiện chữ đã gõ", value=False)
        self.plain = w.HTML()
        self.show.observe(lambda _change: self._show_plain(), names="value")
        self.box.observe(lambda _change: self._show_plain(), names="value")
        self.button = w.Button(
            description="Kiểm tra",
            button_style="primary",
            icon="check",
            layout=w.Layout(width="160px", height="40px"),
        )
        self.result = w.HTML()
        self.button.on_click(lambda _button: self.check())
        task = (
            f"<b>Nhiệm vụ:</b> đặt mật khẩu luyện tập cho {html.escape(owner)}. "
            f"Thông tin không được có trong mật khẩu: {html.escape(', '.join(self.personal))}."
        )
        super().__init__(
            [w.HTML(task), self.box, self.show, self.plain, self.button, self.result],
            layout=w.Layout(padding="8px"),
        )

    def _show_plain(self) -> None:
        self.plain.value = f"<code>{html.escape(self.box.value)}</code>" if self.show.value else ""

    def check(self, password: str | None = None) -> list[str]:
        """Check the typed password (after typing ``password`` if given); show and return the problems."""
        if password is not None:
            self.box.value = password
        value = self.box.value
        problems = password_rules.password_problems(value, self.personal) if value else ["Bạn chưa gõ mật khẩu."]
        if problems:
            items = "".join(f"<li>{html.escape(p)}</li>" for p in problems)
            self.result.value = (
                f"<div style='font-size:16px;color:#9a3412'>❌ Chưa đạt:<ul>{items}</ul>"
                f"<i>Quy tắc: {html.escape(password_rules.SOURCE)}.</i> "
                "Sửa rồi bấm Kiểm tra lần nữa.</div>"
            )
        else:
            advice = "".join(f"<li>{html.escape(a)}</li>" for a in password_rules.password_advice(value))
            self.result.value = (
                f"<div style='font-size:16px;color:#166534'>✅ Đạt các quy tắc. Lời khuyên thêm:<ul>{advice}</ul></div>"
            )
        return problems


__all__ = ["PasswordCheck"]
