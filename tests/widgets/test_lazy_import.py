"""A lesson's kernel loads only the widgets it shows: no pandas, openpyxl or python-docx for a plain question."""

from __future__ import annotations

import subprocess
import sys

import pytest

import kynangso.widgets

PROBE = ("import sys\nfrom kynangso.widgets import {name}\n"
         "print(','.join(m for m in ('pandas', 'openpyxl', 'docx') if m in sys.modules))")


def _heavy_after(name: str) -> set[str]:
    done = subprocess.run([sys.executable, "-c", PROBE.format(name=name)], capture_output=True, text=True, check=True)
    return set(filter(None, done.stdout.strip().split(",")))


@pytest.mark.parametrize("name", ["SingleChoice", "Matching", "HeaderComposer", "DateAnswer"])
def test_a_plain_question_loads_nothing_heavy(name: str) -> None:
    assert _heavy_after(name) == set()


def test_a_workbook_widget_loads_what_it_needs() -> None:
    assert "openpyxl" in _heavy_after("WorkbookUpload")


def test_every_listed_widget_exists_and_an_unknown_name_is_an_attribute_error() -> None:
    kynangso.widgets.load_all()
    assert all(callable(getattr(kynangso.widgets, name)) for name in kynangso.widgets.__all__)
    with pytest.raises(AttributeError, match="KhongCo"):
        kynangso.widgets.KhongCo  # noqa: B018
