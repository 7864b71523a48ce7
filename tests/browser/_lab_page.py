"""What a learner does in JupyterLab, one function per gesture (open, run all, answer, save)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from playwright.sync_api import Locator, Page, expect

from kynangso.widgets.table_query import COMPARISON_LABELS, OPERATION_LABELS
from tests.browser.conftest import LabServer, Traffic

LONG = 120_000  # ms: old laptops and a busy CI machine


def fresh_copy(source: Path, target: Path) -> None:
    """Copy a notebook without the answers a learner kept in it (other tests answer in the same class folder)."""
    notebook = json.loads(source.read_text(encoding="utf-8"))
    notebook["metadata"].get("kynangso", {}).pop("tra_loi", None)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(notebook, ensure_ascii=False), encoding="utf-8")


def open_notebook(page: Page, lab: LabServer, path: str, traffic: Traffic) -> None:
    """Open ``path`` in Lab and wait until its kernel is attached (messages on its websocket) and idle."""
    page.goto(lab.open_url(path))
    expect(page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook")).to_be_visible(timeout=LONG)
    waited = 0
    while not traffic.kernel_talked():
        if waited > LONG:
            raise AssertionError("The notebook's kernel never answered on its websocket.")
        page.wait_for_timeout(250)
        waited += 250
    wait_idle(page)


def wait_idle(page: Page) -> None:
    """Wait until the kernel of the open notebook is idle (status bar indicator)."""
    expect(page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator")
           ).to_have_attribute("data-status", "idle", timeout=LONG)


def menu(page: Page, label: str, command: str) -> None:
    """Click a top menu by its (Vietnamese) label, then the item that runs ``command``."""
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(f"^{label}$")).click()
    page.locator(f".lm-Menu-item[data-command='{command}']").first.click()


def run_all(page: Page, last_cell: str) -> None:
    """Menu Chạy → Run All Cells; wait until the cell containing ``last_cell`` has run and the kernel is idle.

    A click that lands while the kernel connection is still settling runs nothing (the prompts stay
    ``[ ]``); a learner then clicks again, and so does this function (at most three times).
    """
    cell = cell_with(page, last_cell)
    numbered = cell.locator(".jp-InputPrompt", has_text=re.compile(r"\[[\d*]+\]"))
    for _attempt in range(3):
        menu(page, "Chạy", "runmenu:run-all")
        no_dialog(page)
        try:
            expect(numbered).to_have_count(1, timeout=15_000)
            break
        except AssertionError:
            continue
    expect(cell.locator(".jp-InputPrompt", has_text=re.compile(r"\[\d+\]"))).to_have_count(1, timeout=LONG)
    wait_idle(page)


def no_dialog(page: Page) -> None:
    """No question pops up (such as "Chọn Kernel": the kit's settings start Python 3 by themselves)."""
    page.wait_for_timeout(1_000)
    expect(page.locator(".jp-Dialog")).to_have_count(0)


def cell_with(page: Page, text: str) -> Locator:
    """The cell whose source contains ``text``."""
    return page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell").filter(
        has=page.locator(".jp-InputArea", has_text=text))


def find_cell(page: Page, text: str) -> Locator:
    """Scroll the notebook (from the top) until the cell containing ``text`` is drawn, and return it.

    Lab only draws the cells near the screen, so a cell far down does not exist until it is scrolled to.
    """
    notebook = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer")
    cell = cell_with(page, text)
    for _step in range(60):
        if cell.count():
            cell.scroll_into_view_if_needed()
            return cell
        notebook.hover()
        page.mouse.wheel(0, 400)
        page.wait_for_timeout(150)
    raise AssertionError(f"No cell contains {text!r}.")


def run_cell(page: Page, cell: Locator) -> None:
    """Click into a cell and press Shift+Enter, as a learner does; wait until it has run."""
    cell.locator(".cm-content").click()
    page.keyboard.press("Shift+Enter")
    expect(cell.locator(".jp-InputPrompt", has_text=re.compile(r"\[\d+\]"))).to_have_count(1, timeout=LONG)
    wait_idle(page)


def _type(box: Locator, text: str) -> None:
    box.click()
    box.fill(text)
    box.press("Enter")


def answer_widget(page: Page, cell: Locator, kind: str, value: Any) -> None:
    """Give ``value`` in the question widget of ``cell`` (class ``kind``) by clicks and typing only."""
    # the question, not an explore-only table beside it (that one has no Kiểm tra button)
    answer_question(page, cell.locator(".kns-question").filter(has=page.locator("button:visible", has_text="Kiểm tra")),
                    kind, value)


def answer_question(page: Page, question: Locator, kind: str, value: Any, *, touch: bool = False) -> None:
    """Give ``value`` in one question widget (class ``kind``), with the mouse or (``touch``) by tapping."""
    def press(target: Locator) -> None:
        target.tap() if touch else target.click()

    if kind in ("ShortText", "NumberAnswer", "DateAnswer"):
        box = question.locator("input[type=text]").first
        press(box)
        box.fill(str(value))
        box.press("Enter")
    elif kind == "SingleChoice":
        press(question.locator(".widget-radio-box label", has_text=value))
    elif kind == "MultipleChoice":
        for option in value:
            press(question.locator(".widget-checkbox", has_text=option).locator("input"))
    elif kind == "DropdownChoice":
        question.locator("select").first.select_option(label=value)
    elif kind in ("Matching", "Ordering"):
        selects = question.locator("select")
        for index, choice in enumerate(value.values()):
            selects.nth(index).select_option(label=choice)
    elif kind == "TableQuery":
        selects = question.locator("select")
        for index, (column, comparison, wanted) in enumerate(value["dieu_kien"]):
            selects.nth(2 * index).select_option(label=column)
            selects.nth(2 * index + 1).select_option(label=COMPARISON_LABELS[comparison])
            _type(question.locator("input[type=text]").nth(index), wanted)
        conditions = question.locator(".widget-hbox").filter(has=page.locator("select")).count()
        selects.nth(2 * conditions).select_option(label=OPERATION_LABELS[value.get("phep_tinh", "dem")])
    else:
        raise AssertionError(f"No gesture for widget {kind}")
    press(question.locator("button", has_text="Kiểm tra"))
    expect(question).to_contain_text("Đã lưu câu trả lời", timeout=LONG)


def run_cell_and_next(page: Page) -> None:
    """Shift+Enter: run the cell being edited and move to the next one."""
    page.keyboard.press("Shift+Enter")


def save(page: Page) -> None:
    """Ctrl+S, then wait until the notebook's tab is no longer marked as modified."""
    page.keyboard.press("Control+s")
    expect(page.locator(".lm-TabBar-tab.lm-mod-current.jp-mod-dirty")).to_have_count(0, timeout=LONG)


def platform_fonts(page: Page, element: Locator) -> list[dict[str, Any]]:
    """The fonts Chromium really used to draw the text of ``element`` (family name and glyph count)."""
    session = page.context.new_cdp_session(page)
    session.send("DOM.enable")
    session.send("CSS.enable")
    marker = "data-kns-font-probe"
    page.evaluate(f"() => document.querySelectorAll('[{marker}]').forEach(e => e.removeAttribute('{marker}'))")
    element.evaluate(f"e => e.setAttribute('{marker}', '1')")
    root = session.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    node = session.send("DOM.querySelector", {"nodeId": root, "selector": f"[{marker}]"})["nodeId"]
    fonts: list[dict[str, Any]] = session.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    session.detach()
    return fonts
