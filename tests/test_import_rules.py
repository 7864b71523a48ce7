"""The package map's import rules (CONTRIBUTING, "Bản đồ gói"), checked on the code by walking its imports."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.conftest import CHECKOUT

HEAVY = ("nbgrader", "nbconvert", "pandas", "ipywidgets", "matplotlib")
VERBS = ("kynangso.course.release", "kynangso.course.check", "kynangso.course.simulate", "kynangso.course.demo",
         "kynangso.grading.collect", "kynangso.grading.grade", "kynangso.grading.feedback", "kynangso.reporting.report",
         "kynangso.delivery.lab", "kynangso.delivery.bundle", "kynangso.delivery.hub.server",
         "kynangso.province.export", "kynangso.province.merge")
KIT_PARTS = tuple(f"kynangso.{p}" for p in ("course", "grading", "reporting", "delivery", "widgets", "rules", "data",
                                            "province"))
# importer prefix -> (what it must never import, why)
RULES = {
    "kynangso.learner": ((*HEAVY, *KIT_PARTS, "kynangso.cli"), "the learner API loads in every learner's kernel"),
    "kynangso.widgets": (("kynangso.grading", "kynangso.reporting", "kynangso.delivery", "kynangso.cli"),
                         "widgets are the learner's; grading and reports must not ride along"),
    "kynangso.rules": (("kynangso.grading", "kynangso.reporting", "kynangso.delivery", "kynangso.widgets",
                        "kynangso.cli"), "rules are content shared by lessons, widgets and tests"),
    "kynangso.data": (("kynangso.grading", "kynangso.reporting", "kynangso.delivery", "kynangso.widgets",
                       "kynangso.cli"), "data generators are content"),
    "kynangso.reporting": (("kynangso.widgets", "kynangso.grading.isolation", "kynangso.delivery", "kynangso.cli"),
                           "reports read results; they never run learner code"),
    "kynangso.grading": (("kynangso.reporting", "kynangso.delivery", "kynangso.widgets", "kynangso.cli",
                          "kynangso.province"), "grading is used by reports and delivery, not the other way round"),
    "kynangso.province": (("kynangso.widgets", "kynangso.grading.isolation", "kynangso.grading.grade",
                           "kynangso.delivery", "kynangso.cli"),
                          "the province view reads class results; it never grades or runs learner code"),
}
MAY_IMPORT_VERBS = ("kynangso.cli", "kynangso.course.demo", "kynangso.report")  # the last: the 0.1 path, a shim


def _under(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def imports_of(path: Path) -> list[str]:
    """Every module a file imports, at any depth of the file (``from a import b`` counts as ``a.b``)."""
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found += [f"{node.module}.{alias.name}" for alias in node.names]
    return found


def violations(src: Path) -> list[str]:
    """Broken rules under ``src`` (the folder holding the ``kynangso`` package), one line each."""
    broken = []
    for path in sorted(src.rglob("*.py")):
        module = ".".join(path.relative_to(src).with_suffix("").parts).removesuffix(".__init__")
        for name in imports_of(path):
            for prefix, (never, why) in RULES.items():
                if _under(module, (prefix,)) and _under(name, never) and not _under(name, (prefix,)):
                    broken.append(f"{module} imports {name}: {why}")
            if _under(name, VERBS) and not _under(module, MAY_IMPORT_VERBS) and module != name.rpartition(".")[0]:
                broken.append(f"{module} imports the verb {name}: move the shared work into a library module")
    return broken


def test_the_package_keeps_its_import_rules() -> None:
    assert violations(CHECKOUT.root / "src") == []


def test_a_broken_rule_is_reported(tmp_path: Path) -> None:
    package = tmp_path / "kynangso"
    for folder, text in {"widgets": "from kynangso.grading import grade\n",
                         "learner": "def f():\n    import pandas\n",
                         "course": "from kynangso.grading.collect import collect\n",
                         "rules": "import kynangso.rules.nd30\n"}.items():
        (package / folder).mkdir(parents=True)
        (package / folder / "bad.py").write_text(text, encoding="utf-8")
    assert violations(tmp_path) == [
        "kynangso.course.bad imports the verb kynangso.grading.collect.collect: move the shared work into a library "
        "module",
        "kynangso.learner.bad imports pandas: the learner API loads in every learner's kernel",
        "kynangso.widgets.bad imports kynangso.grading.grade: widgets are the learner's; grading and reports must not "
        "ride along",
        "kynangso.widgets.bad imports the verb kynangso.grading.grade: move the shared work into a library module",
    ]


def test_the_tree_matches_the_map_in_contributing() -> None:
    """Every package and top-level module of ``kynangso`` is on the map, and the map names nothing that is gone."""
    text = (CHECKOUT.root / "CONTRIBUTING.md").read_text(encoding="utf-8")
    table = text.split("## Bản đồ gói `kynangso`")[1].split("\n## ")[0]
    package = CHECKOUT.root / "src" / "kynangso"
    packages = {p.parent.name for p in package.glob("*/__init__.py")}
    modules = {p.name for p in package.glob("*.py")} - {"__init__.py", "__main__.py"}
    on_map = set(re.findall(r"`(\w+)/`", table)) | set(re.findall(r"`(\w+\.py)`", table))
    assert packages <= on_map and modules <= on_map, (packages | modules) - on_map
    assert on_map <= packages | modules | {"isolation", "hub"}, on_map - packages - modules
