"""Workshop hub accounts: one locked Linux user per learner (for isolation) and a printed card password.

User names are short codes (``hv01``, ``hv02``…) and passwords are eight digits: both can be typed on a laptop
whose Vietnamese input method (Telex, VNI) is switched on, where letters such as ``aa`` or ``dd`` turn into
``â`` or ``đ``. The Linux accounts have no login shell and a locked system password: the card password only
opens the hub (checked by :mod:`kynangso.delivery.hub.auth` against a salted hash).
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import json
import os
import pwd
import secrets
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from kynangso.course.learners import Learner
from kynangso.delivery.lab_settings import write_settings
from kynangso.errors import KitError
from kynangso.i18n import _

TRAINER = "giangvien"
ACCOUNTS_FILE = "tai-khoan.csv"
HASHES_FILE = "mat-khau-bam.json"
FIELDS = ("ma_hoc_vien", "ten_dang_nhap", "mat_khau")
_ROUNDS = 200_000


@dataclass(frozen=True)
class Account:
    learner_id: str  # the roster id (nbgrader's student id); TRAINER for the trainer
    user: str
    password: str


def new_password() -> str:
    return f"{secrets.randbelow(10**8):08d}"


def hash_password(password: str, salt: str | None = None) -> str:
    salt = salt or secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt), _ROUNDS).hex()
    return f"{salt}${digest}"


def check_password(password: str, stored: str) -> bool:
    salt, _, _digest = stored.partition("$")
    return hmac.compare_digest(hash_password(password, salt), stored)


def load_accounts(private: Path) -> list[Account]:
    path = private / ACCOUNTS_FILE
    if not path.is_file():
        return []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [Account(r["ma_hoc_vien"], r["ten_dang_nhap"], r["mat_khau"]) for r in csv.DictReader(handle)]


def plan_accounts(private: Path, learners: list[Learner], prefix: str = "hv") -> list[Account]:
    """Keep the accounts already given out (printed cards stay valid); add one for each new learner."""
    if not (prefix.isascii() and prefix.isalpha() and prefix.islower() and len(prefix) <= 24):
        raise KitError(_("Tiền tố tên đăng nhập '{prefix}' phải là chữ thường không dấu (ví dụ: hv).").format(
            prefix=prefix))
    known = {a.learner_id: a for a in load_accounts(private)}
    accounts = [known.get(TRAINER) or Account(TRAINER, TRAINER, new_password())]
    taken = {a.user for a in known.values()}
    number = 1
    for learner in learners:
        if learner.id in known and known[learner.id].user.startswith(prefix):
            accounts.append(known[learner.id])
            continue
        while f"{prefix}{number:02d}" in taken:
            number += 1
        user = f"{prefix}{number:02d}"
        taken.add(user)
        accounts.append(Account(learner.id, user, new_password()))
    return accounts


def save_accounts(private: Path, accounts: list[Account]) -> None:
    """The clear passwords (to reprint cards) and their hashes (for the hub); both readable by root only."""
    private.mkdir(parents=True, exist_ok=True)
    os.chmod(private, 0o700)
    with (private / ACCOUNTS_FILE).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(FIELDS)
        writer.writerows((a.learner_id, a.user, a.password) for a in accounts)
    hashes = {a.user: hash_password(a.password) for a in accounts}
    (private / HASHES_FILE).write_text(json.dumps(hashes, indent=1), encoding="utf-8")
    for name in (ACCOUNTS_FILE, HASHES_FILE):
        os.chmod(private / name, 0o600)


def _run(command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise KitError(_("Lệnh '{lenh}' không chạy được: {loi}").format(lenh=" ".join(command),
                                                                       loi=done.stderr.strip()))


def ensure_linux_user(account: Account, homes: Path) -> Path:
    """Create the learner's locked Linux user with a private home and the kit's JupyterLab settings."""
    if os.geteuid() != 0:
        raise KitError(_("Cần chạy 'kynangso hub' với quyền quản trị (sudo) để tạo tài khoản cho học viên."))
    home = homes / account.user
    try:
        entry = pwd.getpwnam(account.user)
    except KeyError:
        _run(["useradd", "--home-dir", str(home), "--create-home", "--shell", "/usr/sbin/nologin",
              "--user-group", "--comment", f"kynangso {account.learner_id}", account.user])
        entry = pwd.getpwnam(account.user)
    home = Path(entry.pw_dir)
    if not home.is_dir():
        raise KitError(_("Tài khoản '{user}' đã có nhưng thiếu thư mục nhà '{home}'.").format(user=account.user,
                                                                                              home=home))
    settings = home / ".jupyter" / "lab" / "user-settings"
    if not settings.exists():
        write_settings(settings)
        for path in [home / ".jupyter", *sorted((home / ".jupyter").rglob("*"))]:
            os.chown(path, entry.pw_uid, entry.pw_gid)
    os.chmod(home, 0o700)
    return home


def remove_linux_user(user: str) -> None:
    """Delete a learner's Linux user and home (used when a test or a workshop ends)."""
    try:
        home = Path(pwd.getpwnam(user).pw_dir)
    except KeyError:
        return
    subprocess.run(["userdel", user], capture_output=True, check=False)
    shutil.rmtree(home, ignore_errors=True)


__all__ = ["TRAINER", "Account", "check_password", "ensure_linux_user", "hash_password", "load_accounts",
           "new_password", "plan_accounts", "remove_linux_user", "save_accounts"]
