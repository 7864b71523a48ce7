"""The trainer's guide: every command block in it runs, in order, as a trainer would type it.

Markers on the line before a fenced block say how it is checked:
``<!-- chay-thu -->`` runs here in a scratch bundle folder; ``<!-- chay-thu: cai-dat -->`` is the installer, run
by ``tests/test_bundle.py`` in an unpacked bundle with no network; ``<!-- chay-thu: tro-giup -->`` is checked
against the command's ``--help``. ``<!-- buoc-tay: NAME -->`` marks a step done by hand (copy a file), which the
test does itself at that point.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from kynangso.cli import main
from kynangso.course.catalogue import load_catalogue
from kynangso.course.learners import load_roster
from kynangso.course.simulate import simulate
from kynangso.course.workspace import copy_course
from kynangso.data import person_names
from kynangso.paths import CourseRoot
from kynangso.reporting.report import LEARNERS_CSV, TOTAL, WORKBOOK
from tests.conftest import CHECKOUT

DOCS = CHECKOUT.root / "docs"
VI_GUIDE, EN_GUIDE = DOCS / "huong-dan-giang-vien.md", DOCS / "trainer-guide.md"
_MARK = re.compile(r"<!--\s*(chay-thu|buoc-tay)(?::\s*([\w-]+))?\s*-->")
_KINDS = {None: "run", "cai-dat": "install", "tro-giup": "help"}
LEARNERS = 3


@dataclass(frozen=True)
class Step:
    kind: str  # run | install | help | manual
    text: str  # the commands, or the name of the manual step


def guide_steps(path: Path) -> list[Step]:
    """The marked steps of a guide, in order; an unmarked shell block is an error."""
    steps: list[Step] = []
    pending: tuple[str, str | None] | None = None
    lines = path.read_text(encoding="utf-8").splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        if match := _MARK.fullmatch(line.strip()):
            if match[1] == "buoc-tay":
                steps.append(Step("manual", match[2] or ""))
            else:
                pending = (match[1], match[2])
        elif line.startswith("```") and line[3:].strip():
            end = lines.index("```", index + 1)
            if line[3:].strip() in {"bash", "sh"}:
                assert pending is not None, f"{path.name}:{index + 1}: command block without a marker"
                assert pending[1] in _KINDS, f"{path.name}:{index + 1}: unknown marker '{pending[1]}'"
                steps.append(Step(_KINDS[pending[1]], "\n".join(lines[index + 1:end])))
            pending = None
            index = end
        index += 1
    return steps


def test_both_guides_give_the_same_steps() -> None:
    vietnamese = guide_steps(VI_GUIDE)
    assert vietnamese == guide_steps(EN_GUIDE)
    assert {step.kind for step in vietnamese} == {"run", "install", "help", "manual"}


def test_install_block_runs_the_bundled_installer() -> None:
    installs = [step.text for step in guide_steps(VI_GUIDE) if step.kind == "install"]
    assert installs == ["sh cai-dat.sh"]
    assert (CHECKOUT.root / "src" / "kynangso" / "templates" / "cai-dat.sh").is_file()


def test_hub_block_matches_the_hub_command() -> None:
    (block,) = [step.text for step in guide_steps(VI_GUIDE) if step.kind == "help"]
    words = block.split()
    assert words[:2] == ["kynangso", "hub"]
    help_text = CliRunner().invoke(main, ["hub", "--help"]).output
    for option in (w for w in words if w.startswith("--")):
        assert option in help_text, option


def _scratch_bundle(root: Path) -> None:
    """What a trainer has after installing: the course in ``khoa-hoc/`` (the environment is this test's)."""
    course = copy_course(CHECKOUT, root / "khoa-hoc")
    shutil.copytree(CHECKOUT.exercises, course.exercises)


def _by_hand(name: str, here: Path) -> None:
    course = CourseRoot(here)
    if name == "danh-sach":
        pd.DataFrame(person_names.cadres(LEARNERS, 5)).to_excel(here / "danh-sach.xlsx", index=False)
    elif name == "bai-nop":
        simulate(course, load_catalogue(course.catalogue), load_roster(course), here / "bai-nop", 5)
    else:
        raise AssertionError(f"no manual step named '{name}'")


@pytest.mark.slow
def test_guide_commands_run_in_order(tmp_path: Path) -> None:
    _scratch_bundle(tmp_path)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
           "TMPDIR": str(tmp_path)}
    env.pop("KYNANGSO_COURSE", None)
    here, where = tmp_path, tmp_path / ".pwd"
    for step in guide_steps(VI_GUIDE):
        if step.kind == "manual":
            _by_hand(step.text, here)
        elif step.kind == "run":
            done = subprocess.run(["bash", "-euo", "pipefail", "-c", f"{step.text}\npwd > '{where}'"], cwd=here,
                                  env=env, capture_output=True, text=True, check=False)
            assert done.returncode == 0, f"{step.text}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
            here = Path(where.read_text(encoding="utf-8").strip())
    assert here == tmp_path / "lop-hom-nay"
    learners = pd.read_csv(here / "bao-cao" / LEARNERS_CSV, encoding="utf-8-sig")
    assert len(learners) == LEARNERS
    assert learners[TOTAL].sum() > 0, "nothing was graded"
    assert (here / "bao-cao" / WORKBOOK).is_file()
    assert len(list((here / "grading" / "feedback").rglob("*.html"))) >= LEARNERS
