"""``kynangso bundle``: one archive per platform to install the kit and the course with no network.

The archive holds every wheel of the platform's lock (``locks/<platform>.txt``), the kit's own wheel, the
course (``khoa-hoc/``), the trainer's guide, a one-step installer and its own list of files with SHA-256
checksums, which the installer verifies before it installs anything. Building needs the package index;
installing needs nothing but the archive and Python 3.11.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tarfile
import tempfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path

from kynangso import __version__
from kynangso.course.workspace import copy_course
from kynangso.delivery import wheelhouse
from kynangso.errors import KitError
from kynangso.i18n import _
from kynangso.paths import CourseRoot

MAX_BYTES = 150 * 1024 * 1024
CHECKSUMS = "SHA256SUMS"
MANIFEST = "manifest.json"
GUIDES = ("huong-dan-giang-vien.md", "trainer-guide.md")
_INSTALL = {  # nội dung: a line of DOC-TRUOC.txt, the archive's Vietnamese read-me
    "windows": "  Bấm đúp vào cai-dat.bat (hoặc trong PowerShell: .\\cai-dat.ps1)",
    "linux": "  sh cai-dat.sh",
}


@dataclass
class Bundle:
    """What ``bundle`` wrote."""

    archive: Path
    platform: wheelhouse.Platform
    wheels: int
    size: int


def _template(name: str) -> str:
    return files("kynangso").joinpath("templates", name).read_text(encoding="utf-8")


def _fill(text: str, **values: str) -> str:
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    return text


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _stage_course(course: CourseRoot, target: Path) -> None:
    copy = copy_course(course, target)
    if not course.exercises.is_dir():
        raise KitError(_("Khóa học chưa có thư mục exercises/; hãy chạy 'kynangso release' trước khi đóng gói."))
    shutil.copytree(course.exercises, copy.exercises, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))


def write_installer(stage: Path, platform: wheelhouse.Platform, wheels: int) -> None:
    values = {"PYTHON": wheelhouse.PYTHON, "VERSION": __version__, "TITLE": platform.title, "WHEELS": str(wheels),
              "CREATED": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
              "INSTALL": _INSTALL.get(platform.name, _INSTALL["linux"])}
    if platform.name == "windows":
        # Windows PowerShell 5.1 reads a script without a byte-order mark as ANSI; cmd wants CRLF.
        (stage / "cai-dat.ps1").write_text(_fill(_template("cai-dat.ps1"), **values), encoding="utf-8-sig")
        (stage / "cai-dat.bat").write_bytes(_fill(_template("cai-dat.bat"), **values).replace("\n", "\r\n")
                                            .encode("utf-8"))
        readme = _fill(_template("DOC-TRUOC.txt"), **values).replace("\n", "\r\n")
        (stage / "DOC-TRUOC.txt").write_text(readme, encoding="utf-8-sig", newline="")
    else:
        installer = stage / "cai-dat.sh"
        installer.write_text(_fill(_template("cai-dat.sh"), **values), encoding="utf-8")
        installer.chmod(0o755)
        (stage / "DOC-TRUOC.txt").write_text(_fill(_template("DOC-TRUOC.txt"), **values), encoding="utf-8")


def write_manifest(stage: Path, platform: wheelhouse.Platform) -> None:
    """Record every file with its size and SHA-256: ``manifest.json`` and ``SHA256SUMS`` (sha256sum format)."""
    entries = []
    for path in sorted(p for p in stage.rglob("*") if p.is_file() and p.name not in {CHECKSUMS, MANIFEST}):
        entries.append({"path": path.relative_to(stage).as_posix(), "size": path.stat().st_size,
                        "sha256": _sha256(path)})
    manifest = {"kynangso": __version__, "platform": platform.name, "lock": platform.lock,
                "python": wheelhouse.PYTHON, "created": datetime.now(UTC).isoformat(timespec="seconds"),
                "files": entries}
    (stage / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    entries.append({"path": MANIFEST, "sha256": _sha256(stage / MANIFEST)})
    lines = [f"{entry['sha256']}  {entry['path']}\n" for entry in entries]
    (stage / CHECKSUMS).write_text("".join(lines), encoding="utf-8", newline="\n")


def _archive(stage: Path, out: Path, kind: str) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".tmp")
    if kind == "zip":
        with zipfile.ZipFile(partial, "w") as archive:
            for path in sorted(stage.parent.rglob("*")):
                if path.is_file():
                    method = zipfile.ZIP_STORED if path.suffix == ".whl" else zipfile.ZIP_DEFLATED
                    archive.write(path, path.relative_to(stage.parent).as_posix(), compress_type=method)
    else:
        with tarfile.open(partial, "w:gz", compresslevel=6) as archive:
            archive.add(stage, arcname=stage.name, filter=_anonymous)
    partial.replace(out)


def _anonymous(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def _cache_dir(platform: wheelhouse.Platform) -> Path:
    return Path.home() / ".cache" / "kynangso" / "wheels" / platform.lock


def _stage(stage: Path, course: CourseRoot, source: Path, target: wheelhouse.Platform, lock: Path,
           locked: Iterable[Path]) -> int:
    """Lay out the bundle's files in ``stage`` and return how many wheels it holds."""
    wheels = stage / "wheels"
    wheels.mkdir(parents=True)
    for wheel in locked:
        shutil.copy2(wheel, wheels / wheel.name)
    wheelhouse.build_kit_wheel(source, wheels)
    shutil.copy2(lock, stage / "lock.txt")
    _stage_course(course, stage / "khoa-hoc")
    guides = [source / "docs" / guide for guide in GUIDES if (source / "docs" / guide).is_file()]
    if guides:
        (stage / "huong-dan").mkdir()
        for guide in guides:
            shutil.copy2(guide, stage / "huong-dan" / guide.name)
    count = len(list(wheels.glob("*.whl")))
    write_installer(stage, target, count)
    write_manifest(stage, target)
    return count


def bundle(*, course: CourseRoot, platform: str = "linux", out: Path | None = None,
           source: Path | None = None, cache: Path | None = None) -> Bundle:
    """Build the offline bundle of one platform and return where it is.

    ``source`` is the kit's checkout (with ``pyproject.toml`` and ``locks/``); by default the course root.
    ``out`` is the archive to write, or a folder to write it into (default: the current folder).
    ``cache`` keeps downloaded wheels between builds (default: ``~/.cache/kynangso/wheels/<platform>``).
    """
    if platform not in wheelhouse.PLATFORMS:
        raise KitError(_("Không có nền tảng '{platform}'; chọn một trong: {cac_nen_tang}.").format(
            platform=platform, cac_nen_tang=", ".join(wheelhouse.PLATFORMS)))
    target = wheelhouse.PLATFORMS[platform]
    source = source or course.root
    if not (source / "pyproject.toml").is_file():
        raise KitError(_("Lệnh bundle cần chạy từ bản mã nguồn kynangso (có pyproject.toml và locks/); "
                         "'{source}' không phải bản đó.").format(source=source))
    lock = wheelhouse.lock_file(source, target)
    pins = wheelhouse.read_lock(lock)
    name = f"kynangso-{__version__}-{target.lock}"
    archive = out or Path.cwd()
    if archive.is_dir() or not archive.suffix:
        archive = archive / f"{name}.{target.archive}"

    cache = cache or _cache_dir(target)
    wheelhouse.download(lock, target, cache)
    missing = wheelhouse.missing_wheels(pins, cache, target)
    if missing:
        raise KitError(_("Thiếu gói cho {nen_tang}: {goi}.").format(nen_tang=_(target.title), goi=", ".join(missing)))
    with tempfile.TemporaryDirectory(prefix="kynangso-bundle-") as tmp:
        stage = Path(tmp) / name
        count = _stage(stage, course, source, target, lock, wheelhouse.locked_wheels(pins, cache, target).values())
        _archive(stage, archive, target.archive)
    size = archive.stat().st_size
    if size > MAX_BYTES:
        archive.unlink()
        raise KitError(_("Bộ cài cho {nen_tang} nặng {mb} MB, vượt giới hạn {toi_da} MB; không ghi tệp.").format(
            nen_tang=_(target.title), mb=f"{size / 2**20:.0f}", toi_da=MAX_BYTES // 2**20))
    return Bundle(archive=archive, platform=target, wheels=count, size=size)


__all__ = ["CHECKSUMS", "MANIFEST", "MAX_BYTES", "Bundle", "bundle", "write_installer", "write_manifest"]
