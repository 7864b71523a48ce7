"""Rules in kynangso.rules.document_register (module M3), NĐ 30/2020/NĐ-CP Chương III (domain-facts §2.1):
incoming documents are registered and handed over the same day, at the latest the next working day; documents marked
"Hỏa tốc", "Thượng khẩn" or "Khẩn" at once; numbers run through the year and restart on 1 January.
(Year-boundary numbering and the handover of Khẩn/Thường on a Friday are in tests/test_modules_03_05.py.)"""

from __future__ import annotations

from datetime import date

import pytest

from kynangso.rules import document_register as vbdd


def test_three_urgency_levels_of_nd30() -> None:
    assert vbdd.URGENCY_LEVELS == ("Hỏa tốc", "Thượng khẩn", "Khẩn")
    assert vbdd.ALL_LEVELS[-1] == vbdd.NORMAL == "Thường"
    assert "30/2020/NĐ-CP ngày 05/3/2020" in vbdd.SOURCE


@pytest.mark.parametrize("level", ["Hỏa tốc", "Thượng khẩn", "Khẩn", " Khẩn "])
def test_urgent_documents_are_handed_over_at_once(level: str) -> None:
    assert vbdd.is_urgent(level)
    assert vbdd.handover_rule(level) == vbdd.HANDOVER_NOW
    assert vbdd.latest_handover_day(date(2026, 2, 13), level) == date(2026, 2, 13)


@pytest.mark.parametrize(("received", "latest"), [
    (date(2026, 3, 4), date(2026, 3, 5)),     # Wednesday → Thursday
    (date(2026, 2, 13), date(2026, 2, 23)),   # Friday before Tết 14–22/2
    (date(2026, 1, 9), date(2026, 1, 10)),    # Saturday 10/01/2026 is a make-up working day
    (date(2026, 4, 24), date(2026, 4, 28)),   # weekend, then Giỗ Tổ moved to Monday 27/4
])
def test_normal_documents_by_the_next_working_day(received: date, latest: date) -> None:
    assert not vbdd.is_urgent(vbdd.NORMAL)
    assert vbdd.handover_rule(vbdd.NORMAL) == vbdd.HANDOVER_SAME_DAY
    assert vbdd.latest_handover_day(received, vbdd.NORMAL) == latest


def test_handover_choices_contain_both_rules_and_wrong_ones() -> None:
    assert vbdd.HANDOVER_NOW in vbdd.HANDOVER_CHOICES and vbdd.HANDOVER_SAME_DAY in vbdd.HANDOVER_CHOICES
    assert len(set(vbdd.HANDOVER_CHOICES)) == len(vbdd.HANDOVER_CHOICES) == 4


def test_next_number_starts_at_1_and_follows_on() -> None:
    assert vbdd.next_number(None, None, on=date(2026, 3, 2)) == 1
    assert vbdd.next_number(5, None, on=date(2026, 3, 2)) == 1
    assert vbdd.next_number(5, date(2026, 12, 31), on=date(2026, 12, 31)) == 6
    assert vbdd.next_number(99, date(2026, 1, 1), on=date(2026, 12, 31)) == 100


def test_route_starts_and_ends_at_the_registry_and_uses_known_roles() -> None:
    route = vbdd.INCOMING_ROUTE
    assert route[0].who == "Văn thư" and route[0].what.startswith("Tiếp nhận")
    assert route[1].what.startswith("Đăng ký: cấp số đến, ghi ngày đến")
    assert route[-1].who == "Văn thư" and "lập hồ sơ" in route[-1].what
    assert {step.who for step in route} == set(vbdd.ROLES)
    leader = next(i for i, step in enumerate(route) if step.who == "Lãnh đạo")
    lead_officer = next(i for i, step in enumerate(route) if step.who == "Chuyên viên chủ trì")
    assert 1 < leader < lead_officer  # registered, then the leader assigns, then the officer handles


RECEIVED = date(2026, 11, 19)


def problems(**changes: object) -> list[str]:
    entry: dict[str, object] = {"number": 5, "day": RECEIVED, "level": "Khẩn", "handover": vbdd.HANDOVER_NOW,
                                "expected_number": 5, "received": RECEIVED, "expected_level": "Khẩn"}
    entry.update(changes)
    return vbdd.register_problems(**entry)  # type: ignore[arg-type]


def test_a_right_entry_has_no_problem() -> None:
    assert problems() == []
    assert problems(level="Thường", expected_level="Thường", handover=vbdd.HANDOVER_SAME_DAY) == []


@pytest.mark.parametrize(("changes", "message"), [
    ({"number": None}, "Bạn chưa nhập số đến."),
    ({"number": 6}, "Số đến lấy liên tiếp: bằng số đến của văn bản đăng ký ngay trước cộng thêm 1."),
    ({"number": 1533, "expected_number": 1}, "Số đến bắt đầu lại từ 1 vào ngày 01/01 mỗi năm. "
                                              "Văn bản này nhận trong năm mới."),
    ({"day": None}, "Ngày đến cần có dạng ngày/tháng/năm, ví dụ 19/11/2026."),
    ({"day": date(2026, 11, 18)}, "Ngày đến là ngày văn thư nhận được văn bản (xem dòng 'Nhận lúc')."),
    ({"level": "Thường"}, "Độ khẩn ghi đúng như dấu/trường độ khẩn trên văn bản gửi đến."),
    ({"handover": vbdd.HANDOVER_SAME_DAY}, "Văn bản có độ khẩn (Hỏa tốc, Thượng khẩn, Khẩn) phải trình và chuyển "
                                           "giao ngay."),
    ({"level": "Thường", "expected_level": "Thường", "handover": "Trong vòng 3 ngày làm việc"},
     "Văn bản thường: trình, chuyển giao trong ngày, chậm nhất ngày làm việc tiếp theo."),
])
def test_each_wrong_field_gets_its_own_message(changes: dict[str, object], message: str) -> None:
    assert problems(**changes) == [message]


def test_several_mistakes_are_all_reported_in_form_order() -> None:
    found = problems(number=None, day=None, level="Thường", handover=vbdd.HANDOVER_SAME_DAY)
    assert [p.split()[0] for p in found] == ["Bạn", "Ngày", "Độ", "Văn"]
