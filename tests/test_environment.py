"""environment.yml and pyproject.toml name the same packages at the same versions."""

from __future__ import annotations

import re
import tomllib

import yaml

from tests.conftest import CHECKOUT


def _pins_from_pyproject() -> dict[str, str]:
    data = tomllib.loads((CHECKOUT.root / "pyproject.toml").read_text(encoding="utf-8"))
    pins = {}
    for requirement in data["project"]["dependencies"]:
        name, version = requirement.split("==")
        pins[name.lower()] = version
    return pins


def _pins_from_environment() -> dict[str, str]:
    data = yaml.safe_load((CHECKOUT.root / "environment.yml").read_text(encoding="utf-8"))
    pins = {}
    for item in data["dependencies"]:
        if isinstance(item, dict):
            for requirement in item["pip"]:
                if "==" in requirement:
                    name, version = requirement.split("==")
                    pins[name.lower()] = version
        elif (match := re.fullmatch(r"([\w.-]+)=([\w.]+)", item)) and match[1] != "python":
            pins[match[1].lower()] = match[2]
    return pins


def test_environment_and_pyproject_agree() -> None:
    assert _pins_from_environment() == _pins_from_pyproject()


def test_python_versions_agree() -> None:
    data = yaml.safe_load((CHECKOUT.root / "environment.yml").read_text(encoding="utf-8"))
    python = next(d for d in data["dependencies"] if isinstance(d, str) and d.startswith("python="))
    requires = tomllib.loads((CHECKOUT.root / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "requires-python"]
    low = re.search(r">=(\d+\.\d+)", requires)
    assert low and python == f"python={low[1]}"


def test_constraints_pin_every_dependency() -> None:
    lock = {
        line.split("==")[0].lower().replace("_", "-"): line.split("==")[1]
        for line in (CHECKOUT.root / "constraints.txt").read_text(encoding="utf-8").splitlines()
        if "==" in line
    }
    for name, version in _pins_from_pyproject().items():
        assert lock.get(name.replace("_", "-")) == version, name
