"""The minutes in the catalogue are an honest estimate of the content, and the estimate can disagree."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from kynangso.course import notebooks
from kynangso.course.catalogue import Module, load_catalogue
from kynangso.course.timing import Estimate, estimate, estimate_notebook
from tests.conftest import CHECKOUT

CATALOGUE = load_catalogue(CHECKOUT.catalogue)
WITHIN = 0.15  # the catalogue may round, not halve


@pytest.mark.parametrize("module", CATALOGUE.modules, ids=lambda m: m.code)
def test_catalogue_minutes_are_within_reach_of_the_estimate(module: Module) -> None:
    guess = estimate(CHECKOUT, CATALOGUE, module).minutes
    assert abs(module.minutes - guess) <= WITHIN * guess, f"{module.code}: {module.minutes} min, content {guess:.0f}"


@pytest.mark.parametrize("module", CATALOGUE.modules, ids=lambda m: m.code)
def test_each_lesson_states_its_own_honest_time(module: Module) -> None:
    for lesson in module.lessons:
        path = CHECKOUT.course / module.folder / lesson
        stated = re.search(r"\*\*Thời gian\*\* \| (\d+) phút", notebooks.read(path).cells[0].source)
        assert stated, f"{lesson}: no time in the header"
        guess = estimate_notebook(path).minutes
        assert abs(int(stated[1]) - guess) <= max(5.0, WITHIN * guess), f"{lesson}: {stated[1]}, content {guess:.0f}"


def test_more_to_read_or_do_takes_longer() -> None:
    module = CATALOGUE.modules[2]
    base = estimate(CHECKOUT, CATALOGUE, module)
    assert base.words > 500 and base.questions == len(module.assignment.questions)  # type: ignore[union-attr]
    assert Estimate(base.words + 1100, base.code_words, base.code_cells, base.practice, base.questions).minutes == \
        pytest.approx(base.minutes + 10)
    halved = replace(module, minutes=round(base.minutes / 2))
    assert abs(halved.minutes - base.minutes) > WITHIN * base.minutes  # what the test above would reject
