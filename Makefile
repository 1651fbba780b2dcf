# Disclosure Review: `make run` serves the demo clinic, `make test` runs the suite.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# The newest Python >= 3.12 on PATH (or, failing that, among pyenv's versions).
PYTHON ?= $(shell for c in python3.14 python3.13 python3.12 python3; do \
	  p=$$(command -v $$c 2>/dev/null) && "$$p" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { echo "$$p"; exit 0; }; \
	done; \
	command -v pyenv >/dev/null 2>&1 && for v in $$(pyenv versions --bare 2>/dev/null | sort -rV); do \
	  p="$$(pyenv root)/versions/$$v/bin/python"; \
	  [ -x "$$p" ] && "$$p" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { echo "$$p"; exit 0; }; \
	done; true)
# Services `make test` uses when they answer (CI sets these explicitly).
TEST_DATABASE_URL ?= postgres://app:app@127.0.0.1:5432/disclosure_review
TEST_REDIS_URL ?= redis://127.0.0.1:6379/0
PYTEST_ARGS ?=

.PHONY: help install run worker test lint format docs bench check-deploy clean

help:
	@echo "make run    set up a virtual environment, migrate, seed the demo clinic, serve on http://127.0.0.1:8000"
	@echo "make test   run the whole test suite (uses PostgreSQL, Redis and Chromium when present)"
	@echo "make lint   ruff check and format check"
	@echo "make docs   regenerate docs/RULES.md from the rules package"
	@echo "make bench  run the benchmarks in bench/"

$(STAMP): requirements.txt requirements-dev.txt
	@if [ -z "$(PYTHON)" ]; then echo "Python 3.12 or newer is needed (Django 6). Install it and try again." >&2; exit 1; fi
	@[ -x $(PY) ] || "$(PYTHON)" -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo
	DEBUG=$${DEBUG:-true} $(PY) manage.py runserver 127.0.0.1:8000

worker: $(STAMP)
	$(VENV)/bin/celery -A disclosure_review worker --beat --loglevel=info

test: $(STAMP)
	@set -e; \
	if [ -z "$${DATABASE_URL+x}" ] && $(PY) -c "import psycopg,sys; psycopg.connect('$(TEST_DATABASE_URL)'.rsplit('/',1)[0]+'/postgres', connect_timeout=2).close()" 2>/dev/null; then \
	  export DATABASE_URL='$(TEST_DATABASE_URL)'; fi; \
	if [ -z "$${REDIS_URL+x}" ] && $(PY) -c "import redis; redis.Redis.from_url('$(TEST_REDIS_URL)', socket_connect_timeout=1).ping()" 2>/dev/null; then \
	  export REDIS_URL='$(TEST_REDIS_URL)'; fi; \
	export CELERY_TASK_ALWAYS_EAGER=true; \
	echo "Testing on database: $${DATABASE_URL:-SQLite}; broker: $${REDIS_URL:-none (eager)}; services required: $${REQUIRE_SERVICES:-no}"; \
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

docs: $(STAMP)
	$(PY) -m disclosure_review.rules.docs > docs/RULES.md

bench: $(STAMP)
	$(PY) bench/score_throughput.py

check-deploy: $(STAMP)
	DEBUG=false SECRET_KEY=$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))') \
	  DATABASE_URL=$${DATABASE_URL:-postgres://app:app@127.0.0.1:5432/app} SECURE_SSL_REDIRECT=true \
	  EMAIL_HOST=$${EMAIL_HOST:-smtp.example.org} \
	  $(PY) manage.py check --deploy --fail-level WARNING

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
