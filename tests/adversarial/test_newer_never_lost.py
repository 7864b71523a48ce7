"""A late-arriving older copy never replaces a newer submission; every copy stays in the archive."""

from __future__ import annotations

import os
import zipfile
from datetime import datetime
from pathlib import Path

from kynangso.grading.collect import collect
from kynangso.paths import CourseRoot
from tests.adversarial.conftest import notebook
from tests.conftest import M02

NAME = "Lò Thị Hoa - bai tap 02.ipynb"


def _file(folder: Path, data: bytes, when: datetime) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / NAME
    path.write_bytes(data)
    os.utime(path, (when.timestamp(), when.timestamp()))
    return folder


def _placed(course: CourseRoot) -> bytes:
    return (course.submitted / "lo-thi-hoa" / M02 / "bai-tap-02.ipynb").read_bytes()


def test_older_copy_collected_after_newer_is_archived_not_placed(roster_course: CourseRoot, tmp_path: Path) -> None:
    collect(course=roster_course, paths=[_file(tmp_path / "moi", notebook("moi"), datetime(2026, 5, 2, 10))])
    result = collect(course=roster_course, paths=[_file(tmp_path / "cu", notebook("cu"), datetime(2026, 5, 1, 10))])
    assert _placed(roster_course) == notebook("moi")
    assert result.older and not result.collected
    assert {p.read_bytes() for p in roster_course.archive.glob("*.ipynb")} == {notebook("moi"), notebook("cu")}


def test_newer_copy_replaces_older_and_older_stays_archived(roster_course: CourseRoot, tmp_path: Path) -> None:
    collect(course=roster_course, paths=[_file(tmp_path / "cu", notebook("cu"), datetime(2026, 5, 1, 10))])
    result = collect(course=roster_course, paths=[_file(tmp_path / "moi", notebook("moi"), datetime(2026, 5, 2, 10))])
    assert _placed(roster_course) == notebook("moi") and result.collected
    assert any(p.read_bytes() == notebook("cu") for p in roster_course.archive.glob("*.ipynb"))


def test_zip_timestamp_decides_against_folder_timestamp(roster_course: CourseRoot, tmp_path: Path) -> None:
    collect(course=roster_course, paths=[_file(tmp_path / "usb", notebook("usb"), datetime(2026, 5, 3, 9))])
    old = tmp_path / "zalo.zip"
    with zipfile.ZipFile(old, "w") as archive:
        archive.writestr(zipfile.ZipInfo(NAME, date_time=(2026, 5, 1, 8, 0, 0)), notebook("zalo"))
    result = collect(course=roster_course, paths=[old])
    assert _placed(roster_course) == notebook("usb") and len(result.older) == 1


def test_log_records_every_copy(roster_course: CourseRoot, tmp_path: Path) -> None:
    collect(course=roster_course, paths=[_file(tmp_path / "moi", notebook("moi"), datetime(2026, 5, 2, 10))])
    collect(course=roster_course, paths=[_file(tmp_path / "cu", notebook("cu"), datetime(2026, 5, 1, 10))])
    collect(course=roster_course, paths=[_file(tmp_path / "moi", notebook("moi"), datetime(2026, 5, 2, 10))])
    log = (roster_course.archive / "nhat-ky-thu-bai.csv").read_text(encoding="utf-8")
    assert log.count("da-thu") == 1 and log.count("cu-hon") == 1 and log.count("trung-lap") == 1
