"""The course profile: place names lessons take from ``profile.yml``, so another commune changes one file."""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest
import yaml
from nbclient import NotebookClient

from kynangso.grading.steady_client import SteadyKernelManager
from kynangso.rules import place
from tests.conftest import CHECKOUT

LESSON_03 = CHECKOUT.course / "03-van-ban-den-di" / "bai-hoc-03.ipynb"
OTHER = {"province": {"code": 1, "name": "Hà Nội"}, "former_district": "Ba Vì",
         "communes": ["Ba Vì", "Cổ Đô", "Minh Châu", "Tản Viên"], "agency": "UBND xã {xa}"}


@pytest.fixture(autouse=True)
def _fresh() -> None:
    place._load.cache_clear()


def _course(root: Path, profile: dict | None) -> Path:
    root.mkdir(parents=True)
    (root / "catalogue.yml").write_text("course: {}\n", encoding="utf-8")
    if profile is not None:
        (root / "profile.yml").write_text(yaml.safe_dump(profile, allow_unicode=True), encoding="utf-8")
    return root


def test_the_shipped_profile_is_the_kits_own() -> None:
    assert place.find(CHECKOUT.root) == CHECKOUT.profile
    assert place.ho_so(CHECKOUT.root) == place.DEFAULT
    assert place.uy_ban(4) == "UBND xã Châu Bình" and place.ten_chinh_thuc()[0] == "Xã Quỳ Châu"


def test_another_communes_trainer_changes_one_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _course(tmp_path / "khoa", OTHER)
    (root / "course" / "03-x").mkdir(parents=True)
    monkeypatch.delenv("KYNANGSO_COURSE", raising=False)
    monkeypatch.chdir(root / "course" / "03-x")  # where a lesson runs
    assert place.cac_xa() == ("Ba Vì", "Cổ Đô", "Minh Châu", "Tản Viên")
    assert place.uy_ban(4) == "UBND xã Tản Viên" and place.ho_so().province_code == 1
    with pytest.raises(ValueError, match="4 xã"):
        place.xa(5)


def test_a_course_without_a_profile_gets_the_kits_and_a_broken_one_is_named(tmp_path: Path) -> None:
    assert place.ho_so(_course(tmp_path / "khong-co", None)) == place.DEFAULT
    broken = _course(tmp_path / "hong", {"province": {"code": 1}})
    with pytest.raises(ValueError, match="communes"):
        place.ho_so(broken)


def test_lesson_03_takes_its_agency_from_the_profile_and_runs_with_another(tmp_path: Path) -> None:
    code = "\n".join(c.source for c in nbformat.read(LESSON_03, as_version=4).cells if c.cell_type == "code")
    assert "Châu Bình" not in code and code.count("dia_phuong.uy_ban(4)") == 4
    root = _course(tmp_path / "khoa", OTHER)
    lesson = root / "course" / "03-van-ban-den-di" / LESSON_03.name
    lesson.parent.mkdir(parents=True)
    shutil.copy2(LESSON_03, lesson)
    nb = nbformat.read(lesson, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("print(so_den_chau_binh.unit)"))
    NotebookClient(nb, timeout=120, kernel_manager_class=SteadyKernelManager,
                   resources={"metadata": {"path": str(lesson.parent)}}).execute()
    assert nb.cells[-1].outputs[0]["text"].strip() == "UBND xã Tản Viên"


def test_a_released_folder_finds_its_own_profile_without_a_catalogue(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "hoc-vien"
    folder = home / "02-the-thuc-van-ban"  # a learner's folder: released assignments, no catalogue anywhere above
    folder.mkdir(parents=True)
    (folder / "profile.yml").write_text(yaml.safe_dump(OTHER, allow_unicode=True), encoding="utf-8")
    monkeypatch.delenv("KYNANGSO_COURSE", raising=False)
    monkeypatch.chdir(folder)
    assert place.find() == folder / "profile.yml" and place.xa(2) == "Cổ Đô"
    lessons = home / "bai-hoc"
    (lessons / "03-x").mkdir(parents=True)
    (lessons / "profile.yml").write_text(yaml.safe_dump(OTHER, allow_unicode=True), encoding="utf-8")
    assert place.find(lessons / "03-x") == lessons / "profile.yml"  # one folder up, as the hub hands lessons out
    inner = _course(tmp_path / "khoa" / "lop", None)  # a catalogue without a profile stops the search: the kit's own
    (inner.parent / "profile.yml").write_text(yaml.safe_dump(OTHER, allow_unicode=True), encoding="utf-8")
    assert place.find(inner) is None and place.ho_so(inner) == place.DEFAULT


def test_the_hub_hands_the_lessons_their_profile(tmp_path: Path) -> None:
    from kynangso.course.workspace import copy_course
    from kynangso.delivery.hub.handout import LESSONS, hand_out

    course = copy_course(CHECKOUT, tmp_path / "khoa")
    shutil.copytree(CHECKOUT.exercises, course.exercises)
    home = tmp_path / "home" / "hv01"
    home.mkdir(parents=True)
    hand_out(course, home)
    assert (home / LESSONS / "profile.yml").read_bytes() == course.profile.read_bytes()
    assert (home / "02-the-thuc-van-ban" / "profile.yml").read_bytes() == course.profile.read_bytes()
    assert place.find(home / LESSONS / "03-van-ban-den-di") == home / LESSONS / "profile.yml"


def test_data_written_for_the_kits_communes_is_given_with_the_profiles_names(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import dataclass
    from typing import NamedTuple

    @dataclass(frozen=True)
    class Letter:
        sender: str
        pages: int

    class Row(NamedTuple):
        unit: str
        count: int

    written = (Letter("UBND tỉnh Nghệ An", 2), [Row("UBND xã Châu Bình", 3)], {"k": "XÃ HÙNG CHÂN, huyện Quỳ Châu"})
    monkeypatch.delenv("KYNANGSO_COURSE", raising=False)
    monkeypatch.chdir(CHECKOUT.root)
    assert place.theo_ho_so(written) is written
    monkeypatch.chdir(_course(tmp_path / "khac", OTHER))
    assert place.theo_ho_so(written) == (Letter("UBND tỉnh Hà Nội", 2), [Row("UBND xã Tản Viên", 3)],
                                         {"k": "XÃ MINH CHÂU, huyện Ba Vì"})
