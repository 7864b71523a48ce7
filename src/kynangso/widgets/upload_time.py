"""Tính thời gian tải một tệp lên khi mạng chậm (giây = MB × 8 ÷ Mbps), with hints for the usual slips."""

from __future__ import annotations

import html

import ipywidgets as w

from kynangso.rules import weak_link

RULE = "Số giây = dung lượng (MB) × 8 ÷ tốc độ mạng (Mbps), làm tròn đến giây. 1 byte = 8 bit."


def upload_answer_problems(size_mb: float, speed_mbps: float, seconds: float | None) -> list[str]:
    """Why ``seconds`` is not the upload time (Vietnamese; empty = right, ±1 second allowed)."""
    if seconds is None:
        return ["Bạn chưa nhập số giây."]
    expected = weak_link.upload_seconds(size_mb, speed_mbps)
    if abs(seconds - expected) <= 1:
        return []
    if abs(seconds - size_mb / speed_mbps) <= 1:
        return ["Bạn quên nhân 8: dung lượng tính bằng MB (megabyte), tốc độ tính bằng Mbps (megabit)."]
    if abs(seconds - size_mb * 8 * speed_mbps) <= 1:
        return ["Bạn đã nhân với tốc độ; phải chia cho tốc độ: mạng càng chậm thì càng lâu."]
    if abs(seconds - expected / 60) <= 1:
        return ["Câu hỏi cần số giây, không phải số phút."]
    return ["Chưa đúng. Làm lại từng bước: nhân dung lượng với 8, rồi chia cho tốc độ."]


class UploadTime(w.VBox):
    """One file size and one speed, a box for the seconds and a "Kiểm tra" button.

    ``check(seconds)`` does what the button does and returns the problems (empty = right).
    """

    def __init__(self, size_mb: float, speed_mbps: float) -> None:
        self.size_mb = size_mb
        self.speed_mbps = speed_mbps
        self.box = w.FloatText(
            value=0, description="Số giây:", layout=w.Layout(width="260px"), style={"description_width": "80px"}
        )
        self.button = w.Button(
            description="Kiểm tra", button_style="primary", icon="check", layout=w.Layout(width="160px", height="40px")
        )
        self.result = w.HTML()
        self.button.on_click(lambda _button: self.check())
        task = (
            f"<b>Nhiệm vụ:</b> tệp quét dung lượng <b>{size_mb:g} MB</b>, mạng <b>{speed_mbps:g} Mbps</b>. "
            "Gửi lên mất bao nhiêu giây?"
        )
        super().__init__([w.HTML(task), self.box, self.button, self.result], layout=w.Layout(padding="8px"))

    def check(self, seconds: float | None = None) -> list[str]:
        """Check the typed seconds (after typing ``seconds`` if given); show and return the problems."""
        if seconds is not None:
            self.box.value = seconds
        value = self.box.value if self.box.value else None
        problems = upload_answer_problems(self.size_mb, self.speed_mbps, value)
        if problems:
            items = "".join(f"<li>{html.escape(p)}</li>" for p in problems)
            self.result.value = (
                f"<div style='font-size:16px;color:#9a3412'>❌ Chưa đúng:<ul>{items}</ul>"
                f"<i>Quy tắc: {html.escape(RULE)}</i> Sửa rồi bấm Kiểm tra lần nữa.</div>"
            )
        else:
            expected = weak_link.upload_seconds(self.size_mb, self.speed_mbps)
            self.result.value = (
                f"<div style='font-size:16px;color:#166534'>✅ Đúng: khoảng {expected} giây "
                f"({html.escape(weak_link.describe_seconds(expected))}).</div>"
            )
        return problems


__all__ = ["RULE", "UploadTime", "upload_answer_problems"]
