"""Trả lời ngắn: a text box; the answer is compared without minding case, extra spaces or Unicode form."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kynangso.i18n import _
from kynangso.text import nfc
from kynangso.widgets.question import TypedQuestion


def normalise(text: str, exact_case: bool = False) -> str:
    """The text as compared: NFC (macOS and Windows type Vietnamese differently), single spaces, case folded."""
    joined = " ".join(nfc(text).split())
    return joined if exact_case else joined.casefold()


class ShortText(TypedQuestion):
    """Type a short answer; Enter (or leaving the box) checks it. ``answer("…")`` types it; ``check()`` is the button.

    ``key`` is the right answer or a list of accepted answers; ``exact_case=True`` also compares upper and
    lower case (for symbols such as ``QĐ-UBND``).
    """

    def __init__(self, question_id: str, prompt: str, *, key: str | Iterable[str] | None = None, rule: str = "",
                 hint: str = "", exact_case: bool = False, placeholder: str = "",
                 answers_file: Path | None = None) -> None:
        accepted = None if key is None else ([key] if isinstance(key, str) else list(key))
        self.exact_case = exact_case
        box = self._typed_box(placeholder or _("Gõ câu trả lời rồi bấm Enter"), "520px")
        super().__init__(question_id, prompt, [box], key=accepted, rule=rule, hint=hint, answers_file=answers_file)


    @property
    def value(self) -> str | None:
        text = " ".join(nfc(self.box.value).split())
        return text or None

    def _show(self, value: Any) -> None:
        if not isinstance(value, str):
            raise TypeError(_("Câu trả lời phải là chữ."))
        self.box.value = value

    def _is_right(self, value: Any) -> bool:
        return normalise(value, self.exact_case) in {normalise(k, self.exact_case) for k in self.key}


__all__ = ["ShortText", "normalise"]
