"""Rules in kynangso.rules.outgoing_documents (module 12): order of the steps, day of issue, fixing a mistake."""

from __future__ import annotations

from datetime import date

import pytest

from kynangso.data import outgoing_documents as data
from kynangso.rules import communes
from kynangso.rules import outgoing_documents as vbdi


def test_each_step_needs_the_one_before() -> None:
    assert vbdi.order_problem(vbdi.APPROVED, vbdi.APPROVED) is None
    assert "Điều 11" in (vbdi.order_problem(vbdi.DRAFTED, vbdi.APPROVED) or "")  # signing an unapproved draft
    assert "Điều 32" in (vbdi.order_problem(vbdi.APPROVED, vbdi.SIGNED) or "")  # numbering before signature
    assert "cơ quan" in (vbdi.order_problem(vbdi.SIGNED, vbdi.NUMBERED) or "")  # agency signature before number
    assert "đã làm xong" in (vbdi.order_problem(vbdi.SENT, vbdi.APPROVED) or "")
    assert "trả lại" in (vbdi.order_problem(vbdi.RETURNED, vbdi.DRAFTED) or "")


@pytest.mark.parametrize(("signed", "level", "latest"), [
    (date(2026, 12, 10), "Thường", date(2026, 12, 11)),  # Thursday → Friday
    (date(2026, 12, 11), "Thường", date(2026, 12, 14)),  # Friday → Monday
    (date(2026, 12, 11), "Hỏa tốc", date(2026, 12, 11)),  # urgent: the same day
    (date(2026, 4, 29), "Thường", date(2026, 5, 4)),  # over 30/4 and 1/5 and the weekend
])
def test_latest_release_day(signed: date, level: str, latest: date) -> None:
    assert vbdi.latest_release_day(signed, level) == latest


def test_release_problems_name_channel_and_day() -> None:
    signed = date(2026, 12, 11)
    assert vbdi.release_problems(signed=signed, day=date(2026, 12, 14), level="Thường", channel=vbdi.LINK) == []
    late = vbdi.release_problems(signed=signed, day=date(2026, 12, 15), level="Thường", channel=vbdi.CHANNELS[2])
    assert len(late) == 2 and "Zalo" in late[0] and "Điều 18" in late[1]
    assert "khẩn" in vbdi.release_problems(signed=signed, day=date(2026, 12, 14), level="Khẩn",
                                           channel=vbdi.LINK)[0]
    assert vbdi.release_problems(signed=signed, day=date(2026, 12, 10), level="Thường", channel=vbdi.LINK)
    assert vbdi.release_problems(signed=signed, day=None, level="Thường", channel=vbdi.LINK)


@pytest.mark.parametrize("mistake", list(vbdi.FIX_FOR))
def test_one_right_fix_for_each_mistake(mistake: str) -> None:
    right = [fix for fix in vbdi.FIXES if not vbdi.fix_problems(mistake, fix)]
    assert right == [vbdi.FIX_FOR[mistake]]
    assert "không tự xóa" in vbdi.fix_problems(mistake, vbdi.DELETE_QUIETLY)[0]
    assert vbdi.fix_problems(mistake, "— chọn —")


def test_tasks_use_the_course_communes_and_number_by_year() -> None:
    tasks = (data.SAMPLE, data.HALF, data.PRACTICE, data.NEW_YEAR)
    assert all(communes.find(task.unit.removeprefix("UBND ")) in communes.QUY_CHAU for task in tasks)
    assert (data.SAMPLE.number, data.SAMPLE.number_symbol) == (212, "212/UBND-KT")
    assert (data.NEW_YEAR.number, data.NEW_YEAR.number_symbol) == (1, "01/TB-UBND")
    assert all(task.signer in vbdi.APPROVERS and task.recipient in data.RECEIVERS for task in tasks)
    assert all(task.mistake in ("", *vbdi.FIX_FOR) for task in tasks)
