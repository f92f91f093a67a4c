# Docket: `make run` starts it with the seeds imported; `make test` runs every check.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
# Links in emails and feeds point at the server `make run` starts (and the worker and beat
# started beside it send those emails), unless SITE_URL is set: see the README.
run seed worker beat: export SITE_URL ?= http://$(HOST):$(PORT)

.PHONY: run test lint format admin worker beat migrate seed bench bench-web score clean

$(VENV)/.installed-run: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@ $(VENV)/.installed-run

migrate: $(VENV)/.installed-run
	$(PY) manage.py migrate --noinput

seed: migrate
	$(PY) manage.py import_documents seeds/

run: seed
	@echo
	@echo "Docket is starting on http://$(HOST):$(PORT)/"
	@echo "To curate in /admin/, create an account first:  make admin"
	@echo
	$(PY) manage.py runserver $(HOST):$(PORT)

admin: migrate
	$(PY) manage.py createsuperuser

worker: $(VENV)/.installed-run
	$(VENV)/bin/celery -A config worker --loglevel=INFO

beat: $(VENV)/.installed-run
	$(VENV)/bin/celery -A config beat --loglevel=INFO

lint: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

test: lint
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) -m pytest $(PYTEST_ARGS)

# Extraction runs anywhere; the import benchmark needs PostgreSQL on 127.0.0.1.
# The web and digest benchmarks need a large dataset first: see bench/web.py.
bench: $(VENV)/.installed-dev
	$(PY) bench/extraction.py
	$(PY) bench/imports.py

# The pages on a large PostgreSQL database (DATABASE_URL): seeds up to SCALE initiatives
# if it holds fewer, then prints server time, bare SQL and requests/s for each page.
SCALE ?= 100000
bench-web: migrate
	$(PY) bench/web.py --scale $(SCALE) $(BENCH_ARGS)

# Extraction scored against the labelled corpus; its texts live outside git (see
# bench/corpus/README.md): put them under var/corpus/texts/, or CORPUS=folder make score
CORPUS ?= var/corpus
score: $(VENV)/.installed-run
	$(PY) bench/score_extraction.py --corpus $(CORPUS) $(SCORE_ARGS)

clean:
	rm -rf $(VENV) db.sqlite3 var/
