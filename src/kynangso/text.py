"""Vietnamese text helpers: NFC, matching without diacritics, ASCII slugs, Vietnamese name order."""

from __future__ import annotations

import unicodedata
from functools import cache

from slugify import slugify

# Vietnamese alphabet order (a ă â b c d đ e ê …), tones after the base letter in the usual dictionary order.
_LETTERS = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"  # nội dung
_TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]  # ngang, huyền, hỏi, ngã, sắc, nặng


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


def strip_marks(text: str) -> str:
    """The text without Vietnamese diacritics, case and spaces kept (``QĐ`` → ``QD``, ``Châu`` → ``Chau``)."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))  # nội dung
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def fold(text: str) -> str:
    """Lower case without diacritics and with single spaces, for forgiving comparisons (đ → d)."""
    return " ".join(strip_marks(text).casefold().split())


def slug(text: str) -> str:
    """An ASCII id such as ``nguyen-van-an`` (safe for nbgrader: no spaces, '+', '*' or upper case)."""
    return slugify(text.replace("đ", "d").replace("Đ", "D"), separator="-")  # nội dung


def _letter_key(char: str) -> tuple[int, int]:
    decomposed = unicodedata.normalize("NFD", char.lower())
    base, marks = decomposed[:1], decomposed[1:]
    tone = next((i for i, t in enumerate(_TONES) if t and t in marks), 0)
    shape = "".join(m for m in marks if m not in _TONES)
    letter = nfc(base + shape)
    return (_LETTERS.index(letter) if letter in _LETTERS else 100 + ord(letter[0]), tone)


@cache  # a province's 10,000 names share a few hundred words
def word_key(word: str) -> tuple[tuple[int, int], ...]:
    return tuple(_letter_key(c) for c in nfc(word))


def name_key(full_name: str) -> tuple[tuple[tuple[int, int], ...], ...]:
    """Sort key for Vietnamese names: given name first, then family and middle names, in Vietnamese letter order."""
    words = nfc(full_name).split()
    if not words:
        return ()
    return tuple(word_key(w) for w in [words[-1], *words[:-1]])


__all__ = ["fold", "name_key", "nfc", "slug", "word_key"]
