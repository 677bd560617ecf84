# Two commands for a newcomer: `make demo` and `make test`. Everything else is a helper of those.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
STAMP := $(VENV)/.installed
# Every package, transitive ones included, pinned with its hashes: a fresh machine installs
# exactly what CI tested. `make lock` rewrites it after a change to pyproject.toml.
LOCK := requirements.lock
PIP_VERSION := 26.3
UV_VERSION := 0.13.9

.PHONY: demo test bench check-content serve worker lint lock clean messages

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed: install python3.11 (or set PYTHON=...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)

# Reinstall only when the lock changes; a package whose hash differs from the lock's is refused.
$(STAMP): $(LOCK) | $(PY)
	$(PY) -m pip install --quiet pip==$(PIP_VERSION)
	$(PY) -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	touch $(STAMP)

# The lock is made by uv from pyproject.toml (direct pins there, everything else resolved here),
# in a virtualenv of its own so the tool never mixes with what the project runs on.
lock: | $(PY)
	@test -x .venv-lock/bin/uv || { $(PYTHON) -m venv .venv-lock && .venv-lock/bin/pip install --quiet uv==$(UV_VERSION); }
	.venv-lock/bin/uv pip compile pyproject.toml --extra test --generate-hashes --universal \
		--python-version 3.11 --quiet --output-file $(LOCK)

# The site chrome in Spanish: locale/*/LC_MESSAGES/django.po compiled by Babel (pure Python,
# pinned in the lock), so a machine without gettext builds it too. The .mo is committed as well;
# a test fails while it disagrees with the .po.
messages: $(STAMP)
	$(VENV)/bin/pybabel compile --statistics -d locale -D django

# The task worker for the configured backend: the database's by default, RQ's when REDIS_URL is
# set (the database worker refuses an RQ backend, and grades and notices would wait unsent).
WORKER := $(if $(REDIS_URL),$(MANAGE) rqworker --job-class django_tasks_rq.Job \
	--worker-class rq.worker.SimpleWorker --with-scheduler default,$(MANAGE) db_worker)

demo: messages
	$(MANAGE) migrate --no-input
	$(MANAGE) createcachetable
	$(MANAGE) load_demo
	@# The task worker runs beside the web server and stops with it; its line per task goes
	@# to a file, so the addresses and logins above stay on the screen.
	@echo "Task worker log: demo-worker.log"
	@$(WORKER) > demo-worker.log 2>&1 & worker=$$!; \
		trap "kill $$worker 2>/dev/null" EXIT INT TERM; \
		$(MANAGE) runserver 127.0.0.1:8000

# The suite on one process per core, up to four (each worker has its own Django, Chromium, test
# database and Redis database): two here. Tests are handed out one by one in pytest-django's
# order (rolled-back tests, then those that flush the database, then those without one), which
# each worker keeps. `make test TEST_WORKERS=0` runs in one process, as `pytest -x -k ...` does.
TEST_WORKERS ?= $(shell n=$$(nproc 2>/dev/null || echo 2); echo $$(( n > 4 ? 4 : n )))

# The slowest tests are printed at the end, so a run that creeps towards the time budget says where.
test: messages
	$(MANAGE) load_lessons --check
	$(PY) -m pytest -n $(TEST_WORKERS) --durations=25

bench: $(STAMP)
	$(PY) -m moderation.bench.engine
	$(PY) -m moderation.bench.precision
	$(PY) -m curriculum.bench
	$(PY) -m upstander.bench_load

check-content: $(STAMP)
	$(MANAGE) load_lessons --check --report

worker: $(STAMP)
	$(WORKER)

# Style, and the import contracts in pyproject.toml (dependencies one way; a Django-free core).
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

clean:
	rm -rf $(VENV) .venv-lock db.sqlite3 db.sqlite3-wal db.sqlite3-shm demo-worker.log media static_collected test-artifacts
