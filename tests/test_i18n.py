"""The message catalogue: every message in the .po file, no bare Vietnamese message to learners, English works.

Rule for the scan: in the learner-facing modules, a string literal with a Vietnamese letter (a letter with a
diacritic, or đ) is a message and must be the first argument of ``_()`` or ``N_()``; docstrings are not
messages. Content (legal texts, names, cases) is not kept in these modules: it lives in ``kynangso/rules``,
``data/`` or the notebooks, and is passed to the widgets.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir, extract_python
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from kynangso import i18n
from kynangso.i18n import _
from tests.conftest import CHECKOUT

PACKAGE = CHECKOUT.root / "src" / "kynangso"
LEARNER_FACING = [*sorted((PACKAGE / "widgets").glob("*.py")), *(PACKAGE / f"{m}.py" for m in
                                                                 ("selfcheck", "answers", "kiem_tra"))]
# Widgets written before the catalogue, still to be wrapped (this list may only shrink; see the test below).
NOT_YET_WRAPPED = {
    "deadline_counter", "dossier_flow", "header_composer", "incoming_register", "ngay_hen_tra_quiz",
    "simulator", "vneid_level_quiz",
}
# Trainer-facing modules: click help, errors, progress lines, notes written into grading incidents.
TRAINER_FACING_2 = [PACKAGE / f"{m}.py" for m in (
    "cli", "grade", "_incidents", "_sandbox", "_tamper", "preprocessors/guard_answers",
    "preprocessors/hide_hidden_tests",
    "preprocessors/sandboxed_execute")]
_VIETNAMESE = re.compile(r"[À-ɏḀ-ỿ]")


def _po_ids() -> set[str]:
    with i18n.po_file("en").open("rb") as handle:
        return {str(m.id) for m in read_po(handle) if m.id}


def _bare_messages(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    allowed: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and body and \
                isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            allowed.add(id(body[0].value))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "N_") and node.args:
            allowed.add(id(node.args[0]))
    hidden = {id(call.args[0]) for f in ast.walk(tree) if isinstance(f, ast.JoinedStr) for call in ast.walk(f)
              if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id in ("_", "N_")
              and call.args}  # babel does not look inside f-strings: such a message would miss the catalogue
    return [f"{path.name}:{node.lineno}: {node.value[:60]!r}" for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _VIETNAMESE.search(node.value)
            and (id(node) not in allowed or id(node) in hidden)]


def test_every_message_is_in_the_catalogue() -> None:
    with (CHECKOUT.root / "babel.cfg").open(encoding="utf-8") as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    found = {str(message) for _file, _line, message, _comments, _context in
             extract_from_dir(str(CHECKOUT.root), method_map, options_map) if isinstance(message, str)}
    assert {"Kiểm tra", "Đã lưu câu trả lời. Giảng viên sẽ chấm sau khi bạn nộp bài; bạn vẫn có thể đổi câu trả lời."} \
        <= found
    missing = sorted(found - _po_ids())
    assert not missing, f"Chạy 'make messages' rồi dịch: {missing[:5]}"


def test_no_bare_vietnamese_message_in_learner_facing_code() -> None:
    bare = [line for path in LEARNER_FACING if path.stem not in NOT_YET_WRAPPED for line in _bare_messages(path)]
    assert not bare, "\n".join(bare)


def test_the_scan_finds_a_bare_message(tmp_path: Path) -> None:
    sample = tmp_path / "mau.py"
    sample.write_text('"""Tài liệu."""\nfrom kynangso.i18n import _\nA = _("Đúng")\nB = f"Sai rồi {A}"\nC = "ok"\n'
                      'D = f"{_(\'Chưa\')}"\n', encoding="utf-8")
    assert _bare_messages(sample) == ["mau.py:4: 'Sai rồi '", "mau.py:6: 'Chưa'"]


def test_the_pending_list_only_shrinks() -> None:
    done = sorted(name for name in NOT_YET_WRAPPED if not _bare_messages(PACKAGE / "widgets" / f"{name}.py"))
    assert not done, f"Đã bọc xong, hãy bỏ khỏi NOT_YET_WRAPPED: {done}"


def test_english_is_available_and_vietnamese_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    from kynangso.widgets import SingleChoice

    monkeypatch.delenv("KYNANGSO_LANG", raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")  # a server default, not a choice
    monkeypatch.delenv("LANGUAGE", raising=False)
    assert i18n.language() == "vi" and _("Kiểm tra") == "Kiểm tra"
    monkeypatch.setenv("LANGUAGE", "en_GB:en")
    assert i18n.language() == "en"
    monkeypatch.setenv("KYNANGSO_LANG", "vi")
    assert i18n.language() == "vi"
    monkeypatch.setenv("KYNANGSO_LANG", "en")
    q = SingleChoice("x", ["a", "b"], "?", key="a")
    assert q.button.description == "Check" and q.check() == ["You have not answered this question yet."]
    assert _("Câu {so}: chưa có trong danh mục").format(so=1) == "Câu 1: chưa có trong danh mục"  # unknown: as is


def test_every_message_of_the_new_modules_has_an_english_translation() -> None:
    with i18n.po_file("en").open("rb") as handle:
        untranslated = {str(m.id) for m in read_po(handle) if m.id and not m.string}
    new = [p for p in LEARNER_FACING if p.stem not in NOT_YET_WRAPPED]
    wanted = set()
    for path in new:
        with path.open("rb") as handle:
            wanted |= {str(m) for _line, _func, m, _comments in extract_python(handle, ["_", "N_"], [], {})
                       if isinstance(m, str)}
    assert not sorted(wanted & untranslated)


def test_no_bare_vietnamese_message_in_trainer_facing_code() -> None:
    bare = [line for path in TRAINER_FACING_2 for line in _bare_messages(path)]
    assert not bare, "\n".join(bare)


def test_every_trainer_message_has_an_english_translation() -> None:
    with i18n.po_file("en").open("rb") as handle:
        translated = {str(m.id) for m in read_po(handle) if m.id and m.string}
    wanted = set()
    for path in TRAINER_FACING_2:
        with path.open("rb") as handle:
            wanted |= {str(m) for _line, _func, m, _comments in extract_python(handle, ["_", "N_"], [], {})
                       if isinstance(m, str)}
    assert len(wanted) > 40 and not sorted(wanted - translated)


def test_grade_help_in_english() -> None:
    """Click help texts are translated when the CLI module is imported: the language of the process applies."""
    code = ("from click.testing import CliRunner; from kynangso.cli import main; "
            "print(CliRunner().invoke(main, ['grade', '--help']).output)")
    env = {**os.environ, "KYNANGSO_LANG": "en"}
    english = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                             check=True).stdout.split()
    assert "Submissions graded at the same time (default: the number of CPU cores)." in " ".join(english)
    assert "Số bài chấm cùng lúc" not in " ".join(english)
    env["KYNANGSO_LANG"] = "vi"
    vietnamese = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                                check=True).stdout.split()
    assert "Số bài chấm cùng lúc (mặc định: bằng số nhân CPU)." in " ".join(vietnamese)


def test_grading_notes_follow_the_language(monkeypatch: pytest.MonkeyPatch) -> None:
    from kynangso import _sandbox, _tamper

    monkeypatch.setenv("KYNANGSO_LANG", "en")
    assert _tamper.note(["c1", "c2"]).startswith("the submission changed or deleted read-only/test cells (c1, c2)")
    assert _sandbox.plan("none").warning == "Note: isolation of learners' work is off for grading (--isolation none)."
    monkeypatch.setenv("KYNANGSO_LANG", "vi")
    assert _tamper.note(["c1"]).startswith("bài nộp đã sửa hoặc xóa ô chỉ đọc/ô kiểm tra (c1)")
