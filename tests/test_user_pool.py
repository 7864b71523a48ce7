"""Two grading runs at once never run kernels as the same grading user; a run's users are free again after it."""

from __future__ import annotations

from pathlib import Path

import pytest

from kynangso.errors import KitError
from kynangso.grading.isolation import user_pool
from kynangso.grading.isolation.sandbox import Plan


@pytest.fixture
def pool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(user_pool, "LOCKS", tmp_path)
    # Creating system users needs root; which numbers a run gets is what is checked here.
    monkeypatch.setattr(user_pool, "ensure_users", lambda numbers: tuple(f"cham{n}" for n in numbers))


def test_two_runs_at_once_get_different_users(pool: None) -> None:
    plan = Plan("bwrap", users=("a", "b"))
    with user_pool.reserved(plan) as first, user_pool.reserved(plan) as second:
        assert first.users == ("cham1", "cham2")
        assert second.users == ("cham3", "cham4")
    with user_pool.reserved(Plan("bwrap", users=("a",))) as again:
        assert again.users == ("cham1",)


def test_a_plan_without_users_is_left_as_it_is(pool: None) -> None:
    plan = Plan("limits")
    with user_pool.reserved(plan) as same:
        assert same is plan


def test_a_full_machine_says_so_in_vietnamese(pool: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(user_pool, "MOST", 3)
    with (user_pool.reserved(Plan("bwrap", users=("a", "b"))), pytest.raises(KitError, match="quá nhiều lượt"),
          user_pool.reserved(Plan("bwrap", users=("a", "b")))):
        pass
