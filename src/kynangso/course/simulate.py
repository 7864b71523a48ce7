"""Simulated learner submissions for the demo: right, partly right, wrong, empty and one broken file.

Right answers are read from the solution notebooks, wrong ones from ``grading/simulation/<assignment>.yml`` (a wrong
answer to a cell checked by several tests, such as a workbook, is wrong in every part it is checked on);
each simulated learner's expected points are written beside the files so the demo's grading can be checked.
An answer given to a question widget (``cau_3.answer([...])``, a literal) is not typed into the notebook but
kept in its metadata, as the kit's JupyterLab extension keeps a learner's clicks: each learner hands in one file.
"""

from __future__ import annotations

import ast
import csv
import random
import re
import unicodedata
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from kynangso.course import notebooks
from kynangso.course.catalogue import Assignment, Catalogue
from kynangso.course.learners import Learner
from kynangso.learner.answers import METADATA_KEY
from kynangso.paths import CourseRoot
from kynangso.rules.communes import short_name

STUB_MARK = "# ▶"  # the first characters of nbgrader's code stub in an answer cell (grading/nbgrader_config.py)
PROFILES = ("dung", "mot-phan", "sai", "bo-trong")
_WEIGHTS = (0.35, 0.3, 0.2, 0.15)
EXPECTED_FILE = "du-kien-diem.csv"


@dataclass
class Answers:
    right: dict[str, str]           # answer cell grade_id → code
    wrong: dict[str, list[str]]
    tests: dict[str, list[str]]     # answer cell grade_id → the test cells (grade_ids) that follow it, before the next


def _solution_lines(source: str) -> str:
    lines = source.splitlines()
    begin = next(i for i, line in enumerate(lines) if "### BEGIN SOLUTION" in line)
    end = next(i for i, line in enumerate(lines) if "### END SOLUTION" in line)
    return "\n".join(lines[begin + 1:end])


def load_answers(course: CourseRoot, assignment: Assignment) -> Answers:
    source = notebooks.read(course.solutions / assignment.id / assignment.notebook)
    right: dict[str, str] = {}
    tests: dict[str, list[str]] = {}
    last = None
    for cell in source.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("solution") and cell.cell_type == "code":
            last = meta["grade_id"]
            right[last] = _solution_lines(cell.source)
        elif meta.get("grade") and last is not None:  # a workbook answer is checked cell by cell: several tests
            tests.setdefault(last, []).append(meta["grade_id"])
    sim_file = course.grading / "simulation" / f"{assignment.id}.yml"
    wrong = yaml.safe_load(sim_file.read_text(encoding="utf-8")) if sim_file.exists() else {}
    return Answers(right, {k: list(v) for k, v in (wrong or {}).items()}, tests)


def _answer_cells(nb: notebooks.NotebookNode) -> dict[str, notebooks.NotebookNode]:
    return {c.metadata["nbgrader"]["grade_id"]: c for c in nb.cells
            if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("solution")}


def fill(released: Path, choices: dict[str, str | None]) -> notebooks.NotebookNode:
    """A copy of a released notebook with some answer stubs replaced by code (None = left untouched)."""
    nb = notebooks.read(released)
    for grade_id, cell in _answer_cells(nb).items():
        code = choices.get(grade_id)
        if code is None:
            continue
        cell.source = "\n".join(
            "\n".join(line[: len(line) - len(line.lstrip())] + part for part in code.strip().splitlines())
            if STUB_MARK in line else line
            for line in cell.source.splitlines()
        )
    return nb


_WIDGET = re.compile(r"^(\w+) = \w+\(\s*[\"'](\w+)[\"']", re.MULTILINE)
_CLICK = re.compile(r"^(\w+)\.answer\((.*)\)$", re.DOTALL)


def split_clicks(released: Path, choices: dict[str, str | None]) -> tuple[dict[str, str | None], dict[str, object]]:
    """The typed answers, and the widget answers as the answers file holds them (question id → value)."""
    widgets = {name: question for cell in _answer_cells(notebooks.read(released)).values()
               for name, question in _WIDGET.findall(cell.source)}
    typed: dict[str, str | None] = {}
    clicked: dict[str, object] = {}
    for grade_id, code in choices.items():
        click = _CLICK.match(code.strip()) if code else None
        if click and click[1] in widgets:
            clicked[widgets[click[1]]] = ast.literal_eval(click[2])
        else:
            typed[grade_id] = code
    return typed, clicked


def keep_clicks(nb: notebooks.NotebookNode, clicked: dict[str, object], when: str) -> None:
    """Keep widget answers in the notebook's metadata, as the kit's JupyterLab extension does on every click."""
    meta = nb.metadata.setdefault(METADATA_KEY, {})
    meta["tra_loi"] = {question: {"tra_loi": value, "luc": when} for question, value in sorted(clicked.items())}


def _choices(profile: str, answers: Answers, rng: random.Random) -> dict[str, str | None]:
    ids = sorted(answers.right)
    if profile == "dung":
        return {g: answers.right[g] for g in ids}
    if profile == "bo-trong":
        return {g: None for g in ids}
    if profile == "sai":
        return {g: rng.choice(answers.wrong[g]) if answers.wrong.get(g) else None for g in ids}
    right = set(rng.sample(ids, rng.randint(1, len(ids) - 1)))
    return {g: answers.right[g] if g in right else (rng.choice(answers.wrong.get(g) or [None])) for g in ids}


def _file_name(learner: Learner, module_number: int, index: int, shared_name: bool) -> str:
    """Names as they really arrive: with or without diacritics, NFD from macOS, copies with (1).

    A learner whose name is shared with someone in another unit adds the unit, as trainers ask them to.
    """
    who = f"{learner.name} {short_name(learner.unit)}" if shared_name else learner.name
    styles = (  # nội dung: file names as learners type them
        f"{who} - Bài tập {module_number:02d}.ipynb",
        unicodedata.normalize("NFD", f"Bai tap {module_number} - {who}.ipynb"),
        f"{learner.id.replace('-', '_')}_bai-tap-{module_number:02d} (1).ipynb",
    )
    return styles[index % len(styles)]


def simulate(course: CourseRoot, catalogue: Catalogue, learners: list[Learner], inbox: Path, seed: int) -> Path:
    """Write simulated submissions into ``inbox`` (a folder and a zip, as from a USB stick) and the expected points."""
    rng = random.Random(seed)
    inbox.mkdir(parents=True, exist_ok=True)
    usb = zipfile.ZipFile(inbox / "bai-nop-tu-usb.zip", "w", zipfile.ZIP_DEFLATED)
    rows = []
    broken = (rng.randrange(len(learners)), rng.randrange(len(catalogue.assignments)))  # one broken file
    names = Counter(x.name for x in learners)
    for number, assignment in enumerate(catalogue.assignments):
        module = catalogue.module_of(assignment.id)
        answers = load_answers(course, assignment)
        points = {q.grade_id: q.points for q in assignment.questions}
        for index, learner in enumerate(learners):
            profile = "hong" if (index, number) == broken else rng.choices(PROFILES, _WEIGHTS)[0]
            choices = _choices("dung" if profile == "hong" else profile, answers, rng)
            released = course.exercises / assignment.id / assignment.notebook
            typed, clicked = split_clicks(released, choices)
            nb = fill(released, typed)
            if clicked:
                keep_clicks(nb, clicked, "2026-11-20T09:00:00+00:00")
            name = _file_name(learner, module.number, index, names[learner.name] > 1)
            target = inbox / "thu-muc-lop" / name
            notebooks.write(nb, target)
            expected = sum(points[test] for g, code in choices.items() if code == answers.right[g]
                           for test in answers.tests[g])
            if profile == "hong":
                target.write_bytes(target.read_bytes()[: len(target.read_bytes()) // 2])
                expected = 0
            if index % 2:
                usb.write(target, arcname=f"USB/{target.name}")
                target.unlink()
            rows.append({"ma_hoc_vien": learner.id, "bai_tap": assignment.id, "kieu_bai": profile,
                         "diem_du_kien": f"{expected:g}"})
    usb.close()
    expected_file = inbox / EXPECTED_FILE
    with expected_file.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return expected_file


__all__ = ["EXPECTED_FILE", "PROFILES", "fill", "keep_clicks", "load_answers", "simulate", "split_clicks"]
