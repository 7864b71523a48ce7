"""``kynangso lab`` starts a real JupyterLab on 127.0.0.1 with the Vietnamese settings."""

from __future__ import annotations

import json
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from kynangso.delivery.lab import lab_command
from kynangso.delivery.lab_settings import load_settings, write_settings
from kynangso.learner import answers
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
        # Every shipped setting is what Lab uses, and nothing asks the internet for news or updates.
        for plugin_id, shipped in load_settings().items():
            _, body = _get(f"{base}/lab/api/settings/{plugin_id}?token=thu-nghiem")
            assert json.loads(body)["settings"] == shipped, plugin_id
        assert json.loads(_get(f"{base}/lab/api/news?token=thu-nghiem")[1]) == {"news": []}
        assert json.loads(_get(f"{base}/lab/api/update?token=thu-nghiem")[1]) == {"notification": None}
        # nbgrader: the Lab extension is enabled and the assignment list's server side answers.
        _, extensions = _get(f"{base}/lab/api/extensions?token=thu-nghiem")
        enabled = {e["name"]: e["enabled"] for e in json.loads(extensions)}
        assert enabled["@jupyter/nbgrader"] is True
        assert enabled["kynangso-answers"] is True  # keeps widget answers inside the notebook
        _, kernels = _get(f"{base}/api/kernelspecs?token=thu-nghiem")
        argv = json.loads(kernels)["kernelspecs"]["python3"]["spec"]["argv"]
        assert "--ext=kynangso.learner.friendly_errors" in argv  # errors as one Vietnamese line
        _, listing = _get(f"{base}/assignments?course_id=kynangso&token=thu-nghiem")
        assert json.loads(listing)["success"] is True, listing
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_the_built_lab_extension_speaks_to_the_kernel_side() -> None:
    """The shipped bundle (built by ``make labextension`` from ``labextension/lib/index.js``) uses the comm target
    and metadata key that :mod:`kynangso.learner.answers` uses."""
    built = Path(answers.__file__).parents[1] / "data" / "jupyter" / "labextensions" / "kynangso-answers"
    source = (Path(__file__).parents[1] / "labextension" / "lib" / "index.js").read_text(encoding="utf-8")
    bundle = "".join(p.read_text(encoding="utf-8") for p in (built / "static").glob("*.js"))
    for needed in (f"'{answers.COMM_TARGET}'", f"'{answers.METADATA_KEY}'"):
        assert needed in source and needed.strip("'") in bundle
    assert json.loads((built / "package.json").read_text(encoding="utf-8"))["name"] == "kynangso-answers"


def test_write_settings_writes_the_shipped_file_as_user_settings(tmp_path: Path) -> None:
    folder = write_settings(tmp_path / "settings")
    written = folder / "@jupyterlab/translation-extension/plugin.jupyterlab-settings"
    assert json.loads(written.read_text(encoding="utf-8")) == {"locale": "vi_VN"}
    notification = folder / "@jupyterlab/apputils-extension/notification.jupyterlab-settings"
    assert json.loads(notification.read_text(encoding="utf-8")) == {"fetchNews": "false", "checkForUpdates": False}
    assert len(list(folder.rglob("*.jupyterlab-settings"))) == len(load_settings())
