"""Grading speed: plain serial `nbgrader autograde` against `kynangso grade`, same submissions, same scores.

Builds a workshop of N synthetic learners × every assignment of the course and grades copies of it:
  A. ``nbgrader``: plain nbgrader CLI, serial (one `nbgrader autograde <assignment>` per assignment) — the baseline;
  B. ``truoc-n``: the previous method, `kynangso grade` with one worker per core, each kernel started when its
     submission's turn comes and nbgrader's own work per submission unchanged (``quick=False``);
  C. ``kynangso-n``: `kynangso grade` as it is, one worker per core: kernels started ahead with the answer cells'
     imports loaded, one gradebook engine per worker, grades saved in one transaction;
  D. ``kynangso-1``: as C with one worker;
  E. ``kynangso-n-none``: as C with learner code not isolated (``isolation="none"``), what the sandbox costs.
B, C and D isolate learner code as `kynangso grade` does by default. Checks that all gradebooks give identical
scores, and prints times and ratios against A.

A machine's speed drifts during a long run (a processor that has been busy for minutes runs slower; other work on
a shared host comes and goes), so no method is timed only early or only late: every method grades half of the
exercises in a first pass and the other half in a second pass, in mirrored order (A B C D E, then E D C B A), and
its two times are added. A steady drift then weighs alike on every method; the times of each pass are printed too.

Usage: python benchmarks/grade_speed.py [--learners 30] [--assignments N] [--only kynangso-n,truoc-n]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

from kynangso.course.catalogue import load_catalogue
from kynangso.course.learners import import_roster, load_roster
from kynangso.course.release import release
from kynangso.course.simulate import simulate
from kynangso.course.workspace import copy_course
from kynangso.data import person_names
from kynangso.grading import nbgrader_adapter
from kynangso.grading.collect import collect
from kynangso.grading.grade import grade
from kynangso.paths import CourseRoot, find_course


def scores(course: CourseRoot) -> dict[tuple[str, str], float]:
    with nbgrader_adapter.gradebook(course) as gb:
        return {(s.student_id, a.name): float(s.score) for a in gb.assignments for s in a.submissions}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--learners", type=int, default=30)
    parser.add_argument("--assignments", type=int, default=0, help="grade only the first N assignments (0: all)")
    parser.add_argument("--only", default="", help="comma-separated runs to time besides nbgrader (default: all)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kynangso-bench-") as tmp:
        base = copy_course(find_course(), Path(tmp) / "base")
        catalogue = load_catalogue(base.catalogue)
        ids = [a.id for a in catalogue.assignments][: args.assignments or None]
        catalogue = dataclasses.replace(catalogue, modules=tuple(
            m for m in catalogue.modules if m.assignment is not None and m.assignment.id in ids))
        release(course=base)
        pd.DataFrame(person_names.cadres(args.learners, seed=1)).to_csv(Path(tmp) / "ds.csv", index=False)
        import_roster(course=base, file=Path(tmp) / "ds.csv")
        simulate(base, catalogue, load_roster(base), Path(tmp) / "inbox", seed=1)
        collect(course=base, paths=[Path(tmp) / "inbox" / "thu-muc-lop", Path(tmp) / "inbox" / "bai-nop-tu-usb.zip"])
        copies = {}
        cores = os.cpu_count() or 1
        runs = tuple(run for run in (("truoc-n", cores, "auto", False), ("kynangso-n", cores, "auto", True),
                                     ("kynangso-1", 1, "auto", True), ("kynangso-n-none", cores, "none", True))
                     if not args.only or run[0] in args.only.split(","))
        for name in ("nbgrader", *(run[0] for run in runs)):
            shutil.copytree(base.root, Path(tmp) / name)
            copies[name] = CourseRoot(Path(tmp) / name)
        order = ["nbgrader", *(run[0] for run in runs)]
        settings = {run[0]: run[1:] for run in runs}
        env = {**os.environ, "JUPYTER_CONFIG_PATH": str(copies["nbgrader"].grading)}
        passes: list[dict[str, float]] = []
        for half, names in ((ids[0::2], order), (ids[1::2], order[::-1])):  # long and short exercises in each half
            passes.append({})
            for name in names:
                start = time.perf_counter()
                if name == "nbgrader":
                    for assignment_id in half:
                        subprocess.run([str(Path(sys.executable).with_name("nbgrader")), "autograde", assignment_id],
                                       cwd=copies[name].root, env=env, capture_output=True, check=False)
                elif half:
                    workers, isolation, quick = settings[name]
                    grade(course=copies[name], assignments=half, workers=workers, isolation=isolation, warn=print,
                          quick=quick)
                passes[-1][name] = time.perf_counter() - start
        times = {name: sum(p[name] for p in passes) for name in order}
        reference = scores(copies["nbgrader"])
        ours = {run[0]: scores(copies[run[0]]) for run in runs}
        # kynangso refuses unreadable files before nbgrader sees them; plain nbgrader records them as 0.
        same = all(theirs == {k: v for k, v in reference.items() if k in theirs}
                   and all(v == 0 for k, v in reference.items() if k not in theirs) for theirs in ours.values())
        submissions = sum(1 for a in ids for _ in copies["nbgrader"].submitted.glob(f"*/{a}"))
        print(f"{submissions} submissions ({args.learners} learners × {len(ids)} assignments), "
              f"{os.cpu_count()} cores; identical scores: {same}")
        for name, seconds in times.items():
            print(f"  {name:<15} {seconds:7.1f} s  {seconds / submissions:5.2f} s/submission  "
                  f"speed-up ×{times['nbgrader'] / seconds:.2f}   (passes: "
                  + " + ".join(f"{p[name]:.1f} s" for p in passes) + ")")
        if "truoc-n" in times and "kynangso-n" in times:
            print(f"  kynangso-n against the previous method: ×{times['truoc-n'] / times['kynangso-n']:.2f}")
        if not same:
            sys.exit("Scores differ between the runs.")


if __name__ == "__main__":
    main()
