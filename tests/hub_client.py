"""Use the workshop hub as a learner's browser does (log in, start JupyterLab, fetch, save, submit), over HTTP.

Used by the hub's end-to-end tests and by the memory benchmark (`benchmarks/hub_memory.py`).
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

import psutil
import requests

from kynangso.errors import KitError
from kynangso.i18n import _


def wait_for(url: str, timeout: float = 120) -> None:
    """Wait until ``url`` answers (the hub and its proxy are up)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if requests.get(url, timeout=5).status_code == 200:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.5)
    raise KitError(_("Máy chủ lớp học không trả lời ở {url} sau {giay} giây.").format(url=url, giay=f"{timeout:.0f}"))


class HubSession:
    """One person logged into the hub with the user name and password of a card.

    ``server_name`` picks the server: a learner's default one is app mode (phones), ``"lab"`` is their JupyterLab.
    """

    def __init__(self, base: str, user: str, password: str, server_name: str = "") -> None:
        self.base, self.user, self.server_name = base.rstrip("/"), user, server_name
        self.http = requests.Session()
        page = self.http.get(f"{self.base}/hub/login", timeout=30)
        xsrf = re.search(r'name="_xsrf" value="([^"]+)"', page.text)
        answer = self.http.post(f"{self.base}/hub/login?next=", timeout=60, allow_redirects=False,
                                data={"username": user, "password": password, "_xsrf": xsrf[1] if xsrf else ""})
        self.logged_in = answer.status_code == 302 and "jupyterhub-hub-login" in self.http.cookies

    @property
    def server(self) -> str:
        return f"{self.base}/user/{self.user}" + (f"/{self.server_name}" if self.server_name else "")

    def start(self, timeout: float = 240) -> float:
        """Start this user's server (as opening the hub in a browser does); return the seconds it took."""
        began = time.monotonic()
        self.http.get(f"{self.base}/hub/spawn/{self.user}" + (f"/{self.server_name}" if self.server_name else ""),
                      timeout=60)
        while time.monotonic() - began < timeout:
            self.http.get(f"{self.server}/", timeout=60)  # once the server is up: the hub's OAuth sign-in
            answer = self.http.get(f"{self.server}/api/contents", timeout=30)
            if answer.status_code == 200 and answer.headers.get("content-type", "").startswith("application/json"):
                return time.monotonic() - began
            time.sleep(1)
        raise KitError(_("JupyterLab của {user} không khởi động sau {giay} giây.").format(
            user=self.user, giay=f"{timeout:.0f}"))

    def _send(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        prefix = f"/user/{self.user}/" + (f"{self.server_name}/" if self.server_name else "")
        headers = {"X-XSRFToken": self.http.cookies.get("_xsrf", path=prefix) or ""}
        return self.http.request(method, f"{self.server}/{path}", headers=headers, timeout=120, **kwargs)

    def assignments(self, course_id: str) -> list[dict[str, Any]]:
        answer = self._send("GET", "assignments", params={"course_id": course_id}).json()
        return list(answer["value"])

    def fetch(self, course_id: str, assignment_id: str) -> list[dict[str, Any]]:
        body = {"course_id": course_id, "assignment_id": assignment_id}
        return list(self._send("POST", "assignments/fetch", json=body).json()["value"])

    def submit(self, course_id: str, assignment_id: str) -> dict[str, Any]:
        body = {"course_id": course_id, "assignment_id": assignment_id}
        return dict(self._send("POST", "assignments/submit", json=body).json())

    def read_notebook(self, path: str) -> dict[str, Any]:
        answer = self._send("GET", f"api/contents/{path}", params={"content": 1})
        answer.raise_for_status()
        return dict(answer.json()["content"])

    def save_notebook(self, path: str, notebook: dict[str, Any]) -> None:
        model = {"type": "notebook", "format": "json", "content": notebook}
        self._send("PUT", f"api/contents/{path}", data=json.dumps(model)).raise_for_status()

    def start_kernel(self) -> str:
        """Start a Python kernel in this user's JupyterLab, as opening a notebook does."""
        answer = self._send("POST", "api/kernels", json={"name": "python3"})
        answer.raise_for_status()
        return str(answer.json()["id"])

    def status(self, path: str) -> int:
        return self._send("GET", path).status_code


def memory_of(uid: int) -> tuple[float, float]:
    """Resident and proportional memory (MB) of every process of one Linux user (server and kernels)."""
    rss = pss = 0.0
    for process in psutil.process_iter(["uids"]):
        try:
            if process.info["uids"] and process.info["uids"].real == uid:
                full = process.memory_full_info()
                rss, pss = rss + full.rss, pss + getattr(full, "pss", full.rss)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return rss / 2**20, pss / 2**20


def kernel_connection(home: Path, kernel_id: str) -> Path:
    return home / ".local" / "share" / "jupyter" / "runtime" / f"kernel-{kernel_id}.json"


__all__ = ["HubSession", "kernel_connection", "memory_of", "wait_for"]
