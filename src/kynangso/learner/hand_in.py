"""Hand in from app mode: the answers go into the notebook file, then the notebook goes through the exchange.

In JupyterLab the kit's extension writes every answer into the open notebook; an exercise opened as an app (Voilà)
has no JupyterLab, so its answers are kept in the answers file beside the notebook (:mod:`kynangso.learner.answers`).
``keep_in_notebook`` writes them into the notebook's metadata on the server, as the extension would have, so the
trainer's ``collect`` sees the same ``.ipynb`` as from JupyterLab. ``submit_command`` is nbgrader's own Submit (with
the exchange and the learner's id from the learner's nbgrader settings), run in a separate process so that the kernel
never loads nbgrader. Standard library only: this module is loaded in the learner's kernel.
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from kynangso.learner import answers

RECEIPT_FILE = ".nop-bai.json"  # in the assignment folder: when the learner last handed in, and the receipt code


@dataclass(frozen=True)
class Receipt:
    """What the learner is shown after handing in."""

    assignment: str
    time: datetime
    code: str
    answered: int


def keep_in_notebook(notebook: Path) -> int:
    """Write every answer known for ``notebook`` into its metadata (newest wins); return how many it holds."""
    document: dict[str, Any] = json.loads(notebook.read_text(encoding="utf-8"))
    in_file = answers.file_entries(answers.for_notebook(notebook))
    entries = answers.newest(answers.entries_in_notebook(document), in_file)
    meta = document.setdefault("metadata", {})
    kept = meta.get(answers.METADATA_KEY)
    kept = kept if isinstance(kept, dict) else {}
    kept["tra_loi"] = dict(sorted(entries.items()))
    meta[answers.METADATA_KEY] = kept
    answers.write_atomically(notebook, json.dumps(document, ensure_ascii=False, indent=1) + "\n", prefix=".nop-bai-")
    return len(entries)


def keep_in_exercise(notebook: Path) -> int:
    """``keep_in_notebook`` for ``notebook`` and every other notebook of its assignment folder (nbgrader's Submit
    hands in the whole folder); return how many answers they hold. Another notebook that cannot be read is handed in
    as it is."""
    count = keep_in_notebook(notebook)
    for other in sorted(notebook.parent.glob("*.ipynb")):
        if other.name != notebook.name:
            try:
                count += keep_in_notebook(other)
            except (OSError, ValueError):
                continue
    return count


def receipt_code(data: bytes, when: datetime) -> str:
    """A short code the learner can read out (8 letters and digits, in two groups), from what was handed in."""
    digest = hashlib.sha256(data + when.isoformat().encode()).hexdigest().upper()
    return f"{digest[:4]}-{digest[4:8]}"


def submit_command(assignment: str) -> list[str]:
    """nbgrader's Submit for ``assignment``, run from the folder that holds the assignment's folder."""
    return [sys.executable, "-m", "nbgrader", "submit", assignment]


def write_receipt(notebook: Path, answered: int, when: datetime | None = None) -> Receipt:
    """Record the hand-in beside the notebook (the learner's home page shows it) and return the receipt."""
    when = when or datetime.now().astimezone()
    receipt = Receipt(notebook.parent.name, when, receipt_code(notebook.read_bytes(), when), answered)
    record = {"luc": when.isoformat(timespec="seconds"), "ma": receipt.code, "so_cau": answered}
    answers.write_atomically(notebook.parent / RECEIPT_FILE, json.dumps(record, ensure_ascii=False) + "\n",
                             prefix=".nop-bai-")
    return receipt


def read_receipt(folder: Path) -> dict[str, Any] | None:
    """The last hand-in recorded in an assignment folder, or ``None``."""
    try:
        record = json.loads((folder / RECEIPT_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) and "ma" in record else None


__all__ = ["RECEIPT_FILE", "Receipt", "keep_in_exercise", "keep_in_notebook", "read_receipt", "receipt_code",
           "submit_command", "write_receipt"]
