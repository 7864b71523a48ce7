"""The "Kiểm tra" button and the result box under it, one look and one wording for every widget that checks.

``check_button(self.check)`` makes the button (by default "Kiểm tra"; a widget whose button does something else names
it). The result box is a ``w.HTML`` whose value comes from ``right_box`` (✅, green), ``wrong_box`` (❌, the problems as
a list, the rule in italics, then "Sửa rồi bấm Kiểm tra lần nữa.") or ``info_box`` (neither). Their ``message`` is HTML
(a translated sentence may hold ``<b>``; values put into it are escaped by the caller); ``lines``, ``note`` and
``then`` are plain text and escaped here; ``more`` is HTML added after the list.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

import ipywidgets as w

from kynangso.i18n import _
from kynangso.widgets import theme


def check_button(on_click: Callable[[], object], label: str | None = None, *, icon: str = "check",
                 width: str = theme.BUTTON_WIDTH, height: str = theme.BUTTON_HEIGHT, **options: Any) -> w.Button:
    """The primary button of a widget ("Kiểm tra" unless ``label`` says otherwise); a click calls ``on_click()``."""
    button = w.Button(description=_("Kiểm tra") if label is None else label, button_style="primary", icon=icon,
                      layout=w.Layout(width=width, height=height), **options)
    button.on_click(lambda _button: on_click())
    return button


def _box(colour: str, mark: str, message: str, lines: Sequence[str], note: str, then: str, more: str,
         size: str) -> str:
    head = " ".join(part for part in (mark, message) if part)
    items = "".join(f"<li>{html.escape(line, quote=False)}</li>" for line in lines)
    body = f"{head}<ul>{items}</ul>{more}" if items else head + more
    tail = " ".join(part for part in (f"<i>{html.escape(note, quote=False)}</i>" if note else "",
                                      html.escape(then, quote=False)) if part)
    if tail:
        body += tail if items or more else " " + tail
    return f"<div style='font-size:{size};color:{colour};margin-top:{theme.GAP}'>{body}</div>"


def right_box(message: str, lines: Sequence[str] = (), *, mark: str = "✅", more: str = "",
              size: str = theme.FEEDBACK_SIZE) -> str:
    """A right (or accepted, saved) result: the mark, ``message``, then ``lines`` as a list."""
    return _box(theme.RIGHT, mark, message, lines, "", "", more, size)


def wrong_box(message: str | None = None, lines: Sequence[str] = (), *, note: str = "", then: str | None = None,
              mark: str = "❌", more: str = "", size: str = theme.FEEDBACK_SIZE) -> str:
    """A wrong result: the mark and ``message`` ("Chưa đúng:"), the problems, the rule (``note``), what to do next."""
    message = _("Chưa đúng:") if message is None else message
    then = _("Sửa rồi bấm Kiểm tra lần nữa.") if then is None else then
    return _box(theme.WRONG, mark, message, lines, note, then, more, size)


def info_box(message: str, lines: Sequence[str] = (), *, mark: str = "") -> str:
    """A result that is neither right nor wrong (a profile, a summary)."""
    return _box(theme.INFO, mark, message, lines, "", "", "", theme.FEEDBACK_SIZE)


__all__ = ["check_button", "info_box", "right_box", "wrong_box"]
