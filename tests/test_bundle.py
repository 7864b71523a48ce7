"""The offline bundle: per-platform locks, complete wheel sets, checksums, and a real install with no network."""

from __future__ import annotations

import json
import shutil
import subprocess
import tarfile
import time
import zipfile
from pathlib import Path

import pytest
from packaging.tags import Tag

from kynangso.delivery import wheelhouse
from kynangso.delivery.bundle import CHECKSUMS, MANIFEST, MAX_BYTES, Bundle, bundle, write_installer, write_manifest
from kynangso.errors import KitError
from tests.conftest import CHECKOUT
from tests.test_environment import _pins_from_pyproject
from tests.test_guide import VI_GUIDE, guide_steps

LOCK_MAY_DIFFER: set[str] = set()
PLATFORM_ONLY = {"windows": {"pywinpty", "colorama"}, "macos": {"appnope"}}
NO_NETWORK = ["unshare", "-n", "sh", "-c"]


def _constraints() -> dict[str, str]:
    lines = (CHECKOUT.root / "constraints.txt").read_text(encoding="utf-8").splitlines()
    return wheelhouse.read_lock_lines([line for line in lines if "==" in line])


@pytest.mark.parametrize("name", sorted(wheelhouse.PLATFORMS))
def test_lock_agrees_with_constraints(name: str) -> None:
    lock = wheelhouse.read_lock(wheelhouse.lock_file(CHECKOUT.root, wheelhouse.PLATFORMS[name]))
    for package, version in _pins_from_pyproject().items():
        assert lock.get(package.replace("_", "-")) == version, package
    constraints = _constraints()
    differ = {p for p in set(lock) & set(constraints) if lock[p] != constraints[p]}
    assert differ <= LOCK_MAY_DIFFER
    assert PLATFORM_ONLY.get(name, set()) <= set(lock)


@pytest.mark.slow
def test_committed_locks_are_what_make_locks_resolves(tmp_path: Path) -> None:
    """A dependency added to pyproject.toml or constraints.txt without ``make locks`` shows up here."""
    done = subprocess.run(["make", "-s", "locks", f"LOCK_DIR={tmp_path}"], cwd=CHECKOUT.root, capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr
    for platform in wheelhouse.PLATFORMS.values():
        fresh = wheelhouse.read_lock(tmp_path / f"{platform.lock}.txt")
        assert fresh == wheelhouse.read_lock(wheelhouse.lock_file(CHECKOUT.root, platform)), platform.lock


def test_platform_tags_follow_pip_rules() -> None:
    windows, linux, mac = (wheelhouse.PLATFORMS[n] for n in ("windows", "linux", "macos"))
    assert windows.accepts(Tag("cp310", "abi3", "win_amd64"))
    assert not windows.accepts(Tag("cp311", "cp311", "win32"))
    assert linux.accepts(Tag("cp311", "cp311", "manylinux_2_17_x86_64"))
    assert not linux.accepts(Tag("cp311", "cp311", "manylinux_2_34_x86_64"))  # newer glibc than the target
    assert not linux.accepts(Tag("cp312", "cp312", "manylinux_2_17_x86_64"))
    assert mac.accepts(Tag("cp311", "cp311", "macosx_10_9_universal2"))
    assert not mac.accepts(Tag("cp311", "cp311", "macosx_10_9_x86_64"))


def test_missing_wheels_names_what_the_lock_lacks(tmp_path: Path) -> None:
    (tmp_path / "colorama-0.4.6-py2.py3-none-any.whl").touch()
    (tmp_path / "pywinpty-3.1.2-cp311-cp311-manylinux_2_17_x86_64.whl").touch()  # wrong platform
    pins = {"colorama": "0.4.6", "pywinpty": "3.1.2"}
    assert wheelhouse.missing_wheels(pins, tmp_path, wheelhouse.PLATFORMS["windows"]) == ["pywinpty==3.1.2"]


def test_bundle_outside_the_checkout_says_what_it_needs(tmp_path: Path) -> None:
    with pytest.raises(KitError, match="bản mã nguồn kynangso"):
        bundle(course=CHECKOUT, source=tmp_path, out=tmp_path)
    assert list(tmp_path.iterdir()) == []


def _tiny_stage(tmp_path: Path) -> Path:
    stage = tmp_path / "kynangso-tiny"
    (stage / "wheels").mkdir(parents=True)
    (stage / "wheels" / "a-1.0-py3-none-any.whl").write_bytes(b"wheel bytes")
    (stage / "khoa-hoc").mkdir()
    (stage / "khoa-hoc" / "Bài tập 1.ipynb").write_text("{}", encoding="utf-8")
    write_installer(stage, wheelhouse.PLATFORMS["linux"], 1)
    write_manifest(stage, wheelhouse.PLATFORMS["linux"])
    return stage


def test_manifest_checksums_are_verifiable(tmp_path: Path) -> None:
    stage = _tiny_stage(tmp_path)
    manifest = json.loads((stage / MANIFEST).read_text(encoding="utf-8"))
    assert {e["path"] for e in manifest["files"]} == {
        "wheels/a-1.0-py3-none-any.whl", "khoa-hoc/Bài tập 1.ipynb", "cai-dat.sh", "DOC-TRUOC.txt"}
    assert subprocess.run(["sha256sum", "-c", "--quiet", CHECKSUMS], cwd=stage, check=False).returncode == 0


@pytest.mark.parametrize("damage", ["corrupt", "delete"])
def test_installer_refuses_a_damaged_bundle_before_installing(tmp_path: Path, damage: str) -> None:
    stage = _tiny_stage(tmp_path)
    wheel = stage / "wheels" / "a-1.0-py3-none-any.whl"
    if damage == "corrupt":
        wheel.write_bytes(b"wheel bytez")
    else:
        wheel.unlink()
    done = subprocess.run(["sh", "cai-dat.sh"], cwd=stage, capture_output=True, text=True, check=False)
    assert done.returncode != 0
    assert "Bộ cài bị hỏng hoặc thiếu tệp" in done.stderr
    assert "a-1.0-py3-none-any.whl" in done.stdout + done.stderr
    assert not (stage / "moi-truong").exists()


def _unpack(archive: Path, target: Path) -> Path:
    if archive.suffix == ".zip":
        with zipfile.ZipFile(archive) as handle:
            handle.extractall(target)
    else:
        with tarfile.open(archive) as handle:
            if hasattr(tarfile, "data_filter"):  # Python ≥ 3.11.4
                handle.extractall(target, filter="data")
            else:  # the archive is our own, built a moment ago
                handle.extractall(target)
    (root,) = target.iterdir()
    return root


def _check_unpacked(root: Path, platform: wheelhouse.Platform) -> None:
    manifest = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
    listed = {e["path"] for e in manifest["files"]}
    present = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()} - {CHECKSUMS, MANIFEST}
    assert listed == present
    for entry in manifest["files"]:
        assert (root / entry["path"]).stat().st_size == entry["size"], entry["path"]
    pins = wheelhouse.read_lock(root / "lock.txt")
    assert wheelhouse.missing_wheels(pins, root / "wheels", platform) == []
    names = {p.name.split("-")[0].lower() for p in (root / "wheels").glob("*.whl")}
    assert PLATFORM_ONLY.get(platform.name, set()) <= names
    assert "kynangso" in names
    assert (root / "khoa-hoc" / "catalogue.yml").is_file() and (root / "khoa-hoc" / "exercises").is_dir()


@pytest.fixture(scope="session")
def linux_bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    out = tmp_path_factory.mktemp("bundle")
    return bundle(course=CHECKOUT, platform="linux", out=out, cache=tmp_path_factory.mktemp("wheels"))


@pytest.mark.slow
def test_linux_bundle_is_complete_and_small_enough(linux_bundle: Bundle, tmp_path: Path) -> None:
    assert linux_bundle.size <= MAX_BYTES
    root = _unpack(linux_bundle.archive, tmp_path)
    _check_unpacked(root, linux_bundle.platform)
    print(f"\nlinux bundle: {linux_bundle.size / 2**20:.1f} MB, {linux_bundle.wheels} wheels")


@pytest.mark.slow
@pytest.mark.parametrize("name", ["windows", "macos"])
def test_other_platform_bundles_are_complete(name: str, tmp_path: Path) -> None:
    built = bundle(course=CHECKOUT, platform=name, out=tmp_path / "out", cache=tmp_path / "wheels")
    assert built.size <= MAX_BYTES
    root = _unpack(built.archive, tmp_path / "unpacked")
    _check_unpacked(root, built.platform)
    if name == "windows":
        assert (root / "cai-dat.ps1").read_bytes().startswith(b"\xef\xbb\xbf")  # PowerShell 5.1 reads UTF-8
        assert b"\r\n" in (root / "cai-dat.bat").read_bytes()
    print(f"\n{name} bundle: {built.size / 2**20:.1f} MB, {built.wheels} wheels")


@pytest.mark.slow
def test_bundle_installs_and_runs_with_no_network(linux_bundle: Bundle, tmp_path: Path) -> None:
    root = _unpack(linux_bundle.archive, tmp_path / "usb")
    probe = "import socket; socket.create_connection(('pypi.org', 443), timeout=3)"
    assert subprocess.run([*NO_NETWORK, f"python3 -c \"{probe}\""], check=False,
                          capture_output=True).returncode != 0, "the namespace still reaches the network"
    (install_block,) = [step.text for step in guide_steps(VI_GUIDE) if step.kind == "install"]
    started = time.perf_counter()
    install = subprocess.run([*NO_NETWORK, f"ip link set lo up && {install_block}"], cwd=root,
                             capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    assert install.returncode == 0, install.stdout + install.stderr
    print(f"\noffline install: {seconds:.1f} s")
    demo_dir = tmp_path / "lop-thu"
    script = (f"ip link set lo up && . moi-truong/bin/activate && cd khoa-hoc && "
              f"python -c 'import kynangso, sys; print(kynangso.__file__)' && "
              f"kynangso check && kynangso demo --learners 2 --seed 7 --dir {demo_dir}")
    run = subprocess.run([*NO_NETWORK, script], cwd=root, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert str(root / "moi-truong") in run.stdout.splitlines()[0]
    assert "Khóa học hợp lệ" in run.stdout
    assert (demo_dir / "grading" / "reports" / "bao-cao-diem.xlsx").is_file()
    shutil.rmtree(root / "moi-truong")
