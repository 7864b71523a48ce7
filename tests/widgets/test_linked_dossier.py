"""LinkedDossier: papers, appointment, each procedure by its agency in order, result — as the buttons do."""

from __future__ import annotations

from kynangso.data.civil_status_cases import CASES, HALF, PRACTICE, SAMPLE, CivilCase
from kynangso.rules import civil_status as ht
from kynangso.widgets.linked_dossier import COMPLETE, DONE, RECEIVED, START, LinkedDossier


def _finish(case: CivilCase) -> LinkedDossier:
    sim = LinkedDossier(case)
    assert sim.check_papers(case.missing) == []
    if case.days is not None:
        assert sim.stage == COMPLETE and sim.appoint(ht.appointment(case.received.date(), case.group)) == []
    assert sim.stage == RECEIVED
    for step in case.chosen:
        assert sim.process(step, ht.AGENCY[step]) == []
    assert sim.hand_back() == [] and sim.done
    return sim


def test_every_case_can_be_done_from_receipt_to_result() -> None:
    for case in CASES:
        sim = _finish(case)
        assert sim.state["steps"] == list(case.chosen) and all(e["ok"] for e in sim.state["log"])


def test_missing_paper_must_be_spotted_and_a_needless_one_is_refused() -> None:
    sim = LinkedDossier(HALF)
    assert sim.check_papers([]) != [] and sim.stage == START
    problems = sim.check_papers([ht.GIAY_CHUNG_SINH, ht.ANH_THE])
    assert len(problems) == 1 and "ảnh thẻ" in problems[0] and "❌" in sim.result.value
    assert sim.check_papers([ht.GIAY_CHUNG_SINH]) == [] and "bổ sung" in sim.result.value
    assert sim.check_papers([ht.GIAY_CHUNG_SINH]) != []  # already done: said so, nothing lost
    assert sim.stage == COMPLETE


def test_the_appointment_is_three_working_days_after_receipt() -> None:
    sim = LinkedDossier(SAMPLE)
    assert sim.appoint("04/12/2026") != []  # papers first
    sim.check_papers([])
    assert sim.appoint("03/12/2026") != [] and sim.appoint("07/12/2026") != [] and sim.appoint("ngày mai") != []
    assert sim.appoint("4/12/2026") == [] and sim.state["appointed"] == "2026-12-04"


def test_wrong_agency_or_wrong_order_is_refused_and_then_done_right() -> None:
    sim = LinkedDossier(PRACTICE)
    sim.check_papers([ht.GIAY_BAO_TU])
    assert sim.appoint("10/12/2026") != []  # no deadline taught for the death group
    assert sim.process(ht.MAI_TANG, ht.BHXH) != []  # before the death is registered
    assert sim.process(ht.KHAI_TU, ht.CONG_AN_XA) != []
    assert sim.hand_back() != []
    assert sim.process(ht.KHAI_TU, ht.UBND_XA) == []
    assert sim.process(ht.TU_TUAT, ht.BHXH) == [] and sim.process(ht.XOA_THUONG_TRU, ht.CONG_AN_XA) == []
    assert sim.process(ht.MAI_TANG, ht.BHXH) == [] and sim.hand_back() == [] and sim.stage == DONE
    assert [e["ok"] for e in sim.state["log"]].count(False) == 4


def test_reset_starts_over() -> None:
    sim = _finish(SAMPLE)
    sim.reset()
    assert sim.stage == START and sim.state["log"] == [] and sim.state["steps"] == []
    assert all(not tick.value for tick in sim.ticks.values()) and sim.day_box.value == ""
