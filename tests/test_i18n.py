"""The message catalogue: every message in the .po file, no bare Vietnamese message to learners, English works.

Rule for the scan: in every module of the package, a string literal with a Vietnamese letter (a letter with a
diacritic, or đ) is a message and must be the first argument of ``_()`` or ``N_()``. Not messages: docstrings;
the synthetic practice data (``data/``, ``_synthetic.py``); and Vietnamese content that must stay Vietnamese in
every language because it is what the learner writes, picks or reads in a real document (names of document
types, the date line of NĐ 30, place names, words matched in a learner's answer). A statement holding such
content carries the comment ``# nội dung`` on its first line, so that a reviewer sees each exception.
"""

from __future__ import annotations

import ast
import io
import os
import re
import subprocess
import sys
import tokenize
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from kynangso import i18n
from kynangso.i18n import _
from tests.conftest import CHECKOUT

PACKAGE = CHECKOUT.root / "src" / "kynangso"
# Content, not messages: the synthetic practice data (names, documents, dossiers, holidays) in ``data/`` is
# Vietnamese by nature.
SCANNED = sorted(p for p in PACKAGE.rglob("*.py") if p.relative_to(PACKAGE).parts[0] != "data")
# Modules written before the catalogue, still to be wrapped (this list may only shrink; see the test below).
PENDING: set[str] = set()
DONE = [p for p in SCANNED if p.relative_to(PACKAGE).as_posix() not in PENDING]
CONTENT_MARK = "# nội dung"
_VIETNAMESE = re.compile(r"[À-ɏḀ-ỿ]")


MARKERS = {"_": 1, "N_": 1, "pgettext": 2, "NP_": 2}  # how many leading arguments are catalogue text


def _po_ids(translated: bool = False) -> set[tuple[str | None, str]]:
    with i18n.po_file("en").open("rb") as handle:
        return {(m.context, str(m.id)) for m in read_po(handle) if m.id and (m.string or not translated)}


def _marked(node: ast.AST) -> list[ast.expr]:
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in MARKERS:
        return node.args[:MARKERS[node.func.id]]
    return []


def _content_lines(source: str) -> set[int]:
    return {token.start[0] for token in tokenize.generate_tokens(io.StringIO(source).readline)
            if token.type == tokenize.COMMENT and token.string.startswith(CONTENT_MARK)}


def _bare_messages(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    marked = _content_lines(source)
    allowed: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and body and \
                isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            allowed.add(id(body[0].value))
        allowed |= {id(arg) for arg in _marked(node)}
        if isinstance(node, ast.stmt | ast.expr) and node.lineno in marked:
            allowed |= {id(inner) for inner in ast.walk(node)}
    hidden = {id(arg) for f in ast.walk(tree) if isinstance(f, ast.JoinedStr) for call in ast.walk(f)
              for arg in _marked(call)}  # babel does not look inside f-strings: such a message would miss the catalogue
    return [f"{path.name}:{node.lineno}: {node.value[:60]!r}" for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _VIETNAMESE.search(node.value)
            and (id(node) not in allowed or id(node) in hidden)]


def _messages(paths: list[Path]) -> set[tuple[str | None, str]]:
    wanted: set[tuple[str | None, str]] = set()
    for path in paths:
        with path.open("rb") as handle:
            wanted |= {(context, str(m)) for _line, m, _comments, context in extract("python", handle, i18n.KEYWORDS)
                       if isinstance(m, str)}
    return wanted


def test_every_message_is_in_the_catalogue() -> None:
    with (CHECKOUT.root / "babel.cfg").open(encoding="utf-8") as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    found = {(context, str(message)) for _file, _line, message, _comments, context in
             extract_from_dir(str(CHECKOUT.root), method_map, options_map, keywords={**DEFAULT_KEYWORDS,
                                                                                     **i18n.KEYWORDS})
             if isinstance(message, str)}
    assert {(None, "Kiểm tra"), (None, "Đã lưu câu trả lời. Giảng viên sẽ chấm sau khi bạn nộp bài; bạn vẫn có thể "
                                       "đổi câu trả lời.")} <= found
    missing = sorted(found - _po_ids(), key=str)
    assert not missing, f"Chạy 'make messages' rồi dịch: {missing[:5]}"


def test_no_bare_vietnamese_message_in_the_package() -> None:
    assert len(DONE) > 25 and {"widgets/single_choice.py", "grading/grade.py", "cli/workshop.py"} <= \
        {p.relative_to(PACKAGE).as_posix() for p in DONE}
    bare = [line for path in DONE for line in _bare_messages(path)]
    assert not bare, "\n".join(bare)


def test_the_scan_finds_a_bare_message(tmp_path: Path) -> None:
    sample = tmp_path / "mau.py"
    sample.write_text('"""Tài liệu."""\nfrom kynangso.i18n import _\nA = _("Đúng")\nB = f"Sai rồi {A}"\nC = "ok"\n'
                      'D = f"{_(\'Chưa\')}"\n', encoding="utf-8")
    assert _bare_messages(sample) == ["mau.py:4: 'Sai rồi '", "mau.py:6: 'Chưa'"]
    sample.write_text('LOAI = {  # nội dung\n    "QĐ": "Quyết định",\n}\nX = ("Sai rồi",\n     "Đúng")  # nội dung\n'
                      'Y = "Tờ trình"\n', encoding="utf-8")
    assert sorted(_bare_messages(sample)) == ["mau.py:4: 'Sai rồi'", "mau.py:6: 'Tờ trình'"]


def test_the_pending_list_only_shrinks() -> None:
    assert {p.relative_to(PACKAGE).as_posix() for p in SCANNED} >= PENDING
    done = sorted(name for name in PENDING if not _bare_messages(PACKAGE / name))
    assert not done, f"Đã bọc xong, hãy bỏ khỏi PENDING: {done}"


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


def test_every_message_of_the_wrapped_modules_has_an_english_translation() -> None:
    wanted = _messages(DONE)
    assert len(wanted) > 250 and not sorted(wanted - _po_ids(translated=True), key=str)


def test_the_catalogue_has_each_message_once() -> None:
    text = i18n.po_file("en").read_text(encoding="utf-8")
    ids = [tuple(re.sub(r'"\s*\n\s*"', "", part) for part in entry)
           for entry in re.findall(r'^(?:msgctxt (".*?")\s*\n)?msgid (".*?")\s*\nmsgstr', text, re.M | re.S)]
    assert len(ids) > 250 and ("", '"Kiểm tra"') in ids
    assert sorted({i for i in ids if ids.count(i) > 1}) == []


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
    from kynangso.grading import tamper
    from kynangso.grading.isolation import sandbox

    monkeypatch.setenv("KYNANGSO_LANG", "en")
    assert tamper.note(["c1", "c2"]).startswith("read-only/test cells of the submission differ from the released ones "
                                                "or are missing (c1, c2)")
    assert sandbox.plan("none").warning == "Note: isolation of learners' work is off for grading (--isolation none)."
    monkeypatch.setenv("KYNANGSO_LANG", "vi")
    assert tamper.note(["c1"]).startswith("ô chỉ đọc/ô kiểm tra trong bài nộp khác bản đã phát hoặc bị thiếu (c1)")


# ---------------------------------------------------------------- the rules behind the other lessons

def test_rule_feedback_follows_the_language(monkeypatch: pytest.MonkeyPatch) -> None:
    from kynangso.rules import operating_indicators, password_rules, url_domain

    monkeypatch.setenv("KYNANGSO_LANG", "en")
    assert password_rules.password_problems("Abc!")[:2] == [
        "A password needs at least 8 characters (yours has 4).", "It needs at least one digit (0–9)."]
    assert url_domain.warning_signs("http://dichvucong.gov.vn.xyz/xac-minh")[:2] == [
        'It contains "gov.vn" but the real domain is "vn.xyz", which does not belong to a state body.',
        'The ending ".xyz" is unusual and common on scam sites.']
    assert operating_indicators.nhan_xet_ty_le(0.035, 3.5) == \
        "❌ Almost: you forgot to multiply by 100 to get a percentage."
    assert operating_indicators.nhan_xet_ty_le(3.5, 3.5) == "✅ Correct: 3.50%."
    monkeypatch.setenv("KYNANGSO_LANG", "vi")
    assert password_rules.password_problems("Abc!")[0] == "Mật khẩu cần dài ít nhất 8 ký tự (bạn đang có 4)."
    assert url_domain.warning_signs("http://dichvucong.gov.vn.xyz/xac-minh")[1] == \
        'Đuôi ".xyz" là đuôi lạ, hay gặp ở trang lừa đảo.'
    assert operating_indicators.nhan_xet_ty_le(3.5, 3.5) == "✅ Đúng: 3.50%."


def test_troubleshooting_tree_in_english_keeps_its_vietnamese_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    from kynangso.widgets.troubleshoot_tree import TroubleshootTree

    monkeypatch.setenv("KYNANGSO_LANG", "en")
    tree = TroubleshootTree(situation="…", expected="dien_ups")
    assert "What is happening to you?" in tree.question.value
    assert [b.description for b in tree.answers.children] == [
        "No signal, cannot get online", "Power cut", "The software shows an error"]
    tree.answers.children[1].click()  # "Power cut", as a real click
    tree.choose("Máy bàn, không có pin")  # a lesson cell names the answer in Vietnamese
    tree.choose("There is a UPS")  # or as the button shows it
    assert tree.correct is True and tree.action.startswith("Save your work and shut the computer down")
    assert "Power cut → Desktop, no battery → There is a UPS" in tree.trail.value
    monkeypatch.setenv("KYNANGSO_LANG", "vi")
    tree.reset()
    assert [b.description for b in tree.answers.children][1] == "Mất điện"


def test_self_assessment_profile_in_english(monkeypatch: pytest.MonkeyPatch) -> None:
    from kynangso.rules import self_assessment

    monkeypatch.setenv("KYNANGSO_LANG", "en")
    lines = self_assessment.lap_ho_so([1, 2, 2, 0, 1]).van_ban().splitlines()
    assert lines[0] == "Your digital skills profile: Basic — a foundation to build on (average 1.2/3)."
    assert lines[1] == "Strengths: Communication and collaboration in a digital environment; Digital content creation."
    assert "module 9 (Information security)" in lines[3]
    with pytest.raises(ValueError, match="Exactly 5 levels"):
        self_assessment.lap_ho_so([1, 2])
    monkeypatch.setenv("KYNANGSO_LANG", "vi")
    assert self_assessment.lap_ho_so([1, 2, 2, 0, 1]).van_ban().startswith("Hồ sơ năng lực số của bạn: Cơ bản")



def test_one_vietnamese_text_with_two_meanings_has_two_translations(monkeypatch: pytest.MonkeyPatch,
                                                                    tmp_path: Path) -> None:
    """"An toàn" is the verdict "safe" for a message and the DigComp area "safety": a context tells them apart."""
    from kynangso.rules import self_assessment
    from kynangso.widgets import phishing_triage

    monkeypatch.setenv("KYNANGSO_LANG", "en")
    assert _(phishing_triage.SAFE) == "Safe"
    assert i18n.pgettext(self_assessment.AREA, self_assessment.LINH_VUC[3].ten) == "Safety"
    assert "Strengths: Safety." in self_assessment.lap_ho_so([1, 1, 1, 3, 1]).van_ban()
    assert i18n.pgettext("không có", "An toàn") == "An toàn"  # an unknown context is not guessed
    sample = '_("Đúng")\nNP_("ngữ cảnh", "An toàn")\npgettext("ngữ cảnh", "Sai rồi")\nf"{pgettext(\'a\', \'Chưa\')}"\n'
    scratch = tmp_path / "ngu_canh_mau.py"
    scratch.write_text(sample, encoding="utf-8")
    assert _bare_messages(scratch) == ["ngu_canh_mau.py:4: 'Chưa'"]


TEMPLATES = sorted((PACKAGE / "templates").glob("*.j2"))


def test_no_bare_vietnamese_text_in_page_templates() -> None:
    """Page templates say everything through ``{{ _("…") }}`` (extracted by babel's jinja2 method, see babel.cfg)."""
    assert TEMPLATES
    for path in TEMPLATES:
        text = re.sub(r"\{#.*?#\}", "", path.read_text(encoding="utf-8"), flags=re.S)
        assert re.search(r'_\("', text), path.name
        bare = [line.strip() for line in re.sub(r'_\("(?:[^"\\]|\\.)*"\)', "", text).splitlines()
                if _VIETNAMESE.search(line)]
        assert not bare, f"{path.name}: {bare[:3]}"


def test_report_files_speak_english_when_asked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Headers, sheet names, the report's own words and the page follow the language; names and titles stay."""
    import openpyxl

    from kynangso.course.workspace import copy_course
    from kynangso.reporting.report import LEARNERS_CSV, WORKBOOK, report
    from tests.report_gradebook import CHAU_TIEN, build

    course = copy_course(CHECKOUT, tmp_path / "lop")
    build(course)
    monkeypatch.setenv("KYNANGSO_LANG", "en")
    english = report(course=course, out=tmp_path / "en", formats="xlsx,csv,html")
    book = openpyxl.load_workbook(tmp_path / "en" / WORKBOOK)
    assert book.sheetnames == ["Summary", "By unit", "By learner", "By question", "By competence"]
    header = [c.value for c in book["By learner"][1]]
    assert header[:4] == ["Learner ID", "Full name", "Unit", "Position"] and "Result" in header
    results = {row[header.index("Result")] for row in book["By learner"].iter_rows(
        min_row=2, max_row=len(english.learners) + 1, values_only=True)}
    assert results == {"Passed", "Not yet passed"}
    csv_text = (tmp_path / "en" / LEARNERS_CSV).read_text(encoding="utf-8-sig")
    assert csv_text.startswith("Learner ID,Full name,Unit,Position") and CHAU_TIEN in csv_text
    page = (tmp_path / "en" / "bao-cao.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in page and "Learning results report" in page and "All units" in page
    assert "Tất cả đơn vị" not in page and "Báo cáo kết quả" not in page
    assert english.learners.columns[0] == "Mã học viên"  # the tables keep their Vietnamese keys
    monkeypatch.setenv("KYNANGSO_LANG", "vi")
    report(course=course, out=tmp_path / "vi", formats="xlsx,html")
    assert openpyxl.load_workbook(tmp_path / "vi" / WORKBOOK).sheetnames[0] == "Tổng hợp"
    assert "Tất cả đơn vị" in (tmp_path / "vi" / "bao-cao.html").read_text(encoding="utf-8")


def test_simulators_speak_english_and_keep_their_vietnamese_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """Labels, feedback and the log follow the language; actions and dropdown values stay the same keys."""
    from datetime import date

    from kynangso.data.incoming_documents import ROUTING_EXISTING, ROUTING_LETTERS
    from kynangso.rules import document_register as vbdd
    from kynangso.widgets.header_composer import HeaderComposer
    from kynangso.widgets.incoming_register import IncomingRegister
    from kynangso.widgets.vneid_level_quiz import LEVEL_1, VneidLevelQuiz

    monkeypatch.setenv("KYNANGSO_LANG", "en")
    header = HeaderComposer("Quỳ Châu", date(2026, 3, 5), 15)
    header.fill("", "Quỳ Châu, ngày 05 tháng 3 năm 2026")
    assert header.check() == ["You have not typed the number and symbol."]
    assert header.button.description == "Check" and "Correct it and press Check again." in header.result.value
    assert "Action log (1)" in header.log_view.value and "Check — 1 problem(s)" in header.log_view.value
    assert "<b>Task:</b> Quyết định number 15 of the year of UBND" in header.scenario.value
    register = IncomingRegister(ROUTING_LETTERS, ROUTING_EXISTING)
    assert register.button.description == "Register" and register.level_box.label == "— choose —"
    assert register.level_box.value == "— chọn —"  # the value is the key the code compares with
    assert register.register(1246, "04/12/2026", "Thường", vbdd.HANDOVER_SAME_DAY) == []
    assert "Registered with incoming number 1246." in register.result.value
    assert "Leader's direction" in register.card.value
    assert register.route("Phòng Kinh tế", date(2026, 12, 11)) == []
    assert register.routes[1246] == ("Phòng Kinh tế", date(2026, 12, 11))
    quiz = VneidLevelQuiz()
    assert quiz.boxes[0].label == "— choose —" and [label for label, _value in quiz.boxes[0].options][1] == "Level 1"
    quiz.choose([LEVEL_1] * len(quiz.boxes))
    assert quiz.check()[-1].startswith(f"Feature {len(quiz.boxes)}: not right.")
    monkeypatch.setenv("KYNANGSO_LANG", "vi")
    assert HeaderComposer("Quỳ Châu", date(2026, 3, 5), 15).button.description == "Kiểm tra"


def test_header_rules_speak_english_and_keep_the_document_vietnamese(monkeypatch: pytest.MonkeyPatch) -> None:
    """A wrong header: the NĐ 30 rules explain in English; the date line and the regulation's name stay Vietnamese."""
    from datetime import date

    from kynangso.widgets.header_composer import HeaderComposer

    monkeypatch.setenv("KYNANGSO_LANG", "en")
    widget = HeaderComposer(place="Quỳ Châu", signed_on=date(2026, 1, 9), number=7)
    widget.fill("7/qđ-UBND", "Quỳ Châu, ngày 9 tháng 1 năm 2026")
    assert widget.check() == ["A number below 10 takes a leading 0 (for example 07).",
                              "The symbol is written in capitals "
                              "(except set abbreviations such as TTr, CTr, QyĐ, TrS).",
                              "A day below 10 takes a leading 0 (for example ngày 05).",
                              "January and February take a leading 0 (tháng 01, tháng 02)."]
    assert "Not right yet:" in widget.result.value and "Nghị định 30/2020/NĐ-CP" in widget.result.value
    widget.fill("07/QĐ-UBND", "Quỳ Châu, ngày 09 tháng 01 năm 2026")
    assert widget.check() == [] and "Correct format. Well done!" in widget.result.value
    monkeypatch.setenv("KYNANGSO_LANG", "vi")
    widget.fill("07/QĐ-UBND", "Quỳ Châu ngày 09 tháng 01 năm 2026")
    assert widget.check() == ["Địa danh đứng đầu, sau đó là dấu phẩy rồi đến chữ ngày."]


def test_incoming_register_rules_speak_english_and_keep_their_values(monkeypatch: pytest.MonkeyPatch) -> None:
    """The register's rules explain in English; urgency marks, units and handover values stay the same keys."""
    from kynangso.data.incoming_documents import ROUTING_EXISTING, ROUTING_LETTERS
    from kynangso.rules import document_register as vbdd
    from kynangso.widgets.incoming_register import IncomingRegister

    monkeypatch.setenv("KYNANGSO_LANG", "en")
    register = IncomingRegister(ROUTING_LETTERS, ROUTING_EXISTING)
    register.handover_box.value = vbdd.HANDOVER_SAME_DAY
    assert register.handover_box.label == "The same day, at the latest the next working day"
    assert register.register(1300, "04/12/2026", "Khẩn", vbdd.HANDOVER_NOW) == [
        "Incoming numbers are consecutive: the number of the document registered just before, plus 1.",
        "Write the urgency exactly as the urgency stamp/field on the incoming document.",
        "An ordinary document: submit and hand it over the same day, at the latest the next working day."]
    assert "Not registered yet:" in register.result.value and register.rows == list(ROUTING_EXISTING)
    assert register.register(1246, level="Thường", handover=vbdd.HANDOVER_SAME_DAY) == []
    assert "Phòng Kinh tế to lead the handling, within 5 working days" in register.card.value
    assert register.route("Phòng Văn hóa - Xã hội", "10/12/2026") == [
        "Route it to the unit the leader put in charge (see the line 'Leader's direction').",
        "The deadline is earlier than the rule: count the full number of working days, not counting the day of "
        "receipt itself."]
    monkeypatch.setenv("KYNANGSO_LANG", "vi")
    assert register.route("Phòng Kinh tế", "12/12/2026") == [
        "Hạn xử lý muộn hơn quy định: chỉ đếm ngày làm việc, không tính thứ Bảy, Chủ nhật, ngày lễ, "
        "và không tính chính ngày đến."]


def test_day_counts_statuses_and_id_numbers_speak_english(monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date

    from kynangso.rules import cccd, one_stop, public_services, working_days
    from kynangso.widgets.deadline_counter import DeadlineCounter

    monkeypatch.setenv("KYNANGSO_LANG", "en")
    assert one_stop.bang_dem(date(2026, 12, 4), 1).splitlines() == [
        "Received Friday 04/12/2026 (this day is not counted)",
        "  Saturday 05/12/2026: not counted — Saturday, weekly day off",
        "  Sunday   06/12/2026: not counted — Sunday, weekly day off",
        "  Monday   07/12/2026: working day 1"]
    quiz = DeadlineCounter(date(2026, 12, 4), 1, procedure="")
    assert quiz.check("05/12/2026") == ["05/12/2026 is a day off (Saturday, weekly day off): results are not "
                                        "returned on a day off."]
    assert quiz.check("07/12/2026") == [] and "Right: return on Monday 07/12/2026." in quiz.result.value
    assert public_services.transition_problem(public_services.WAITING, public_services.RETURNED) == (
        "From 'Chờ tiếp nhận' the dossier can only move to: Đã tiếp nhận, Yêu cầu bổ sung, Từ chối.")
    assert cccd.consistency_problems("040185012345", 1985, "Nam", 2026) == [
        "Digit 4 is 1 (sex: Nữ) but the list says Nam."]
    with pytest.raises(ValueError, match="must be 1 or more"):
        working_days.trace(date(2026, 12, 4), 0)
    monkeypatch.setenv("KYNANGSO_LANG", "vi")
    assert working_days.show_trace(date(2026, 12, 4), 1).splitlines()[0] == \
        "Nhận ngày Thứ Sáu 04/12/2026 (ngày này không tính)"
    assert quiz.check("08/12/2026") == ["Ngày này muộn quá: bạn đã bỏ qua cả ngày làm việc, hoặc đếm thừa. "
                                        "Đếm lại từng ngày."]
