"""Phân loại tin nhắn, thư, đường link: "An toàn" hay "Lừa đảo", with a hint built from the real domain."""

from __future__ import annotations

import html
from collections.abc import Sequence

import ipywidgets as w

from kynangso.data.phishing_samples import Sample
from kynangso.i18n import N_, _
from kynangso.rules import url_domain
from kynangso.widgets.case_sorter import Case, CaseSorter

SAFE = N_("An toàn")
SCAM = N_("Lừa đảo")
RULE = N_(
    "Đọc tên miền từ phải sang trái, dừng ở tên chủ sở hữu; trang nhà nước có tên miền thật kết thúc bằng "
    ".gov.vn. Không ai được hỏi mật khẩu, mã OTP của bạn."
)


def _hint(sample: Sample) -> str:
    if not sample.url:
        return _("Không có đường link: hãy xem người ta đang đòi bạn đưa thứ gì.")
    domain = url_domain.registrable_domain(sample.url) or _("(không đọc được)")
    signs = url_domain.warning_signs(sample.url)
    text = _("Tên miền thật của đường link là “{ten_mien}”.").format(ten_mien=domain)
    if signs:
        text += " " + _("Máy thấy {so} dấu hiệu đáng ngờ.").format(so=len(signs))
    return text + " " + _("Đọc thêm lời nhắn: có giục gấp, đòi mật khẩu, mã OTP hay tiền không?")


class PhishingTriage(CaseSorter):
    """One card per sample with a dropdown (An toàn / Lừa đảo) and a "Kiểm tra" button.

    ``check(choices)`` does what the button does and returns the 1-based numbers of wrong or unanswered cards;
    hints name the real domain of the link but never the right label.
    """

    def __init__(self, samples: Sequence[Sample], title: str = "") -> None:
        self.samples = list(samples)
        cases = [Case(s.message, _(SCAM) if s.is_scam else _(SAFE)) for s in self.samples]
        super().__init__(cases, [_(SAFE), _(SCAM)], _(RULE), title=title, box_width="150px")

    def _item(self, number: int) -> w.HTML:
        sample = self.samples[number - 1]
        link = f"<br><code style='font-size:15px'>{html.escape(sample.url)}</code>" if sample.url else ""
        sender = html.escape(_("từ: {nguoi_gui}").format(nguoi_gui=sample.sender))
        return w.HTML(
            f"<div style='width:560px;font-size:15px;border-left:4px solid #94a3b8;padding-left:8px'>"
            f"<b>{number}. {html.escape(sample.channel)}</b> — {sender}<br>"
            f"“{html.escape(sample.message)}”{link}</div>"
        )

    def _hint(self, number: int) -> str:
        return _hint(self.samples[number - 1])

    def _success(self) -> str:
        reasons = "".join(f"<li>{i}. {html.escape(s.reason)}</li>" for i, s in enumerate(self.samples, 1))
        return "✅ " + _("Đúng cả {so} trường hợp. Lý do từng trường hợp:").format(so=len(self.samples)) + \
            f"<ul>{reasons}</ul>"


__all__ = ["RULE", "SAFE", "SCAM", "PhishingTriage"]
