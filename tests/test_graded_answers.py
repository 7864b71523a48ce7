"""Graded check cells of the exercises run on given answers: right answers in other accepted forms get the points.

Each check cell is executed as nbgrader runs it, with ``tra_loi`` answering from a dict; the cell
passes (full points) or stops with ``ChuaDat`` (no points). The solution notebook holds the hidden tests; the released
exercise holds only the visible part that learners run themselves.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kynangso import learner
from kynangso.course import notebooks as _notebooks
from kynangso.learner import answers as answers_module
from kynangso.learner.selfcheck import ChuaDat
from tests.conftest import CHECKOUT

M02 = "02-the-thuc-van-ban/bai-tap-02.ipynb"
M10 = "10-tri-tue-nhan-tao/bai-tap-10.ipynb"


def _check_cell(notebook: Path, grade_id: str) -> str:
    for cell in _notebooks.read(notebook).cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == grade_id:
            return str(cell.source)
    raise LookupError(grade_id)


def _passes(notebook: Path, grade_id: str, given: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> bool:
    def fake(cau: str, kieu: Any = None, tep: Any = None) -> Any:
        return given.get(cau)

    monkeypatch.setattr(answers_module, "tra_loi", fake)
    monkeypatch.setattr(learner, "tra_loi", fake)  # check cells import it from the package
    try:
        exec(compile(_check_cell(notebook, grade_id), grade_id, "exec"), {"__name__": "__main__"})
    except ChuaDat:
        return False
    return True


NUMBER_FORMS_RIGHT = ["07/QĐ-UBND", "Số: 07/QĐ-UBND", "số: 07/QĐ-UBND", "Số 07/QĐ-UBND", "Số:07/QĐ-UBND",
                      "  Số :  07/QĐ-UBND "]
NUMBER_FORMS_WRONG = ["7/QĐ-UBND", "Số: 7/QĐ-UBND", "Số: 07/qđ-UBND", "Số: 07/QĐ-UBND-VP", "06/QĐ-UBND"]


@pytest.mark.parametrize("typed", NUMBER_FORMS_RIGHT)
def test_m02_q1_accepts_the_number_with_or_without_the_label(typed: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _passes(CHECKOUT.solutions / M02, "so_ky_hieu_quyet_dinh", {"so_ky_hieu": typed}, monkeypatch)
    assert _passes(CHECKOUT.exercises / M02, "so_ky_hieu_quyet_dinh", {"so_ky_hieu": typed}, monkeypatch)


@pytest.mark.parametrize("typed", NUMBER_FORMS_WRONG)
def test_m02_q1_still_refuses_wrong_numbers(typed: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert not _passes(CHECKOUT.solutions / M02, "so_ky_hieu_quyet_dinh", {"so_ky_hieu": typed}, monkeypatch)


def test_m02_q1_states_the_series_per_agency_and_year() -> None:
    question = next(c.source for c in _notebooks.read(CHECKOUT.solutions / M02).cells
                    if c.metadata.get("nbgrader", {}).get("grade_id") == "m02_cau_1")
    assert "Điều 15" in question and "số thứ tự 6" in question and "quyết định thứ 7" not in question


SAFE_PROMPTS = [
    "Viết mẫu thư mời một người dân đến UBND xã Châu Tiến nhận tiền hỗ trợ lúc 8 giờ ngày 10/12/2026, "
    "để trống chỗ ghi họ tên, không kèm mật khẩu.",
    "Viết thư mời người dân đến UBND xã Châu Tiến nhận tiền hỗ trợ, tuyệt đối không đưa mật khẩu hay mã OTP.",
    "Soạn thư mời người dân đến xã nhận hỗ trợ; đừng ghi mật khẩu, chưa cần số điện thoại.",
]
LEAKING_PROMPTS = [
    "Viết thư mời người dân đến UBND xã nhận tiền hỗ trợ, mật khẩu hộp thư của tôi là Hc#2026vp.",
    "Viết thư mời người dân đến UBND xã nhận hỗ trợ, không kèm mật khẩu Hc#2026vp.",
    "Viết thư mời ông Kha Văn Lâm đến UBND xã nhận tiền hỗ trợ, không kèm mật khẩu.",
]


@pytest.mark.parametrize("prompt", SAFE_PROMPTS)
def test_m10_q5_accepts_a_negated_mention_of_the_password(prompt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _passes(CHECKOUT.solutions / M10, "loi_nhac_da_che_du_lieu_ca_nhan", {"loi_nhac_an_toan": prompt},
                   monkeypatch)


@pytest.mark.parametrize("prompt", LEAKING_PROMPTS)
def test_m10_q5_refuses_a_prompt_that_gives_a_password_or_a_name(prompt: str,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    assert not _passes(CHECKOUT.solutions / M10, "loi_nhac_da_che_du_lieu_ca_nhan", {"loi_nhac_an_toan": prompt},
                       monkeypatch)
