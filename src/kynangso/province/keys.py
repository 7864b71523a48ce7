"""The trainer's signing key (Ed25519), kept outside every class folder, and its short fingerprint.

One key per trainer, made the first time the trainer exports, in the user's configuration folder
(``KYNANGSO_KEY_DIR`` overrides it). Only the public key ever leaves the laptop, inside the archives it signs.
The fingerprint (16 letters and digits in four groups) is what a trainer reads out to the coordinator on the phone.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kynangso.errors import KitError
from kynangso.i18n import _
from kynangso.text import slug

KEY_DIR_VARIABLE = "KYNANGSO_KEY_DIR"
TRAINER_FILE = "giang-vien.txt"


def key_dir() -> Path:
    """Where the trainer's keys live: ``$KYNANGSO_KEY_DIR`` or the user's configuration folder."""
    chosen = os.environ.get(KEY_DIR_VARIABLE)
    return Path(chosen) if chosen else Path(platformdirs.user_config_dir("kynangso")) / "khoa-ky"


def fingerprint(public_key: bytes) -> str:
    """``K7QF-2M4A-XC9D-PL3E``: the first 80 bits of the key's SHA-256, in base32 without look-alike confusion."""
    letters = base64.b32encode(hashlib.sha256(public_key).digest()[:10]).decode("ascii")
    return "-".join(letters[i:i + 4] for i in range(0, 16, 4))


@dataclass(frozen=True)
class TrainerKey:
    trainer: str        # the trainer's id (ASCII, from the name)
    name: str           # the trainer's name as typed
    private: Ed25519PrivateKey
    created: bool       # made just now

    @property
    def public_bytes(self) -> bytes:
        return self.private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_bytes)

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)


def _remembered_name(folder: Path) -> str:
    path = folder / TRAINER_FILE
    return path.read_text(encoding="utf-8").strip() if path.is_file() else ""


def trainer_key(name: str = "") -> TrainerKey:
    """The key of the trainer ``name`` (remembered after the first time), made if it does not exist yet."""
    folder = key_dir()
    name = " ".join(name.split()) or _remembered_name(folder)
    if not name:
        raise KitError(_("Chưa biết tên giảng viên. Lần đầu xuất kết quả, hãy ghi tên: "
                         "kynangso export --trainer \"Họ và tên\"."))
    trainer = slug(name)
    if not trainer:
        raise KitError(_("Tên giảng viên '{ten}' không dùng được; hãy ghi họ và tên bằng chữ.").format(ten=name))
    path = folder / f"{trainer}.pem"
    created = not path.is_file()
    try:
        if created:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            private = Ed25519PrivateKey.generate()
            data = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                         serialization.NoEncryption())
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(data)
        else:
            loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
            if not isinstance(loaded, Ed25519PrivateKey):
                raise ValueError(path)
            private = loaded
        (folder / TRAINER_FILE).write_text(name + "\n", encoding="utf-8")
    except (OSError, ValueError) as exc:
        raise KitError(_("Không đọc hoặc tạo được khóa ký của giảng viên trong '{thu_muc}': {loi}").format(
            thu_muc=folder, loi=exc)) from exc
    return TrainerKey(trainer, name, private, created)


def verify(public_key: bytes, signature: bytes, data: bytes) -> bool:
    """Whether ``signature`` is the key's signature of ``data``."""
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


__all__ = ["KEY_DIR_VARIABLE", "TrainerKey", "fingerprint", "key_dir", "trainer_key", "verify"]
