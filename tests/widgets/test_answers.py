"""The answers file: written atomically per change, read back, damaged or hand-edited files handled calmly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kynangso.learner.answers import answers_path, read_answers, save_answer, tra_loi
from kynangso.widgets import MultipleChoice, NumberAnswer


def test_the_file_sits_beside_the_notebook_the_kernel_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("JPY_SESSION_NAME", raising=False)
    assert answers_path() == tmp_path / "tra-loi.json"  # no notebook here
    (tmp_path / "bai-tap-02.ipynb").write_text("{}", encoding="utf-8")
    assert answers_path() == tmp_path / "bai-tap-02.tra-loi.json"
    (tmp_path / "ghi-chep.ipynb").write_text("{}", encoding="utf-8")
    monkeypatch.setenv("JPY_SESSION_NAME", "/home/hv/lop/bai-tap-02.ipynb")  # set by jupyter_server
    assert answers_path() == tmp_path / "bai-tap-02.tra-loi.json"


def test_save_keeps_other_answers_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    file = tmp_path / "bai.tra-loi.json"
    save_answer("cau_a", ["A"], file)
    save_answer("cau_b", 30, file)
    save_answer("cau_a", ["A", "F"], file)
    assert read_answers(file) == ({"cau_a": ["A", "F"], "cau_b": 30}, [])
    assert [p.name for p in tmp_path.iterdir()] == ["bai.tra-loi.json"]
    data = json.loads(file.read_text(encoding="utf-8"))
    assert data["so_tay"] == "bai.ipynb" and "ghi_chu" in data and data["cau_tra_loi"]["cau_b"]["luc"]


def test_a_damaged_file_counts_as_not_answered_until_the_next_click(tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "bai.tra-loi.json"
    file.write_text('{"cau_tra_loi": {"le": {"tra_loi": 3', encoding="utf-8")  # cut off while copying
    assert tra_loi("le", tep=file) is None
    assert "bị hỏng" in capsys.readouterr().out
    q = NumberAnswer("le", "Lề?", answers_file=file)  # opening the widget is no traceback
    assert q.value is None
    q.answer(30)
    assert read_answers(file) == ({"le": 30.0}, [])
    assert (tmp_path / "bai.tra-loi.json.hong").read_text(encoding="utf-8").startswith('{"cau_tra_loi"')  # kept


def test_a_hand_edit_changes_only_the_edited_answer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "bai.tra-loi.json"
    save_answer("sai", ["A", "B"], file)
    save_answer("le", 30, file)
    data = json.loads(file.read_text(encoding="utf-8"))
    data["cau_tra_loi"]["sai"] = "A, B, F"  # edited by hand into the wrong shape
    data["cau_tra_loi"]["la"] = {"tra_loi": "__import__('os')"}  # code is only ever text
    file.write_text(json.dumps(data), encoding="utf-8")
    answers, problems = read_answers(file)
    assert answers == {"le": 30, "la": "__import__('os')"} and len(problems) == 1 and "'sai'" in problems[0]
    assert tra_loi("le", kieu=(int, float), tep=file) == 30
    assert tra_loi("la", kieu=(int, float), tep=file) is None
    assert "không đúng dạng" in capsys.readouterr().out
    reopened = MultipleChoice("sai", ["A", "B", "F"], "?", answers_file=file)
    assert reopened.value is None  # the broken entry shows as not answered


def test_a_saved_value_of_the_wrong_shape_shows_a_message_not_a_traceback(tmp_path: Path) -> None:
    file = tmp_path / "bai.tra-loi.json"
    save_answer("sai", ["Z"], file)
    q = MultipleChoice("sai", ["A", "B"], "?", answers_file=file)
    assert q.value is None and "hãy chọn lại" in q.feedback.value
