"""Can a submitted file be graded at all? One answer for ``collect`` (said at once) and ``grade`` (recorded)."""

from __future__ import annotations

import json

import nbformat

from kynangso.i18n import _


def problem(data: bytes) -> str:
    """Why these bytes cannot be graded as a notebook ('' when they can): empty, broken, not a notebook, or a
    notebook without grade cells (neither the kit's nor nbgrader's)."""
    if not data.strip():
        return _("tệp rỗng (0 byte): có thể bị cắt ngang khi chép hoặc tải về; hãy nhờ học viên gửi lại")
    try:
        content = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return _("tệp bị hỏng, không mở được (có thể bị cắt ngang khi chép hoặc tải về)")
    if not isinstance(content, dict) or not isinstance(content.get("cells"), list):
        return _("tệp không phải sổ tay Jupyter (không có ô nào)")
    try:
        nb = nbformat.reads(json.dumps(content), as_version=4)
    except Exception as exc:
        return _("tệp không phải sổ tay Jupyter hợp lệ ({kind})").format(kind=exc.__class__.__name__)
    if not any(isinstance(cell.get("metadata", {}).get("nbgrader"), dict) for cell in nb.cells):
        return _("sổ tay đã mất thông tin chấm điểm (có thể đã bị chép sang sổ tay mới); cần chấm tay")
    return ""


__all__ = ["problem"]
