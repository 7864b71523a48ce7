# One entry point for people and CI. Needs only python3 (3.11–3.13) and access to the package index.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: venv demo test test-fast lint exercises check lock clean bench

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e ".[dev,hub]"
	touch $(STAMP)

venv: $(STAMP)

## demo: create the environment and run a complete simulated workshop
demo: venv
	$(BIN)/kynangso demo

## test: course checks, lint, types and the whole test suite (notebooks, nbgrader, demo)
test: venv
	$(BIN)/kynangso check
	$(MAKE) lint
	$(BIN)/python -m pytest

## test-fast: everything except the slow notebook/nbgrader tests
test-fast: venv
	$(BIN)/python -m pytest -m "not slow"

lint: venv
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

## bench: grading speed of plain serial nbgrader against kynangso grade (same submissions, same scores)
bench: venv
	$(BIN)/python benchmarks/grade_speed.py --learners 30

## exercises: regenerate exercises/ from solutions/
exercises: venv
	$(BIN)/kynangso release

check: venv
	$(BIN)/kynangso check

lock: venv
	{ head -n 2 constraints.txt; $(BIN)/python -m pip freeze --exclude-editable; } > constraints.tmp && mv constraints.tmp constraints.txt

clean:
	rm -rf $(VENV) grading/gradebook.db grading/submitted grading/autograded grading/feedback grading/reports
