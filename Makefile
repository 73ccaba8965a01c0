# The two set-up commands are `make demo` and `make test`; everything else is a step of them.
PY ?= python3
SHARED ?= ../shared

.PHONY: install system demo test lint typecheck pytest eval bench screenshots

install:
	$(PY) -m pip install -q -e ".[dev]"

# Debian packages the tests use: a PostgreSQL server and a browser. Needs root.
system:
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  missing=""; \
	  for p in postgresql chromium fonts-noto-cjk; do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	  if [ -n "$$missing" ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; fi; \
	else echo "not root: skipping Debian packages (postgresql chromium fonts-noto-cjk)"; fi

demo: install
	refwatch --db demo.db demo

lint:
	ruff check .
	ruff format --check .

typecheck:
	mypy

pytest:
	$(PY) -m pytest -q

# Extraction quality floors (eval/floors.json) on the annotated dev corpus.
eval:
	$(PY) eval/gate.py $(SHARED)/corpus/dev

test: system install lint typecheck pytest eval

bench: install
	$(PY) bench/ingest.py
	$(PY) bench/ingest_db.py
	$(PY) bench/extract.py
	$(PY) bench/merge.py

# Refresh the README's pictures (the browser tests write them only when asked to).
screenshots:
	REFWATCH_SCREENSHOTS=$(CURDIR)/docs/screenshots $(PY) -m pytest -q tests/test_browser.py
