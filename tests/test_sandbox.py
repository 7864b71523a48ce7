"""How grading kernels are isolated: the plan per machine, the sandbox command, the limits launcher."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import nbformat
import pytest
from click.testing import CliRunner

from kynangso.cli import main
from kynangso.errors import KitError
from kynangso.grading import incidents
from kynangso.grading.isolation import sandbox
from kynangso.grading.preprocessors.guard_answers import ENAME
from kynangso.grading.preprocessors.sandboxed_execute import NOTE, SandboxedExecute
from kynangso.paths import CourseRoot


def test_turning_isolation_off_is_said_out_loud() -> None:
    plan = sandbox.plan("none")
    assert plan.mode == "none" and "tắt cô lập" in plan.warning


def test_unknown_mode_is_a_vietnamese_error() -> None:
    with pytest.raises(KitError, match="Chế độ cô lập"):
        sandbox.plan("docker")


def test_without_bubblewrap_grading_keeps_the_limits_and_warns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sandbox.shutil, "which", lambda name: None)
    plan = sandbox.plan("auto")
    assert plan.mode == "limits"
    assert "chưa cài bubblewrap" in plan.warning and "bộ nhớ" in plan.warning


def test_requiring_bubblewrap_where_it_is_missing_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sandbox.shutil, "which", lambda name: None)
    with pytest.raises(KitError, match="apt-get install bubblewrap"):
        sandbox.plan("bwrap")


def test_windows_grades_without_sandbox_and_warns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sandbox.os, "name", "nt")
    plan = sandbox.plan("auto")
    assert plan.mode == "none" and "Windows" in plan.warning


def test_sandbox_hides_the_course_and_keeps_only_the_learner_folder_writable(tmp_path: Path) -> None:
    cwd = tmp_path / "lop" / "grading" / "autograded" / "hoa" / "02"
    cwd.mkdir(parents=True)
    (cwd / "bai-tap-02.ipynb").write_text("{}", encoding="utf-8")
    run_dir = tmp_path / "run"
    command = sandbox.sandbox_command(["python", "-m", "ipykernel_launcher"], mode="bwrap", cwd=cwd,
                                       run_dir=run_dir, hidden=[str(tmp_path / "lop")], user="",
                                       limits=sandbox.Limits())
    pairs = list(itertools.pairwise(command))
    assert command[0] == "bwrap" and "--unshare-net" in command and "--die-with-parent" in command
    assert ("--tmpfs", str(tmp_path / "lop")) in pairs
    writable = [command[i + 1] for i, arg in enumerate(command) if arg == "--bind"]
    assert writable == [str(run_dir), str(cwd)]
    hidden_notebook = command.index(str(cwd / "bai-tap-02.ipynb"))
    assert command[hidden_notebook - 2] == "--ro-bind"
    assert command[-2:] == ["-m", "ipykernel_launcher"]


def test_launcher_applies_the_limits_before_the_kernel_starts() -> None:
    limits = sandbox.Limits(memory_bytes=700 << 20, file_bytes=1 << 20, open_files=100, cpu_seconds=50)
    probe = "import resource as r; print([r.getrlimit(getattr(r, n))[0] for n in " \
            "('RLIMIT_AS', 'RLIMIT_FSIZE', 'RLIMIT_NOFILE', 'RLIMIT_CPU')])"
    run = subprocess.run([sys.executable, "-m", "kynangso.grading.isolation.launcher", json.dumps(asdict(limits)), "--",
                          sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    assert run.stdout.strip() == str([700 << 20, 1 << 20, 100, 50])


def test_incidents_are_told_in_vietnamese(tmp_path: Path) -> None:
    def error(ename: str, evalue: str) -> nbformat.NotebookNode:
        return nbformat.v4.new_output("error", ename=ename, evalue=evalue, traceback=[])

    cells = [nbformat.v4.new_code_cell("x", outputs=[error("MemoryError", "")]),
             nbformat.v4.new_code_cell("y", outputs=[error("OSError", "[Errno 101] Network is unreachable")]),
             nbformat.v4.new_code_cell("z", outputs=[error(ENAME, "…")]),
             nbformat.v4.new_code_cell("t", outputs=[nbformat.v4.new_output("stream", name="stdout", text=NOTE)]),
             nbformat.v4.new_code_cell("u", outputs=[error("NameError", "name 'x' is not defined")])]
    path = tmp_path / "nb.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=cells), path)
    assert incidents.incidents(path) == (["dùng quá nhiều bộ nhớ (giới hạn 1 GB)", "tìm cách dùng mạng",
                                           "can thiệp vào việc chấm (ô đó không được chạy)"],
                                          ["in ra kết quả quá dài (phần thừa đã bỏ, không mất điểm)"])
    note = incidents.note(path)
    blocked, trimmed = note.split("; khi chấm, bài đã ")
    assert "không được điểm" in blocked and "không mất điểm" not in blocked  # one meaning per sentence
    assert "không mất điểm" in trimmed and "không được điểm" not in trimmed
    assert incidents.note(tmp_path / "missing.ipynb") == ""


def test_only_trimmed_output_says_no_points_lost(tmp_path: Path) -> None:
    cell = nbformat.v4.new_code_cell("t", outputs=[nbformat.v4.new_output("stream", name="stdout", text=NOTE)])
    nbformat.write(nbformat.v4.new_notebook(cells=[cell]), tmp_path / "nb.ipynb")
    assert incidents.note(tmp_path / "nb.ipynb") == (
        "khi chấm, bài đã in ra kết quả quá dài (phần thừa đã bỏ, không mất điểm)")


def test_each_cell_gets_what_is_left_of_the_notebook_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    step = SandboxedExecute(timeout=60, notebook_timeout=100, after_budget_timeout=3)
    clock = iter([0.0, 10.0, 70.0, 99.0, 500.0])
    monkeypatch.setattr("kynangso.grading.preprocessors.sandboxed_execute.time.monotonic", lambda: next(clock))
    cell = nbformat.v4.new_code_cell("1")
    assert [step._cell_timeout(cell) for _ in range(5)] == [60, 60, 30, 3, 3]


def test_output_beyond_the_cap_is_dropped_but_errors_are_kept() -> None:
    step = SandboxedExecute(max_output_chars=100)
    step.reset_execution_trackers()
    step.clear_before_next_output = False  # set by nbclient as each cell starts
    outs: list[nbformat.NotebookNode] = []

    def message(kind: str, **content: object) -> dict[str, object]:
        return {"msg_type": kind, "content": content, "parent_header": {"msg_id": "m"}, "header": {"msg_type": kind}}

    for _ in range(50):
        step.output(outs, message("stream", name="stdout", text="x" * 30), None, 0)
    step.output(outs, message("stream", name="stderr", text="lỗi " * 5000), None, 0)
    step.output(outs, message("error", ename="ChuaDat", evalue="sai", traceback=["t"] * 10), None, 0)
    kinds = [(o.output_type, o.get("name")) for o in outs]
    assert ("stream", "stderr") in kinds and ("error", None) in kinds
    assert sum(len(o.get("text", "")) for o in outs) < 100 + len(NOTE) + 2_100
    assert any(o.get("text") == NOTE for o in outs)


def test_cli_says_when_isolation_is_off(course_copy: CourseRoot) -> None:
    result = CliRunner().invoke(main, ["grade", "--isolation", "none", "--dir", str(course_copy.root)])
    assert result.exit_code == 0, result.output
    assert "đã tắt cô lập bài làm khi chấm" in result.output


def test_cli_refuses_an_unknown_isolation_mode(course_copy: CourseRoot) -> None:
    result = CliRunner().invoke(main, ["grade", "--isolation", "docker", "--dir", str(course_copy.root)])
    assert result.exit_code != 0 and "docker" in result.output
