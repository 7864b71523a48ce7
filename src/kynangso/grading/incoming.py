"""What the trainer gave to ``collect``: every notebook and answers file in folders and zip files, read once.

Each file is an :class:`Incoming` with its origin (the path, or ``zip!member``), its name inside what was given, its
bytes and when it was last changed; an answers file saved beside a notebook is paired with it (:func:`paired`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kynangso.errors import KitError
from kynangso.grading import safezip
from kynangso.i18n import _
from kynangso.learner import answers


@dataclass
class Incoming:
    """One notebook file found in what the trainer gave."""

    origin: str
    name: str
    data: bytes
    modified: datetime
    problem: str = ""
    answers: bytes | None = None  # the answers file saved beside the notebook, if it came with it


def walk(paths: Sequence[Path], root: Path | None = None) -> Iterator[Incoming]:
    """Every notebook in the given files, folders and zip files; ``name`` is the path inside what was given."""
    for path in paths:
        if not path.exists():
            raise KitError(_("Không tìm thấy '{path}'.").format(path=path))
        if path.is_dir():
            files = [f for f in sorted(path.rglob("*")) if f.is_file() and ".ipynb_checkpoints" not in f.parts]
            yield from walk(files, root or path)
        elif path.suffix.lower() == ".zip":
            # The zip's own name and the folder it sits in say whose work it is, as a folder would.
            where = str(path.relative_to(root).with_suffix("")) if root else path.stem
            for member in safezip.notebooks(path):
                yield Incoming(f"{path}!{member.name}", f"{where}/{member.name}", member.data, member.modified,
                               member.problem)
        elif path.suffix.lower() == ".ipynb" or path.name.lower().endswith(answers.SUFFIX):
            name = str(path.relative_to(root)) if root else path.name
            modified = datetime.fromtimestamp(path.stat().st_mtime, UTC)
            yield Incoming(str(path), name, path.read_bytes(), modified)
            beside = answers.for_notebook(path)
            if root is None and path.suffix.lower() == ".ipynb" and beside.is_file() and beside not in paths:
                yield from walk([beside])  # a notebook given alone brings the answers saved beside it


def _is_answers(item: Incoming) -> bool:
    return item.origin.lower().endswith(answers.SUFFIX)


def _folder(origin: str) -> str:
    return origin.rsplit("/", 1)[0] if "/" in origin.rsplit("!", 1)[-1] else origin.rsplit("!", 1)[0] + "!"


def paired(items: list[Incoming]) -> tuple[list[Incoming], list[Incoming]]:
    """Notebooks, each with the answers file that came beside it; and the answers files with no notebook."""
    notebooks = [i for i in items if not _is_answers(i)]
    loose = {i.origin[: -len(answers.SUFFIX)]: i for i in items if _is_answers(i)}
    for notebook in notebooks:
        found = loose.pop(notebook.origin[: -len(".ipynb")], None)
        if found is not None and not found.problem:
            notebook.answers = found.data
    for folder in {_folder(i.origin) for i in loose.values()}:  # renamed: one notebook, one answers file
        alone = [i for i in notebooks if _folder(i.origin) == folder and i.answers is None]
        left = [k for k, i in loose.items() if _folder(i.origin) == folder]
        if len(alone) == 1 and len(left) == 1 and not loose[left[0]].problem:
            alone[0].answers = loose.pop(left[0]).data
    return notebooks, list(loose.values())



__all__ = ["Incoming", "paired", "walk"]
