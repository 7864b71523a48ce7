"""Which assignment and which learner a handed-in file is, whatever it was renamed to.

A notebook released by the kit carries a stamp (``metadata.kynangso``); without one, the words of the file's path
are matched to the catalogue and the roster, ignoring case and diacritics. Used by ``collect``.
"""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path

from kynangso.course.catalogue import Assignment, Catalogue
from kynangso.course.learners import Learner
from kynangso.i18n import _
from kynangso.rules.communes import short_name
from kynangso.text import fold, nfc


def _words(text: str) -> str:
    """Folded text with every run of non-letters turned into one space, padded with spaces."""
    return " " + re.sub(r"[^a-z0-9]+", " ", fold(nfc(text))).strip() + " "


def _stamp(data: bytes) -> dict[str, str]:
    try:
        meta = json.loads(data.decode("utf-8")).get("metadata", {}).get("kynangso", {})
        return meta if isinstance(meta, dict) else {}
    except (UnicodeDecodeError, json.JSONDecodeError, AttributeError):
        return {}


def assignment_of(name: str, data: bytes, catalogue: Catalogue) -> str | None:
    """The assignment a handed-in notebook is: by the stamp ``release`` wrote, else by words of its file name."""
    stamped = _stamp(data).get("assignment")
    ids = {a.id for a in catalogue.assignments}
    if stamped in ids:
        return stamped
    words = _words(name)
    for a in catalogue.assignments:
        if _words(a.id) in words or any(_words(n) in words for n in a.notebook_ids):
            return a.id
    numbered = re.search(r" bai (?:tap )?0*(\d+) ", words)
    for a in catalogue.assignments:
        if numbered and catalogue.module_of(a.id).number == int(numbered[1]):
            return a.id
    return None


def notebook_of(name: str, data: bytes, assignment: Assignment) -> str | None:
    """Which notebook of the assignment a handed-in file is (its file name in ``solutions/``), or ``None`` if unclear.

    The stamp ``release`` wrote says it; else the only notebook; else the one notebook whose name is in the file's
    name (the longest, so ``bai-1-phan-2`` is not taken for ``bai-1``).
    """
    stamped = _stamp(data).get("notebook")
    by_stem = {Path(n).stem: n for n in assignment.notebooks}
    if stamped in by_stem:
        return by_stem[str(stamped)]
    if len(assignment.notebooks) == 1:
        return assignment.notebook
    words = _words(Path(name).name)
    hits = [n for n in assignment.notebooks if _words(Path(n).stem) in words]
    if not hits:
        return None
    longest = max(len(_words(Path(n).stem)) for n in hits)
    best = [n for n in hits if len(_words(Path(n).stem)) == longest]
    return best[0] if len(best) == 1 else None


def nbgrader_folder(origin: str, catalogue: Catalogue, roster: list[Learner]) -> tuple[Learner, str] | None:
    """Learner and assignment of a file kept the way nbgrader keeps submissions: ``<id>/<assignment>/<nb>.ipynb``."""
    parts = origin.replace("!", "/").replace("\\", "/").split("/")
    if len(parts) < 3:
        return None
    learner_id, assignment_id = parts[-3], parts[-2]
    by_id = {x.id: x for x in roster}
    if learner_id in by_id and assignment_id in {a.id for a in catalogue.assignments}:
        return by_id[learner_id], assignment_id
    return None


def learner_of(name: str, data: bytes, roster: list[Learner]) -> tuple[Learner | None, str]:
    """The learner a file is from (stamp, id or name in its path; the unit breaks a tie), or why it is unclear."""
    stamped = _stamp(data).get("learner")
    by_id = {x.id: x for x in roster}
    if stamped in by_id:
        return by_id[stamped], ""
    text = _words(name)
    hits = [x for x in roster if _words(x.name) in text or _words(x.id) in text]
    if len(hits) == 1:
        return hits[0], ""
    if len(hits) > 1:
        longest = max(len(_words(x.name)) for x in hits)
        best = [x for x in hits if len(_words(x.name)) == longest]
        if len(best) > 1:  # same name in several units: the unit written in the file name decides
            best = [x for x in best if _words(short_name(x.unit)) in text] or best
        if len(best) == 1:
            return best[0], ""
        listed = "; ".join(_("{ten} ({don_vi}, mã {ma})").format(ten=x.name, don_vi=x.unit, ma=x.id) for x in best)
        return None, _("tên trùng với nhiều học viên: {listed}").format(listed=listed)
    by_name = {fold(x.name): x for x in roster}
    close = difflib.get_close_matches(fold(Path(name).stem), list(by_name), n=1, cutoff=0.5)
    if close:
        guess = by_name[close[0]]
        return None, _("không nhận ra học viên từ tên tệp — có phải {ten} (mã {ma})?").format(ten=guess.name,
                                                                                             ma=guess.id)
    return None, _("không nhận ra học viên từ tên tệp")


__all__ = ["assignment_of", "learner_of", "nbgrader_folder", "notebook_of"]
