"""``kynangso grade``: autograde collected submissions with nbgrader, one learner at a time.

A submission that cannot be graded (broken file, notebook that crashes the kernel, …) is recorded with a
Vietnamese reason in ``grading/ket-qua-cham.json`` and the batch goes on. Learner code runs isolated
(:mod:`kynangso.grading.isolation.sandbox`); what the sandbox stopped is noted for the trainer beside the score.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from nbgrader.converters import Autograde
from nbgrader.preprocessors import Execute, SaveAutoGrades
from traitlets.config import Config

from kynangso.course import notebooks
from kynangso.course.catalogue import Catalogue, load_catalogue
from kynangso.errors import KitError
from kynangso.grading import incidents, nbgrader_adapter, submission_check, tamper, unchanged, warm
from kynangso.grading import workers as grading_workers
from kynangso.grading.isolation import memory_watch, preload, sandbox, user_pool
from kynangso.grading.nbgrader_speed import SaveGradesAtOnce
from kynangso.grading.preprocessors.guard_answers import GuardAnswers
from kynangso.grading.preprocessors.repair_duplicates import RepairDuplicates, duplicates
from kynangso.grading.preprocessors.sandboxed_execute import SandboxedExecute
from kynangso.grading.status import STATUS_FILE, Outcome, Status, load_status, save_status
from kynangso.i18n import _
from kynangso.paths import CourseRoot
from kynangso.paths import _package_checkout as package_checkout

BACKUPS = "sao-luu"
KEEP_BACKUPS = 10
LOGS = "logs"

_REASONS = (
    ("DeadKernelError", _("sổ tay làm dừng chương trình chấm (kernel bị tắt) khi chạy")),
    ("Kernel died", _("sổ tay làm dừng chương trình chấm (kernel bị tắt) khi chạy")),
    ("CellTimeoutError", _("có ô chạy quá lâu (vòng lặp không dừng?)")),
    ("Timeout", _("có ô chạy quá lâu (vòng lặp không dừng?)")),
    ("No notebooks", _("không có tệp sổ tay đúng tên trong bài nộp")),
)


def _precheck(path: Path) -> str:
    """Why a submitted notebook cannot even be read ('' when it can)."""
    if not path.is_file():
        return _("không có tệp sổ tay trong bài nộp")
    return submission_check.problem(path.read_bytes())


def log_path(course: CourseRoot, assignment_id: str, learner: str) -> Path:
    """The grading log of one submission: ``grading/logs/<assignment>/<learner>.log``, beside the status file."""
    return course.grading / LOGS / assignment_id / f"{learner}.log"


def _explain(log: str, error: str, log_file: Path, course: CourseRoot) -> str:
    text = f"{log}\n{error}"
    where = _("xem nhật ký chấm: {tep}").format(tep=log_file.relative_to(course.root).as_posix())
    for marker, reason in _REASONS:
        if marker in text:
            return f"{reason}; {where}"
    return _("không chấm được tự động; {xem}").format(xem=where)


def _write_log(path: Path, attempts: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(attempts), encoding="utf-8")


def submissions(course: CourseRoot, assignment_id: str) -> list[str]:
    """Learner ids with a collected submission of this assignment."""
    if not course.submitted.is_dir():
        return []
    return sorted(p.parent.name for p in course.submitted.glob(f"*/{assignment_id}") if p.is_dir())


_RACES = ("database is locked", "Kernel died", "DeadKernelError", "Address already in use")


class _Autograde(Autograde):
    """nbgrader's Autograde, except that a folder where a kernel was started ahead is kept (not remade)."""

    def init_destination(self, assignment_id: str, student_id: str) -> bool:
        if warm.waiting(self._format_dest(assignment_id, student_id)):
            return True  # emptied when the kernel was started; remaking it would take it from under the sandbox
        return bool(super().init_destination(assignment_id, student_id))


def _start_ahead(task: grading_workers.Task, turn: int) -> None:
    """Start the kernel of a submission before its turn (nothing when the notebook cannot even be read)."""
    root, assignment_id, notebook_names, learner, plan, _titles = task
    if len(notebook_names) != 1:  # several notebooks: each gets its kernel in its turn (one started ahead would
        return                    # hide only one of the graded notebooks from the learner's code)
    notebook = notebook_names[0]
    course = CourseRoot(Path(root))
    if _precheck(course.submitted / learner / assignment_id / notebook):
        return
    config = nbgrader_adapter.load_config(course)
    _isolate(config, course, plan, preload=preload.imports(course.solutions, assignment_id, notebook_names))
    execute = SandboxedExecute(config=config)
    arguments = [*execute.extra_arguments, f"--HistoryManager.hist_file={execute.ipython_hist_file}"]
    warm.start(course.autograded / learner / assignment_id, notebook, config, user=grading_workers.user(plan, turn),
               kernel_name=execute.kernel_name or "python3", extra_arguments=arguments)


def _isolate(config: Config, course: CourseRoot, plan: sandbox.Plan, quick: bool = True,
             preload: Sequence[str] = ()) -> None:
    """Run learner code through the kit's Execute step, in the sandbox the plan describes; kernels load ``preload``
    (the notebook's imports) as they start."""
    steps = Autograde.class_traits()["autograde_preprocessors"].default()
    if quick:
        steps = [SaveGradesAtOnce if step is SaveAutoGrades else step for step in steps]
    config.Autograde.sanitize_preprocessors = [RepairDuplicates,
                                               *Autograde.class_traits()["sanitize_preprocessors"].default()]
    config.Autograde.autograde_preprocessors = [GuardAnswers, *(SandboxedExecute if step is Execute else step
                                                                 for step in steps)]
    manager = config.SandboxKernelManager
    manager.isolation = plan.mode
    manager.user = grading_workers.user(plan)
    gradebook = Path(nbgrader_adapter.course_directory(course, config).db_url.removeprefix("sqlite:///"))
    hidden = {str(course.root), str(gradebook.parent)}
    if CourseRoot(checkout := package_checkout()).is_course():  # the kit's own answer keys, when run from git
        hidden.add(str(checkout))
    manager.hidden = sorted(hidden)
    manager.limits = asdict(plan.limits)
    manager.preload = list(preload)
    manager.fork = quick  # forked from a ready process (isolation.zygote), or each started anew as before


def _missing_note(missing: Sequence[str]) -> str:
    return _("thiếu sổ {so} trong bài nộp: phần đó được 0 điểm (nbgrader ghi 0)").format(so=", ".join(missing))


def _grade_one(task: grading_workers.Task, quick: bool = True) -> Outcome:
    """Autograde one submission, all its notebooks (runs in a worker process); its log is kept in ``grading/logs/``."""
    root, assignment_id, notebook_names, learner, plan, titles = task
    course = CourseRoot(Path(root))
    folder = course.submitted / learner / assignment_id
    present = [n for n in notebook_names if (folder / n).is_file()]
    missing = [n for n in notebook_names if n not in present]
    reason = _precheck(folder / notebook_names[0]) if not present else next(
        (_("{so}: {loi}").format(so=n, loi=problem) for n in present if (problem := _precheck(folder / n))), "")
    notes: list[str] = []
    told: list[str] = []
    log_file = log_path(course, assignment_id, learner)
    if reason:
        _write_log(log_file, [reason])
    else:
        config = nbgrader_adapter.load_config(course)
        _isolate(config, course, plan, quick, preload.imports(course.solutions, assignment_id, notebook_names)
                 if quick else ())
        # Parallel workers can meet on the SQLite gradebook ("database is locked"), and two kernels started at
        # the same moment can pick the same free TCP port, so the new kernel dies at start. Both are races: try
        # again. A kernel that dies later, in a cell, does not end the run (SandboxedExecute stops there and keeps
        # the points earned before), so a dead kernel seen here died at start.
        kills = len(memory_watch.killed)
        attempts: list[str] = []
        for attempt in range(1, 4):
            if attempt > 1:  # nbgrader removed the folder of a failed try: a kernel started in it is of no use
                warm.drop(course.autograded / learner / assignment_id)
            run = nbgrader_adapter.run_converter(_Autograde if quick else Autograde, course, config,
                                                 assignment_id=assignment_id, student_id=learner, force=True,
                                                 create_student=True)
            text = run.log + run.error
            attempts.append(f"# {attempt}\n{text}")
            if run.ok or not any(race in text for race in _RACES):
                break
        _write_log(log_file, attempts)
        reason = "" if run.ok else _explain(run.log, run.error, log_file, course)
        if run.ok:
            killed = len(memory_watch.killed) - kills
            for index, name in enumerate(present):
                graded = course.autograded / learner / assignment_id / name
                notes.append(incidents.note(graded, plan.limits, killed if index == 0 else 0, titles))
                told.append(_learner_note(folder / name, graded, titles))
    flags = [tamper.note(tamper.tampered(folder / n, course.exercises / assignment_id / n)) for n in present]
    if missing and present:
        notes.insert(0, _missing_note(missing))
        told.insert(0, _("Bài nộp thiếu sổ {so}, nên phần đó được 0 điểm.").format(so=", ".join(missing)))
    return Outcome(learner, assignment_id, ok=not reason, reason=reason,
                   flags="; ".join(filter(None, [*flags, *notes])), learner_note=" ".join(filter(None, told)))


def _learner_note(submitted: Path, graded: Path, titles: dict[str, str]) -> str:
    """What the learner should know about how their notebook was graded ('' when nothing unusual happened)."""
    parts = []
    copied = duplicates(notebooks.read(submitted))
    if copied:
        parts.append(_("Bài có ô bị nhân đôi ({cau}); khi chấm đã giữ ô sau cùng của mỗi câu, các ô chép thêm "
                       "chạy như ô thường.").format(cau=", ".join(titles.get(c, c) for c in copied)))
    return " ".join(filter(None, [*parts, incidents.stop_note(graded, titles)]))


def backup_gradebook(course: CourseRoot) -> Path | None:
    """Copy the gradebook (consistently, even while open) to ``grading/sao-luu/``; keep the last few copies."""
    if not course.gradebook.is_file():
        return None
    folder = course.grading / BACKUPS
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"gradebook-{datetime.now(UTC):%Y%m%d-%H%M%S-%f}.db"
    with sqlite3.connect(course.gradebook) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    source.close()
    copy.close()
    for old in sorted(folder.glob("gradebook-*.db"))[:-KEEP_BACKUPS]:
        old.unlink()
    return target


def _check_released(course: CourseRoot, assignment_ids: Sequence[str]) -> None:
    """nbgrader grades only assignments it generated in this class folder (``kynangso release``)."""
    if not assignment_ids:
        return
    with nbgrader_adapter.gradebook(course) as gb:
        known = {assignment.name for assignment in gb.assignments}
    missing = [a for a in assignment_ids if a not in known]
    if missing:
        raise KitError(_("Chưa phát bài tập {names} trong thư mục lớp này nên chưa chấm được. "
                         "Hãy chạy 'kynangso release' (trong thư mục lớp) rồi chấm lại; bài đã thu vẫn được giữ.")
                       .format(names=", ".join(missing)))


def grade(*, course: CourseRoot, assignments: Sequence[str] = (), workers: int | None = None,
          isolation: str = "auto", progress: Callable[[Outcome], None] | None = None,
          warn: Callable[[str], None] | None = None, quick: bool = True, again: bool = False) -> list[Outcome]:
    """Autograde the collected submissions of the given assignments (all by default) that need it.

    A submission graded well before and unchanged since keeps its result (:mod:`kynangso.grading.unchanged`)
    unless ``again``; the results of all submissions are returned, ``progress`` hears of those graded now.
    Submissions are graded by ``workers`` processes at once (default: one per processor core). The gradebook
    is first copied to ``grading/sao-luu/``; the status is saved as results come, so grading again after an
    interruption grades only what was not finished, with the same scores.
    Learner code runs isolated (``isolation``: ``auto``, ``bwrap`` or ``none``; see :mod:`.isolation.sandbox`);
    ``warn`` hears, in Vietnamese, when isolation is reduced on this machine. Each worker starts the kernel
    of its next submission while the current one runs (:mod:`kynangso.grading.warm`); every kernel still
    serves one submission only.
    """
    catalogue = load_catalogue(course.catalogue)
    ids = list(assignments) or [a.id for a in catalogue.assignments]
    found = [(a, learner) for a in ids for learner in submissions(course, a)]
    _check_released(course, sorted({a for a, _name in found}))
    titles = {q.grade_id: q.title for a in catalogue.assignments for q in a.questions}
    count = max(1, min(workers or os.cpu_count() or 1, len(found) or 1))
    plan = sandbox.plan(isolation, 2 * count)  # two grading users per worker: the running and the next kernel
    status = load_status(course)
    prints = unchanged.fingerprints(course, found, plan, titles)
    todo, kept = (found, []) if again else unchanged.split(course, found, status, prints)
    if plan.warning and warn:
        warn(plan.warning)
    outcomes = list(kept)
    if todo:
        with user_pool.reserved(plan) as plan:
            outcomes += _grade_all(course, catalogue, todo, min(count, len(todo)), plan, (status, prints, titles),
                                   progress, quick)
    return sorted(outcomes, key=lambda o: (ids.index(o.assignment), o.learner))


def _grade_all(course: CourseRoot, catalogue: Catalogue, todo: list[tuple[str, str]], count: int, plan: sandbox.Plan,
               known: tuple[Status, dict[tuple[str, str], str], dict[str, str]],
               progress: Callable[[Outcome], None] | None, quick: bool) -> list[Outcome]:
    status, prints, titles = known
    tasks: list[grading_workers.Task] = [(str(course.root), a, catalogue.assignment(a).notebooks, learner, plan,
                                          titles) for a, learner in todo]
    for assignment_id, learner in todo:  # until graded again, a result being replaced is not a result
        status.pop((learner, assignment_id), None)
    course.grading.mkdir(parents=True, exist_ok=True)
    save_status(course, status)
    backup_gradebook(course)
    outcomes: list[Outcome] = []
    saved = time.monotonic()

    def record(outcome: Outcome) -> None:
        nonlocal saved
        if outcome.ok:
            outcome.fingerprint = prints[(outcome.learner, outcome.assignment)]
        status[(outcome.learner, outcome.assignment)] = outcome
        outcomes.append(outcome)
        if time.monotonic() - saved > 2:  # what is graded stays graded through a power cut
            save_status(course, status)
            saved = time.monotonic()
        if progress:
            progress(outcome)

    try:
        if count == 1:
            pending = iter(tasks)
            grading_workers.in_turn(lambda: next(pending, None), record, _grade_one, _start_ahead, quick)
        else:
            grading_workers.in_processes(tasks, count, record, _grade_one, _start_ahead, quick)
    finally:
        save_status(course, status)
    return outcomes


__all__ = ["STATUS_FILE", "Outcome", "grade", "load_status", "log_path", "submissions"]
