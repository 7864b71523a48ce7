"""Rules in kynangso.rules.self_assessment (module M1): a self-assessment over the 5 areas of DigComp 2.2 (JRC 2022;
the same 5 areas as domains 1–5 of TT 02/2025/TT-BGDĐT — domain-facts §1.1, §1.4), 4 levels a learner can judge
alone, and the modules to focus on."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from kynangso.course.catalogue import load_catalogue
from kynangso.paths import CourseRoot
from kynangso.rules import self_assessment as tdg


def test_five_areas_with_the_tt02_names() -> None:
    assert [lv.so for lv in tdg.LINH_VUC] == [1, 2, 3, 4, 5]
    assert [lv.ten for lv in tdg.LINH_VUC] == [
        "Khai thác dữ liệu và thông tin", "Giao tiếp và hợp tác trong môi trường số", "Sáng tạo nội dung số",
        "An toàn", "Giải quyết vấn đề",
    ]
    assert len(tdg.MUC) == 4 and all(label.startswith(f"{i} — ") for i, label in enumerate(tdg.MUC))


def test_every_module_of_the_catalogue_has_a_name(course: CourseRoot) -> None:
    assert sorted(tdg.HOC_PHAN) == [m.number for m in load_catalogue(course.catalogue).modules]


def test_recommended_modules_train_a_competence_of_that_area(course: CourseRoot) -> None:
    digcomp = {m.number: m.digcomp for m in load_catalogue(course.catalogue).modules}
    for area in tdg.LINH_VUC:
        for module in area.hoc_phan:
            assert any(code.startswith(f"{area.so}.") for code in digcomp[module]), (area.so, module)


@pytest.mark.parametrize(("levels", "label", "strong", "weak", "modules"), [
    ([3, 2, 1, 3, 3], "Khá", (1, 2, 4, 5), (3,), (2, 10, 13, 14)),
    ([2, 3, 3, 3, 0], "Khá", (1, 2, 3, 4), (5,), (0, 8, 11)),
    ([3, 3, 3, 2, 3], "Vững vàng", (1, 2, 3, 5), (4,), (4, 6, 9)),
    ([2, 2, 2, 2, 1], "Cơ bản", (1, 2, 3, 4), (5,), (0, 8, 11)),
    ([1, 3, 3, 3, 3], "Vững vàng", (2, 3, 4, 5), (1,), (3, 7, 8)),
    ([3, 3, 3, 3, 3], "Vững vàng", (1, 2, 3, 4, 5), (), ()),
])
def test_profile_points_at_the_weakest_areas(levels: Sequence[int], label: str, strong: tuple[int, ...],
                                             weak: tuple[int, ...], modules: tuple[int, ...]) -> None:
    profile = tdg.lap_ho_so(levels)
    assert profile.nhan.startswith(label)
    assert (profile.manh, profile.can_hoc, profile.hoc_phan) == (strong, weak, modules)


def test_a_low_average_adds_module_0_even_when_problem_solving_is_fine() -> None:
    profile = tdg.lap_ho_so([0, 0, 1, 1, 2])  # average 0.8
    assert profile.nhan.startswith("Mới bắt đầu") and 0 in profile.hoc_phan
    assert set(profile.hoc_phan) == {0, 3, 5, 6, 7, 8, 12, 15}  # areas 1 and 2 (level 0) + module 0


@pytest.mark.parametrize("level", [0, 1, 2])
def test_the_same_level_everywhere_means_the_whole_course(level: int) -> None:
    profile = tdg.lap_ho_so([level] * 5)
    assert profile.hoc_phan == tuple(sorted(tdg.HOC_PHAN)) and profile.can_hoc == (1, 2, 3, 4, 5)
    assert "học lần lượt cả khóa, bắt đầu từ học phần 0" in profile.van_ban()


def test_profile_text_names_areas_modules_and_is_not_a_grade() -> None:
    text = tdg.lap_ho_so([3, 2, 1, 3, 3]).van_ban()
    assert "điểm trung bình 2.4/3" in text
    assert "Nên học kỹ, củng cố: Sáng tạo nội dung số." in text
    assert "học phần 2 (Thể thức văn bản hành chính); học phần 10" in text
    assert "không phải điểm thi" in text
    assert "người biết chỉ cho người chưa biết" in tdg.lap_ho_so([3] * 5).van_ban()


@pytest.mark.parametrize("levels", [[1, 2, 3], [0, 1, 2, 3, 3, 3], [0, 1, 2, 3, 4], [-1, 0, 0, 0, 0],
                                    [1.0, 1, 1, 1, 1], [True, 1, 1, 1, 1], ["2", 1, 1, 1, 1]])
def test_wrong_inputs_are_refused_in_vietnamese(levels: list[object]) -> None:
    with pytest.raises(ValueError, match="Cần đúng 5 mức, mỗi mức là số nguyên từ 0 đến 3"):
        tdg.lap_ho_so(levels)  # type: ignore[arg-type]
