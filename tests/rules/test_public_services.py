"""Rules in kynangso.rules.public_services (module M5).

- NĐ 42/2022/NĐ-CP (24/6/2022, in force 15/8/2022): two levels of online public service — toàn trình (submission
  and processing fully online, result online or by public post) and một phần (the rest) — domain-facts §2.4.
- NĐ 69/2024/NĐ-CP (25/6/2024): VNeID level 1 self-registered in the app, level 2 in person with biometrics — §2.5.
- The dossier status flow is the course's teaching model of the one-stop workflow (NĐ 118/2025/NĐ-CP), with the
  papers of §2.6 (phiếu yêu cầu bổ sung, phiếu từ chối, giấy tiếp nhận và hẹn trả).
"""

from __future__ import annotations

import itertools
import re

import pytest

from kynangso.rules import public_services as dvc


@pytest.mark.parametrize(("online", "in_person", "result_remote", "level"), [
    (True, False, True, dvc.FULL),
    (True, True, True, dvc.PARTIAL),      # e.g. must bring the original papers
    (True, False, False, dvc.PARTIAL),    # result collected at the desk
    (True, True, False, dvc.PARTIAL),
    (False, False, True, "Chưa là dịch vụ công trực tuyến"),
])
def test_service_level_follows_nd42(online: bool, in_person: bool, result_remote: bool, level: str) -> None:
    assert dvc.service_level(submit_online=online, in_person=in_person, result_online_or_post=result_remote) == level


def test_sources_cite_the_decrees_with_their_dates() -> None:
    assert dvc.LEVELS_SOURCE == "Nghị định 42/2022/NĐ-CP ngày 24/6/2022 (có hiệu lực từ 15/8/2022)"
    assert "69/2024/NĐ-CP ngày 25/6/2024" in dvc.VNEID_SOURCE
    assert "118/2025/NĐ-CP ngày 09/6/2025" in dvc.ONE_STOP_SOURCE
    assert "bưu chính công ích" in dvc.LEVEL_RULE


def test_vneid_levels_match_nd69() -> None:
    assert "tự đăng ký trên ứng dụng VNeID" in dvc.VNEID_LEVELS[1]
    # NĐ 69/2024: level 2 is defined by biometric verification (face image and fingerprints), not by a place.
    assert "sinh trắc học" in dvc.VNEID_LEVELS[2] and "vân tay" in dvc.VNEID_LEVELS[2]
    assert "ảnh khuôn mặt" in dvc.VNEID_LEVELS[2] and "Công an" not in dvc.VNEID_LEVELS[2]
    assert "tự đăng ký" in dvc.VNEID_LEVELS[1] and "một số tiện ích" in dvc.VNEID_LEVELS[1]
    assert "VNeID mức độ 2" in dvc.VILLAGER_STEPS[0]


def test_every_status_has_its_transitions_and_only_two_are_final() -> None:
    assert set(dvc.TRANSITIONS) == set(dvc.STATUSES)
    assert all(set(targets) <= set(dvc.STATUSES) for targets in dvc.TRANSITIONS.values())
    assert {s for s in dvc.STATUSES if not dvc.next_statuses(s)} == {dvc.REFUSED, dvc.RETURNED}


def test_the_happy_path_reaches_the_citizen() -> None:
    path = [dvc.WAITING, dvc.ACCEPTED, dvc.PROCESSING, dvc.RESULT_READY, dvc.RETURNED]
    for current, new in itertools.pairwise(path):
        assert dvc.transition_problem(current, new) is None
    assert dvc.transition_problem(dvc.MORE_NEEDED, dvc.WAITING) is None  # resubmitted after adding papers


@pytest.mark.parametrize(("current", "new", "message"), [
    (dvc.WAITING, dvc.PROCESSING, "Từ 'Chờ tiếp nhận' hồ sơ chỉ chuyển được sang: Đã tiếp nhận, Yêu cầu bổ sung, "
                                  "Từ chối."),
    (dvc.ACCEPTED, dvc.RETURNED, "Từ 'Đã tiếp nhận' hồ sơ chỉ chuyển được sang: Đang xử lý."),
    (dvc.MORE_NEEDED, dvc.ACCEPTED, "Từ 'Yêu cầu bổ sung' hồ sơ chỉ chuyển được sang: Chờ tiếp nhận."),
    (dvc.RETURNED, dvc.WAITING, "'Đã trả kết quả' là trạng thái cuối: hồ sơ không chuyển tiếp được nữa."),
    (dvc.REFUSED, dvc.ACCEPTED, "'Từ chối' là trạng thái cuối: hồ sơ không chuyển tiếp được nữa."),
    (dvc.WAITING, dvc.WAITING, "Từ 'Chờ tiếp nhận' hồ sơ chỉ chuyển được sang"),
])
def test_wrong_transitions_are_explained(current: str, new: str, message: str) -> None:
    problem = dvc.transition_problem(current, new)
    assert problem is not None and problem.startswith(message)


def test_an_unknown_status_is_refused_with_the_list() -> None:
    with pytest.raises(ValueError, match=re.escape("Không có trạng thái 'Xong'. Các trạng thái: Chờ tiếp nhận, ")):
        dvc.next_statuses("Xong")
    assert dvc.transition_problem(dvc.WAITING, "Xong") is not None


def test_each_paper_belongs_to_its_step() -> None:
    assert dvc.PAPERS[dvc.ACCEPTED] == "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"
    assert dvc.PAPERS[dvc.MORE_NEEDED].startswith("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ")
    assert dvc.PAPERS[dvc.REFUSED].startswith("Phiếu từ chối")
    assert set(dvc.PAPERS) <= set(dvc.STATUSES)


def test_villager_steps_never_ask_for_the_otp() -> None:
    assert len(dvc.VILLAGER_STEPS) == 5 and dvc.PORTAL in dvc.VILLAGER_STEPS[1]
    assert "mã hồ sơ" in dvc.VILLAGER_STEPS[-1]
    assert not any("OTP" in step or "mật khẩu" in step for step in dvc.VILLAGER_STEPS)
    assert "Không bao giờ hỏi" in dvc.NEVER and "OTP" in dvc.NEVER
