"""The HTML dashboard opened in headless Chromium: charts render, filters work, nothing is fetched from the network."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from kynangso.course.workspace import copy_course
from kynangso.paths import CourseRoot
from kynangso.reporting.report import DASHBOARD, report
from tests.conftest import CHECKOUT
from tests.report_gradebook import CHAU_TIEN, build

pytestmark = pytest.mark.slow

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
ARTIFACTS = CHECKOUT.root / "test-artifacts"


@pytest.fixture(scope="module")
def dashboard(tmp_path_factory: pytest.TempPathFactory) -> Path:
    course: CourseRoot = copy_course(CHECKOUT, tmp_path_factory.mktemp("html") / "lop")
    build(course)
    report(course=course, formats="html")
    return course.reports / DASHBOARD


def test_dashboard_renders_offline_and_filters(dashboard: Path) -> None:
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is needed for this test: apt-get install chromium (see .ci/run)")
    requests: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        page = browser.new_page(viewport={"width": 1300, "height": 900})
        page.on("request", lambda r: requests.append(r.url))
        page.goto(dashboard.as_uri())
        page.wait_for_load_state("load")
        charts = page.locator(".chart svg")
        assert charts.count() == 3
        box = charts.first.bounding_box()
        assert box is not None and box["width"] > 300 and box["height"] > 100
        assert page.locator("#bieu-do-units").inner_text().count("Xã") >= 2  # unit names drawn as text
        assert page.locator("#bang-hoc-vien tbody tr").count() == 6
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "bao-cao-html.png"), full_page=True)

        page.select_option("#loc-don-vi", CHAU_TIEN)
        assert page.locator("#bang-hoc-vien tbody tr").count() == 3
        assert page.locator("#bang-don-vi tbody tr:visible").count() == 1
        page.select_option("#loc-hoc-phan", "M2")
        headers = page.locator("#bang-hoc-vien thead th").all_inner_texts()
        assert "M2 (9)" in headers and "M0 (7)" not in headers
        assert set(page.locator("#bang-cau-hoi tbody tr:visible td:first-child").all_inner_texts()) == {"M2"}
        assert "Ngân Thị Yến" in page.locator("#bang-hoc-vien").inner_text()
        page.emulate_media(media="print")
        assert not page.locator(".filters").is_visible()  # the filter bar is not printed
        browser.close()
    assert requests and all(url.startswith("file:") for url in requests), requests
