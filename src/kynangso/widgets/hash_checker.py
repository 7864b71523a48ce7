"""Kiểm tra tính toàn vẹn bằng mã băm (SHA-256): edit a signed text and watch its hash change completely."""

from __future__ import annotations

import html

import ipywidgets as w

from kynangso.i18n import N_, _
from kynangso.rules import digital_signature
from kynangso.widgets import theme
from kynangso.widgets.check_bar import check_button, right_box, wrong_box

_TITLE = N_("Văn bản đã ký số")


class HashChecker(w.VBox):
    """The text of a signed document, its hash recorded at signing time, and a button to re-check.

    ``check(text)`` does what the button does (after typing ``text`` if given) and returns ``True`` when the
    text is still exactly the signed one.
    """

    def __init__(self, signed_text: str, title: str = _TITLE) -> None:
        self.signed_hash = digital_signature.sha256_hex(signed_text)
        self.text_box = w.Textarea(value=signed_text, layout=w.Layout(width="640px", height="110px"))
        self.button = check_button(self.check, _("Tính lại mã băm"), icon="refresh", width="200px")
        self.result = w.HTML()
        recorded = _("Mã băm ghi lại lúc ký (SHA-256):")
        task = _("Hãy sửa <b>một ký tự</b> trong khung dưới (ví dụ một chữ số, một dấu cách) rồi bấm nút.")
        header = w.HTML(
            f"<b>{html.escape(_(title))}</b><br>{recorded}<br>"
            f"<code style='font-size:13px'>{self.signed_hash}</code><br>{task}"
        )
        super().__init__([header, self.text_box, self.button, self.result],
                         layout=w.Layout(padding=theme.PADDING))

    def check(self, text: str | None = None) -> bool:
        """Recompute the hash of the text in the box; show whether it matches the signed one."""
        if text is not None:
            self.text_box.value = text
        now = digital_signature.sha256_hex(self.text_box.value)
        if now == self.signed_hash:
            self.result.value = right_box(_("Mã băm trùng khớp: văn bản <b>còn nguyên vẹn</b> như lúc ký."),
                                          more=f"<br><code>{now}</code>")
            return True
        changed = digital_signature.changed_positions(now, self.signed_hash)
        differs = _("Mã băm <b>khác</b>: văn bản <b>đã bị thay đổi</b> sau khi ký, chữ ký số không còn hợp lệ.")
        count = _("{so}/64 ký tự của mã băm đã đổi, dù bạn chỉ sửa rất ít. "
                  "Sửa lại đúng như cũ thì mã băm trùng khớp trở lại.").format(so=changed)
        more = f"<br><code>{now}</code><br>{count}"
        self.result.value = wrong_box(differs, mark="⚠️", then="", more=more)  # dấu hiển thị
        return False


__all__ = ["HashChecker"]
