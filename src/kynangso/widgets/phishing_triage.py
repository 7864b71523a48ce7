"""Phân loại tin nhắn, thư, đường link: "An toàn" hay "Lừa đảo", with a hint built from the real domain."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from kynangso.data.phishing_samples import Sample
from kynangso.i18n import N_, _
from kynangso.rules import url_domain
from kynangso.widgets import theme
from kynangso.widgets.matching import Matching

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


class PhishingTriage(Matching):
    """One card per sample with a drop-down (An toàn / Lừa đảo): a practice ``Matching`` of messages to labels.

    ``answer({message: label})`` picks, ``check()`` does what the "Kiểm tra" button does; hints name the real domain
    of the link but never the right label, and a right answer lists why each sample is safe or a scam.
    """

    def __init__(self, samples: Sequence[Sample], title: str = "") -> None:
        self.samples = list(samples)
        labels = [_(SAFE), _(SCAM)]
        super().__init__("phan_loai_tin", [s.message for s in self.samples], labels, title,
                         key={s.message: _(SCAM) if s.is_scam else _(SAFE) for s in self.samples},
                         hints={s.message: _hint(s) for s in self.samples}, rule=_(RULE), item_width="560px",
                         choice_width="150px")

    def _item(self, number: int) -> str:
        sample = self.samples[number - 1]
        link = f"<br><code style='font-size:15px'>{html.escape(sample.url)}</code>" if sample.url else ""
        sender = html.escape(_("từ: {nguoi_gui}").format(nguoi_gui=sample.sender))
        return (f"<div style='width:{self.item_width};font-size:15px;border-left:4px solid {theme.CARD};"
                f"padding-left:{theme.PADDING}'><b>{number}. {html.escape(sample.channel)}</b> — {sender}<br>"
                f"“{html.escape(sample.message)}”{link}</div>")

    def _wrong_notes(self, value: Any) -> list[str]:
        right = len(self.items) - len(self._wrong(value))
        return [*super()._wrong_notes(value), _("Đúng {dung}/{tong}.").format(dung=right, tong=len(self.items))]

    def _right_notes(self, value: Any) -> list[str]:
        return [f"{number}. {sample.reason}" for number, sample in enumerate(self.samples, start=1)]


__all__ = ["RULE", "SAFE", "SCAM", "PhishingTriage"]
