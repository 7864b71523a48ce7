"""Thử đặt một mật khẩu luyện tập và kiểm tra theo quy tắc của VNPT-CERT (never a real password)."""

from __future__ import annotations

import html
from collections.abc import Sequence

import ipywidgets as w

from kynangso.i18n import _
from kynangso.rules import password_rules
from kynangso.widgets import theme
from kynangso.widgets.check_bar import check_button, right_box, wrong_box


class PasswordCheck(w.VBox):
    """A password box for a made-up cadre (``owner`` details must not appear) and a "Kiểm tra" button.

    ``check(password)`` does what the button does and returns the problems found (empty = meets the rules).
    """

    def __init__(self, owner: str, personal: Sequence[str]) -> None:
        self.personal = tuple(personal)
        self.box = w.Password(
            description=_("Mật khẩu thử:"),
            placeholder=_("tự nghĩ, KHÔNG dùng mật khẩu thật"),
            layout=w.Layout(width="460px"),
            style={"description_width": "120px"},
        )
        self.show = w.Checkbox(description=_("Hiện chữ đã gõ"), value=False)
        self.plain = w.HTML()
        self.show.observe(lambda _change: self._show_plain(), names="value")
        self.box.observe(lambda _change: self._show_plain(), names="value")
        self.button = check_button(self.check)
        self.result = w.HTML()
        task = _("<b>Nhiệm vụ:</b> đặt mật khẩu luyện tập cho {nguoi}. "
                 "Thông tin không được có trong mật khẩu: {thong_tin}.").format(
            nguoi=html.escape(owner), thong_tin=html.escape(", ".join(self.personal)))
        super().__init__(
            [w.HTML(task), self.box, self.show, self.plain, self.button, self.result],
            layout=w.Layout(padding=theme.PADDING),
        )

    def _show_plain(self) -> None:
        self.plain.value = f"<code>{html.escape(self.box.value)}</code>" if self.show.value else ""

    def check(self, password: str | None = None) -> list[str]:
        """Check the typed password (after typing ``password`` if given); show and return the problems."""
        if password is not None:
            self.box.value = password
        value = self.box.value
        problems = password_rules.password_problems(value, self.personal) if value else [_("Bạn chưa gõ mật khẩu.")]
        if problems:
            rule = _("Quy tắc: {quy_tac}").format(quy_tac=password_rules.SOURCE) + "."
            self.result.value = wrong_box(_("Chưa đạt:"), problems, note=rule)
        else:
            self.result.value = right_box(_("Đạt các quy tắc. Lời khuyên thêm:"),
                                          password_rules.password_advice(value))
        return problems


__all__ = ["PasswordCheck"]
