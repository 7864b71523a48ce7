"""Tính thời gian tải một tệp lên khi mạng chậm (giây = MB × 8 ÷ Mbps), with hints for the usual slips."""

from __future__ import annotations

import html

import ipywidgets as w

from kynangso.i18n import N_, _
from kynangso.rules import weak_link
from kynangso.widgets import theme
from kynangso.widgets.check_bar import check_button, right_box, wrong_box

RULE = N_("Số giây = dung lượng (MB) × 8 ÷ tốc độ mạng (Mbps), làm tròn đến giây. 1 byte = 8 bit.")


def upload_answer_problems(size_mb: float, speed_mbps: float, seconds: float | None) -> list[str]:
    """Why ``seconds`` is not the upload time (Vietnamese; empty = right, ±1 second allowed)."""
    if seconds is None:
        return [_("Bạn chưa nhập số giây.")]
    expected = weak_link.upload_seconds(size_mb, speed_mbps)
    if abs(seconds - expected) <= 1:
        return []
    if abs(seconds - size_mb / speed_mbps) <= 1:
        return [_("Bạn quên nhân 8: dung lượng tính bằng MB (megabyte), tốc độ tính bằng Mbps (megabit).")]
    if abs(seconds - size_mb * 8 * speed_mbps) <= 1:
        return [_("Bạn đã nhân với tốc độ; phải chia cho tốc độ: mạng càng chậm thì càng lâu.")]
    if abs(seconds - expected / 60) <= 1:
        return [_("Câu hỏi cần số giây, không phải số phút.")]
    return [_("Chưa đúng. Làm lại từng bước: nhân dung lượng với 8, rồi chia cho tốc độ.")]


class UploadTime(w.VBox):
    """One file size and one speed, a box for the seconds and a "Kiểm tra" button.

    ``check(seconds)`` does what the button does and returns the problems (empty = right).
    """

    def __init__(self, size_mb: float, speed_mbps: float) -> None:
        self.size_mb = size_mb
        self.speed_mbps = speed_mbps
        self.box = w.FloatText(
            value=0, description=_("Số giây:"), layout=w.Layout(width="260px"), style={"description_width": "80px"}
        )
        self.button = check_button(self.check)
        self.result = w.HTML()
        task = _("<b>Nhiệm vụ:</b> tệp quét dung lượng <b>{dung_luong} MB</b>, mạng <b>{toc_do} Mbps</b>. "
                 "Gửi lên mất bao nhiêu giây?").format(dung_luong=f"{size_mb:g}", toc_do=f"{speed_mbps:g}")
        super().__init__([w.HTML(task), self.box, self.button, self.result], layout=w.Layout(padding=theme.PADDING))

    def check(self, seconds: float | None = None) -> list[str]:
        """Check the typed seconds (after typing ``seconds`` if given); show and return the problems."""
        if seconds is not None:
            self.box.value = seconds
        value = self.box.value if self.box.value else None
        problems = upload_answer_problems(self.size_mb, self.speed_mbps, value)
        if problems:
            self.result.value = wrong_box(None, problems, note=_("Quy tắc: {quy_tac}").format(quy_tac=_(RULE)))
        else:
            expected = weak_link.upload_seconds(self.size_mb, self.speed_mbps)
            self.result.value = right_box(_("Đúng: khoảng {giay} giây ({mo_ta}).").format(
                giay=expected, mo_ta=html.escape(weak_link.describe_seconds(expected))))
        return problems


__all__ = ["RULE", "UploadTime", "upload_answer_problems"]
