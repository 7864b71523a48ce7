"""kiem_tra: runs the visible checks of one question of the notebook on disk, in Vietnamese, hiding nothing hidden."""

from __future__ import annotations

from pathlib import Path

import pytest

from kynangso.course import notebooks
from kynangso.learner.checks import kiem_tra, question_checks
from tests.conftest import M02


@pytest.fixture
def released(released_template, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:  # type: ignore[no-untyped-def]
    notebook = tmp_path / "bai-tap-02.ipynb"
    notebook.write_bytes((released_template.exercises / M02 / "bai-tap-02.ipynb").read_bytes())
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("JPY_SESSION_NAME", str(notebook))
    return notebook


def test_question_names(released: Path) -> None:
    cells = notebooks.read(released).cells
    for name in ("cau_1", 1, "1", "Câu 1", "so_ky_hieu_quyet_dinh"):
        assert [g for g, _ in question_checks(cells, name)[1]] == ["so_ky_hieu_quyet_dinh"], name  # type: ignore[arg-type]


def test_wrong_form_right_form_and_no_hidden_test(released: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kynangso.widgets import ShortText

    ShortText("so_ky_hieu", "?").answer("7 QĐ-UBND")
    result = kiem_tra("cau_1", namespace={})
    assert not result and result.lines == ['❌ Chưa đạt: Giữa số và ký hiệu phải có dấu gạch chéo "/".']
    ShortText("so_ky_hieu", "?").answer("7/QĐ-UBND")  # right form, wrong number: only a hidden test would see it
    assert kiem_tra(1, namespace={})
    out = capsys.readouterr().out
    assert "✅ Câu 1 đã có câu trả lời" in out and "Số thứ tự nhỏ hơn 10" not in out


def test_widget_question_reads_the_answers_file(released: Path) -> None:
    assert kiem_tra(3, namespace={}).lines[0].startswith("❌ Chưa đạt: Bạn chưa trả lời câu 3")
    from kynangso.widgets import MultipleChoice

    quoc_hieu = "D. Quốc hiệu viết in hoa"
    MultipleChoice("cac_phan_sai", ['A. Số thứ tự "5"', quoc_hieu], "?").answer([quoc_hieu])
    assert kiem_tra(3, namespace={})  # visible checks pass: the key (A, B, F) is not in the notebook


def test_unknown_question_and_missing_answer_are_one_line(released: Path) -> None:
    assert kiem_tra(9, namespace={}).lines == ["❌ Sổ tay này không có câu 9 để kiểm tra. Các câu có: 1, 2, 3, 4, 5."]
    lines = kiem_tra(2, namespace={}).lines
    assert lines == ["❌ Chưa đạt: Bạn chưa trả lời câu 2: chạy ô phía trên, gõ dòng địa danh, ngày tháng năm "
                     "vào khung rồi bấm Kiểm tra."]


def test_no_notebook(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("JPY_SESSION_NAME", raising=False)
    assert kiem_tra(1, namespace={}).lines == [
        "❌ Không tìm thấy sổ tay đang mở. Hãy lưu sổ tay (Ctrl + S) rồi chạy lại ô này."]


def test_needs_no_grading_tools() -> None:
    import subprocess
    import sys

    code = ("import sys, kynangso.learner.checks, kynangso.learner.answers, kynangso.widgets; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('nbgrader', 'nbconvert', 'requests')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
