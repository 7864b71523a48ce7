"""Friendly errors: the slips of non-programmers shown as one Vietnamese line, in a real kernel too."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pandas as pd
import pytest
from IPython.core.interactiveshell import InteractiveShell
from IPython.utils.capture import capture_output
from jupyter_client.manager import start_new_kernel

from kynangso.paths import jupyter_path


@pytest.fixture
def shell(monkeypatch: pytest.MonkeyPatch) -> Iterator[InteractiveShell]:
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    ip = InteractiveShell.instance()
    ip.run_line_magic("load_ext", "kynangso.learner.friendly_errors")
    yield ip
    ip.run_line_magic("unload_ext", "kynangso.learner.friendly_errors")
    InteractiveShell.clear_instance()


def _run(ip: InteractiveShell, code: str) -> tuple[bool, list[str], str]:
    with capture_output() as captured:
        result = ip.run_cell(code)
    return result.success, [o.data["text/plain"] for o in captured.outputs], captured.stdout + captured.stderr


@pytest.mark.parametrize(("code", "expected"), [
    ('so_ky_hieu = "07/QĐ-UBND', "Thiếu dấu ngoặc kép đóng (dòng 1)"),
    ("so_ky_hieu = 07/QĐ-UBND", "Số không viết số 0 ở đầu (dòng 1)"),
    ("ten_loai = Tờ trình", "Chữ tiếng Việt phải đặt trong dấu ngoặc kép (dòng 1)"),
    ("ten_loai = “Tờ trình”", "dấu ngoặc cong của điện thoại hoặc Word"),
    ("x = (1,\ny = 2", "Dấu ngoặc ( ) [ ] chưa khớp nhau"),
    ("x = Tờ", "Máy hiểu “Tờ” là tên của một biến"),
    ("print(chua_chay)", "hãy chạy các ô phía trên trước"),
    ("so_den_xa.head()", "Có phải bạn muốn gõ “so_den”?"),
    ('so_den["Do khan"]', "Bảng không có cột “Do khan”. Có phải cột “Độ khẩn”?"),
    ("1 / 0", "Phép chia cho 0"),
    ("int('mười')", "Ô này chưa chạy được (ValueError)"),
])
def test_a_slip_is_one_vietnamese_line_and_the_cell_still_fails(shell: InteractiveShell, code: str,
                                                                expected: str) -> None:
    shell.user_ns["so_den"] = pd.DataFrame({"Độ khẩn": ["Hỏa tốc"], "Trạng thái": ["Đang xử lý"]})
    success, shown, printed = _run(shell, code)
    assert not success  # "Run all" still stops at this cell
    assert len(shown) == 1 and shown[0].startswith("❌ ") and expected in shown[0], shown
    assert "Traceback" not in printed and "Error" not in printed


def test_the_original_error_is_folded_under_xem_chi_tiet(shell: InteractiveShell) -> None:
    with capture_output() as captured:
        shell.run_cell("print(chua_chay)")
    page = captured.outputs[0].data["text/html"]
    assert "<details" in page and "Xem chi tiết" in page and "NameError" in page


def test_the_kits_own_checks_keep_their_one_line(shell: InteractiveShell) -> None:
    success, shown, printed = _run(shell, 'from kynangso.learner.selfcheck import yeu_cau\nyeu_cau(False, "Sai dạng.")')
    assert not success and shown == [] and "❌ Chưa đạt: Sai dạng." in printed


def test_nothing_changes_while_nbgrader_grades(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    ip = InteractiveShell.instance()
    try:
        ip.run_line_magic("load_ext", "kynangso.learner.friendly_errors")
        success, shown, printed = _run(ip, "print(chua_chay)")
        assert not success and shown == [] and "NameError" in printed
    finally:
        InteractiveShell.clear_instance()


def test_english_when_asked(shell: InteractiveShell, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KYNANGSO_LANG", "en")
    _success, shown, _printed = _run(shell, 'x = "abc')
    assert shown == ['❌ A closing quote is missing (line 1): text goes between two double quotes, e.g. "Tờ trình".']


def _messages(client: Any, msg_id: str) -> list[dict[str, Any]]:
    found = []
    while True:
        message = client.get_iopub_msg(timeout=30)
        if message["parent_header"].get("msg_id") != msg_id:
            continue
        found.append(message)
        if message["msg_type"] == "status" and message["content"]["execution_state"] == "idle":
            return found


def test_the_kits_kernel_loads_the_extension(monkeypatch: pytest.MonkeyPatch) -> None:
    """The kernel that ``kynangso lab`` and the hub start (kernelspec in the kit's JUPYTER_PATH folder)."""
    monkeypatch.setenv("JUPYTER_PATH", jupyter_path(dict(os.environ)))
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    manager, client = start_new_kernel(kernel_name="python3")
    try:
        assert "--ext=kynangso.learner.friendly_errors" in manager.kernel_spec.argv
        msg_id = client.execute("so_ky_hieu = 07/QĐ-UBND")
        reply = client.get_shell_msg(timeout=30)
        kinds = [(m["msg_type"], m["content"]) for m in _messages(client, msg_id)]
        shown = [c["data"]["text/plain"] for kind, c in kinds if kind == "display_data"]
        assert reply["content"]["status"] == "error"
        assert shown and shown[0].startswith("❌ Số không viết số 0 ở đầu")
        assert not [kind for kind, _c in kinds if kind == "error"]  # no traceback reaches the page
        # ipykernel's debugger engine stays out of the kit's kernel (kynangso.learner.kernel), which still works
        msg_id = client.execute("import sys\nprint(sys.modules.get('debugpy'), 'pydevd' in sys.modules)")
        client.get_shell_msg(timeout=30)
        printed = [c["text"] for kind, c in ((m["msg_type"], m["content"]) for m in _messages(client, msg_id))
                   if kind == "stream"]
        assert printed == ["None False\n"]
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)
