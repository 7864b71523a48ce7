"""Who is the same person across classes: the same roster id and name in the same unit, or (to be confirmed by the
coordinator) the same name, birth year and unit under another id.

A roster id is made from the name within one class (``lo-thi-hoa``), so two classes can give the same id to two
different people; the name, the unit and a birth year that does not disagree must match too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from kynangso.text import fold

SAME_ID = "ma"                   # same id, name and unit: merged without asking
SAME_NAME_YEAR_UNIT = "ten-nam"  # same name, birth year and unit under another id: merged, listed for confirmation
NEW = ""


@dataclass
class People:
    """The province's people, indexed for matching; ``added`` are the ones not yet saved."""

    by_id: dict[tuple[str, str, str], list[tuple[str, str]]] = field(default_factory=dict)
    by_name_year: dict[tuple[str, str, str], str] = field(default_factory=dict)
    taken: set[str] = field(default_factory=set)
    added: list[dict[str, str]] = field(default_factory=list)

    @classmethod
    def from_frames(cls, known: pd.DataFrame, memberships: pd.DataFrame) -> People:
        found = cls(taken=set(known["person"]))
        joined = memberships[["learner", "person"]].merge(known, on="person")
        for learner, person, name, unit, year in joined[["learner", "person", "name", "unit", "birth_year"]] \
                .itertuples(index=False, name=None):
            found._index(str(learner), str(person), str(name), str(unit), str(year or ""))
        return found

    def _index(self, learner: str, person: str, name: str, unit: str, birth_year: str) -> None:
        self.by_id.setdefault((learner, fold(name), unit), []).append((person, birth_year))
        if birth_year:
            self.by_name_year.setdefault((fold(name), birth_year, unit), person)

    def match(self, roster: pd.DataFrame, other_class: set[str]) -> list[tuple[str, str]]:
        """(person, how matched) for every roster row, adding new people; ``other_class``: people already in the
        class being merged cannot be matched twice."""
        out = []
        for learner, name, unit, position, birth_year in roster[
                ["ma_hoc_vien", "ho_ten", "don_vi", "chuc_vu", "nam_sinh"]].itertuples(index=False, name=None):
            person, how = self._find(str(learner), str(name), str(unit), str(birth_year), other_class)
            if not person:
                person = self._new_id(str(learner))
                self.added.append({"person": person, "name": name, "unit": unit, "position": position,
                                   "birth_year": birth_year})
            other_class.add(person)
            self._index(str(learner), person, str(name), str(unit), str(birth_year))
            out.append((person, how))
        return out

    def _find(self, learner: str, name: str, unit: str, birth_year: str, used: set[str]) -> tuple[str, str]:
        for person, year in self.by_id.get((learner, fold(name), unit), []):
            if person not in used and (not year or not birth_year or year == birth_year):
                return person, SAME_ID
        person = self.by_name_year.get((fold(name), birth_year, unit), "") if birth_year else ""
        if person and person not in used:
            return person, SAME_NAME_YEAR_UNIT
        return "", NEW

    def _new_id(self, learner: str) -> str:
        candidate, number = learner, 2
        while candidate in self.taken:
            candidate, number = f"{learner}~{number}", number + 1
        self.taken.add(candidate)
        return candidate


__all__ = ["NEW", "SAME_ID", "SAME_NAME_YEAR_UNIT", "People"]
