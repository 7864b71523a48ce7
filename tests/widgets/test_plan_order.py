"""PlanOrder: check() does what the button does and names the wrong positions."""

from __future__ import annotations

from kynangso.rules import weak_link
from kynangso.widgets.plan_order import PlanOrder


def test_plan_order_accepts_the_right_order_only() -> None:
    plan = PlanOrder(weak_link.OFFLINE_PLAN, rule="…", seed=11)
    assert plan.shuffled != list(weak_link.OFFLINE_PLAN)
    assert plan.check(list(weak_link.OFFLINE_PLAN)) == [] and "✅" in plan.result.value
    assert plan.check(list(reversed(weak_link.OFFLINE_PLAN))) == [1, 2, 4, 5]
    plan.boxes[0].value = "— chọn bước —"
    plan.button.click()
    assert "Còn bước chưa chọn." in plan.result.value
