# One entry point for people and CI. Needs only python3 (3.11–3.13) and access to the package index.
# As root, a python3 in a folder closed to other users gives way to the system's (scripts/python-for-learners.sh).
PYTHON ?= $(shell bash scripts/python-for-learners.sh python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# The environment is rebuilt when it was made with another Python.
MADE_WITH := $(VENV)/.made-with$(subst /,-,$(PYTHON))

.PHONY: venv demo test test-fast lint exercises check lock clean bench locks bundles hub-proxy bench-hub messages

$(STAMP): pyproject.toml constraints.txt $(MADE_WITH)
	[ -e $(MADE_WITH) ] || rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e ".[dev,hub]"
	touch $(MADE_WITH) $(STAMP)

$(MADE_WITH):

venv: $(STAMP)

## demo: create the environment and run a complete simulated workshop
demo: venv
	$(BIN)/kynangso demo

## system: the system packages the tests need (installed as root with apt-get, else named)
.PHONY: system
system:
	bash scripts/system-packages.sh

## test: course checks, lint, types and the whole test suite (notebooks, nbgrader, demo, hub, browser); sets up
## what it needs: system packages (scripts/system-packages.sh), the environment, the hub's proxy
test: system
	@folder=$$(bash scripts/test-folder.sh) && $(MAKE) -C "$$folder" test-here

# Test files run in parallel, one file per process at a time (its fixtures are built once); TEST_PROCESSES=1 runs
# them one after another.
TEST_PROCESSES ?= 2
.PHONY: test-here
test-here: venv hub-proxy
	$(BIN)/kynangso check
	$(MAKE) lint
	$(BIN)/python -m pytest -n $(TEST_PROCESSES) --dist loadfile --durations=25

## test-fast: everything except the slow notebook/nbgrader tests
test-fast: venv
	$(BIN)/python -m pytest -m "not slow"

## test-browser: headless Chromium against a real kynangso lab (needs Debian's chromium and Noto fonts)
.PHONY: test-browser
test-browser: venv
	$(BIN)/python -m pytest tests/browser

lint: venv
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

## bench: grading speed of plain serial nbgrader, the previous method and kynangso grade (same submissions, same
## scores, learner code isolated); --only and --learners to shorten
bench: venv
	$(BIN)/python benchmarks/grade_speed.py --learners 30

## hub-proxy: configurable-http-proxy (npm) for the workshop hub, installed inside the environment
PROXY := $(VENV)/node/node_modules/.bin/configurable-http-proxy
hub-proxy: venv $(PROXY)

$(PROXY):
	npm install --prefix $(VENV)/node --no-audit --no-fund configurable-http-proxy@5.3.0

## bench-hub: memory per learner on the workshop hub (root, Linux), app mode (phones) and JupyterLab side by side
bench-hub: hub-proxy
	$(BIN)/python benchmarks/hub_memory.py --learners 3

## bench-report: coordinator report at province scale (10,000 learners, 130 communes) against nbgrader export
.PHONY: bench-report
bench-report: venv
	$(BIN)/python benchmarks/report_speed.py --learners 10000 --units 130

## bench-merge: province merge of 130 class archives (10,000 learners × 12 assignments) and the province report
.PHONY: bench-merge
bench-merge: venv
	$(BIN)/python benchmarks/merge_speed.py --learners 10000 --classes 130

## exercises: regenerate exercises/ from solutions/
exercises: venv
	$(BIN)/kynangso release

check: venv
	$(BIN)/kynangso check

## labextension: rebuild the JupyterLab extension that keeps widget answers inside the notebook (needs node and npm);
## the built files in src/kynangso/data/jupyter/labextensions/ are part of the package, so installing needs neither
.PHONY: labextension
labextension: venv
	npm ci --prefix labextension --no-audit --no-fund
	cd labextension && node node_modules/@jupyterlab/builder/lib/build-labextension.js \
	  --core-path "$$(../$(BIN)/python -c 'import jupyterlab, os; print(os.path.join(os.path.dirname(jupyterlab.__file__), "staging"))')" .

## messages: refresh the message catalogue (English translations in src/kynangso/locale/en/LC_MESSAGES/kynangso.po)
messages: venv
	$(BIN)/pybabel -q extract -F babel.cfg -k NP_:1c,2 --no-location --sort-output --project=kynangso --version=1 -o src/kynangso/locale/kynangso.pot .
	$(BIN)/pybabel -q update -N -i src/kynangso/locale/kynangso.pot -d src/kynangso/locale -D kynangso -l en --init-missing
	rm src/kynangso/locale/kynangso.pot

lock: venv
	{ head -n 2 constraints.txt; $(BIN)/python -m pip freeze --exclude-editable; } > constraints.tmp && mv constraints.tmp constraints.txt

## locks: per-platform locks of the runtime packages for the offline bundles, every pin taken from constraints.txt
## (Python 3.11.2 = Debian 12's python3, the oldest the kit installs on)
## (Intel Macs are left out: argon2-cffi-bindings 26.2 has no macOS x86_64 wheel)
LOCK_PLATFORMS := linux-x86_64:x86_64-manylinux_2_28 windows-x86_64:x86_64-pc-windows-msvc \
                  macos-arm64:aarch64-apple-darwin
LOCK_DIR ?= locks
locks: venv
	mkdir -p $(LOCK_DIR)
	for pair in $(LOCK_PLATFORMS); do \
	  $(BIN)/uv pip compile pyproject.toml -c constraints.txt --python-version 3.11.2 -q --no-annotate \
	    --python-platform $${pair#*:} --custom-compile-command "make locks" -o $(LOCK_DIR)/$${pair%%:*}.txt || exit 1; \
	done

## bundles: offline install bundles (wheels + course + installer) for every platform, into dist/
bundles: venv
	for p in linux windows macos; do $(BIN)/kynangso bundle --platform $$p --out dist/ || exit 1; done

clean:
	rm -rf $(VENV) grading/gradebook.db grading/submitted grading/autograded grading/feedback grading/reports
