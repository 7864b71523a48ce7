"""Reading notebooks out of zip files that learners or messaging apps produced, without trusting them.

Nothing from a zip is ever written under the name it carries (``collect`` names files by content hash),
so path traversal cannot place a file; these limits also keep a hostile or broken zip from filling memory
or disk: at most ``MAX_MEMBERS`` entries, ``MAX_NOTEBOOK`` bytes per notebook, ``MAX_TOTAL`` bytes per zip,
and a compression ratio no notebook reaches (a "zip bomb"). Sizes are counted while decompressing, not
taken from the zip's own header, which can lie.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from kynangso.i18n import _
from kynangso.learner.answers import SUFFIX as ANSWERS_SUFFIX

MAX_MEMBERS = 2000
MAX_NOTEBOOK = 20 * 1024 * 1024
MAX_TOTAL = 200 * 1024 * 1024
MAX_RATIO = 200  # real notebooks compress about 3–10 times; a bomb compresses thousands of times
_CHUNK = 1024 * 1024


@dataclass
class Member:
    """One notebook found in a zip, or the reason it was refused (``data`` is then empty)."""

    name: str
    data: bytes
    modified: datetime
    problem: str = ""


def _suspicious_name(name: str) -> bool:
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return name.startswith(("/", "\\")) or ".." in parts or (len(name) > 1 and name[1] == ":")


def _read_bounded(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> bytes | None:
    """The member's bytes, or None as soon as more than ``budget`` bytes come out."""
    out = bytearray()
    with archive.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            out += chunk
            if len(out) > budget:
                return None
    return bytes(out)


def _stamp(info: zipfile.ZipInfo) -> datetime:
    try:
        return datetime(*info.date_time, tzinfo=UTC)
    except ValueError:  # a zero or invalid date in the header
        return datetime(1980, 1, 1, tzinfo=UTC)


def notebooks(path: Path) -> Iterator[Member]:
    """Every ``.ipynb`` (and answers file) in the zip at ``path``, each with its bytes or a Vietnamese reason."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        yield Member(path.name, b"", datetime.now(UTC),
                     _("tệp zip bị hỏng hoặc không phải zip; hãy nhờ học viên nén lại"))
        return
    with archive:
        infos = [i for i in archive.infolist() if not i.is_dir() and "__MACOSX" not in i.filename]
        if len(infos) > MAX_MEMBERS:
            yield Member(path.name, b"", datetime.now(UTC),
                         _("tệp zip có {so} tệp, quá {toi_da}; hãy chỉ nén các bài nộp").format(so=len(infos),
                                                                                    toi_da=MAX_MEMBERS))
            return
        total = 0
        for info in infos:
            if not info.filename.lower().endswith((".ipynb", ANSWERS_SUFFIX)):
                continue
            name, stamp = info.filename, _stamp(info)
            if info.flag_bits & 0x1:
                yield Member(name, b"", stamp,
                             _("tệp trong zip có mật khẩu; hãy nhờ học viên nén lại không đặt mật khẩu"))
                continue
            if _suspicious_name(name):
                name = PurePosixPath(name.replace("\\", "/")).name  # only the bare name is ever used
            budget = min(MAX_NOTEBOOK, MAX_TOTAL - total, MAX_RATIO * max(info.compress_size, 1024))
            try:
                data = _read_bounded(archive, info, budget)
            except (zipfile.BadZipFile, zlib.error, OSError, NotImplementedError, EOFError, RuntimeError):
                yield Member(name, b"", stamp, _("tệp trong zip bị hỏng; hãy nhờ học viên nén và gửi lại"))
                continue
            if data is None:
                yield Member(name, b"", stamp, _("tệp trong zip quá lớn so với một bài tập (có thể là zip độc hại)"))
                if total + budget >= MAX_TOTAL:
                    return
                continue
            total += len(data)
            yield Member(name, data, stamp)


__all__ = ["MAX_MEMBERS", "MAX_NOTEBOOK", "MAX_RATIO", "MAX_TOTAL", "Member", "notebooks"]
