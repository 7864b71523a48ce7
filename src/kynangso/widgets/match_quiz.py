"""Ghép đôi: each item (a button icon, a term) gets a choice from a dropdown; "Kiểm tra" gives feedback."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kynangso.i18n import N_, _
from kynangso.widgets.case_sorter import Case, CaseSorter


@dataclass(frozen=True)
class Pair:
    """An item shown on the left, its right choice, and a hint shown when it is matched wrongly."""

    item: str
    answer: str
    hint: str = ""


class MatchQuiz(CaseSorter):
    """Match every item to one of ``options``. ``check(choices)`` does what the button does.

    It returns the 1-based numbers of wrong or unanswered items (empty list = all right). Feedback gives
    each wrong item's hint and the rule, never the right choice.
    """

    label = N_("Số")
    default_hint = N_("Đọc lại bảng ở trên.")

    def __init__(self, pairs: Sequence[Pair], options: Sequence[str], rule: str, item_width: str = "300px") -> None:
        self.pairs = list(pairs)
        super().__init__([Case(p.item, p.answer, p.hint) for p in pairs], options, rule,
                         item_width=item_width, box_width="480px", font_size="17px")

    def _success(self) -> str:
        return "✅ " + _("Đúng cả {so}. Rất tốt!").format(so=len(self.pairs))


__all__ = ["MatchQuiz", "Pair"]
