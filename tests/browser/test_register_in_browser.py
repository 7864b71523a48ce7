"""The incoming register in a real browser: a learner registers a directed document, routes it wrongly, then
rightly, using the dropdowns, text boxes and buttons of the M3 lesson."""

from __future__ import annotations

import pytest
from playwright.sync_api import Locator, Page, expect

from kynangso.rules import document_register as vbdd
from tests.browser import _lab_page as lab
from tests.browser.conftest import LabServer, Traffic

pytestmark = pytest.mark.slow

LESSON = "course/03-van-ban-den-di/bai-hoc-03.ipynb"


def _field(widget: Locator, label: str) -> Locator:
    """The input or select of the widget row labelled ``label`` (e.g. "Số đến:")."""
    row = widget.locator(".widget-inline-hbox").filter(has=widget.page.locator(".widget-label", has_text=label))
    return row.locator("input, select").first


def test_register_then_route_with_clicks(page: Page, lab_server: LabServer, traffic: Traffic) -> None:
    lab.open_notebook(page, lab_server, LESSON, traffic)
    lab.run_all(page, "so_den_chuyen = IncomingRegister")
    register = lab.find_cell(page, "so_den_chuyen = IncomingRegister").locator(".jp-OutputArea")
    expect(register).to_contain_text("Văn bản vừa nhận (1/2)")

    _field(register, "Số đến:").fill("1246")
    _field(register, "Ngày đến:").fill("04/12/2026")
    _field(register, "Độ khẩn:").select_option(label="Thường")
    _field(register, "Trình lãnh đạo:").select_option(label=vbdd.HANDOVER_SAME_DAY)
    register.get_by_role("button", name="Vào sổ").click()
    expect(register).to_contain_text("Đã vào sổ số đến 1246")
    expect(register).to_contain_text("Ý kiến chỉ đạo: Giao Phòng Kinh tế chủ trì xử lý, hạn 5 ngày làm việc")

    _field(register, "Chuyển cho:").select_option(label="Phòng Kinh tế")
    _field(register, "Hạn xử lý:").fill("09/12/2026")
    register.get_by_role("button", name="Chuyển xử lý").click()
    expect(register).to_contain_text("Hạn xử lý sớm hơn quy định")

    _field(register, "Hạn xử lý:").fill("11/12/2026")
    register.get_by_role("button", name="Chuyển xử lý").click()
    expect(register).to_contain_text("Đã chuyển văn bản số đến 1246, hạn xử lý 11/12/2026")
    expect(register).to_contain_text("Văn bản vừa nhận (2/2)")
    expect(register.locator("table")).to_contain_text("11/12/2026")
    expect(register).to_contain_text("Nhật ký thao tác (3)")
