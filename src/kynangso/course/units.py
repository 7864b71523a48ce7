"""Reference list of current commune-level units (Nghệ An after 1/7/2025), from the vietnam-provinces package."""

from __future__ import annotations

from functools import cache

import vietnam_provinces as vp

from kynangso.text import fold, nfc

NGHE_AN = 40
# The four communes that replaced the former Quỳ Châu district (NQ 1678/NQ-UBTVQH15, 16/6/2025).
QUY_CHAU_COMMUNES = ("Xã Quỳ Châu", "Xã Châu Tiến", "Xã Hùng Chân", "Xã Châu Bình")  # nội dung


@cache
def communes(province_code: int = NGHE_AN) -> dict[str, str]:
    """Folded short name (``quy chau``) → official name (``Xã Quỳ Châu``) for one province."""
    names = {}
    for ward in vp.Ward.iter_all():
        if int(ward.province_code) == province_code:
            names[fold(_short(ward.name))] = ward.name
    return names


def _short(name: str) -> str:
    for prefix in ("Xã ", "Phường ", "Thị trấn ", "Đặc khu "):  # nội dung
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def canonical_unit(text: str, province_code: int = NGHE_AN) -> str | None:
    """The official commune name for what a trainer typed ("quy chau", "xã Quỳ Châu"), or ``None``.

    Text typed with diacritics must match them exactly (old "Châu Bính" is not today's "Châu Bình");
    text typed without any diacritics matches by letters alone.
    """
    typed = _short(nfc(" ".join(text.split())).title())
    official = communes(province_code).get(fold(typed))
    if official is None:
        return None
    if typed.casefold() == _short(official).casefold() or typed.casefold() == fold(typed):
        return official
    return None


def suggest_unit(text: str, province_code: int = NGHE_AN) -> str | None:
    """The closest official commune name, to suggest when a unit is misspelt."""
    import difflib

    key = fold(_short(text))
    match = difflib.get_close_matches(key, list(communes(province_code)), n=1, cutoff=0.6)
    return communes(province_code)[match[0]] if match else None


def short_name(official: str) -> str:
    return _short(official)


__all__ = ["NGHE_AN", "QUY_CHAU_COMMUNES", "canonical_unit", "communes", "short_name", "suggest_unit"]
