# Two commands do all the set-up on a fresh machine (Python 3.11+):
#   make run    — create .venv, install; with BOT_TOKEN (environment or .env): migrate the database and run the bot
#                 (long polling, or a webhook with WEBHOOK_URL); without it: the sandbox (a web chat, nothing goes to
#                 Telegram) on the printed 127.0.0.1 address
#   make test   — create .venv, install with test tools, ruff, the import contracts and mypy, then the whole test suite
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python

.PHONY: run test lint migrate clean docker

$(VENV)/.installed-run: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	$(PY) -m bot start

migrate: $(VENV)/.installed-run
	$(PY) -m bot migrate

lint: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports --no-cache --no-logo
	$(VENV)/bin/mypy
	$(VENV)/bin/hadolint Dockerfile

test: lint
	$(PY) -m pytest -q

# the image, where a Docker daemon answers (CI runs this after the tests)
docker:
	@if docker info >/dev/null 2>&1; then \
		docker build -t mentorship-bot:latest . ; \
	else \
		echo "docker build skipped: no Docker daemon on this machine (the Dockerfile is linted by make lint)"; \
	fi

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache
