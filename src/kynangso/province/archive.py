"""The class archive a trainer sends to the province: a zip with a manifest of SHA-256 checksums, signed.

Layout: ``manifest.json`` (who, when, which catalogue, and the checksum of every other file), ``manifest.sig``
(the trainer's Ed25519 signature of ``manifest.json``, base64), then the class's files. Reading an archive checks,
in order: names (no absolute path, no ``..``, nothing outside the manifest), sizes (the limits of
:mod:`kynangso.grading.safezip`), the signature, then every checksum; the first failure is refused with a Vietnamese
message naming the archive and the file. Nothing is written to disk under a name the archive carries.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from kynangso.errors import KitError
from kynangso.grading.safezip import MAX_MEMBERS, MAX_RATIO, MAX_TOTAL
from kynangso.i18n import _
from kynangso.province.keys import TrainerKey, fingerprint, verify

FORMAT = 1
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
CATALOGUE, ROSTER, GRADES, SUBMISSIONS, STATUS = ("danh-muc.yml", "hoc-vien.csv", "diem.csv", "bai-nop.csv",
                                                  "trang-thai.json")
NOTEBOOKS = "bai-lam"  # folder of the learners' notebooks (only with --with-submissions)


@dataclass(frozen=True)
class ClassArchive:
    """A verified archive: its manifest and the bytes of every file it lists."""

    path: Path
    manifest: dict[str, Any]
    files: dict[str, bytes]
    digest: str  # SHA-256 of manifest.json: the archive's identity (merging it twice changes nothing)

    @property
    def workshop(self) -> str:
        return str(self.manifest["workshop"])

    @property
    def trainer(self) -> str:
        return str(self.manifest["trainer"])

    @property
    def public_key(self) -> bytes:
        return base64.b64decode(self.manifest["public_key"])


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_archive(path: Path, key: TrainerKey, header: dict[str, Any], files: dict[str, bytes]) -> Path:
    """Write the archive: ``header`` (workshop, exported_at, catalogue…) plus key, fingerprint and checksums."""
    manifest = {"format": FORMAT, **header, "trainer": key.trainer, "trainer_name": key.name,
                "public_key": base64.b64encode(key.public_bytes).decode("ascii"), "fingerprint": key.fingerprint,
                "files": {name: _sha256(data) for name, data in sorted(files.items())}}
    text = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".tmp")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr(MANIFEST, text)
        bundle.writestr(SIGNATURE, base64.b64encode(key.sign(text)))
        for name, data in sorted(files.items()):
            bundle.writestr(name, data)
    partial.replace(path)
    return path


def _refuse(path: Path, member: str, reason: str) -> KitError:
    return KitError(_("Không nhập tệp '{tep}': {ly_do} (tệp bên trong: '{ten}'). Hãy xin giảng viên xuất và gửi lại; "
                      "không sửa tệp bằng tay.").format(tep=path.name, ly_do=reason, ten=member))


def _safe_name(name: str) -> bool:
    parts = PurePosixPath(name).parts
    return bool(parts) and "\\" not in name and not name.startswith("/") and ".." not in parts and ":" not in name


def _members(path: Path) -> dict[str, bytes]:
    try:
        with zipfile.ZipFile(path) as bundle:
            infos = [i for i in bundle.infolist() if not i.is_dir()]
            if len(infos) > MAX_MEMBERS:
                raise _refuse(path, infos[MAX_MEMBERS].filename, _("có quá nhiều tệp"))
            out: dict[str, bytes] = {}
            total = 0
            for info in infos:
                if not _safe_name(info.filename):
                    raise _refuse(path, info.filename, _("tên tệp chỉ ra ngoài thư mục của tệp nén"))
                data = bundle.read(info)
                total += len(data)
                if total > MAX_TOTAL or len(data) > MAX_RATIO * max(info.compress_size, 1024):
                    raise _refuse(path, info.filename, _("tệp quá lớn"))
                if info.filename in out:
                    raise _refuse(path, info.filename, _("có hai tệp cùng tên"))
                out[info.filename] = data
            return out
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise KitError(_("Không đọc được tệp '{tep}': không phải tệp nén kết quả lớp học ({loi}).").format(
            tep=path.name, loi=exc)) from exc
    except zipfile.LargeZipFile as exc:
        raise _refuse(path, "", _("tệp quá lớn")) from exc


def read_archive(path: Path) -> ClassArchive:
    """Open and verify one archive; raise :class:`KitError` naming the archive and the first wrong file."""
    if not path.is_file():
        raise KitError(_("Không tìm thấy tệp '{tep}'.").format(tep=path))
    members = _members(path)
    for needed in (MANIFEST, SIGNATURE):
        if needed not in members:
            raise _refuse(path, needed, _("thiếu tệp này, nên không phải tệp kết quả do bộ công cụ xuất"))
    text = members.pop(MANIFEST)
    try:
        manifest = json.loads(text.decode("utf-8"))
        public_key = base64.b64decode(manifest["public_key"], validate=True)
        signature = base64.b64decode(members.pop(SIGNATURE), validate=True)
        listed = dict(manifest["files"])
        str(manifest["workshop"]), str(manifest["trainer"]), str(manifest["exported_at"])
    except (ValueError, KeyError, TypeError) as exc:
        raise _refuse(path, MANIFEST, _("bảng kê bị hỏng")) from exc
    if manifest.get("format") != FORMAT:
        raise _refuse(path, MANIFEST, _("dạng tệp {so} chưa đọc được; hãy cập nhật bộ công cụ").format(
            so=manifest.get("format")))
    if not verify(public_key, signature, text):
        raise _refuse(path, MANIFEST, _("chữ ký không khớp: bảng kê đã bị thay đổi sau khi giảng viên ký"))
    if fingerprint(public_key) != manifest.get("fingerprint"):
        raise _refuse(path, MANIFEST, _("dấu vân tay không khớp khóa"))
    for name, data in members.items():
        if name not in listed:
            raise _refuse(path, name, _("tệp này không có trong bảng kê"))
        if _sha256(data) != listed[name]:
            raise _refuse(path, name, _("nội dung đã bị thay đổi (mã kiểm tra SHA-256 không khớp)"))
    for name in listed:
        if name not in members:
            raise _refuse(path, name, _("thiếu tệp có trong bảng kê"))
    return ClassArchive(path, manifest, members, _sha256(text))


def text_of(archive: ClassArchive, name: str) -> io.StringIO:
    return io.StringIO(archive.files.get(name, b"").decode("utf-8-sig"))


__all__ = ["CATALOGUE", "GRADES", "MANIFEST", "NOTEBOOKS", "ROSTER", "SIGNATURE", "STATUS", "SUBMISSIONS",
           "ClassArchive", "read_archive", "text_of", "write_archive"]
