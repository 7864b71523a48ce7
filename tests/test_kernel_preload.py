"""A grading kernel loads its notebook's imports, read from the trainer's copy, and nothing else."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import nbformat

from kynangso.grading.isolation import preload
from tests.conftest import CHECKOUT, M02


def test_the_imports_come_from_the_trainers_notebook_once_each(tmp_path: Path) -> None:
    folder = tmp_path / "solutions" / "ps1"
    folder.mkdir(parents=True)
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("import pandas as pd\nfrom kynangso.widgets import SingleChoice, Matching"),
        nbformat.v4.new_code_cell("%matplotlib inline\nimport matplotlib"),  # IPython syntax: left to its turn
        nbformat.v4.new_code_cell("from kynangso.widgets import SingleChoice\nfrom . import nothing"),
        nbformat.v4.new_markdown_cell("import os"),
    ])
    nbformat.write(nb, folder / "a.ipynb")
    assert preload.imports(tmp_path / "solutions", "ps1", ["a.ipynb", "missing.ipynb"]) == (
        "ipywidgets", "pandas", "kynangso.widgets:SingleChoice", "kynangso.widgets:Matching")


def test_a_shipped_exercise_without_tables_loads_no_pandas() -> None:
    items = preload.imports(CHECKOUT.solutions, M02, ["bai-tap-02.ipynb"])
    assert any(item.startswith("kynangso.widgets:") for item in items)
    assert not [item for item in items if item.split(":")[0] in {"pandas", "openpyxl", "docx"}]


def test_the_start_up_line_loads_them_without_naming_anything() -> None:
    line = preload.exec_line(["ipywidgets", "kynangso.widgets:SingleChoice"])
    assert line.startswith("--IPKernelApp.exec_lines=")
    probe = (f"{line.split('=', 1)[1]}\nimport sys\n"
             "print(sorted(n for n in dir() if not n.startswith('__')),\n"
             "      'kynangso.widgets.single_choice' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120)
    assert done.stdout.strip() == "['sys'] True"  # only the probe's own import is a name
