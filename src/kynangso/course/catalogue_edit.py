"""Adding to ``catalogue.yml`` without losing what a person wrote in it: new modules go at the end of the
``modules:`` list and a release option into ``release:``, as text; the comments and the order of the rest stay.

Used by ``kynangso import-course`` and ``kynangso new-module``; the result is read back with
:func:`~kynangso.course.catalogue.load_catalogue`, so a catalogue the kit cannot read is never left behind.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from kynangso.course.catalogue import Catalogue, load_catalogue
from kynangso.errors import KitError
from kynangso.i18n import _

_TOP_KEY = re.compile(r"^[A-Za-z_][\w-]*\s*:")
_INDENT = "  "


def _top_key_line(lines: list[str], key: str) -> int | None:
    for index, line in enumerate(lines):
        if re.match(rf"^{re.escape(key)}\s*:", line):
            return index
    return None


def _block_end(lines: list[str], start: int) -> int:
    """The index after the last line of the top-level block starting at ``start`` (trailing blank lines excluded)."""
    end = start + 1
    while end < len(lines) and not _TOP_KEY.match(lines[end]):
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return end


def _entries_text(entries: list[dict[str, Any]]) -> list[str]:
    dumped = yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=1000, default_flow_style=None)
    return [_INDENT + line if line else line for line in dumped.splitlines()]


def add_modules(path: Path, entries: list[dict[str, Any]]) -> Catalogue:
    """Append module ``entries`` to the ``modules:`` list of the catalogue at ``path``; the catalogue as read back."""
    before = path.read_text(encoding="utf-8")
    lines = before.splitlines()
    start = _top_key_line(lines, "modules")
    if start is None:
        lines += ["", "modules:", *_entries_text(entries)]
    else:
        if re.match(r"^modules\s*:\s*\[\s*\]\s*(#.*)?$", lines[start]):
            lines[start] = "modules:"
        end = _block_end(lines, start)
        lines[end:end] = _entries_text(entries)
    return _write_checked(path, before, lines)


def set_release_option(path: Path, key: str, value: str) -> Catalogue:
    """Set ``release.<key>`` in the catalogue at ``path`` (the section is made if missing)."""
    before = path.read_text(encoding="utf-8")
    lines = before.splitlines()
    line = f"{_INDENT}{key}: {yaml.safe_dump(value, allow_unicode=True, width=1000).splitlines()[0]}"
    start = _top_key_line(lines, "release")
    if start is None:
        lines += ["", "# Tùy chọn phát bài riêng của khóa học.", "release:", line]  # nội dung
    else:
        end = _block_end(lines, start)
        kept = [existing for existing in lines[start + 1:end] if not re.match(rf"^\s+{re.escape(key)}\s*:", existing)]
        lines[start + 1:end] = [*kept, line]
    return _write_checked(path, before, lines)


def _write_checked(path: Path, before: str, lines: list[str]) -> Catalogue:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    try:
        return load_catalogue(path)
    except KitError as exc:
        path.write_text(before, encoding="utf-8")
        raise KitError(_("Không ghi được vào catalogue.yml (tệp được giữ nguyên): {loi}").format(loi=exc)) from exc


__all__ = ["add_modules", "set_release_option"]
