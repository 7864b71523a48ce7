"""``kynangso lab`` shows a learner only the learner's tools; ``kynangso lab --trainer`` keeps the trainer's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from kynangso.paths import CourseRoot
from tests.browser._lab_page import LONG
from tests.browser.conftest import LabServer, run_lab

EXERCISE = "exercises/02-the-thuc-van-ban/bai-tap-02.ipynb"
TRAINER_COMMANDS = ("nbgrader:open-course-list", "nbgrader:open-formgrader", "nbgrader:open-create-assignment")


@pytest.fixture(scope="module")
def trainer_lab(released_template: CourseRoot, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LabServer]:
    """``kynangso lab --trainer`` on a free port, in its own scratch workshop."""
    yield from run_lab(released_template, tmp_path_factory.mktemp("giang-vien"), trainer=True)


def _open_exercise(page: Page, lab: LabServer) -> None:
    page.goto(lab.open_url(EXERCISE))
    expect(page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook")).to_be_visible(timeout=LONG)
    expect(page.locator(".jp-NotebookPanel-toolbar")).to_be_visible(timeout=LONG)
    page.wait_for_timeout(2_000)  # every plugin has activated


def _nbgrader_menu(page: Page) -> list[str]:
    """The commands of the visible entries of the "Nbgrader" menu."""
    page.locator(".lm-MenuBar-itemLabel", has_text="Nbgrader").click()
    items = page.locator("#jp-mainmenu-nbgrader .lm-Menu-item:not(.lm-mod-hidden)")
    expect(items.first).to_be_visible()
    commands = [str(c) for c in items.evaluate_all("items => items.map(i => i.dataset.command)")]
    page.keyboard.press("Escape")
    return commands


def test_learner_lab_has_no_trainer_tools(lab_server: LabServer, page: Page, artifacts: Path) -> None:
    _open_exercise(page, lab_server)
    expect(page.locator("#nbgrader-create_assignemnt")).to_have_count(0)  # nbgrader's own id (sic)
    expect(page.get_by_title("Nbgrader Create Assignment")).to_have_count(0)
    expect(page.locator(".jp-NotebookPanel-toolbar").get_by_text("Validate")).to_have_count(0)
    assert _nbgrader_menu(page) == ["nbgrader:open-assignment-list"]  # fetch and submit stay
    page.screenshot(path=str(artifacts / "lab-hoc-vien.png"))
    assert page.request.get(f"{lab_server.url}/formgrader?token={lab_server.token}").status == 404


def test_trainer_lab_keeps_the_formgrader(trainer_lab: LabServer, page: Page, artifacts: Path) -> None:
    _open_exercise(page, trainer_lab)
    expect(page.get_by_title("Nbgrader Create Assignment")).to_have_count(1)
    expect(page.locator(".jp-NotebookPanel-toolbar").get_by_text("Validate")).to_have_count(1)
    assert set(TRAINER_COMMANDS) <= set(_nbgrader_menu(page))
    page.screenshot(path=str(artifacts / "lab-giang-vien.png"))
    assert page.request.get(f"{trainer_lab.url}/formgrader?token={trainer_lab.token}").status == 200
