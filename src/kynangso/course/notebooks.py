"""Reading, cleaning and comparing notebooks as they are stored in git."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import nbformat
from nbformat import NotebookNode

from kynangso.i18n import _

KIT_KEY = "kynangso"
_KEPT_NOTEBOOK_METADATA = ("kernelspec", "language_info", KIT_KEY)
_KEPT_CELL_METADATA = ("nbgrader", "tags", "editable", "deletable", "jupyter", KIT_KEY)  # jupyter: input folded away


def read(path: Path) -> NotebookNode:
    """Read a notebook as nbformat v4 (raises ``nbformat.reader.NotJSONError`` and friends on bad input)."""
    with path.open(encoding="utf-8") as handle:
        return nbformat.read(handle, as_version=4)


def write(nb: NotebookNode, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        nbformat.write(nb, handle)


def clean(nb: NotebookNode) -> NotebookNode:
    """Strip outputs, execution counts, widget state and editor metadata; keep nbgrader metadata."""
    nb.metadata = nbformat.from_dict({k: nb.metadata[k] for k in _KEPT_NOTEBOOK_METADATA if k in nb.metadata})
    if "language_info" in nb.metadata:
        nb.metadata.language_info = nbformat.from_dict({"name": nb.metadata.language_info.get("name", "python")})
    for cell in nb.cells:
        cell.metadata = nbformat.from_dict(
            {k: cell.metadata[k] for k in _KEPT_CELL_METADATA if k in cell.metadata}
        )
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    return nb


def problems_if_unclean(path: Path) -> list[str]:
    """Why a stored notebook is not clean (empty list when it is)."""
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        return [_("{path}: không đọc được (JSON hỏng: {loai})").format(path=path, loai=exc.__class__.__name__)]
    found = []
    if "widgets" in data.get("metadata", {}):
        found.append(_("{path}: còn lưu trạng thái widget trong metadata").format(path=path))
    extra = set(data.get("metadata", {})) - set(_KEPT_NOTEBOOK_METADATA)
    if extra:
        found.append(_("{path}: metadata thừa {thua}").format(path=path, thua=sorted(extra)))
    for index, cell in enumerate(data.get("cells", []), start=1):
        if cell.get("cell_type") == "code" and (cell.get("outputs") or cell.get("execution_count")):
            found.append(_("{path}: ô mã số {so} còn kết quả chạy hoặc số thứ tự chạy").format(path=path, so=index))
            break
    return found


def canonical(path: Path) -> str:
    """The notebook's content in a normal form, for comparing generated and committed copies."""
    nb = clean(read(path))
    return json.dumps(nb, sort_keys=True, ensure_ascii=False, indent=1)


__all__ = ["KIT_KEY", "canonical", "clean", "problems_if_unclean", "read", "write"]
