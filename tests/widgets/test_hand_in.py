"""The "Nộp bài" button of app mode: answers go into the notebook, the submit command runs, a receipt is shown."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from kynangso.learner import answers, hand_in
from kynangso.widgets.hand_in import HandIn


def _exercise(folder: Path) -> Path:
    notebook = folder / "02-the-thuc-van-ban" / "bai-tap-02.ipynb"
    notebook.parent.mkdir(parents=True)
    notebook.write_text(json.dumps({"cells": [], "metadata": {"kynangso": {"tra_loi": {
        "cau_cu": {"tra_loi": "cũ", "luc": "2026-01-01T00:00:00+00:00"}}}}, "nbformat": 4, "nbformat_minor": 5}),
        encoding="utf-8")
    return notebook


def test_answers_kept_beside_the_notebook_go_into_it(tmp_path: Path) -> None:
    notebook = _exercise(tmp_path)
    answers.save_answer("cau_1", "07/QĐ-UBND", answers.for_notebook(notebook))
    answers.save_answer("cau_cu", "mới", answers.for_notebook(notebook))
    assert hand_in.keep_in_notebook(notebook) == 2
    kept = answers.entries_in_notebook(json.loads(notebook.read_text(encoding="utf-8")))
    assert {q: e["tra_loi"] for q, e in kept.items()} == {"cau_1": "07/QĐ-UBND", "cau_cu": "mới"}


def test_a_tap_submits_and_shows_the_time_and_a_receipt_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    notebook = _exercise(tmp_path)
    ran: list[str] = []
    marker = tmp_path / "da-chay"
    monkeypatch.setattr(hand_in, "submit_command", lambda assignment: (
        ran.append(assignment), [sys.executable, "-c", f"open({str(marker)!r}, 'w').write('ok')"])[1])
    widget = HandIn(notebook)
    assert widget.button.description == "Nộp bài"
    widget.button.click()
    assert ran == ["02-the-thuc-van-ban"] and marker.read_text() == "ok"
    record = hand_in.read_receipt(notebook.parent)
    assert record is not None and record["so_cau"] == 1
    assert "Đã nộp bài lúc" in widget.result.value and record["ma"] in widget.result.value
    assert len(record["ma"]) == 9 and record["ma"][4] == "-"


def test_a_refused_submission_says_so_in_one_line_and_keeps_the_answers(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    notebook = _exercise(tmp_path)
    answers.save_answer("cau_1", "07/QĐ-UBND", answers.for_notebook(notebook))
    monkeypatch.setattr(hand_in, "submit_command", lambda _a: [sys.executable, "-c", "raise SystemExit(1)"])
    widget = HandIn(notebook)
    assert widget.hand_in() is None
    assert "Chưa nộp được bài" in widget.result.value and "Traceback" not in widget.result.value
    assert hand_in.read_receipt(notebook.parent) is None
    assert "cau_1" in answers.entries_in_notebook(json.loads(notebook.read_text(encoding="utf-8")))
    assert not widget.button.disabled


def test_no_notebook_found_is_one_vietnamese_line(tmp_path: Path) -> None:
    widget = HandIn(tmp_path / "khong-co.ipynb")
    assert widget.hand_in() is None
    assert "Không tìm thấy bài tập để nộp" in widget.result.value


def test_the_receipt_code_changes_with_what_is_handed_in() -> None:
    from datetime import datetime

    when = datetime(2026, 12, 6, 9, 30)
    assert hand_in.receipt_code(b"a", when) != hand_in.receipt_code(b"b", when)
    assert hand_in.receipt_code(b"a", when) == hand_in.receipt_code(b"a", when)


def test_handing_in_keeps_the_answers_of_every_notebook_of_the_exercise(tmp_path: Path) -> None:
    """nbgrader's Submit sends the whole folder: answers kept beside a second notebook go into it too, and an
    unreadable third notebook is handed in as it is."""
    notebook = _exercise(tmp_path)
    second = notebook.with_name("phan-2.ipynb")
    second.write_text(json.dumps({"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}), encoding="utf-8")
    notebook.with_name("hong.ipynb").write_text("{không phải JSON", encoding="utf-8")
    answers.save_answer("cau_2", "Bảo mật", answers.for_notebook(second))
    assert hand_in.keep_in_exercise(notebook) == 2  # cau_cu kept in the first, cau_2 in the second
    kept = answers.entries_in_notebook(json.loads(second.read_text(encoding="utf-8")))
    assert {q: e["tra_loi"] for q, e in kept.items()} == {"cau_2": "Bảo mật"}
    assert notebook.with_name("hong.ipynb").read_text(encoding="utf-8") == "{không phải JSON"
