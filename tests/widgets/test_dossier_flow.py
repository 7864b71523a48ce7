"""DossierFlow (module M5): events happen to a dossier; advance() does what the "Chuyển trạng thái" button does. Only
the transitions of kynangso.rules.public_services are allowed; each step shows its paper (giấy tiếp nhận, phiếu yêu cầu
bổ sung, phiếu từ chối — domain-facts §2.6)."""

from __future__ import annotations

import pytest

from kynangso.rules import public_services as dvc
from kynangso.widgets.dossier_flow import DossierFlow, Event


def flow() -> DossierFlow:
    return DossierFlow([
        Event("Bà Lò Thị Xuân (giả định) nộp thiếu bản sao giấy khai sinh", dvc.MORE_NEEDED, "Hồ sơ còn thiếu giấy."),
        Event("Bà nộp bổ sung bản sao", dvc.WAITING),
        Event("Cán bộ kiểm tra: hồ sơ đủ", dvc.ACCEPTED),
    ], title="Hồ sơ HS-0001 (giả định)")


def test_board_shows_the_title_the_path_and_the_current_event() -> None:
    dossier = flow()
    assert "<b>Hồ sơ HS-0001 (giả định)</b>" in dossier.board.value
    assert "Đường đi của hồ sơ: <b>Chờ tiếp nhận</b>" in dossier.board.value
    assert "(1/3): Bà Lò Thị Xuân (giả định) nộp thiếu" in dossier.board.value
    assert dossier.status == dvc.WAITING and not dossier.done


def test_nothing_picked_asks_to_pick() -> None:
    dossier = flow()
    assert dossier.advance() == ["Bạn chưa chọn trạng thái mới."]
    assert "❌ Chưa đúng:" in dossier.result.value and dossier.status == dvc.WAITING


def test_a_transition_the_model_forbids_lists_the_allowed_ones() -> None:
    dossier = flow()
    assert dossier.advance(dvc.PROCESSING) == ["Từ 'Chờ tiếp nhận' hồ sơ chỉ chuyển được sang: Đã tiếp nhận, "
                                               "Yêu cầu bổ sung, Từ chối."]
    assert dossier.history == [dvc.WAITING]


def test_an_allowed_but_wrong_status_gets_the_event_hint_and_keeps_the_pick() -> None:
    dossier = flow()
    problems = dossier.advance(dvc.ACCEPTED)
    assert problems == ["Trạng thái này có thể xảy ra, nhưng chưa đúng với việc vừa xảy ra. Hồ sơ còn thiếu giấy."]
    assert dossier.picker.value == dvc.ACCEPTED and dossier.position == 0


def test_right_steps_move_on_show_the_paper_and_reset_the_picker() -> None:
    dossier = flow()
    assert dossier.advance(dvc.MORE_NEEDED) == []
    assert "✅ Đúng: hồ sơ chuyển sang 'Yêu cầu bổ sung'." in dossier.result.value
    assert "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ" in dossier.result.value
    assert dossier.picker.value == "— chọn —" and "(2/3): Bà nộp bổ sung bản sao" in dossier.board.value
    assert dossier.advance(dvc.WAITING) == []
    assert "Giấy tờ kèm theo" not in dossier.result.value  # no paper for resubmission
    dossier.picker.value = dvc.ACCEPTED
    dossier.button.click()
    assert dossier.done and dossier.status == dvc.ACCEPTED
    assert "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" in dossier.result.value
    assert "<b>Chờ tiếp nhận</b> → <b>Yêu cầu bổ sung</b> → <b>Chờ tiếp nhận</b> → <b>Đã tiếp nhận</b>" in (
        dossier.board.value)
    assert "hồ sơ đã xong" in dossier.board.value


def test_after_the_last_event_the_dossier_stays_put() -> None:
    dossier = DossierFlow([Event("Hồ sơ đủ", dvc.ACCEPTED)])
    assert dossier.advance(dvc.ACCEPTED) == [] and dossier.done
    assert dossier.advance(dvc.PROCESSING) == []
    assert dossier.history == [dvc.WAITING, dvc.ACCEPTED] and "✅ Hồ sơ đã đi hết các bước." in dossier.result.value


def test_a_scenario_the_learner_could_never_finish_is_refused() -> None:
    with pytest.raises(ValueError, match="Việc 2 \\('Trả kết quả'\\) không làm được: Từ 'Đã tiếp nhận' hồ sơ chỉ"):
        DossierFlow([Event("Hồ sơ đủ", dvc.ACCEPTED), Event("Trả kết quả", dvc.RETURNED)])
    with pytest.raises(ValueError, match="Việc 1 \\('Hồ sơ đủ'\\) không làm được: Từ 'Chờ tiếp nhận'"):
        DossierFlow([Event("Hồ sơ đủ", "Xong")])
    with pytest.raises(ValueError, match="'Từ chối' là trạng thái cuối"):
        DossierFlow([Event("Người dân hỏi lại", dvc.WAITING)], start=dvc.REFUSED)


def test_dossier_flow_is_a_simulator_with_reset_and_state() -> None:
    dossier = DossierFlow([Event("thiếu giấy tờ", dvc.MORE_NEEDED), Event("nộp bổ sung", dvc.WAITING)])
    assert dossier.advance(dvc.REFUSED) != [] and dossier.advance(dvc.MORE_NEEDED) == []
    assert dossier.state["statuses"] == [dvc.WAITING, dvc.MORE_NEEDED]
    assert [e["ok"] for e in dossier.state["log"]] == [False, True]
    dossier.reset_button.click()
    assert dossier.status == dvc.WAITING and dossier.position == 0 and dossier.state["log"] == []
