# Two commands for a newcomer: `make demo` and `make test`. Everything else is a helper of those.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
STAMP := $(VENV)/.installed

.PHONY: demo test bench check-content serve worker lint clean

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed: install python3.11 (or set PYTHON=...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)

# Reinstall only when the pinned dependencies change.
$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

demo: $(STAMP)
	$(MANAGE) migrate --no-input
	$(MANAGE) createcachetable
	$(MANAGE) load_demo
	@# The task worker runs beside the web server and stops with it; its line per task goes
	@# to a file, so the addresses and logins above stay on the screen.
	@echo "Task worker log: demo-worker.log"
	@$(MANAGE) db_worker > demo-worker.log 2>&1 & worker=$$!; \
		trap "kill $$worker 2>/dev/null" EXIT INT TERM; \
		$(MANAGE) runserver 127.0.0.1:8000

test: $(STAMP)
	$(MANAGE) load_lessons --check
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) -m moderation.bench
	$(PY) -m curriculum.bench

check-content: $(STAMP)
	$(MANAGE) load_lessons --check

worker: $(STAMP)
	$(MANAGE) db_worker

lint: $(STAMP)
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-wal db.sqlite3-shm demo-worker.log media static_collected test-artifacts
