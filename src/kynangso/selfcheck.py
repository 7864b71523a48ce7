"""Checks that learners see: short Vietnamese messages instead of Python tracebacks.

Test cells in assignments call :func:`yeu_cau` ("require"); when a condition fails it raises
:class:`ChuaDat`, which Jupyter shows as one friendly line (through IPython's ``_render_traceback_``)
while nbgrader still records an error and gives the question zero points.
"""

from __future__ import annotations

_FRIENDLY = {
    "NameError": "Chưa có câu trả lời này. Bạn đã chạy ô trả lời phía trên (bấm ▶ hoặc Shift+Enter) chưa?",
    "SyntaxError": "Câu trả lời viết chưa đúng dạng: kiểm tra dấu ngoặc kép \" \" và dấu ngoặc ( ).",
    "TypeError": "Câu trả lời chưa đúng kiểu: ví dụ chữ phải đặt trong dấu ngoặc kép, số thì không.",
    "ValueError": "Giá trị của câu trả lời chưa hợp lệ.",
    "NotImplementedError": "Bạn chưa trả lời câu này.",
    "CellTimeoutError": "Ô này chạy quá lâu nên đã bị dừng.",
    "DeadKernelError": "Sổ tay bị dừng đột ngột khi chạy ô này.",
}


class ChuaDat(AssertionError):
    """A check that did not pass; shown to the learner as one line in Vietnamese."""

    def _render_traceback_(self) -> list[str]:
        return [f"❌ Chưa đạt: {self}"]


def yeu_cau(dieu_kien: object, loi_nhan: str) -> None:
    """Require ``dieu_kien`` to be true; otherwise stop with the Vietnamese hint ``loi_nhan``."""
    if not dieu_kien:
        raise ChuaDat(loi_nhan)


def friendly_error(ename: str, evalue: str) -> str:
    """One Vietnamese line for an error output (used in feedback instead of a traceback)."""
    if ename in ("ChuaDat", "AssertionError") and evalue:
        return f"❌ Chưa đạt: {evalue}"
    if ename in ("ChuaDat", "AssertionError"):
        return "❌ Chưa đạt."
    return f"❌ {_FRIENDLY.get(ename, 'Có lỗi khi chạy ô này')} ({ename})"


__all__ = ["ChuaDat", "friendly_error", "yeu_cau"]
