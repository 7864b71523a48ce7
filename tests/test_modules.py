"""Every module of the catalogue: lesson skeleton, printable card, catalogue/folder agreement, seeded data."""

from __future__ import annotations

import pytest

from kynangso.course import notebooks
from kynangso.course.catalogue import Module, load_catalogue
from kynangso.data import (
    cccd,
    civil_status_cases,
    incoming_documents,
    monthly_figures,
    one_stop_dossiers,
    online_dossiers,
)
from tests.conftest import CHECKOUT

CATALOGUE = load_catalogue(CHECKOUT.catalogue)
MODULES = {m.folder: m for m in CATALOGUE.modules}


def test_the_course_numbers_its_modules_from_0_without_gaps() -> None:
    numbers = [m.number for m in CATALOGUE.modules]
    assert len(numbers) >= 13 and numbers == list(range(len(numbers)))  # the 12 planned, then those added
    assert all(m.assignment is not None and 3 <= len(m.assignment.questions) <= 6 for m in CATALOGUE.modules)
    assert all((CHECKOUT.course / m.folder).is_dir() and (CHECKOUT.solutions / m.folder).is_dir()
               for m in CATALOGUE.modules)


@pytest.mark.parametrize("folder", sorted(MODULES))
def test_lesson_follows_the_common_skeleton(folder: str) -> None:
    module: Module = MODULES[folder]
    assert module.minutes > 0  # how long, honestly: tests/test_timing.py
    for lesson in module.lessons:
        nb = notebooks.read(CHECKOUT.course / folder / lesson)
        header = nb.cells[0].source
        for part in ("Thời gian", "Mục tiêu", "Câu hỏi", "Căn cứ"):
            assert part in header, f"{lesson}: đầu bài thiếu '{part}'"
        assert "Điểm chính" in nb.cells[-1].source or any("## Điểm chính" in c.source for c in nb.cells[-3:])
        code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
        assert "assert " in code, f"{lesson}: không có dòng tự kiểm tra cho nbval"
        assert "kynangso.widgets" in code, f"{lesson}: không có phần tự làm với widget kiểm tra ngay"
        markdown = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
        assert "Tình huống" in markdown and "tên giả định" in markdown


@pytest.mark.parametrize("folder", sorted(MODULES))
def test_printable_card_exists_and_cites_documents(folder: str) -> None:
    card = CHECKOUT.course / folder / f"the-tom-tat-{MODULES[folder].number:02d}.md"
    text = card.read_text(encoding="utf-8")
    assert text.startswith("#") and len(text.splitlines()) <= 80
    assert any(mark in text for mark in ("/QĐ", "/NĐ-CP", "/QH1", "KH/BCĐTW", "TT-", "quy ước"))


@pytest.mark.parametrize("folder", sorted(MODULES))
def test_assignment_points_match_the_catalogue_and_heading(folder: str) -> None:
    assignment = MODULES[folder].assignment
    assert assignment is not None
    nb = notebooks.read(CHECKOUT.solutions / folder / assignment.notebook)
    points = {c.metadata["nbgrader"]["grade_id"]: c.metadata["nbgrader"]["points"] for c in nb.cells
              if c.metadata.get("nbgrader", {}).get("grade")}
    assert points == {q.grade_id: q.points for q in assignment.questions}
    assert f"({assignment.max_points:g} điểm)" in nb.cells[0].source
    tests = [c.source for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade")]
    assert all(t.startswith('"""') and "### BEGIN HIDDEN TESTS" in t and "yeu_cau" in t for t in tests)


@pytest.mark.parametrize("make", [
    lambda seed: cccd.make_people(10, seed),
    lambda seed: cccd.make_check_list(seed),
    lambda seed: one_stop_dossiers.make_dossiers(seed),
    lambda seed: incoming_documents.make_register(seed),
    lambda seed: online_dossiers.make_dossiers(seed),
    lambda seed: monthly_figures.make_monthly(seed),
    lambda seed: civil_status_cases.make_cases(seed),
], ids=["cccd-people", "cccd-check-list", "mot-cua", "van-ban-den", "dvc-truc-tuyen", "so-lieu-thang", "ho-tich"])
def test_generated_data_is_deterministic_for_a_seed(make) -> None:  # type: ignore[no-untyped-def]
    first, again, other = make(11), make(11), make(12)
    same = first.equals(again) if hasattr(first, "equals") else first == again
    differs = not first.equals(other) if hasattr(first, "equals") else first != other
    assert same and differs
