"""The course's place names (``profile.yml`` beside the catalogue): province, communes and their agencies.

Lessons take the communes they name from here, so a trainer of another commune changes one file. Lessons import it
under a short Vietnamese name: ``from kynangso.rules import place as dia_phuong`` then ``dia_phuong.xa(4)`` (the
fourth commune), ``dia_phuong.uy_ban(4)`` ("UBND xã Châu Bình"). The profile is found as the course is: beside the
catalogue of ``$KYNANGSO_COURSE``; else the first ``profile.yml`` in the folder the notebook runs in or one above
it, with or without a catalogue (released assignments and the learners' lessons folder carry a copy, so learners'
kernels and the grading kernel find it); else beside the kit's checkout. A course with a catalogue and no profile gets
the kit's own profile (the four communes of the former Quỳ Châu district), the same as the shipped ``profile.yml``.
Names are read at call time: a changed file is read again.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import yaml

from kynangso.i18n import _
from kynangso.text import nfc, slug

T = TypeVar("T")
_EDGE_BEFORE, _EDGE_AFTER = r"(?<![^\W_])", r"(?![^\W_])"  # not inside a word (letters, digits)

PROFILE_FILE = "profile.yml"
CATALOGUE_FILE = "catalogue.yml"
SO_XA_BAI_HOC = 4  # the lessons and exercises name four communes (commune 1 to 4 of the profile)


@dataclass(frozen=True)
class Profile:
    province_code: int
    province: str
    former_district: str
    communes: tuple[str, ...]  # short names, in the order lessons use them
    agency: str  # "UBND xã {xa}"


# The kit's own profile; the shipped profile.yml says the same (tests/test_place.py).
DEFAULT = Profile(province_code=40, province="Nghệ An", former_district="Quỳ Châu",  # nội dung
                  communes=("Quỳ Châu", "Châu Tiến", "Hùng Chân", "Châu Bình"), agency="UBND xã {xa}")  # nội dung


def parse(data: object, where: str) -> Profile:
    """A profile from its parsed YAML; a one-line Vietnamese error names what is wrong."""
    if not isinstance(data, dict):
        raise ValueError(_("{where}: hồ sơ địa phương trống hoặc sai dạng.").format(where=where))
    province = data.get("province") or {}
    communes = tuple(str(c).strip() for c in data.get("communes") or [] if str(c).strip())
    if not communes or not isinstance(province, dict) or not province.get("name"):
        raise ValueError(_("{where}: hồ sơ địa phương cần 'province' (code, name) và danh sách 'communes'.").format(
            where=where))
    return Profile(province_code=int(province.get("code") or 0), province=str(province["name"]),
                   former_district=str(data.get("former_district") or ""), communes=communes,
                   agency=str(data.get("agency") or DEFAULT.agency))


def find(start: Path | None = None) -> Path | None:
    """The profile file of the course the lesson belongs to, or ``None``."""
    if os.environ.get("KYNANGSO_COURSE"):
        course = Path(os.environ["KYNANGSO_COURSE"])
        if (course / CATALOGUE_FILE).is_file():
            return course / PROFILE_FILE if (course / PROFILE_FILE).is_file() else None
    here = (start or Path.cwd()).resolve()
    for folder in [here, *here.parents, Path(__file__).resolve().parents[3]]:
        if (folder / PROFILE_FILE).is_file():
            return folder / PROFILE_FILE
        if (folder / CATALOGUE_FILE).is_file():
            return None
    return None


@cache
def _load(path: Path | None, stamp: tuple[int, int] = (0, 0)) -> Profile:
    if path is None:
        return DEFAULT
    return parse(yaml.safe_load(path.read_text(encoding="utf-8")), str(path))


def ho_so(start: Path | None = None) -> Profile:
    """The course's profile (read again when the file changes)."""
    path = find(start)
    if path is None:
        return DEFAULT
    info = path.stat()
    return _load(path, (info.st_mtime_ns, info.st_size))


def xa(so: int) -> str:
    """The ``so``-th commune of the profile (from 1), without "Xã": ``xa(4)`` = ``"Châu Bình"``."""
    communes = ho_so().communes
    if not 1 <= so <= len(communes):
        raise ValueError(_("Hồ sơ địa phương chỉ có {n} xã.").format(n=len(communes)))
    return communes[so - 1]


def cac_xa() -> tuple[str, ...]:
    return ho_so().communes


def xa_bai_hoc() -> tuple[str, ...]:
    """The communes the lessons and their practice data name: the profile's first :data:`SO_XA_BAI_HOC`."""
    return tuple(xa(so) for so in range(1, SO_XA_BAI_HOC + 1))


def tinh() -> str:
    """The province's name: ``"Nghệ An"``."""
    return ho_so().province


def huyen_cu() -> str:
    """The former district the communes replaced (may be empty)."""
    return ho_so().former_district


def ten_chinh_thuc() -> tuple[str, ...]:
    """The communes' official names: ``"Xã Châu Bình"``."""
    return tuple(f"Xã {name}" for name in ho_so().communes)  # nội dung


def uy_ban(so: int) -> str:
    """The agency of the ``so``-th commune: ``"UBND xã Châu Bình"``."""
    return ho_so().agency.format(xa=xa(so))


# ---------------------------------------------------------------- written forms of the names, and rewriting them


def _nfc(text: str) -> str:
    return nfc(text) if text.strip() else text


def forms(profile: Profile, communes: int) -> list[tuple[str, str]]:
    """(what, text) of every written form of the profile's names, for its first ``communes`` communes.

    The former district with "huyện" ("huyện Quỳ Châu", "Huyện …", "HUYỆN …"), then for each commune its agency
    ("UBND xã Châu Bình"), its name, in upper case and as an ASCII slug ("chau-binh"), then the province. Not in lower
    case: "minh châu" is also in "Liên minh châu Âu".
    """
    found: list[tuple[str, str]] = []
    district = _nfc(profile.former_district)
    if district:
        found += [("huyen", f"huyện {district}"), ("Huyen", f"Huyện {district}"),  # nội dung
                  ("HUYEN", f"HUYỆN {district}".upper())]  # nội dung
    for number, name in enumerate(profile.communes[:communes], start=1):
        name = _nfc(name)
        found += [(f"ubnd{number}", _nfc(profile.agency.format(xa=name))), (f"xa{number}", name),
                  (f"XA{number}", name.upper()), (f"slug{number}", slug(name))]
    province = _nfc(profile.province)
    found += [("tinh", province), ("TINH", province.upper()), ("slug-tinh", slug(province))]
    return found


def table(old: Profile, new: Profile) -> dict[str, str]:
    """Old written form → new written form (for ``old``'s communes); ``ValueError`` when it could not be undone."""
    count = len(old.communes)
    pairs = dict(forms(old, count)), dict(forms(new, count))
    result: dict[str, str] = {}
    back: dict[str, str] = {}
    for what, before in pairs[0].items():
        after = pairs[1][what]
        if result.setdefault(before, after) != after or back.setdefault(after, before) != before:
            raise ValueError(_("Hồ sơ địa phương: hai tên khác nhau sẽ được viết giống nhau ('{ten}'); "
                               "hãy chọn tên khác để đổi được và đổi ngược lại được.").format(ten=after))
    return result


def pattern(texts: list[str]) -> re.Pattern[str]:
    """One expression matching any of ``texts`` as whole words, the longest first."""
    ordered = sorted(set(texts), key=lambda text: (-len(text), text))
    return re.compile(_EDGE_BEFORE + "(" + "|".join(re.escape(t) for t in ordered) + ")" + _EDGE_AFTER)


@cache
def _rewriting(new: Profile) -> tuple[re.Pattern[str], dict[str, str]] | None:
    if new == DEFAULT:
        return None
    mapping = table(DEFAULT, new)
    return pattern(list(mapping)), mapping


def theo_ho_so(value: T) -> T:
    """``value`` (text, or tuples, lists, dicts and dataclasses of texts) with the kit's own names replaced by the
    profile's, read now: practice data written for the four communes of the former Quỳ Châu district names the
    trainer's. The kit's own profile gives ``value`` back as it is."""
    rewriting = _rewriting(ho_so())
    return value if rewriting is None else _rewrite(value, *rewriting)


def module_attribute(namespace: dict[str, Any], written: Sequence[str], name: str) -> object:
    """A data module's ``__getattr__``: each name of ``written`` is the module's ``_NAME`` (written for the kit's own
    communes), given with the profile's names (read when asked)."""
    if name in written:
        return theo_ho_so(namespace[f"_{name}"])
    raise AttributeError(name)


def _rewrite(value: T, expression: re.Pattern[str], mapping: dict[str, str]) -> T:
    result: object = value
    if isinstance(value, str):
        result = expression.sub(lambda m: mapping[m.group(0)], value)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        result = dataclasses.replace(value, **{f.name: _rewrite(getattr(value, f.name), expression, mapping)
                                               for f in dataclasses.fields(value) if f.init})
    elif isinstance(value, tuple) and hasattr(value, "_fields"):  # a named tuple
        result = type(value)(*(_rewrite(item, expression, mapping) for item in value))
    elif isinstance(value, (tuple, list)):
        result = type(value)(_rewrite(item, expression, mapping) for item in value)
    elif isinstance(value, dict):
        result = {key: _rewrite(item, expression, mapping) for key, item in value.items()}
    return result  # type: ignore[return-value]


__all__ = ["DEFAULT", "SO_XA_BAI_HOC", "Profile", "cac_xa", "find", "forms", "ho_so", "huyen_cu", "module_attribute",
           "parse", "pattern", "table", "ten_chinh_thuc", "theo_ho_so", "tinh", "uy_ban", "xa", "xa_bai_hoc"]
