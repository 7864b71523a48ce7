"""``kynangso collect``: take learners' notebooks from folders or zip files, whatever their names.

Each file is kept byte for byte in ``grading/archive/<sha256>.ipynb`` with a log line saying where it came from and
when. It is matched to an assignment by the stamp that ``release`` writes into notebooks (or by its file name) and to
a learner by name, ignoring case and diacritics, in the file's path, the name of the zip it came in and the folder
that zip sits in; a file kept the way nbgrader keeps submissions (``<learner id>/<assignment>/<notebook>.ipynb``) is
taken by its folders. In an assignment of several notebooks, each file goes to its own notebook (by the stamp, else by
the notebook's name in the file's name); a file that matches none is not placed, so it never replaces another
notebook's submission. Each notebook is checked at once (readable, a notebook, with grade cells): one that cannot be
graded is said at once, and it is never put in place of a submission that can, so a broken copy cannot replace good
work (with nothing in place, it is placed so that the work counts as handed in and grading records why it has no
score). Files that cannot be matched or placed are copied to ``grading/unmatched/`` and listed with the reason and
where they are; nothing is dropped.

Answers given in question widgets travel inside the notebook (``metadata.kynangso.tra_loi``, see
:mod:`kynangso.learner.answers`). An answers file saved beside a notebook the older way (``<notebook>.tra-loi.json``)
is still accepted: it is archived by its own hash and matched to the notebook it came with (same folder or zip folder,
same name; or the only notebook and the only answers file of a folder, when the learner renamed one). The answers of
both, the newest per question, are placed beside the submission as the answers file that graded cells read. A notebook
of an assignment with such questions that carries no answer at all is taken, and the trainer is told
(``CollectResult.missing_answers``).
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from kynangso.course.catalogue import Catalogue, load_catalogue
from kynangso.course.learners import Learner, load_roster
from kynangso.errors import KitError
from kynangso.grading import incoming, matching, submission_check
from kynangso.grading.incoming import Incoming
from kynangso.i18n import _
from kynangso.learner import answers
from kynangso.paths import CourseRoot

_STAMP = "%Y-%m-%d %H:%M:%S.%f UTC"
_READS_ANSWERS = re.compile(r"\btra_loi\(")  # a graded cell reading what a question widget saved
LOG_FIELDS = ("sha256", "nguon", "thoi_gian_thu", "ma_hoc_vien", "bai_tap", "ket_qua", "sha256_tra_loi")


@dataclass
class CollectResult:
    collected: list[tuple[str, str, str]] = field(default_factory=list)  # learner id, assignment, origin
    repeated: list[str] = field(default_factory=list)
    unmatched: list[tuple[str, str]] = field(default_factory=list)  # origin, reason
    older: list[str] = field(default_factory=list)  # archived, but a newer file of the same work is kept in place
    missing_answers: list[str] = field(default_factory=list)  # one warning per notebook taken without its answers
    broken: list[str] = field(default_factory=list)  # placed (nothing else was), but it cannot be graded: why


def reads_answers(course: CourseRoot, assignment_id: str, catalogue: Catalogue, notebook: str = "") -> bool:
    """Whether a notebook of the assignment (the first by default) has widget questions: its source (else its released
    version) calls ``tra_loi(``."""
    notebook = notebook or catalogue.assignment(assignment_id).notebook
    for folder in (course.solutions, course.exercises):
        try:
            cells = json.loads((folder / assignment_id / notebook).read_text(encoding="utf-8")).get("cells", [])
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, AttributeError):
            continue
        return any(c.get("cell_type") == "code" and _READS_ANSWERS.search("".join(c.get("source", "")))
                   for c in cells if isinstance(c, dict))
    return False


def _missing_answers(learner: Learner, origin: str) -> str:
    return _("Chưa có câu trả lời nào: bài {origin} của {ten} (mã {ma}) không mang câu trả lời bấm chọn nào. Nếu học "
             "viên đã làm bài, hãy nhờ họ mở lại sổ tay, bấm Lưu (Ctrl + S) rồi gửi lại tệp .ipynb.").format(
        ten=learner.name, ma=learner.id, origin=origin)


def _answers_of(item: Incoming) -> dict[str, dict[str, object]] | None:
    """The answers a submission carries: inside the notebook and in an answers file sent with it, newest first.

    ``None`` when the notebook itself cannot be read (grading reports the broken file; no second warning here).
    """
    try:
        inside = answers.entries_in_notebook(json.loads(item.data.decode("utf-8")))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    beside = answers.entries_in_file(item.answers) if item.answers is not None else {}
    return answers.newest(beside, inside)


def _log(course: CourseRoot, row: dict[str, str]) -> None:
    log = course.archive / "nhat-ky-thu-bai.csv"
    new = not log.exists()
    fields: Sequence[str] = LOG_FIELDS
    if not new:
        with log.open(encoding="utf-8", newline="") as existing:
            fields = next(csv.reader(existing), LOG_FIELDS)
    with log.open("a", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, extrasaction="ignore")  # older logs lack new columns
        if new:
            writer.writeheader()
        writer.writerow(row)


def _known_hashes(course: CourseRoot) -> set[tuple[str, str, str]]:
    log = course.archive / "nhat-ky-thu-bai.csv"
    if not log.exists():
        return set()
    with log.open(encoding="utf-8", newline="") as handle:
        return {(r["sha256"], r.get("sha256_tra_loi") or "", r["ma_hoc_vien"])
                for r in csv.DictReader(handle) if r["ket_qua"] == "da-thu"}


def _stamp_time(target: Path) -> datetime | None:
    try:
        text = (target / "timestamp.txt").read_text(encoding="utf-8").strip()
        return datetime.strptime(text, _STAMP).replace(tzinfo=UTC)
    except (OSError, ValueError):
        return None


def _placed_at(target: Path, notebook: str) -> datetime:
    """When the notebook already in place was last modified (the earliest time if there is none).

    Each placed notebook keeps its own time as its file time; ``timestamp.txt`` (nbgrader's, the newest of the
    submission's notebooks) bounds it, for submissions placed before notebooks had their own time.
    """
    path = target / notebook
    if not path.is_file():
        return datetime.min.replace(tzinfo=UTC)
    own = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    stamp = _stamp_time(target)
    return min(own, stamp) if stamp is not None else own


def _place(target: Path, notebook: str, item: Incoming, others: Sequence[str]) -> None:
    """Write the notebook in place with its own time; ``timestamp.txt`` says the newest notebook's time."""
    target.mkdir(parents=True, exist_ok=True)
    path = target / notebook
    path.write_bytes(item.data)
    moment = item.modified.timestamp()
    os.utime(path, (moment, moment))
    newest = max([item.modified, *(_placed_at(target, o) for o in others if o != notebook)])
    (target / "timestamp.txt").write_text(newest.strftime(_STAMP), encoding="utf-8")


def _keep_unmatched(course: CourseRoot, digest: str, name: str, data: bytes) -> str:
    """Copy a file that was not placed to ``grading/unmatched/``; say where, for the trainer."""
    course.unmatched.mkdir(parents=True, exist_ok=True)
    target = course.unmatched / f"{digest[:12]}-{Path(name).name}"
    target.write_bytes(data)
    return _("bản sao ở {tep}").format(tep=target.relative_to(course.root).as_posix())


def _not_kept() -> str:
    return _("tệp không đọc được nên không được chép vào lớp; hãy nhờ học viên gửi lại")


def collect(*, course: CourseRoot, paths: Sequence[Path]) -> CollectResult:
    """Archive, match and place every notebook found under ``paths``."""
    catalogue = load_catalogue(course.catalogue)
    roster = load_roster(course)
    if not roster:
        raise KitError(_("Chưa có danh sách học viên. Hãy chạy 'kynangso roster import TỆP' trước khi thu bài."))
    course.archive.mkdir(parents=True, exist_ok=True)
    known = _known_hashes(course)
    result = CollectResult()
    now = datetime.now(UTC)
    notebooks, loose = incoming.paired(list(incoming.walk(paths)))
    widgets = {(a.id, n): reads_answers(course, a.id, catalogue, n) for a in catalogue.assignments
               for n in a.notebooks}
    for item in loose:
        reason = _("tệp câu trả lời không có sổ tay đi kèm (cần nộp cùng sổ tay)")
        if item.problem:
            result.unmatched.append((item.origin, f"{reason}; {item.problem}; {_not_kept()}"))
        else:
            kept_at = _keep_unmatched(course, hashlib.sha256(item.data).hexdigest(), item.name, item.data)
            result.unmatched.append((item.origin, f"{reason}; {kept_at}"))
    for item in notebooks:
        if item.problem:
            result.unmatched.append((item.origin, f"{item.problem}; {_not_kept()}"))
            _log(course, {"sha256": "", "nguon": item.origin, "thoi_gian_thu": now.isoformat(), "ma_hoc_vien": "",
                          "bai_tap": "", "ket_qua": "tu-choi"})
            continue
        digest = hashlib.sha256(item.data).hexdigest()
        kept = course.archive / f"{digest}.ipynb"
        if not kept.exists():
            kept.write_bytes(item.data)
        answers_digest = hashlib.sha256(item.answers).hexdigest() if item.answers is not None else ""
        if item.answers is not None and not (course.archive / f"{answers_digest}{answers.SUFFIX}").exists():
            (course.archive / f"{answers_digest}{answers.SUFFIX}").write_bytes(item.answers)
        folder = matching.nbgrader_folder(item.origin, catalogue, roster)
        learner: Learner | None
        assignment: str | None
        if folder is not None:
            (learner, assignment), reason = folder, ""
        else:
            assignment = matching.assignment_of(item.name, item.data, catalogue)
            learner, reason = matching.learner_of(item.name, item.data, roster)
        notebook = matching.notebook_of(item.name, item.data, catalogue.assignment(assignment)) if assignment else None
        if assignment is None:
            reason = _("không nhận ra bài tập nào (tệp không có dấu của bộ học liệu, tên tệp không có mã bài)")
        elif notebook is None:
            reason = _("bài {bai} có {n} sổ tay ({so}) nhưng không nhận ra tệp này là sổ nào: tên tệp cần chứa tên "
                       "sổ, hãy đổi tên tệp rồi thu lại").format(
                bai=assignment, n=len(catalogue.assignment(assignment).notebooks),
                so=", ".join(catalogue.assignment(assignment).notebooks))
        row = {"sha256": digest, "nguon": item.origin, "thoi_gian_thu": now.isoformat(),
               "ma_hoc_vien": learner.id if learner else "", "bai_tap": assignment or "", "ket_qua": "",
               "sha256_tra_loi": answers_digest}
        broken = submission_check.problem(item.data)
        if broken and learner is not None and assignment is not None and notebook is not None:
            reason = _("bài {bai} của {ten} (mã {ma}) không chấm được: {loi}").format(
                bai=assignment, ten=learner.name, ma=learner.id, loi=broken)
            if (course.submitted / learner.id / assignment / notebook).is_file():  # never in place of work there
                kept_at = _keep_unmatched(course, digest, item.name, item.data)
                result.unmatched.append((item.origin, f"{reason}; {kept_at}"))
                _log(course, {**row, "ket_qua": "hong"})
                continue
            result.broken.append(_("{loi}; đã đặt vào lớp để ghi nhận là đã nộp, hãy nhờ học viên gửi lại").format(
                loi=reason))
        elif broken:
            reason = f"{reason}; {broken}"
        if learner is None or assignment is None or notebook is None:
            kept_at = _keep_unmatched(course, digest, item.name, item.data)
            if item.answers is not None:
                (course.unmatched / f"{digest[:12]}-{Path(item.name).stem}{answers.SUFFIX}").write_bytes(item.answers)
            result.unmatched.append((item.origin, f"{reason}; {kept_at}"))
            _log(course, {**row, "ket_qua": "chua-khop"})
            continue
        if (digest, answers_digest, learner.id) in known:
            result.repeated.append(item.origin)
            _log(course, {**row, "ket_qua": "trung-lap"})
            continue
        target = course.submitted / learner.id / assignment
        if _placed_at(target, notebook) > item.modified:  # an older copy arriving late never replaces a newer one
            known.add((digest, answers_digest, learner.id))
            result.older.append(item.origin)
            _log(course, {**row, "ket_qua": "cu-hon"})
            continue
        _place(target, notebook, item, catalogue.assignment(assignment).notebooks)
        placed_answers = answers.for_notebook(target / notebook)
        given = _answers_of(item)
        if given:
            placed_answers.write_text(answers.answers_file_text(given, notebook), encoding="utf-8")
        else:  # answers of an older copy must not be graded with this one
            placed_answers.unlink(missing_ok=True)
            if widgets[(assignment, notebook)] and given is not None:
                result.missing_answers.append(_missing_answers(learner, item.origin))
        known.add((digest, answers_digest, learner.id))
        result.collected.append((learner.id, assignment, item.origin))
        _log(course, {**row, "ket_qua": "da-thu"})
    return result


__all__ = ["CollectResult", "collect", "reads_answers"]
