"""``kynangso lab`` starts a real JupyterLab on 127.0.0.1 with the Vietnamese settings."""

from __future__ import annotations

import json
import socket
import subprocess
import time
import urllib.request

import pytest

from kynangso.lab import lab_command
from kynangso.paths import CourseRoot

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> tuple[int, bytes]:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.status, response.read()


def test_lab_serves_the_course_in_vietnamese(course_copy: CourseRoot) -> None:
    port = _free_port()
    command, env = lab_command(course=course_copy, port=port, token="thu-nghiem", open_browser=False)
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if _get(f"{base}/api")[0] == 200:
                    break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.5)
        status, body = _get(f"{base}/lab/api/translations/?token=thu-nghiem")
        assert status == 200 and "vi_VN" in json.loads(body)["data"]
        _, settings = _get(f"{base}/lab/api/settings/@jupyterlab/translation-extension:plugin?token=thu-nghiem")
        assert json.loads(settings)["settings"]["locale"] == "vi_VN"
        _, tree = _get(f"{base}/api/contents/course/02-the-thuc-van-ban?token=thu-nghiem")
        assert "bai-hoc-02.ipynb" in {item["name"] for item in json.loads(tree)["content"]}
    finally:
        process.terminate()
        process.wait(timeout=30)
