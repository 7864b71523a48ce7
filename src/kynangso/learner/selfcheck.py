"""Checks that learners see: short Vietnamese messages instead of Python tracebacks.

Test cells in assignments call :func:`yeu_cau` ("require"); when a condition fails it raises
:class:`ChuaDat`, which Jupyter shows as one friendly line (through IPython's ``_render_traceback_``)
while nbgrader still records an error and gives the question zero points.
"""

from __future__ import annotations

from kynangso.i18n import N_, _

_FRIENDLY = {
    "NameError": N_("Chưa có câu trả lời này. Bạn đã chạy ô trả lời phía trên (bấm ▶ hoặc Shift+Enter) chưa?"),
    "SyntaxError": N_("Câu trả lời viết chưa đúng dạng: kiểm tra dấu ngoặc kép \" \" và dấu ngoặc ( )."),
    "TypeError": N_("Câu trả lời chưa đúng kiểu: ví dụ chữ phải đặt trong dấu ngoặc kép, số thì không."),
    "ValueError": N_("Giá trị của câu trả lời chưa hợp lệ."),
    "NotImplementedError": N_("Bạn chưa trả lời câu này."),
    "CellTimeoutError": N_("Ô này chạy quá lâu nên đã bị dừng."),
    "DeadKernelError": N_("Sổ tay bị dừng đột ngột khi chạy ô này."),
}
_OTHER = N_("Có lỗi khi chạy ô này")
# Errors the grader itself writes into a cell, their value already one Vietnamese line for the learner.
TAMPERING = "CanThiepChamBai"   # an answer cell not run because it acted on the grading
STOPPED = "BaiDungKhiCham"      # the cell where a run stopped (kernel died, time ran out)
NOT_RUN = "ChuaChayViBaiDung"   # a later cell, not run because the run had stopped
_GRADER_NOTES = (TAMPERING, STOPPED, NOT_RUN)


class ChuaDat(AssertionError):
    """A check that did not pass; shown to the learner as one line in Vietnamese."""

    def _render_traceback_(self) -> list[str]:
        return ["❌ " + _("Chưa đạt") + f": {self}"]


def yeu_cau(dieu_kien: object, loi_nhan: str) -> None:
    """Require ``dieu_kien`` to be true; otherwise stop with the Vietnamese hint ``loi_nhan``."""
    if not dieu_kien:
        raise ChuaDat(loi_nhan)


def friendly_error(ename: str, evalue: str) -> str:
    """One Vietnamese line for an error output (used in feedback instead of a traceback)."""
    if ename in ("ChuaDat", "AssertionError") and evalue:
        return "❌ " + _("Chưa đạt") + f": {evalue}"
    if ename in ("ChuaDat", "AssertionError"):
        return "❌ " + _("Chưa đạt") + "."
    if ename in _GRADER_NOTES and evalue:
        return "❌ " + evalue
    return "❌ " + _(_FRIENDLY.get(ename, _OTHER)) + f" ({ename})"


__all__ = ["NOT_RUN", "STOPPED", "TAMPERING", "ChuaDat", "friendly_error", "yeu_cau"]
