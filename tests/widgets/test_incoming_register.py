"""IncomingRegister: register and route (chuyển xử lý) as the buttons do; mistakes explained, nothing lost."""

from __future__ import annotations

from datetime import date

from kynangso.data.incoming_documents import ROUTING_EXISTING, ROUTING_LETTERS, SAMPLE_EXISTING, SAMPLE_LETTERS
from kynangso.rules import document_register as vbdd
from kynangso.widgets.incoming_register import IncomingRegister


def _registered_first() -> IncomingRegister:
    register = IncomingRegister(ROUTING_LETTERS, ROUTING_EXISTING)
    assert register.register(1246, "04/12/2026", "Thường", vbdd.HANDOVER_SAME_DAY) == []
    return register


def test_a_directed_document_waits_to_be_routed_before_the_next_one() -> None:
    register = _registered_first()
    assert register.awaiting_route and register.position == 0
    assert "Ý kiến chỉ đạo" in register.card.value and "Phòng Kinh tế" in register.card.value
    problems = register.register(1247, "04/12/2026", "Khẩn", vbdd.HANDOVER_NOW)
    assert problems and "chuyển xử lý trước" in problems[0]
    assert [r.number for r in register.rows][-1] == 1246  # nothing written twice


def test_routing_checks_the_unit_and_the_working_day_deadline() -> None:
    register = _registered_first()
    # Friday 04/12/2026 + 5 working days: the weekend is skipped and the day of receipt is not counted.
    too_early = register.route("Phòng Văn hóa - Xã hội", "10/12/2026")
    assert too_early == ["Chuyển đúng đơn vị mà lãnh đạo giao chủ trì (xem dòng 'Ý kiến chỉ đạo').",
                         "Hạn xử lý sớm hơn quy định: đếm đủ số ngày làm việc, không tính chính ngày đến."]
    assert "❌" in register.result.value and register.awaiting_route
    assert register.route("Phòng Kinh tế", "12/12/2026") == [
        "Hạn xử lý muộn hơn quy định: chỉ đếm ngày làm việc, không tính thứ Bảy, Chủ nhật, ngày lễ, "
        "và không tính chính ngày đến."]
    assert register.route(deadline=date(2026, 12, 11)) == []
    assert register.routes[1246] == ("Phòng Kinh tế", date(2026, 12, 11))
    assert register.position == 1 and not register.awaiting_route
    assert "11/12/2026" in register.table.value and "✅" in register.result.value


def test_route_button_runs_the_same_check_and_everything_is_logged() -> None:
    register = _registered_first()
    register.route_button.click()
    assert "Bạn chưa chọn nơi chuyển xử lý." in register.result.value
    register.route("Phòng Kinh tế", "11/12/2026")
    register.register(1247, "04/12/2026", "Khẩn", vbdd.HANDOVER_NOW)
    assert register.route("Văn phòng HĐND và UBND", "08/12/2026") == [] and register.done
    state = register.state
    assert [e["action"] for e in state["log"]] == ["Vào sổ", "Chuyển xử lý", "Chuyển xử lý", "Vào sổ",
                                                   "Chuyển xử lý"]
    assert [e["ok"] for e in state["log"]] == [True, False, True, True, True]
    assert state["routes"] == {"1246": {"to": "Phòng Kinh tế", "deadline": "2026-12-11"},
                               "1247": {"to": "Văn phòng HĐND và UBND", "deadline": "2026-12-08"}}


def test_reset_starts_again_from_the_first_document() -> None:
    register = _registered_first()
    register.route("Phòng Kinh tế", "11/12/2026")
    register.reset_button.click()
    assert register.position == 0 and register.routes == {} and register.journal == []
    assert [r.number for r in register.rows] == [r.number for r in ROUTING_EXISTING]
    assert register.register(1246, "04/12/2026", "Thường", vbdd.HANDOVER_SAME_DAY) == []


def test_letters_without_direction_register_as_before_and_hide_routing() -> None:
    register = IncomingRegister(SAMPLE_LETTERS, SAMPLE_EXISTING)
    assert register.register(1246, "19/11/2026", "Hỏa tốc", vbdd.HANDOVER_NOW) == []
    assert register.position == 1 and not register.awaiting_route
    assert "Chuyển cho" not in register.table.value
    assert register.route("Phòng Kinh tế", "11/12/2026") == [
        "Chưa có văn bản nào chờ chuyển xử lý: hãy vào sổ văn bản trước."]
