"""``kynangso collect``: take learners' notebooks from folders or zip files, whatever their names.

Each file is kept byte for byte in ``grading/archive/<sha256>.ipynb`` with a log line saying where it
came from and when. It is matched to an assignment by the stamp that ``release`` writes into notebooks
(or by its file name) and to a learner by name, ignoring case and diacritics, in the file's path, the name of
the zip it came in and the folder that zip sits in. Each notebook is checked at once (readable, a notebook,
with grade cells): one that cannot be graded is said at once, and it is never put in place of a submission that can,
so a broken copy cannot replace good work (with nothing in place, it is placed so that the work counts as handed in and
grading records why it has no score). Files that cannot be matched or placed are copied to ``grading/unmatched/``
and listed with the reason and where they are; nothing is dropped.

Answers given in question widgets travel inside the notebook (``metadata.kynangso.tra_loi``, see
:mod:`kynangso.learner.answers`). An answers file saved beside a notebook the older way (``<notebook>.tra-loi.json``)
is still accepted: it is archived by its own hash and matched to the notebook it came with (same folder or zip
folder, same name; or the only notebook and the only answers file of a folder, when the learner renamed one).
The answers of both, the newest per question, are placed beside the submission as the answers file that graded
cells read. A notebook of an assignment with such questions that carries no answer at all is taken, and the
trainer is told (``CollectResult.missing_answers``).
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from kynangso.course.catalogue import Catalogue, load_catalogue
from kynangso.course.learners import Learner, load_roster
from kynangso.errors import KitError
from kynangso.grading import matching, safezip, submission_check
from kynangso.i18n import _
from kynangso.learner import answers
from kynangso.paths import CourseRoot

_STAMP = "%Y-%m-%d %H:%M:%S.%f UTC"
_READS_ANSWERS = re.compile(r"\btra_loi\(")  # a graded cell reading what a question widget saved
LOG_FIELDS = ("sha256", "nguon", "thoi_gian_thu", "ma_hoc_vien", "bai_tap", "ket_qua", "sha256_tra_loi")


@dataclass
class Incoming:
    """One notebook file found in what the trainer gave."""

    origin: str
    name: str
    data: bytes
    modified: datetime
    problem: str = ""
    answers: bytes | None = None  # the answers file saved beside the notebook, if it came with it


@dataclass
class CollectResult:
    collected: list[tuple[str, str, str]] = field(default_factory=list)  # learner id, assignment, origin
    repeated: list[str] = field(default_factory=list)
    unmatched: list[tuple[str, str]] = field(default_factory=list)  # origin, reason
    older: list[str] = field(default_factory=list)  # archived, but a newer file of the same work is kept in place
    missing_answers: list[str] = field(default_factory=list)  # one warning per notebook taken without its answers
    broken: list[str] = field(default_factory=list)  # placed (nothing else was), but it cannot be graded: why


def _walk(paths: Sequence[Path], root: Path | None = None) -> Iterator[Incoming]:
    """Every notebook in the given files, folders and zip files; ``name`` is the path inside what was given."""
    for path in paths:
        if not path.exists():
            raise KitError(_("Không tìm thấy '{path}'.").format(path=path))
        if path.is_dir():
            files = [f for f in sorted(path.rglob("*")) if f.is_file() and ".ipynb_checkpoints" not in f.parts]
            yield from _walk(files, root or path)
        elif path.suffix.lower() == ".zip":
            # The zip's own name and the folder it sits in say whose work it is, as a folder would.
            where = str(path.relative_to(root).with_suffix("")) if root else path.stem
            for member in safezip.notebooks(path):
                yield Incoming(f"{path}!{member.name}", f"{where}/{member.name}", member.data, member.modified,
                               member.problem)
        elif path.suffix.lower() == ".ipynb" or path.name.lower().endswith(answers.SUFFIX):
            name = str(path.relative_to(root)) if root else path.name
            modified = datetime.fromtimestamp(path.stat().st_mtime, UTC)
            yield Incoming(str(path), name, path.read_bytes(), modified)
            beside = answers.for_notebook(path)
            if root is None and path.suffix.lower() == ".ipynb" and beside.is_file() and beside not in paths:
                yield from _walk([beside])  # a notebook given alone brings the answers saved beside it


def _is_answers(item: Incoming) -> bool:
    return item.origin.lower().endswith(answers.SUFFIX)


def _folder(origin: str) -> str:
    return origin.rsplit("/", 1)[0] if "/" in origin.rsplit("!", 1)[-1] else origin.rsplit("!", 1)[0] + "!"


def _paired(items: list[Incoming]) -> tuple[list[Incoming], list[Incoming]]:
    """Notebooks, each with the answers file that came beside it; and the answers files with no notebook."""
    notebooks = [i for i in items if not _is_answers(i)]
    loose = {i.origin[: -len(answers.SUFFIX)]: i for i in items if _is_answers(i)}
    for notebook in notebooks:
        found = loose.pop(notebook.origin[: -len(".ipynb")], None)
        if found is not None and not found.problem:
            notebook.answers = found.data
    for folder in {_folder(i.origin) for i in loose.values()}:  # renamed: one notebook, one answers file
        alone = [i for i in notebooks if _folder(i.origin) == folder and i.answers is None]
        left = [k for k, i in loose.items() if _folder(i.origin) == folder]
        if len(alone) == 1 and len(left) == 1 and not loose[left[0]].problem:
            alone[0].answers = loose.pop(left[0]).data
    return notebooks, list(loose.values())


def reads_answers(course: CourseRoot, assignment_id: str, catalogue: Catalogue) -> bool:
    """Whether the assignment has widget questions: its source notebook (else its released one) calls ``tra_loi(``."""
    notebook = catalogue.assignment(assignment_id).notebook
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


def _placed_at(target: Path) -> datetime:
    """When the submission already in place was last modified (the earliest time if there is none)."""
    try:
        text = (target / "timestamp.txt").read_text(encoding="utf-8").strip()
        return datetime.strptime(text, _STAMP).replace(tzinfo=UTC)
    except (OSError, ValueError):
        return datetime.min.replace(tzinfo=UTC)


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
    notebooks, loose = _paired(list(_walk(paths)))
    widgets = {a.id: reads_answers(course, a.id, catalogue) for a in catalogue.assignments}
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
        assignment = matching.assignment_of(item.name, item.data, catalogue)
        learner, reason = matching.learner_of(item.name, item.data, roster)
        if assignment is None:
            reason = _("không nhận ra bài tập nào (tệp không có dấu của bộ học liệu, tên tệp không có mã bài)")
        row = {"sha256": digest, "nguon": item.origin, "thoi_gian_thu": now.isoformat(),
               "ma_hoc_vien": learner.id if learner else "", "bai_tap": assignment or "", "ket_qua": "",
               "sha256_tra_loi": answers_digest}
        broken = submission_check.problem(item.data)
        if broken and learner is not None and assignment is not None:
            reason = _("bài {bai} của {ten} (mã {ma}) không chấm được: {loi}").format(
                bai=assignment, ten=learner.name, ma=learner.id, loi=broken)
            if (course.submitted / learner.id / assignment).is_dir():  # never in place of work already there
                kept_at = _keep_unmatched(course, digest, item.name, item.data)
                result.unmatched.append((item.origin, f"{reason}; {kept_at}"))
                _log(course, {**row, "ket_qua": "hong"})
                continue
            result.broken.append(_("{loi}; đã đặt vào lớp để ghi nhận là đã nộp, hãy nhờ học viên gửi lại").format(
                loi=reason))
        elif broken:
            reason = f"{reason}; {broken}"
        if learner is None or assignment is None:
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
        if _placed_at(target) > item.modified:  # an older copy arriving late never replaces a newer one
            known.add((digest, answers_digest, learner.id))
            result.older.append(item.origin)
            _log(course, {**row, "ket_qua": "cu-hon"})
            continue
        target.mkdir(parents=True, exist_ok=True)
        notebook = catalogue.assignment(assignment).notebook
        (target / notebook).write_bytes(item.data)
        placed_answers = answers.for_notebook(target / notebook)
        given = _answers_of(item)
        if given:
            placed_answers.write_text(answers.answers_file_text(given, notebook), encoding="utf-8")
        else:  # answers of an older copy must not be graded with this one
            placed_answers.unlink(missing_ok=True)
            if widgets[assignment] and given is not None:
                result.missing_answers.append(_missing_answers(learner, item.origin))
        (target / "timestamp.txt").write_text(item.modified.strftime(_STAMP), encoding="utf-8")
        known.add((digest, answers_digest, learner.id))
        result.collected.append((learner.id, assignment, item.origin))
        _log(course, {**row, "ket_qua": "da-thu"})
    return result


__all__ = ["CollectResult", "collect", "reads_answers"]
