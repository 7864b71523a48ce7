"""Grading users reserved for one grading run.

Two grading runs may happen on one machine at once (two trainers on a shared class server, a trainer grading
again while a first run is still going). Each run reserves its grading users by holding a lock file per user,
``/run/lock/kynangso-cham<N>.lock`` (released by the system if the run dies), so that two runs never start
kernels as the same user: a user's process and memory limits (:mod:`kynangso.grading.isolation.memory_watch`)
then always count one learner's code only.
"""

from __future__ import annotations

import dataclasses
import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kynangso.errors import KitError
from kynangso.grading.isolation.sandbox import Plan, ensure_users
from kynangso.i18n import _

LOCKS = Path("/run/lock")
MOST = 256  # grading users a machine may have in use at once


def _lock(number: int) -> int | None:
    """An open, locked file descriptor for user ``number``, or None when another run holds it."""
    fd = os.open(LOCKS / f"kynangso-cham{number}.lock", os.O_CREAT | os.O_RDWR, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    return fd


@contextmanager
def reserved(plan: Plan) -> Iterator[Plan]:
    """``plan`` with as many grading users as it names, none of them in use by another run, held until the end."""
    if not plan.users or not LOCKS.is_dir():
        yield plan
        return
    held: dict[int, int] = {}
    try:
        for number in range(1, MOST + 1):
            if len(held) == len(plan.users):
                break
            if (fd := _lock(number)) is not None:
                held[number] = fd
        if len(held) < len(plan.users):
            raise KitError(_("Máy đang chấm quá nhiều lượt cùng lúc; hãy chờ một lượt chấm xong rồi chấm lại."))
        yield dataclasses.replace(plan, users=ensure_users(sorted(held)))
    finally:
        for fd in held.values():
            os.close(fd)


__all__ = ["reserved"]
