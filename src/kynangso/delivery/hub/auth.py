"""The hub's login: the user name and eight-digit password printed on each learner's card."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jupyterhub.auth import Authenticator
from traitlets import Unicode

from kynangso.delivery.hub.accounts import check_password
from kynangso.i18n import _


class CardAuthenticator(Authenticator):
    """Check a card's password against the salted hashes written by ``kynangso hub`` (readable by root only)."""

    hashes_file = Unicode(help="JSON file: user name → salted PBKDF2 hash of the card password.").tag(config=True)

    async def authenticate(self, handler: Any, data: dict[str, str]) -> str | None:
        user = (data.get("username") or "").strip().lower()
        # Forgiving: the card prints the password in two groups of four digits; spaces typed in are ignored.
        password = "".join((data.get("password") or "").split())
        stored = json.loads(Path(self.hashes_file).read_text(encoding="utf-8")).get(user)
        if stored and check_password(password, stored):
            return user
        self.log.warning(_("Đăng nhập sai cho tài khoản {user}").format(user=repr(user)))
        return None


__all__ = ["CardAuthenticator"]
