"""Ordering: shuffled in practice, wrong positions named, duplicates and gaps explained; graded order saved."""

from __future__ import annotations

from pathlib import Path

import pytest

from kynangso.learner.answers import read_answers
from kynangso.rules import weak_link
from kynangso.widgets import Ordering

STEPS = ["Tiếp nhận", "Kiểm tra hồ sơ", "Trình ký", "Trả kết quả"]


def test_practice() -> None:
    q = Ordering("quy_trinh", STEPS, "Xếp các bước", seed=3, rule="Nhận trước, trả sau")
    assert sorted(q.shown) == sorted(STEPS) and q.shown != STEPS
    q.answer(["Tiếp nhận", "Tiếp nhận", "", ""])
    assert q.check() == ["Còn mục chưa chọn: số 3, 4.", "Có bước bị chọn hai lần."]
    q.answer(["Kiểm tra hồ sơ", "Tiếp nhận", "Trình ký", "Trả kết quả"])
    assert q.check()[:2] == ["Chưa đúng.", "Các vị trí chưa đúng: 1, 2."]
    q.answer(STEPS)
    assert q.check() == [] and "✅" in q.feedback.value


def test_graded_keeps_no_order(tmp_path: Path) -> None:
    file = tmp_path / "b.tra-loi.json"
    q = Ordering("quy_trinh", sorted(STEPS), "Xếp", graded=True, answers_file=file)
    assert q.key is None and q.shown == sorted(STEPS)
    q.answer(STEPS)
    assert q.check() == [] and read_answers(file)[0] == {"quy_trinh": STEPS}


def test_fewer_positions_than_steps_picks_steps_among_distractors(tmp_path: Path) -> None:
    practice = Ordering("nop", [*STEPS[:3], "Nộp hộ bằng mã OTP"], "Chọn 3 bước", positions=3, seed=2)
    assert practice.items == ["Bước 1", "Bước 2", "Bước 3"] and len(practice.shown) == 4
    practice.answer(["Tiếp nhận", "Nộp hộ bằng mã OTP", "Trình ký"])
    assert practice.check()[:2] == ["Chưa đúng.", "Các vị trí chưa đúng: 2."]
    practice.answer(STEPS[:3])
    assert practice.check() == []
    file = tmp_path / "b.tra-loi.json"
    graded = Ordering("nop", STEPS, "Chọn 2 bước", graded=True, positions=2, answers_file=file)
    graded.answer(["Trình ký", "Tiếp nhận"])
    assert graded.check() == [] and read_answers(file)[0] == {"nop": ["Trình ký", "Tiếp nhận"]}
    with pytest.raises(ValueError):
        Ordering("nop", STEPS, "Xếp", positions=5)


def test_a_plan_is_put_in_order_with_every_step_placed() -> None:
    """The offline plan of module M11: shuffled, the wrong positions named, a gap or a step picked twice explained."""
    plan = Ordering("ke_hoach", weak_link.OFFLINE_PLAN, "Xếp các bước", seed=11, hint="…")
    assert plan.shown != list(weak_link.OFFLINE_PLAN)
    plan.answer(list(reversed(weak_link.OFFLINE_PLAN)))
    assert plan.check()[:2] == ["Chưa đúng.", "Các vị trí chưa đúng: 1, 2, 4, 5."] and "Gợi ý: …" in plan.feedback.value
    plan.answer(["", *weak_link.OFFLINE_PLAN[1:]])
    plan.button.click()
    assert "Còn mục chưa chọn: số 1." in plan.feedback.value
    plan.answer(list(weak_link.OFFLINE_PLAN))
    assert plan.check() == [] and "✅" in plan.feedback.value
