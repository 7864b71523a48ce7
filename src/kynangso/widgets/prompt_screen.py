"""Soát lời nhắc (prompt) trước khi gửi cho công cụ AI công cộng: tìm dữ liệu cá nhân, dấu mật, mật khẩu."""

from __future__ import annotations

import html

import ipywidgets as w

from kynangso.i18n import N_, _
from kynangso.rules import ai_prompt
from kynangso.widgets import theme
from kynangso.widgets.check_bar import check_button, right_box, wrong_box

RULE = N_(
    "Không đưa vào công cụ AI công cộng: dữ liệu cá nhân (họ tên kèm số định danh, số điện thoại, ngày sinh, "
    "sức khỏe…), tài liệu mật, mật khẩu và mã OTP. Máy chỉ tìm được một số dấu hiệu; bạn vẫn phải tự đọc lại."
)


class PromptScreen(w.VBox):
    """A text area for a prompt and a "Soát lời nhắc" button.

    ``check(prompt)`` does what the button does and returns the findings (empty = no sign found; it is not a
    guarantee, and the feedback says so).
    """

    def __init__(self, prompt: str = "") -> None:
        self.box = w.Textarea(
            value=prompt,
            placeholder=_("Dán hoặc gõ lời nhắc định gửi cho AI vào đây…"),
            layout=w.Layout(width="640px", height="120px"),
        )
        self.button = check_button(self.check, _("Soát lời nhắc"), icon="search", width="180px")
        self.result = w.HTML()
        super().__init__([self.box, self.button, self.result], layout=w.Layout(padding=theme.PADDING))

    def check(self, prompt: str | None = None) -> list[ai_prompt.Finding]:
        """Screen the prompt (after typing ``prompt`` if given); show and return what was found."""
        if prompt is not None:
            self.box.value = prompt
        if not self.box.value.strip():
            self.result.value = wrong_box(_("Bạn chưa gõ lời nhắc nào."), mark="", then="")
            return []
        findings = ai_prompt.prompt_findings(self.box.value)
        if findings:
            items = "".join(f"<li>{html.escape(f.message)} <code>{html.escape(f.text)}</code></li>" for f in findings)
            safer = html.escape(ai_prompt.mask_personal(self.box.value))
            masked = _("Gợi ý bản đã che số và tên (vẫn phải đọc lại; tài liệu mật thì không gửi dù đã che):")
            shown = f"<ul>{items}</ul>{masked}<pre style='white-space:pre-wrap'>{safer}</pre>"
            self.result.value = wrong_box(_("Chưa gửi được. Máy thấy:"), note=_(RULE), then="", more=shown)
        else:
            self.result.value = right_box(_("Máy không thấy dấu hiệu nào. "
                                            "Hãy tự đọc lại một lần nữa trước khi gửi: máy không hiểu hết ý nghĩa."))
        return findings


__all__ = ["RULE", "PromptScreen"]
