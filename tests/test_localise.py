"""``kynangso localise``: the whole course rewritten for another province's communes, and back, byte for byte.

The other profile is Lào Cai with four of its communes (used here as a made-up example; the names are in the official
list, so lesson 0's and exercise 0's look-ups work). Marked facts stay; practice data and widgets follow the profile
when called; a localised assignment is released, answered, collected and graded by nbgrader with full marks, which
needs the grading kernel to read the shipped ``profile.yml`` (exercise 0 looks the answer up in the profile's province).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
import yaml

from kynangso.course import localise as loc
from kynangso.course import notebooks
from kynangso.course.catalogue import load_catalogue
from kynangso.course.learners import import_roster
from kynangso.course.simulate import fill, load_answers
from kynangso.course.workspace import copy_course
from kynangso.errors import KitError
from kynangso.grading.collect import collect
from kynangso.grading.grade import grade
from kynangso.grading.learner_pages.questions import render_markdown
from kynangso.paths import WRITTEN_FOR_FILE, CourseRoot
from kynangso.reporting.report import learner_table
from kynangso.rules import place
from tests.conftest import CHECKOUT

LAO_CAI = {"province": {"code": 15, "name": "Lào Cai"}, "former_district": "Bắc Hà",
           "communes": ["Bắc Hà", "Si Ma Cai", "Mường Khương", "Bảo Thắng"], "agency": "UBND xã {xa}"}
# Every written form of the kit's own names (as place.forms writes them), in any letter case. Diacritic-free spellings
# ("Chau Binh", a wrong answer of the class simulation) are not rewritten: they could not be written back.
OLD = re.compile("|".join(sorted({re.escape(t) for _, t in place.forms(place.DEFAULT, 4)}, key=len, reverse=True)),
                 re.IGNORECASE)
M00 = "00-lam-quen-so-tay"


def _set_profile(course: CourseRoot, profile: dict[str, object]) -> None:
    """What a trainer does: write other names in profile.yml."""
    course.profile.write_text(yaml.safe_dump(profile, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _files(course: CourseRoot) -> dict[str, bytes]:
    found = [*loc.course_files(course), *course.exercises.rglob("*.ipynb"), *course.exercises.rglob("*.yml"),
             course.catalogue]
    return {str(p.relative_to(course.root)): p.read_bytes() for p in found if ".ipynb_checkpoints" not in p.parts}


def _texts(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return ["".join(c["source"]) for c in json.loads(text)["cells"]] if path.suffix == ".ipynb" else [text]


def _kept(course: CourseRoot) -> list[str]:
    return [m.group(0) for p in loc.course_files(course) for t in _texts(p) for m in loc._KEPT.finditer(t)]


def _copy(tmp: Path) -> CourseRoot:
    course = copy_course(CHECKOUT, tmp)
    shutil.copytree(CHECKOUT.exercises, course.exercises)
    return course


@pytest.fixture(scope="module")
def lao_cai(tmp_path_factory: pytest.TempPathFactory) -> tuple[CourseRoot, loc.Result]:
    course = _copy(tmp_path_factory.mktemp("lao-cai") / "lop")
    _set_profile(course, LAO_CAI)
    return course, loc.localise(course=course)


def test_another_province_leaves_no_example_of_the_old_names(lao_cai: tuple[CourseRoot, loc.Result]) -> None:
    course, result = lao_cai
    assert result.occurrences > 300 and result.released == len(load_catalogue(course.catalogue).assignments)
    left = [f"{p.relative_to(course.root)}: {m.group(0)}"
            for p in [*loc.course_files(course), *sorted(course.exercises.rglob("*.ipynb"))]
            for text in _texts(p) for m in OLD.finditer(loc._KEPT.sub("", text))]
    assert not left, left[:10]
    lesson_14 = "\n".join(_texts(course.course / "14-bao-cao-bang-tinh" / "bai-hoc-14.ipynb"))
    assert 'ho_so_thang(xa="Bắc Hà")' in lesson_14 and "bao-cao-bac-ha.xlsx" in lesson_14
    exercise_13 = "\n".join(_texts(course.exercises / "13-soan-thao-van-ban" / "bai-tap-13.ipynb"))
    assert "Ủy ban nhân dân xã Bảo Thắng** (tỉnh Lào Cai)" in exercise_13
    solution_13 = "\n".join(_texts(course.solutions / "13-soan-thao-van-ban" / "bai-tap-13.ipynb"))
    assert "ỦY BAN NHÂN DÂN XÃ BẢO THẮNG" in solution_13 and load_catalogue(course.catalogue).units.province == "15"
    assert "UBND HUYỆN BẮC HÀ" in "\n".join(_texts(course.course / "10-tri-tue-nhan-tao" / "bai-hoc-10.ipynb"))
    assert (course.exercises / M00 / "profile.yml").read_bytes() == course.profile.read_bytes()
    assert loc.out_of_date(course) == []


def test_the_marked_facts_are_kept(lao_cai: tuple[CourseRoot, loc.Result]) -> None:
    course, result = lao_cai
    kept = _kept(course)
    assert kept == _kept(CHECKOUT) and len(kept) == result.kept > 30
    joined = "\n".join(kept)
    assert "Nghị quyết 1678/NQ-UBTVQH15" in joined and "**Xã Hùng Chân** (16801)" in joined
    lesson_1 = "\n".join(_texts(course.course / "01-chuyen-doi-so" / "bai-hoc-01.ipynb"))
    assert "Với huyện Quỳ Châu cũ:" in lesson_1 and "cho cán bộ ở Lào Cai" in lesson_1
    shown = render_markdown(f"Từ {loc.KEEP_OPEN}Nghệ An{loc.KEEP_CLOSE} có 130 xã")  # a feedback page: no marker
    assert "giữ" not in shown and "Nghệ An có 130 xã" in shown


def test_running_it_again_changes_nothing(lao_cai: tuple[CourseRoot, loc.Result]) -> None:
    course, _ = lao_cai
    before = _files(course)
    again = loc.localise(course=course)
    assert (again.files, again.occurrences, again.released) == ([], 0, 0) and _files(course) == before


def test_there_and_back_gives_the_same_bytes(tmp_path: Path) -> None:
    course = _copy(tmp_path / "lop")
    original, profile = _files(course), course.profile.read_bytes()
    _set_profile(course, LAO_CAI)
    there = loc.localise(course=course)
    assert _files(course) != original and loc.written_for(course) == place.ho_so(course.root) != place.DEFAULT
    course.profile.write_bytes(profile)  # the shipped profile.yml again
    back = loc.localise(course=course)
    assert back.occurrences == there.occurrences and back.kept == there.kept
    assert _files(course) == original and not (course.root / WRITTEN_FOR_FILE).exists()


def test_swapping_two_communes_swaps_them_everywhere(tmp_path: Path) -> None:
    course = copy_course(CHECKOUT, tmp_path / "lop")
    swapped = {**yaml.safe_load(CHECKOUT.profile.read_text(encoding="utf-8")),
               "communes": ["Châu Tiến", "Quỳ Châu", "Hùng Chân", "Châu Bình"]}
    _set_profile(course, swapped)
    loc.localise(course=course, release=False)
    lesson_7 = "\n".join(_texts(course.course / "07-mot-cua-cap-xa" / "bai-hoc-07b.ipynb"))
    assert 'key="Châu Tiến"' in lesson_7
    assert '["Châu Bình", "Quỳ Châu", "Hùng Chân", "Châu Tiến"]' in lesson_7
    assert "UBND HUYỆN QUỲ CHÂU" in "\n".join(_texts(course.course / "10-tri-tue-nhan-tao" / "bai-hoc-10.ipynb"))


@pytest.mark.parametrize(("change", "says"), [
    ({"communes": ["Bắc Hà", "Si Ma Cai", "Mường Khương"]}, "chỉ có 3 xã"),
    ({"communes": ["Bắc Hà", "", "Mường Khương", "Bảo Thắng"]}, "tên xã trống"),
    ({"communes": ["Bắc Hà", "Si Ma Cai", "Bắc Hà", "Bảo Thắng"]}, "trùng tên"),
    ({"province": {"code": 15, "name": "Si Ma Cai"}}, "viết giống nhau ('Si Ma Cai')"),
    ({"province": {"code": 15, "name": ""}}, "'province'"),
    ({"communes": ["Bắc Hà", "Si Ma Cai", "Thị Xuân", "Bảo Thắng"]}, "đã có tên 'Thị Xuân'"),
])
def test_a_profile_that_cannot_be_used_is_refused_and_nothing_changes(
        tmp_path: Path, change: dict[str, object], says: str) -> None:
    course = _copy(tmp_path / "lop")
    before = _files(course)
    _set_profile(course, {**LAO_CAI, **change})
    with pytest.raises(KitError, match=re.escape(says)) as refused:
        loc.localise(course=course)
    assert "\n" not in str(refused.value) and _files(course) == before and loc.out_of_date(course)


def test_an_edited_profile_is_reported_by_check_until_localised(tmp_path: Path) -> None:
    course = copy_course(CHECKOUT, tmp_path / "lop")
    assert loc.out_of_date(course) == []
    _set_profile(course, LAO_CAI)
    assert "kynangso localise" in loc.out_of_date(course)[0]


def test_practice_data_and_widgets_name_the_profiles_places_when_called(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kynangso.data import (
        civil_status_cases,
        online_dossiers,
        outgoing_documents,
        pdf_test_ca,
        report_workbook,
        signing_certificates,
    )
    from kynangso.data.monthly_figures import make_monthly
    from kynangso.data.one_stop_dossiers import make_dossiers
    from kynangso.widgets.commune_name import CommuneNameBox
    from kynangso.widgets.header_composer import HeaderComposer

    monkeypatch.delenv("KYNANGSO_COURSE", raising=False)
    monkeypatch.chdir(CHECKOUT.root)
    kit_dossiers, kit_monthly, kit_report = make_dossiers(), make_monthly(), report_workbook.ho_so_thang()
    assert kit_monthly["Xã"].tolist() == list(place.DEFAULT.communes)
    released = tmp_path / "02-bai-tap"  # a released assignment: its profile.yml, no catalogue above
    released.mkdir()
    (released / "profile.yml").write_text(yaml.safe_dump(LAO_CAI, allow_unicode=True), encoding="utf-8")
    monkeypatch.chdir(released)
    names = dict(zip(place.DEFAULT.communes, LAO_CAI["communes"], strict=True))  # type: ignore[call-overload]

    dossiers = make_dossiers()
    assert set(dossiers["Xã tiếp nhận"]) == set(names.values())
    pd.testing.assert_frame_equal(dossiers, kit_dossiers.assign(**{"Xã tiếp nhận": kit_dossiers["Xã tiếp nhận"]
                                                                    .map(names)}))
    assert make_monthly()["Xã"].tolist() == list(names.values())
    assert make_monthly().drop(columns="Xã").equals(kit_monthly.drop(columns="Xã"))
    assert report_workbook.ho_so_thang().equals(kit_report) and report_workbook.XA_BAI_TAP == "Si Ma Cai"
    assert civil_status_cases.SAMPLE.commune == "Xã Bảo Thắng" and civil_status_cases.CASES[1].commune == "Xã Bắc Hà"
    assert set(civil_status_cases.make_cases(3)["Xã"]) <= {f"Xã {n}" for n in names.values()}
    assert "Sở Y tế tỉnh Lào Cai" in outgoing_documents.receivers()
    assert outgoing_documents.SAMPLE.unit == "UBND xã Bảo Thắng"
    assert signing_certificates.SAMPLE_CERTIFICATES[1].holder == "UBND xã Bảo Thắng"
    assert pdf_test_ca.decision().commune == "Xã Si Ma Cai"
    assert sorted(online_dossiers.COMMUNE_CODES.values()) == sorted(names.values())
    box = CommuneNameBox()
    assert box.check("bảo thắng") == "Xã Bảo Thắng" and "tỉnh Lào Cai — một trong 4 xã thay cho huyện Bắc Hà cũ" \
        in box.result.value and box.name_box.placeholder == "ví dụ Bảo Thắng"
    assert HeaderComposer("Bắc Hà", pd.Timestamp(2026, 1, 9).date(), 4).date_box.placeholder == "ví dụ Bắc Hà, ngày ..."

    monkeypatch.chdir(CHECKOUT.root)  # and back: the kit's own names again, read anew
    assert civil_status_cases.SAMPLE.commune == "Xã Châu Bình" and make_dossiers().equals(kit_dossiers)


@pytest.mark.slow
def test_a_localised_assignment_is_graded_with_full_marks(lao_cai: tuple[CourseRoot, loc.Result],
                                                          tmp_path: Path) -> None:
    """Three learners on one worker: the second and third kernels are started ahead (kynangso.grading.warm)."""
    course = CourseRoot(tmp_path / "lop")
    shutil.copytree(lao_cai[0].root, course.root)
    names = {"lo-thi-hoa": "Lò Thị Hoa", "vi-van-duc": "Vi Văn Đức", "kha-thi-mai": "Kha Thị Mai"}
    pd.DataFrame([{"Họ và tên": n, "Đơn vị": "Bảo Thắng"} for n in names.values()]).to_csv(tmp_path / "ds.csv",
                                                                                        index=False)
    import_roster(course=course, file=tmp_path / "ds.csv")
    assignment = load_catalogue(course.catalogue).assignment(M00)
    answers = load_answers(course, assignment)
    assert 'cau_1.answer("Bảo Thắng")' in answers.right.values()
    for name in names.values():
        inbox = tmp_path / "inbox" / name
        inbox.mkdir(parents=True)
        notebooks.write(fill(course.exercises / M00 / assignment.notebook, answers.right), inbox / assignment.notebook)
        shutil.copyfile(course.exercises / M00 / "profile.yml", inbox / "profile.yml")  # the learner's folder, as is
    collect(course=course, paths=[tmp_path / "inbox"])
    assert not list((course.root / "grading" / "submitted").rglob("profile.yml"))  # not a submission
    outcomes = grade(course=course, assignments=[M00], workers=1, isolation="none")
    assert all(o.ok for o in outcomes) and len(outcomes) == len(names)
    for learner in names:
        graded = course.root / "grading" / "autograded" / learner / M00 / "profile.yml"
        assert graded.read_bytes() == course.profile.read_bytes()
    catalogue = load_catalogue(course.catalogue)
    table = learner_table(course, catalogue).set_index("Mã học viên")
    column = f"{catalogue.module_of(M00).code} ({assignment.max_points:g})"
    assert assignment.max_points > 0 and table.loc[list(names), column].tolist() == [assignment.max_points] * 3


@pytest.mark.slow
@pytest.mark.parametrize("lesson", ["01-chuyen-doi-so/bai-hoc-01.ipynb", "04-chu-ky-so/bai-hoc-04.ipynb",
                                    "07-mot-cua-cap-xa/bai-hoc-07b.ipynb", "14-bao-cao-bang-tinh/bai-hoc-14.ipynb"])
def test_localised_lessons_run_and_their_checks_pass(lao_cai: tuple[CourseRoot, loc.Result], lesson: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Their self-checks compare practice data (generated in the kernel, from the profile) with the localised text."""
    import nbformat
    from nbclient import NotebookClient

    from kynangso.grading.steady_client import SteadyKernelManager

    monkeypatch.delenv("KYNANGSO_COURSE", raising=False)
    path = lao_cai[0].course / lesson
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", kernel_manager_class=SteadyKernelManager,
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    shown = "\n".join(str(o.get("text", "")) for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    assert "Châu Bình" not in shown and "Quỳ Châu" not in shown
