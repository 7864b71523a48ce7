"""FileNameCheck (module M0): check() does what the "Kiểm tra" button does and returns the problems; the name must
follow the course's convention ``2025-03-05_15-QD-UBND.pdf`` and match this very document."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from kynangso.widgets.file_name_check import FileNameCheck


def quyet_dinh() -> FileNameCheck:
    return FileNameCheck("Quyết định", date(2025, 3, 5), "15/QĐ-UBND")


@pytest.mark.parametrize("typed", ["2025-03-05_15-QD-UBND.pdf", " 2025-03-05_15-QD-UBND.pdf ",
                                   unicodedata.normalize("NFD", "2025-03-05_15-QD-UBND.pdf")])
def test_the_right_name_is_accepted(typed: str) -> None:
    check = quyet_dinh()
    assert check.expected == "2025-03-05_15-QD-UBND.pdf"
    assert check.check(typed) == []
    assert "✅ Đúng quy ước." in check.result.value


def test_a_well_formed_name_with_another_date_or_number_is_not_this_document() -> None:
    check = quyet_dinh()
    assert check.check("2025-03-06_15-QD-UBND.pdf") == ["Tên tệp đúng dạng nhưng ngày ký chưa khớp với văn bản này."]
    assert check.check("2025-03-05_16-QD-UBND.pdf")[0].startswith("Tên tệp đúng dạng nhưng số, ký hiệu chưa khớp")
    assert check.check("2025-03-05_15-qd-ubnd.pdf")[0].startswith("Tên tệp đúng dạng nhưng số, ký hiệu chưa khớp")


def test_a_missing_leading_zero_is_hinted() -> None:
    check = FileNameCheck("Tờ trình", date(2026, 1, 2), "07/TTr-UBND", prefill="2026-01-02_7-TTr-UBND.pdf")
    problems = check.check()  # what is already in the box, as when the learner only clicks
    assert len(problems) == 1 and "kể cả số 0 ở đầu" in problems[0]
    assert check.check("2026-01-02_07-TTr-UBND.pdf") == []


@pytest.mark.parametrize(("typed", "fragment"), [
    ("", "Bạn chưa gõ tên tệp."),
    ("05-03-2025_15-QD-UBND.pdf", "Ngày phải viết năm trước"),
    ("2025-3-5_15-QD-UBND.pdf", "thêm số 0 ở trước: 2025-03-05"),
    ("2025-03-05 15-QD-UBND.pdf", "Tên tệp không có dấu cách."),
    ("2025-03-05_15-QĐ-UBND.pdf", "viết không dấu (QĐ → QD)"),
    ("2025-03-05_15/QD-UBND.pdf", "thay bằng dấu -"),
    ("2025-03-05_15-QD-UBND", "cần có đuôi"),
])
def test_slips_are_listed_with_the_rule(typed: str, fragment: str) -> None:
    check = quyet_dinh()
    assert any(fragment in p for p in check.check(typed))
    assert "❌ Chưa đúng:" in check.result.value and "Quy ước: Tên tệp = ngày ký" in check.result.value


def test_the_button_and_the_task_text() -> None:
    check = quyet_dinh()
    check.name_box.value = "2025-03-05_15-QD-UBND.pdf"
    check.button.click()
    assert "✅" in check.result.value
    task = check.children[0].value
    assert "số <b>15/QĐ-UBND</b>" in task and "ký ngày <b>05/03/2025</b>" in task
