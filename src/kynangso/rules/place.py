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

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from kynangso.i18n import _

PROFILE_FILE = "profile.yml"
CATALOGUE_FILE = "catalogue.yml"


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


def ten_chinh_thuc() -> tuple[str, ...]:
    """The communes' official names: ``"Xã Châu Bình"``."""
    return tuple(f"Xã {name}" for name in ho_so().communes)  # nội dung


def uy_ban(so: int) -> str:
    """The agency of the ``so``-th commune: ``"UBND xã Châu Bình"``."""
    return ho_so().agency.format(xa=xa(so))


__all__ = ["DEFAULT", "Profile", "cac_xa", "find", "ho_so", "parse", "ten_chinh_thuc", "uy_ban", "xa"]
