"""Every ⚠️ in the course names what would resolve it, and every rule in the catalogue cites a dated document.

Convention (CONTRIBUTING, "Dấu ⚠️ trong nội dung"): ⚠️ marks a fact the course could not confirm. On the same line
(a sentence, list item or table row; in Python the line and the two after it) the mark is followed by what would
settle it: "cần đối chiếu <văn bản, điều>", "chờ <văn bản>", "để xác nhận, <việc>", "hỏi <ai>", "cần xem <tài liệu>",
"theo hướng dẫn của <ai>", "theo quy chế <của ai>". A warning that is not about an uncertain fact uses ❗. A mark
that only names the symbol a widget shows is written in backticks (`⚠️`) or as "thấy ⚠️"; a Python line that shows
the symbol on screen ends with ``# dấu hiển thị``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from kynangso.text import nfc
from tests.conftest import CHECKOUT

MARK = "⚠"
# What would resolve the mark, followed by at least one word saying what (a dash or a colon may stand between).
RESOLVES = re.compile(
    r"(đối chiếu|cần xem|cần đọc|chờ|để xác nhận|hỏi|theo hướng dẫn|theo quy chế)\s*[—:,-]?\s*[\w\"“«(`]",
    re.IGNORECASE)
SYMBOL_ONLY = re.compile(r"`[^`]*⚠️?[^`]*`|thấy ⚠️?")
DISPLAY = "# dấu hiển thị"
# A document number (30/2020/NĐ-CP, 766/QĐ-TTg, 01-KH/BCĐTW) and a date (05/3/2020).
DOCUMENT = re.compile(r"\d+/\d{4}/[A-ZĐ]|\d+/[A-ZĐ]+-[A-ZĐ]|\d+-[A-ZĐ]+/[A-ZĐ]")
DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b")


def _plain(text: str) -> str:
    return nfc(text).replace("**", "").replace("__", "")


def _markdown_texts(root: Path) -> list[tuple[str, str]]:
    """(where, text) of every lesson and exercise text cell, summary card and the glossary."""
    texts: list[tuple[str, str]] = []
    for path in sorted([*root.glob("course/**/*.ipynb"), *root.glob("solutions/**/*.ipynb")]):
        if ".ipynb_checkpoints" in path.parts:
            continue
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        texts += [(f"{path.relative_to(root)} ô {i}", "".join(cell["source"]))
                  for i, cell in enumerate(cells) if cell["cell_type"] == "markdown"]
    texts += [(str(path.relative_to(root)), path.read_text(encoding="utf-8"))
              for path in sorted(root.glob("course/**/*.md"))]
    return texts


def unresolved_marks(where: str, text: str, window: int = 0) -> list[str]:
    """The lines of ``text`` with a ⚠️ that is not followed (on that line, or ``window`` lines after) by what would
    resolve it."""
    lines = text.splitlines()
    problems = []
    for number, line in enumerate(lines):
        if MARK not in line or line.rstrip().endswith(DISPLAY):
            continue
        checked = _plain(SYMBOL_ONLY.sub("", line))
        if MARK not in checked:
            continue
        after = checked[checked.index(MARK):] + " " + " ".join(lines[number + 1:number + 1 + window])
        if not RESOLVES.search(_plain(after).replace("đang đối chiếu", "")):  # "in progress" names nothing
            problems.append(f"{where}, dòng {number + 1}: {line.strip()[:160]}")
    return problems


def test_every_mark_in_lessons_cards_exercises_and_glossary_says_what_would_resolve_it() -> None:
    texts = _markdown_texts(CHECKOUT.root)
    assert len(texts) > 100  # the lessons, exercises, cards and glossary were read
    problems = [p for where, text in texts for p in unresolved_marks(where, text)]
    assert not problems, "⚠️ không nói cần gì để xác nhận:\n" + "\n".join(problems)


def test_every_mark_in_rules_data_and_widgets_says_what_would_resolve_it() -> None:
    package = CHECKOUT.root / "src" / "kynangso"
    paths = sorted(p for folder in ("rules", "data", "widgets") for p in (package / folder).glob("*.py"))
    assert paths
    problems = [p for path in paths
                for p in unresolved_marks(str(path.relative_to(CHECKOUT.root)), path.read_text(encoding="utf-8"), 2)]
    assert not problems, "⚠️ không nói cần gì để xác nhận:\n" + "\n".join(problems)


@pytest.mark.parametrize("text", [
    "Mã khác ⚠️.",
    "⚠️ Chưa chắc chắn.",
    "| 12–13 ⚠️ | đứng |",
    "(⚠️ đang đối chiếu nội dung sửa đổi)",  # names no document
    "⚠️ Điều khoản của Nghị định 118/2025/NĐ-CP — cần đối chiếu.",  # says nothing after "đối chiếu"
    "⚠️ Lỗi hay gặp: chia cho số tiếp nhận.",  # a warning, not an uncertain fact: use ❗
])
def test_a_mark_that_names_nothing_to_resolve_it_is_reported(text: str) -> None:
    assert unresolved_marks("thử", text) == [f"thử, dòng 1: {text}"]


@pytest.mark.parametrize("text", [
    "⚠️ Điều khoản cụ thể: **cần đối chiếu** Điều 12 của Nghị định 70/2024/NĐ-CP.",
    "⚠️ Hoán đổi 23/11: chờ thông báo của Bộ Nội vụ.",
    "⚠️ Dung lượng thật tùy máy quét — để xác nhận, quét thử một trang.",
    "(⚠️ thủ tục: theo hướng dẫn của Ban Cơ yếu Chính phủ)",
    "Sửa một ký tự rồi bấm lại → thấy ⚠️ khác.",
    "Ô kết quả hiện `⚠️` khi hai mã khác nhau.",
    "❗ Lỗi hay gặp: chia cho số tiếp nhận.",
    'mark = "⚠️"  # dấu hiển thị',
])
def test_a_mark_that_names_what_resolves_it_or_only_names_the_symbol_passes(text: str) -> None:
    assert unresolved_marks("thử", text) == []


def test_a_wrapped_python_message_may_name_it_on_the_next_lines() -> None:
    code = ('N_("Khóa học dặn dùng mức 2 (⚠️ dịch vụ nào nhận mức 1 "\n'
            '   "cần đối chiếu hướng dẫn của Cổng Dịch vụ công).")')
    assert unresolved_marks("thử.py", code, 2) == []
    assert unresolved_marks("thử.py", code, 0) != []


def _questions() -> list[dict]:
    catalogue = yaml.safe_load((CHECKOUT.root / "catalogue.yml").read_text(encoding="utf-8"))
    return [q for module in catalogue["modules"] for q in module["assignment"]["questions"]]


def test_every_rule_in_the_catalogue_cites_a_document_with_its_number_and_date() -> None:
    questions = [q for q in _questions() if q.get("rule")]
    assert len(questions) > 50
    missing = [q["grade_id"] for q in questions
               if not (DOCUMENT.search(q.get("source", "")) and DATE.search(q.get("source", "")))]
    assert not missing, "Câu có quy tắc nhưng căn cứ thiếu số hiệu hoặc ngày văn bản: " + ", ".join(missing)


def test_catalogue_texts_follow_the_mark_convention() -> None:
    problems = [p for q in _questions() for key in ("rule", "source", "title")
                for p in unresolved_marks(f"catalogue.yml {q['grade_id']} {key}", str(q.get(key, "")))]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("source, cited", [
    ("Nghị định 30/2020/NĐ-CP ngày 05/3/2020, Phụ lục I", True),
    ("Quyết định 766/QĐ-TTg ngày 23/6/2022", True),
    ("Kế hoạch 01-KH/BCĐTW ngày 21/3/2025", True),
    ("Nghị định 30/2020/NĐ-CP, Phụ lục I", False),  # no date
    ("Quy ước của khóa học", False),
    ("Bộ luật Dân sự 2015, Điều 147 (ngày 24/11/2015)", False),  # no number
])
def test_the_citation_pattern(source: str, cited: bool) -> None:
    assert bool(DOCUMENT.search(source) and DATE.search(source)) is cited


def test_no_lesson_names_a_file_of_the_kit_that_does_not_exist() -> None:
    named = {m for _where, text in _markdown_texts(CHECKOUT.root) for m in re.findall(r"kynangso/data/\w+\.py", text)}
    assert named  # lessons 03 and 07a name the holiday list
    assert [m for m in named if not (CHECKOUT.root / "src" / m).is_file()] == []


def test_the_24_11_holiday_is_not_taught_as_unconfirmed() -> None:
    said = [where for where, text in _markdown_texts(CHECKOUT.root) if "chưa xác nhận" in text]
    assert said == []
