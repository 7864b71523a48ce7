"""OutgoingFlow: draft, submit, sign, number, issue and fix as the buttons do; wrong order refused, nothing lost."""

from __future__ import annotations

import pytest

from kynangso.data.outgoing_documents import HALF, NEW_YEAR, PRACTICE, SAMPLE, OutgoingTask
from kynangso.rules import outgoing_documents as vbdi
from kynangso.widgets.outgoing_flow import OutgoingFlow


def _signed(task: OutgoingTask) -> OutgoingFlow:
    flow = OutgoingFlow(task)
    assert flow.draft(task.doc_type, task.level, task.recipient) == []
    assert flow.submit(task.signer) == []
    if task.comment:
        assert flow.stage == vbdi.RETURNED and task.comment in flow.result.value
        assert flow.draft() == [] and flow.submit() == []
    assert flow.sign(vbdi.PERSONAL_SIGNATURE) == []
    return flow


def _sent(task: OutgoingTask) -> OutgoingFlow:
    flow = _signed(task)
    assert flow.number(task.number, task.signed.date()) == []
    assert flow.sign(vbdi.AGENCY_SIGNATURE) == []
    assert flow.send(vbdi.LINK, task.signed.date()) == []
    return flow


@pytest.mark.parametrize("task", [SAMPLE, HALF, PRACTICE, NEW_YEAR])
def test_the_whole_flow_in_order_ends_done(task: OutgoingTask) -> None:
    flow = _sent(task)
    if task.mistake:
        assert not flow.done and flow.fix(vbdi.FIX_FOR[task.mistake]) == []
    assert flow.done and flow.state["done"] and "Rất tốt" in flow.result.value
    assert [entry["ok"] for entry in flow.state["log"]] == [True] * len(flow.state["log"])


def test_steps_out_of_order_are_refused_and_change_nothing() -> None:
    flow = OutgoingFlow(SAMPLE)
    assert "Soạn dự thảo" in flow.submit("Phó Chủ tịch UBND xã")[0]
    assert flow.draft(SAMPLE.doc_type, SAMPLE.level, SAMPLE.recipient) == []
    assert "Điều 11" in flow.sign(vbdi.PERSONAL_SIGNATURE)[0]  # not approved yet
    assert "Điều 32" in flow.sign(vbdi.AGENCY_SIGNATURE)[0]
    assert flow.submit("Văn thư")  # the clerk does not approve
    assert flow.submit("Phó Chủ tịch UBND xã") == [] and flow.stage == vbdi.APPROVED
    assert "Điều 15" in flow.number(212, "10/12/2026")[0]  # no number before the signature
    assert flow.sign(vbdi.PERSONAL_SIGNATURE) == []
    assert "Cấp số" in flow.sign(vbdi.AGENCY_SIGNATURE)[0]
    assert "Chỉ phát hành" in flow.send(vbdi.LINK, "10/12/2026")[0]
    assert flow.stage == vbdi.SIGNED and flow.state["number"] is None
    assert [entry["ok"] for entry in flow.state["log"]] == [False, True, False, False, False, True, False, True,
                                                             False, False]


def test_number_day_channel_and_fix_are_checked() -> None:
    flow = _signed(NEW_YEAR)
    problems = flow.number(58, "6/1/2026")
    assert len(problems) == 1 and "01/01" in problems[0]
    assert "ngày" in flow.number(1, "07/01/2026")[0].lower()
    assert flow.number(1, "06/01/2026") == [] and "01/TB-UBND" in flow.status.value
    assert flow.sign(vbdi.AGENCY_SIGNATURE) == []
    assert len(flow.send(vbdi.CHANNELS[1], "08/01/2026")) == 2  # personal e-mail, and too late
    assert flow.send(vbdi.LINK, "07/01/2026") == [] and "thiếu số 0" in flow.result.value
    assert "đính chính" in flow.fix(vbdi.REPLACE)[0]
    assert flow.fix(vbdi.CORRECT) == [] and flow.done


def test_urgent_document_is_issued_the_same_day() -> None:
    flow = _signed(PRACTICE)
    assert flow.number(349, "15/12/2026") == [] and flow.sign(vbdi.AGENCY_SIGNATURE) == []
    assert "ngay sau khi ký" in flow.send(vbdi.LINK, "16/12/2026")[0]
    assert "HỎA TỐC" in flow.card.value


def test_reset_starts_over_and_clears_the_form() -> None:
    flow = _sent(SAMPLE)
    flow.reset()
    assert flow.stage == vbdi.START and flow.state["log"] == [] and flow.number_box.value == ""
    assert flow.type_box.value == "— chọn —" and not flow.done
    with pytest.raises(ValueError, match="không có thao tác"):
        flow.act("Đóng dấu giấy")
