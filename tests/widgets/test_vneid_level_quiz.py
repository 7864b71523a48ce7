"""VneidLevelQuiz (module M6): each feature goes to VNeID level 1 (self-registered in the app, few features) or
level 2 (identity verified with biometrics, face image and fingerprints; worth the card; the course asks for it
for online public services) — NĐ 69/2024/NĐ-CP
of 25/6/2024, domain-facts §2.5. check() does what the "Kiểm tra" button does."""

from __future__ import annotations

from kynangso.widgets.vneid_level_quiz import ITEMS, LEVEL_1, LEVEL_2, SOURCE, VneidLevelQuiz

ANSWERS = [level for _, level, _ in ITEMS]


def test_the_key_follows_nd69() -> None:
    assert SOURCE == "Nghị định 69/2024/NĐ-CP ngày 25/6/2024 về định danh và xác thực điện tử"
    by_text = {text: level for text, level, _ in ITEMS}
    assert by_text["Tự đăng ký trên ứng dụng VNeID, chỉ cần chụp ảnh khuôn mặt bằng điện thoại"] == LEVEL_1
    assert by_text["Danh tính đã được xác thực bằng vân tay và ảnh khuôn mặt"] == LEVEL_2
    assert not any("Công an" in text for text in by_text)
    assert by_text["Đăng nhập Cổng Dịch vụ công quốc gia để nộp hồ sơ trực tuyến"] == LEVEL_2
    assert by_text["Dùng thẻ căn cước điện tử trên điện thoại, có giá trị như xuất trình thẻ căn cước"] == LEVEL_2


def test_all_right_shows_the_reasons() -> None:
    quiz = VneidLevelQuiz()
    quiz.choose(ANSWERS)
    assert quiz.check() == []
    assert "✅ Đúng cả. Vì sao:" in quiz.result.value
    assert "sinh trắc học" in quiz.result.value


def test_nothing_chosen_is_reported_item_by_item() -> None:
    quiz = VneidLevelQuiz()
    assert quiz.check() == [f"Đặc điểm {i}: bạn chưa chọn." for i in range(1, len(ITEMS) + 1)]
    assert f"❌ Còn {len(ITEMS)} chỗ cần xem lại:" in quiz.result.value and SOURCE in quiz.result.value


def test_wrong_and_unknown_choices() -> None:
    quiz = VneidLevelQuiz()
    swapped = [LEVEL_2 if a == LEVEL_1 else LEVEL_1 for a in ANSWERS]
    swapped[2] = "Mức 3"  # not a choice: the box stays empty
    quiz.choose(swapped)
    problems = quiz.check()
    assert len(problems) == len(ITEMS)
    assert problems[0].startswith("Đặc điểm 1: chưa đúng. Gợi ý: mức 1 tự đăng ký, ít tính năng")
    assert problems[2] == "Đặc điểm 3: bạn chưa chọn."
    assert "Mức 3" not in quiz.result.value


def test_the_button_rechecks_after_a_fix() -> None:
    quiz = VneidLevelQuiz()
    quiz.choose([LEVEL_1, *ANSWERS[1:]] if ANSWERS[0] == LEVEL_2 else [LEVEL_2, *ANSWERS[1:]])
    quiz.button.click()
    assert "❌ Còn 1 chỗ cần xem lại" in quiz.result.value
    quiz.boxes[0].value = ANSWERS[0]
    quiz.button.click()
    assert "✅ Đúng cả." in quiz.result.value
