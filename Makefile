# Two commands a fresh machine needs:  make run  (set up and start the app)
#                                      make test (set up and run every test headless)
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: run test bundle-test setup bench clean

$(VENV)/.python-ok:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "jpprep needs Python 3.11 or newer; set PYTHON=/path/to/python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	touch $@

$(VENV)/.installed-app: $(VENV)/.python-ok pyproject.toml setup.py
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed-app
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

setup: $(VENV)/.installed-dev

run: $(VENV)/.installed-app
	$(VENV)/bin/jpprep

test: $(VENV)/.installed-dev
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider $(PYTEST_ARGS)

# The lab installer's one-folder build (PyInstaller), started offscreen: it opens a shipped deck,
# answers a card and exits 0. Run by CI after `make test`; takes a few minutes.
bundle-test: $(VENV)/.installed-dev
	$(PY) -m pip install --quiet -e '.[dev,bundle]'
	JPPREP_TEST_BUNDLE=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider tests/lab/test_selftest.py -k bundle

bench: $(VENV)/.installed-dev
	@for b in benchmarks/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) build dist *.egg-info
