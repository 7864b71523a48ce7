"""Xã, phường hiện nay: the commune-level units of a province (Nghệ An since 1/7/2025) and how a typed name finds one.

One way of matching, for the trainer's roster and the learner's first widget alike: letter case, spaces, the Unicode
form, old and new tone placement (``hoà`` = ``hòa``), a "Xã"/"Phường" before the name and ", tỉnh Nghệ An" after it
do not matter; diacritics do (``Hùng Chân`` and ``Hùng Châu`` are two communes). A name typed without any diacritic
is matched by its letters only when asked (``without_diacritics``: a trainer's spreadsheet often has none);
otherwise it is only a suggestion (``closest``). The list comes from the package ``vietnam-provinces``.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from functools import cache

import vietnam_provinces as vp

from kynangso.text import fold, nfc

NGHE_AN = 40
# The four communes that replaced the former Quỳ Châu district (NQ 1678/NQ-UBTVQH15, 16/6/2025).
QUY_CHAU = ("Xã Quỳ Châu", "Xã Châu Tiến", "Xã Hùng Chân", "Xã Châu Bình")  # nội dung
_PREFIXES = ("Xã ", "Phường ", "Thị trấn ", "Đặc khu ")  # nội dung
_TONE_BEFORE_VOWEL = re.compile(r"([oOuU])([\u0300\u0301\u0303\u0309\u0323])([aAeEyY])")
_PREFIX = re.compile(r"^(xã|phường|thị trấn|đặc khu)\s+")  # nội dung
_PROVINCE_AFTER = re.compile(r"\s*,?\s*(tỉnh\s+)?nghệ an$")  # nội dung
_PLAIN_PREFIX = re.compile(r"^(xa|phuong|thi tran|dac khu)\s+")
_PLAIN_PROVINCE_AFTER = re.compile(r"\s*,?\s*(tinh\s+)?nghe an$")


@cache
def official_names(province_code: int = NGHE_AN) -> tuple[str, ...]:
    """Official names of the province's commune-level units today (``Xã Châu Bình``), sorted."""
    return tuple(sorted(w.name for w in vp.Ward.iter_all() if int(w.province_code) == province_code))


def short_name(official: str) -> str:
    """``Xã Châu Bình`` → ``Châu Bình``."""
    for prefix in _PREFIXES:
        if official.startswith(prefix):
            return official[len(prefix):]
    return official


def _key(text: str) -> str:
    """The name as compared: NFC, case folded, single spaces, one tone placement, no unit prefix, no province."""
    decomposed = unicodedata.normalize("NFD", " ".join(text.split()))
    key = nfc(_TONE_BEFORE_VOWEL.sub(r"\1\3\2", decomposed)).casefold()
    return _PROVINCE_AFTER.sub("", _PREFIX.sub("", key))


def _plain(text: str) -> str:
    """The compared name without diacritics; a prefix or province typed without diacritics is dropped too."""
    return _PLAIN_PROVINCE_AFTER.sub("", _PLAIN_PREFIX.sub("", fold(_key(text))))


@cache
def _by_key(names: tuple[str, ...]) -> dict[str, str]:
    return {_key(name): name for name in names}


@cache
def _by_plain(names: tuple[str, ...]) -> dict[str, str]:
    return {_plain(name): name for name in names}


def find_among(names: tuple[str, ...], text: str, *, without_diacritics: bool = False) -> str | None:
    """The one of ``names`` that ``text`` names, matched as :func:`find` matches (for a trainer's own unit list)."""
    typed = _key(text)
    if not typed:
        return None
    found = _by_key(names).get(typed)
    if found is None and without_diacritics and fold(typed) == typed:
        found = _by_plain(names).get(_plain(typed))
    return found


def closest_among(names: tuple[str, ...], text: str) -> str | None:
    """The one of ``names`` probably meant (same letters without diacritics, or a close spelling), else ``None``."""
    typed = _plain(text)
    plain = _by_plain(names)
    if typed in plain:
        return plain[typed]
    match = difflib.get_close_matches(typed, list(plain), n=1, cutoff=0.75)
    return plain[match[0]] if match else None


def find(text: str, province_code: int = NGHE_AN, *, without_diacritics: bool = False) -> str | None:
    """The official name of the unit ``text`` names (``châu bình``, ``Xã Châu Bình, Nghệ An``), or ``None``.

    With ``without_diacritics``, a name typed with no diacritic at all (``chau binh``) is matched by its letters.
    """
    return find_among(official_names(province_code), text, without_diacritics=without_diacritics)


def closest(text: str, province_code: int = NGHE_AN) -> str | None:
    """The unit probably meant (same letters without diacritics, or a close spelling), to suggest; else ``None``."""
    return closest_among(official_names(province_code), text)


@cache
def provinces() -> dict[int, str]:
    """Province code → official name (``40`` → ``Tỉnh Nghệ An``), the 34 provinces and cities since 1/7/2025."""
    return {int(p.code): p.name for p in vp.Province.iter_all()}


def province_code(text: str) -> int | None:
    """The code of the province ``text`` names (``Nghệ An``, ``tỉnh nghe an``, ``TP Hà Nội``), or ``None``."""
    plain = re.sub(r"^(tinh|thanh pho|tp\.?)\s+", "", fold(" ".join(text.split())))
    for code, name in provinces().items():
        if re.sub(r"^(tinh|thanh pho)\s+", "", fold(name)) == plain:
            return code
    return None


__all__ = ["NGHE_AN", "QUY_CHAU", "closest", "closest_among", "find", "find_among", "official_names", "province_code",
           "provinces", "short_name"]
