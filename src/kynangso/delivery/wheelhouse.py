"""Per-platform wheel sets for the offline bundle: the locks in ``locks/``, downloading them, checking them.

``pip download --platform`` evaluates environment markers against the machine it runs on, so a Linux
machine silently leaves out Windows-only and macOS-only packages (pywinpty, colorama, appnope). The locks
are resolved per platform by uv (``make locks``) and downloaded exactly, with ``--no-deps``.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from packaging.tags import Tag, compatible_tags, cpython_tags, mac_platforms
from packaging.utils import InvalidWheelFilename, canonicalize_name, parse_wheel_filename
from packaging.version import Version

from kynangso.errors import KitError
from kynangso.i18n import N_, _

PYTHON = "3.11"


@dataclass(frozen=True)
class Platform:
    """One target of the offline bundle."""

    name: str
    lock: str
    title: str
    pip_platforms: tuple[str, ...]
    archive: str

    def accepts(self, tag: Tag) -> bool:
        """Whether a wheel built for ``tag`` installs on this platform with CPython 3.11 (pip's own tag rules)."""
        return tag in _compatible(self.pip_platforms)


@cache
def _compatible(pip_platforms: tuple[str, ...]) -> frozenset[Tag]:
    platforms: list[str] = []
    for name in pip_platforms:
        if name.startswith("macosx_"):
            _, major, minor, arch = name.split("_", 3)
            platforms += mac_platforms((int(major), int(minor)), arch)
        else:
            platforms.append(name)
    return frozenset([*cpython_tags((3, 11), abis=["cp311"], platforms=platforms),
                      *compatible_tags((3, 11), "cp311", platforms)])


_MANYLINUX = (*(f"manylinux_2_{minor}_x86_64" for minor in range(28, 4, -1)),
              "manylinux2014_x86_64", "manylinux2010_x86_64", "manylinux1_x86_64")

PLATFORMS = {
    "linux": Platform("linux", "linux-x86_64", N_("Linux x86_64 (glibc 2.28 trở lên, ví dụ Debian 12)"),
                      _MANYLINUX, "tar.gz"),
    "windows": Platform("windows", "windows-x86_64", "Windows 10/11 64-bit", ("win_amd64",), "zip"),
    "macos": Platform("macos", "macos-arm64", N_("macOS 12+ trên chip Apple (M1 trở lên)"), ("macosx_12_0_arm64",),
                      "tar.gz"),
}


def read_lock(path: Path) -> dict[str, str]:
    """``{canonical name: version}`` from a lock written by ``uv pip compile``."""
    return read_lock_lines(path.read_text(encoding="utf-8").splitlines(), path.name)


def read_lock_lines(lines: list[str], source: str = "lock") -> dict[str, str]:
    pins: dict[str, str] = {}
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if "==" not in line:
            raise KitError(_("{source}: dòng '{dong}' không ghi phiên bản cố định (tên==phiên bản).").format(
                source=source, dong=raw))
        name, version = line.split("==", 1)
        pins[canonicalize_name(name)] = version.strip()
    return pins


def lock_file(root: Path, platform: Platform) -> Path:
    path = root / "locks" / f"{platform.lock}.txt"
    if not path.is_file():
        raise KitError(_("Không có tệp khóa phiên bản 'locks/{name}'. Hãy chạy 'make locks' trong bản mã nguồn.")
                       .format(name=path.name))
    return path


def download(lock: Path, platform: Platform, target: Path) -> None:
    """Download exactly the locked wheels for ``platform`` into ``target`` (needs the package index)."""
    target.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--quiet",
               "--python-version", PYTHON, "--implementation", "cp",
               "--abi", "cp311", "--abi", "abi3", "--abi", "none",
               *[arg for tag in platform.pip_platforms for arg in ("--platform", tag)],
               "--dest", str(target), "--requirement", str(lock)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        tail = "\n".join(done.stderr.strip().splitlines()[-5:])
        raise KitError(_("Không tải được các gói cho {nen_tang} (cần mạng khi đóng gói, không cần khi cài):\n{loi}")
                       .format(nen_tang=_(platform.title), loi=tail))


def build_kit_wheel(root: Path, target: Path) -> Path:
    """Build the kit's own wheel from the checkout at ``root``."""
    if not (root / "pyproject.toml").is_file():
        raise KitError(_("'{root}' không phải bản mã nguồn kynangso (thiếu pyproject.toml); lệnh bundle cần bản đó.")
                       .format(root=root))
    target.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(target),
                           str(root)], capture_output=True, text=True, check=False)
    wheels = sorted(target.glob("kynangso-*.whl"))
    if done.returncode != 0 or not wheels:
        raise KitError(_("Không đóng được gói kynangso từ '{root}':\n{loi}").format(root=root,
                                                                              loi=done.stderr.strip()[-800:]))
    return wheels[-1]


def locked_wheels(pins: dict[str, str], folder: Path, platform: Platform) -> dict[str, Path]:
    """``{"name==version": wheel}`` for the lock entries that have a wheel in ``folder`` installing on ``platform``."""
    wanted = {(name, str(Version(version))): f"{name}=={version}" for name, version in pins.items()}
    found: dict[str, Path] = {}
    for wheel in sorted(folder.glob("*.whl")):
        try:
            name, version, _build, tags = parse_wheel_filename(wheel.name)
        except InvalidWheelFilename:
            continue
        entry = wanted.get((str(name), str(version)))
        if entry and any(platform.accepts(tag) for tag in tags):
            found.setdefault(entry, wheel)
    return found


def missing_wheels(pins: dict[str, str], folder: Path, platform: Platform) -> list[str]:
    """Lock entries with no wheel in ``folder`` that installs on ``platform`` (empty when complete)."""
    found = locked_wheels(pins, folder, platform)
    return sorted(f"{name}=={version}" for name, version in pins.items() if f"{name}=={version}" not in found)


__all__ = ["PLATFORMS", "PYTHON", "Platform", "build_kit_wheel", "download", "lock_file", "locked_wheels",
           "missing_wheels", "read_lock",
           "read_lock_lines"]
