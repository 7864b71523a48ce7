"""An IPython extension for learners' kernels: one plain Vietnamese line instead of a Python traceback.

``kynangso lab`` and the workshop hub start kernels with ``--ext=kynangso.learner.friendly_errors``. For the slips that
non-programmers make — a missing quote, text typed without quotes, a number with a leading zero, a name that
does not exist yet because a cell above was not run, a table column typed wrongly — the learner sees one line
saying what to do, with the original error folded under "Xem chi tiết". The cell still ends in an error, so
"Run all" stops there as before.

While nbgrader grades (``NBGRADER_EXECUTION`` is set) the extension does nothing: the real error must reach
the grader and fail the test.
"""

from __future__ import annotations

import difflib
import html
import os
import re
import sys
import traceback
from types import TracebackType
from typing import Any

from kynangso.i18n import _

_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
_NON_ASCII_WORD = re.compile(r"[^\x00-\x7f]")
_SMART_QUOTES = "“”‘’„«»"


def _line_of(error: SyntaxError) -> str:
    return _("dòng {dong}").format(dong=error.lineno) if error.lineno else _("ô này")


def _outside_quotes(text: str) -> str:
    return re.sub(r"(\"[^\"]*\"|'[^']*')", "", text)


def syntax_hint(error: SyntaxError) -> str:
    """One line for a syntax error: what is wrong and how to fix it."""
    message = str(error.msg or "")
    code = (error.text or "").strip()
    where = _line_of(error)
    if isinstance(error, IndentationError):
        return _("{o_dau} thụt lề sai: xóa các dấu cách ở đầu dòng cho thẳng hàng với các dòng trên.").format(
            o_dau=where.capitalize())
    if "leading zeros" in message:
        return _("Số không viết số 0 ở đầu ({o_dau}). Nếu đây là chữ, ví dụ số ký hiệu \"09/QĐ-UBND\", hãy đặt nó "
                 "trong dấu ngoặc kép \" \".").format(o_dau=where)
    if "unterminated string" in message or "EOL while scanning" in message or "unterminated triple" in message:
        return _("Thiếu dấu ngoặc kép đóng ({o_dau}): chữ phải nằm giữa hai dấu ngoặc kép, ví dụ \"Tờ trình\".").format(
            o_dau=where)
    smart = next((c for c in code if c in _SMART_QUOTES), "")
    if smart:
        return _("Dấu {ky_tu} ({o_dau}) là dấu ngoặc cong của điện thoại hoặc Word; máy chỉ hiểu dấu ngoặc kép "
                 "thẳng \". Hãy gõ lại dấu đó.").format(ky_tu=smart, o_dau=where)
    if _NON_ASCII_WORD.search(_outside_quotes(code)):
        return _("Chữ tiếng Việt phải đặt trong dấu ngoặc kép ({o_dau}), ví dụ \"Tờ trình\".").format(o_dau=where)
    if any(word in message for word in ("never closed", "does not match", "unmatched", "incomplete input")):
        return _("Dấu ngoặc ( ) [ ] chưa khớp nhau ({o_dau}): mỗi dấu mở cần một dấu đóng.").format(o_dau=where)
    return _("Máy không hiểu cách viết ở {o_dau}: kiểm tra dấu ngoặc, dấu phẩy, và đặt chữ trong dấu ngoặc "
             "kép.").format(o_dau=where)


def name_hint(name: str, known: list[str]) -> str:
    """One line for a name that does not exist: text without quotes, or a cell above not run yet."""
    if _NON_ASCII_WORD.search(name):
        return _("Máy hiểu “{ten}” là tên của một biến. Nếu bạn muốn ghi chữ, hãy đặt trong dấu ngoặc kép: "
                 "\"{ten}\".").format(ten=name)
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.75)
    if close:
        return _("Chưa có “{ten}”. Có phải bạn muốn gõ “{gan}”?").format(ten=name, gan=close[0])
    return _("Chưa có “{ten}”: hãy chạy các ô phía trên trước (trình đơn Chạy → Chạy các ô phía trên), rồi chạy lại ô "
             "này.").format(ten=name)


def column_hint(column: object, columns: list[str]) -> str:
    """One line for a table column that does not exist, with the nearest real column."""
    wanted = str(column)
    folded = {c.casefold(): c for c in columns}
    close = difflib.get_close_matches(wanted.casefold(), list(folded), n=1, cutoff=0.5)
    if close:
        return _("Bảng không có cột “{cot}”. Có phải cột “{gan}”? Tên cột phải gõ đúng từng dấu.").format(
            cot=wanted, gan=folded[close[0]])
    return _("Bảng không có cột “{cot}”. Các cột có: {cac_cot}.").format(cot=wanted, cac_cot=", ".join(columns))


def _table_columns(tb: TracebackType | None) -> list[str] | None:
    """The columns of the table a KeyError came from (a pandas ``DataFrame`` seen in the traceback), if any."""
    frames = list(traceback.walk_tb(tb))
    for frame, _lineno in reversed(frames):
        owner: Any = frame.f_locals.get("self")
        if type(owner).__name__ == "DataFrame" and hasattr(owner, "columns"):
            return [str(c) for c in owner.columns]
    return None


def hint(etype: type[BaseException], value: BaseException, tb: TracebackType | None, known: list[str]) -> str:
    """The one Vietnamese line for an error."""
    if isinstance(value, SyntaxError):
        return syntax_hint(value)
    if isinstance(value, NameError) and getattr(value, "name", None):
        return name_hint(str(value.name), known)
    if isinstance(value, KeyError):
        columns = _table_columns(tb)
        if columns is not None and value.args:
            return column_hint(value.args[0], columns)
    if isinstance(value, ModuleNotFoundError):
        return _("Máy này thiếu gói “{goi}”: hãy báo giảng viên.").format(goi=value.name)
    if isinstance(value, ZeroDivisionError):
        return _("Phép chia cho 0: kiểm tra số ở mẫu số (số đứng sau dấu /).")
    return _("Ô này chưa chạy được ({loai}). Đọc lại dòng vừa sửa; bấm “Xem chi tiết” nếu cần.").format(
        loai=etype.__name__)


def render(line: str, details: str) -> dict[str, str]:
    """The display bundle: the line, and the original error folded under "Xem chi tiết"."""
    more = html.escape(_("Xem chi tiết (dành cho người quen lập trình)"))
    page = (f"<div style='font-size:17px;color:#9a3412;padding:4px 0'><b>❌ {html.escape(line)}</b>"
            f"<details style='font-size:13px;color:#334155;margin-top:4px'><summary>{more}</summary>"
            f"<pre style='white-space:pre-wrap'>{html.escape(details)}</pre></details></div>")
    return {"text/plain": f"❌ {line}", "text/html": page}


def _show(shell: Any, etype: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    from IPython.display import publish_display_data

    known = [k for k in shell.user_ns if not k.startswith("_")]
    details = "".join(traceback.format_exception(etype, value, tb))
    publish_display_data(render(hint(etype, value, tb, known), details))


def _on_error(shell: Any, etype: type[BaseException], value: BaseException, tb: TracebackType | None,
              tb_offset: int | None = None) -> None:
    if hasattr(value, "_render_traceback_"):  # the kit's own checks already speak in one line
        shell.showtraceback((etype, value, tb), tb_offset=tb_offset)
        return
    _show(shell, etype, value, tb.tb_next if tb is not None else None)


def load_ipython_extension(shell: Any) -> None:
    """Turn errors into one Vietnamese line in this kernel (not while nbgrader grades)."""
    if os.environ.get("NBGRADER_EXECUTION"):
        return
    shell.set_custom_exc((Exception,), _on_error)

    def showsyntaxerror(filename: str | None = None, running_compiled_code: bool = False) -> None:
        etype, value, _tb = sys.exc_info()
        if etype is None or value is None:
            return
        _show(shell, etype, value, None)

    shell.showsyntaxerror = showsyntaxerror


def unload_ipython_extension(shell: Any) -> None:
    shell.set_custom_exc((), None)
    if "showsyntaxerror" in vars(shell):
        del shell.showsyntaxerror


__all__ = ["column_hint", "hint", "load_ipython_extension", "name_hint", "render", "syntax_hint"]
