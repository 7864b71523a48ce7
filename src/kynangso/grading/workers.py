"""Who grades which submission, when: workers that take submissions one at a time from a shared queue.

A worker knows its next submission while it grades the current one, so the next kernel can start meanwhile
(:mod:`kynangso.grading.warm`). Used by :mod:`kynangso.grading.grade`, which supplies how one submission is
graded (``grade_one``) and how a kernel is started ahead (``start_ahead``).
"""

from __future__ import annotations

import multiprocessing
import queue
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager, nullcontext
from multiprocessing.queues import Queue
from pathlib import Path

from kynangso.errors import KitError
from kynangso.grading import nbgrader_speed, warm
from kynangso.grading.isolation import sandbox, zygote
from kynangso.grading.status import Outcome
from kynangso.i18n import _
from kynangso.paths import CourseRoot

Task = tuple[str, str, tuple[str, ...], str, sandbox.Plan, dict[str, str]]  # root, assignment, notebooks, learner…
GradeOne = Callable[[Task, bool], Outcome]
StartAhead = Callable[[Task, int], None]

_slot = 1  # which worker this process is: it runs kernels as grading users 2·slot − 1 and 2·slot, in turn
_turn = 0  # how many submissions this worker has started: consecutive kernels run as different users
_queues: tuple[Queue, Queue] | None = None  # (submissions to grade, outcomes) shared by the workers


def user(plan: sandbox.Plan, turn: int | None = None) -> str:
    """The grading user of this worker's kernel number ``turn`` (default: the current one).

    Consecutive kernels run as different users, so a kernel started ahead never shares its user's process and
    memory limits with the learner code running meanwhile.
    """
    turn = _turn if turn is None else turn
    return plan.users[(2 * (_slot - 1) + turn % 2) % len(plan.users)] if plan.users else ""


def _folder(task: Task | None) -> Path | None:
    return CourseRoot(Path(task[0])).autograded / task[3] / task[1] if task is not None else None


@contextmanager
def _ready_process() -> Iterator[None]:
    try:
        yield
    finally:
        zygote.READY.reset()


def in_turn(next_task: Callable[[], Task | None], emit: Callable[[Outcome], None], grade_one: GradeOne,
            start_ahead: StartAhead, quick: bool) -> None:
    """Grade submissions one after another.

    With ``quick``, each kernel starts while the one before runs (:mod:`kynangso.grading.warm`), forked from a
    process with its libraries loaded (:mod:`kynangso.grading.isolation.zygote`, stopped once all are graded), and
    nbgrader's work around each submission is lighter (:mod:`kynangso.grading.nbgrader_speed`); without, as before.
    """
    global _turn
    with nbgrader_speed.lighter() if quick else nullcontext(), _ready_process():
        current = next_task()
        if quick and current is not None:
            start_ahead(current, _turn)
        while current is not None:
            upcoming = next_task()
            if quick and upcoming is not None:
                start_ahead(upcoming, _turn + 1)
            try:
                emit(grade_one(current, quick))
            finally:
                warm.discard(keep=_folder(upcoming))  # a kernel not taken (the notebook broke before running)
            current = upcoming
            _turn += 1


def _join(slots: Queue, todo: Queue, done: Queue) -> None:
    global _slot, _queues
    _slot, _queues = slots.get(), (todo, done)


def _work(grade_one: GradeOne, start_ahead: StartAhead, quick: bool) -> None:
    """A worker process: grade what the shared queue holds until its end mark, sending each outcome back."""
    assert _queues is not None
    todo, done = _queues
    in_turn(todo.get, done.put, grade_one, start_ahead, quick)


def in_processes(tasks: list[Task], workers: int, record: Callable[[Outcome], None], grade_one: GradeOne,
                 start_ahead: StartAhead, quick: bool) -> None:
    """Grade ``tasks`` in ``workers`` processes that each take the next submission from one shared queue."""
    context = multiprocessing.get_context("spawn")
    slots, todo, done = context.Queue(), context.Queue(), context.Queue()
    for slot in range(1, workers + 1):
        slots.put(slot)
    for task in [*tasks, *[None] * workers]:  # one end mark per worker
        todo.put(task)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_join,
                             initargs=(slots, todo, done)) as pool:
        jobs = [pool.submit(_work, grade_one, start_ahead, quick) for _ in range(workers)]
        received = 0
        while received < len(tasks):
            try:
                outcome = done.get(timeout=1)
            except queue.Empty:
                if all(job.done() for job in jobs):
                    for job in jobs:
                        job.result()  # a worker that broke raises here
                    raise KitError(_("Chương trình chấm dừng trước khi chấm hết các bài; hãy chấm lại.")) from None
                continue
            record(outcome)
            received += 1


__all__ = ["Task", "in_processes", "in_turn", "user"]
