"""Hostile, broken or careless zip files: nothing is written outside the course, memory stays bounded."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from kynangso.grading import safezip
from kynangso.grading.collect import collect
from kynangso.paths import CourseRoot
from tests.adversarial.conftest import notebook
from tests.conftest import M02

NAME = "Lò Thị Hoa - bai tap 02.ipynb"


def _zip(path: Path, members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _placed(course: CourseRoot) -> bytes:
    return (course.submitted / "lo-thi-hoa" / M02 / "bai-tap-02.ipynb").read_bytes()


def _outside(tmp_path: Path) -> list[Path]:
    return [p for p in tmp_path.rglob("*.ipynb") if "course" not in p.parts and "safe" not in p.parts]


@pytest.mark.parametrize("name", ["../../" + NAME, "/tmp/" + NAME, "..\\..\\" + NAME, "C:/Users/hoa/" + NAME,
                                  "a/../../../" + NAME])
def test_path_traversal_name_is_reduced_to_bare_name(roster_course: CourseRoot, tmp_path: Path, name: str) -> None:
    (tmp_path / "safe").mkdir()
    archive = _zip(tmp_path / "safe" / "x.zip", {name: notebook("a")})
    before = set(_outside(tmp_path))
    result = collect(course=roster_course, paths=[archive])
    assert [learner for learner, _, _ in result.collected] == ["lo-thi-hoa"]
    assert _placed(roster_course) == notebook("a")
    assert set(_outside(tmp_path)) == before
    assert not Path("/tmp", NAME).exists() or Path("/tmp", NAME).read_bytes() != notebook("a")


def test_zip_bomb_is_refused_with_reason(roster_course: CourseRoot, tmp_path: Path) -> None:
    bomb = _zip(tmp_path / "bomb.zip", {NAME: b"{" + b" " * (50 * 1024 * 1024) + b"}"})
    assert bomb.stat().st_size < 1024 * 1024
    result = collect(course=roster_course, paths=[bomb])
    assert not result.collected
    assert "quá lớn" in dict(result.unmatched)[f"{bomb}!{NAME}"]


def test_oversized_notebook_stored_uncompressed_is_refused(roster_course: CourseRoot, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safezip, "MAX_NOTEBOOK", 10_000)
    big = _zip(tmp_path / "big.zip", {NAME: notebook("x" * 20_000)}, zipfile.ZIP_STORED)
    result = collect(course=roster_course, paths=[big])
    assert not result.collected and "quá lớn" in result.unmatched[0][1]


def test_too_many_members_refuses_the_whole_zip(roster_course: CourseRoot, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safezip, "MAX_MEMBERS", 5)
    many = _zip(tmp_path / "many.zip", {f"rac-{i}.txt": b"x" for i in range(10)} | {NAME: notebook("a")})
    result = collect(course=roster_course, paths=[many])
    assert not result.collected and "quá 5" in result.unmatched[0][1]


def test_total_budget_stops_reading(roster_course: CourseRoot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safezip, "MAX_TOTAL", len(notebook("a")) + 10)
    two = _zip(tmp_path / "two.zip", {NAME: notebook("a"), "Vi Văn Đức bai 02.ipynb": notebook("b")})
    result = collect(course=roster_course, paths=[two])
    assert [learner for learner, _, _ in result.collected] == ["lo-thi-hoa"]
    assert len(result.unmatched) == 1


def test_not_a_zip_is_explained_not_crashed(roster_course: CourseRoot, tmp_path: Path) -> None:
    fake = tmp_path / "bai-nop.zip"
    fake.write_bytes(b"this is not a zip file at all")
    result = collect(course=roster_course, paths=[fake])
    assert "bị hỏng" in result.unmatched[0][1]


def test_truncated_zip_is_explained_not_crashed(roster_course: CourseRoot, tmp_path: Path) -> None:
    whole = _zip(tmp_path / "whole.zip", {NAME: notebook("a" * 5000)}).read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(whole[: len(whole) // 2])
    result = collect(course=roster_course, paths=[cut])
    assert not result.collected and "hỏng" in result.unmatched[0][1]


def test_corrupted_member_is_explained_and_others_kept(roster_course: CourseRoot, tmp_path: Path) -> None:
    good = notebook("a")
    bad = notebook("b" * 3000)
    path = _zip(tmp_path / "mix.zip", {"Vi Văn Đức 02.ipynb": bad, NAME: good})
    data = bytearray(path.read_bytes())
    start = data.find(b"Vi V") + 60  # inside the first member's compressed bytes
    data[start:start + 40] = b"\0" * 40
    path.write_bytes(bytes(data))
    result = collect(course=roster_course, paths=[path])
    assert [learner for learner, _, _ in result.collected] == ["lo-thi-hoa"]
    assert any("hỏng" in reason for _, reason in result.unmatched)


def test_encrypted_member_is_explained(roster_course: CourseRoot, tmp_path: Path) -> None:
    path = _zip(tmp_path / "locked.zip", {NAME: notebook("a")}, zipfile.ZIP_STORED)
    data = bytearray(path.read_bytes())
    for header in (b"PK\x03\x04", b"PK\x01\x02"):  # set the "encrypted" flag in both headers
        at = data.find(header)
        flag = at + (6 if header == b"PK\x03\x04" else 8)
        data[flag] |= 0x1
    path.write_bytes(bytes(data))
    result = collect(course=roster_course, paths=[path])
    assert not result.collected and "mật khẩu" in result.unmatched[0][1]


def test_nested_zip_and_other_files_are_ignored(roster_course: CourseRoot, tmp_path: Path) -> None:
    inner = _zip(tmp_path / "inner.zip", {NAME: notebook("inner")}).read_bytes()
    path = _zip(tmp_path / "outer.zip", {"inner.zip": inner, "anh.jpg": b"\xff\xd8", "ghi-chu.txt": b"x"})
    result = collect(course=roster_course, paths=[path])
    assert not result.collected and not result.unmatched


def test_macos_resource_forks_are_ignored(roster_course: CourseRoot, tmp_path: Path) -> None:
    path = _zip(tmp_path / "mac.zip", {"__MACOSX/._" + NAME: b"\0\5\26\7", NAME: notebook("a")})
    result = collect(course=roster_course, paths=[path])
    assert len(result.collected) == 1 and not result.unmatched


def test_directory_entries_with_notebook_suffix_are_ignored(roster_course: CourseRoot, tmp_path: Path) -> None:
    path = tmp_path / "dir.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("thu-muc.ipynb/", b"")
        archive.writestr(NAME, notebook("a"))
    result = collect(course=roster_course, paths=[path])
    assert len(result.collected) == 1 and not result.unmatched


def test_invalid_date_in_header_does_not_crash(roster_course: CourseRoot, tmp_path: Path) -> None:
    path = tmp_path / "date.zip"
    with zipfile.ZipFile(path, "w") as archive:
        info = zipfile.ZipInfo(NAME, date_time=(1980, 1, 1, 0, 0, 0))
        archive.writestr(info, notebook("a"))
    data = bytearray(path.read_bytes())
    for header, offset in ((b"PK\x03\x04", 10), (b"PK\x01\x02", 12)):  # month 0, day 0
        at = data.find(header) + offset
        data[at:at + 4] = b"\0\0\0\0"
    path.write_bytes(bytes(data))
    result = collect(course=roster_course, paths=[path])
    assert len(result.collected) == 1


def test_garbage_notebook_in_zip_is_kept_unmatched_not_lost(roster_course: CourseRoot, tmp_path: Path) -> None:
    path = _zip(tmp_path / "rac.zip", {"khong-ro.ipynb": b"\x00\x01 not json"})
    result = collect(course=roster_course, paths=[path])
    assert not result.collected and len(result.unmatched) == 1
    assert len(list(roster_course.unmatched.glob("*khong-ro.ipynb"))) == 1
