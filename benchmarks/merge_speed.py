"""Province merge speed: 130 class archives (10,000 learners × 12 assignments) merged, then the province report.

Each class is one commune of Nghệ An with its share of the learners; its roster, question grades, submissions and
grading status are generated with the same spread as ``report_speed.py`` (90% of assignments handed in, one learner
in twenty late), made into files by the same function ``kynangso export`` uses (``class_files``) and signed by one
of ten trainers' keys. Then times, as subprocesses on this machine:
  A. `kynangso merge ARCHIVES… --into DB --no-report` (verify every signature and checksum, load, match people);
  B. `kynangso merge --into DB` with no new archive: the province report (xlsx, html, csv) over the merged gradebook.
Goals: A ≤ 30 s, B ≤ 10 s.

Usage: python benchmarks/merge_speed.py [--learners 10000] [--classes 130] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

from kynangso.course.catalogue import load_catalogue
from kynangso.course.learners import Learner
from kynangso.data import person_names
from kynangso.grading.scores import Gradebook
from kynangso.paths import find_course
from kynangso.province.archive import write_archive
from kynangso.province.export import class_files, header
from kynangso.province.keys import trainer_key
from kynangso.province.output import CSV_FILES
from kynangso.rules.communes import official_names

BIN = Path(sys.executable).parent
START = datetime(2025, 9, 1, 8, 0)
GOAL_MERGE, GOAL_REPORT = 30.0, 10.0


def _class(rng: np.random.Generator, roster: list[Learner], questions: list[tuple[str, str, float]],
           assignments: list[str], offset_days: int) -> Gradebook:
    n = len(roster)
    handed = rng.random((n, len(assignments))) < 0.9
    skill = rng.random(n)
    learner_idx, assignment_idx = np.nonzero(handed)
    submitted = [START + timedelta(days=offset_days + 10 * int(j) + int(d))
                 for j, d in zip(assignment_idx, rng.integers(0, 7, len(assignment_idx)), strict=True)]
    ids = np.array([x.id for x in roster], dtype=object)
    names = np.array(assignments, dtype=object)
    submissions = pd.DataFrame({"learner": ids[learner_idx], "assignment": names[assignment_idx],
                                "late": rng.random(len(learner_idx)) < 0.05, "penalty": 0.0, "has_due": True,
                                "submitted": pd.to_datetime(submitted)})
    per_assignment = pd.DataFrame(questions, columns=["assignment", "grade_id", "max_score"])
    rows = submissions[["learner", "assignment"]].assign(_skill=skill[learner_idx]).merge(per_assignment,
                                                                                          on="assignment")
    right = rng.random(len(rows)) < rows["_skill"].to_numpy()
    rows["score"] = np.where(right, rows["max_score"], 0.0)
    return Gradebook(rows[["learner", "assignment", "grade_id", "score", "max_score"]], submissions)


def build(folder: Path, learners: int, classes: int, seed: int = 1) -> list[Path]:
    """Write the class archives into ``folder``; return their paths."""
    course = find_course()
    catalogue = load_catalogue(course.catalogue)
    catalogue_bytes = course.catalogue.read_bytes()
    questions = [(a.id, q.grade_id, q.points) for a in catalogue.assignments for q in a.questions]
    assignments = [a.id for a in catalogue.assignments]
    units = official_names()[:classes]
    people = person_names.cadres(learners, seed, units=units)
    rng = np.random.default_rng(seed)
    keys = [trainer_key(f"Giảng viên số {i + 1}") for i in range(10)]
    by_unit: dict[str, list[Learner]] = {u: [] for u in units}
    for number, person in enumerate(people):
        by_unit[person["Đơn vị"]].append(Learner(f"hv{number:05d}", person["Họ và tên"], person["Đơn vị"],
                                                 person["Chức vụ"], person["Năm sinh"]))
    paths = []
    for index, (unit, roster) in enumerate(by_unit.items()):
        if not roster:
            continue
        grades = _class(rng, roster, questions, assignments, index % 60)
        status = [{"learner": learner, "assignment": assignment, "ok": True, "reason": "", "flags": ""}
                  for learner, assignment in grades.submissions[["learner", "assignment"]].itertuples(index=False)]
        stamp = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(hours=index)
        path = folder / f"ket-qua-lop-{index:03d}.zip"
        write_archive(path, keys[index % len(keys)],
                      header(f"lop{index:03d}", catalogue_bytes, catalogue.course_id, roster, stamp, unit),
                      class_files(catalogue_bytes, roster, grades, status))
        paths.append(path)
    return paths


def _timed(command: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{command[1]} failed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return elapsed


def run(root: Path, learners: int, classes: int) -> dict[str, float]:
    os.environ["KYNANGSO_KEY_DIR"] = str(root / "khoa")
    start = time.perf_counter()
    archives = build(root / "gui", learners, classes)
    built = time.perf_counter() - start
    into, out = root / "tinh.db", root / "bao-cao-tinh"
    t_merge = _timed([str(BIN / "kynangso"), "merge", *map(str, archives), "--into", str(into), "--no-report"])
    t_report = _timed([str(BIN / "kynangso"), "merge", "--into", str(into), "--out", str(out)])
    reported = len(pd.read_csv(out / CSV_FILES["learners"], encoding="utf-8-sig"))
    if reported != learners:
        raise SystemExit(f"The province report has {reported} learners, expected {learners}.")
    size = sum(p.stat().st_size for p in archives)
    return {"archives": len(archives), "learners": learners, "build_s": built, "archive_mb": size / 2**20,
            "merge_s": t_merge, "report_s": t_report}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=10_000)
    parser.add_argument("--classes", type=int, default=130)
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it (default: a temporary folder)")
    args = parser.parse_args()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        result = run(args.keep, args.learners, args.classes)
    else:
        with tempfile.TemporaryDirectory(prefix="kynangso-bench-merge-") as tmp:
            result = run(Path(tmp), args.learners, args.classes)
    print(f"{result['archives']} class archives, {result['learners']} learners × 12 assignments "
          f"({result['archive_mb']:.1f} MB), made in {result['build_s']:.1f} s; {os.cpu_count()} cores")
    print(f"A. kynangso merge (verify + load):  {result['merge_s']:.2f} s — "
          f"{result['merge_s'] / GOAL_MERGE:.0%} of the {GOAL_MERGE:.0f} s goal")
    print(f"B. province report (xlsx, html, csv): {result['report_s']:.2f} s — "
          f"{result['report_s'] / GOAL_REPORT:.0%} of the {GOAL_REPORT:.0f} s goal")


if __name__ == "__main__":
    main()
