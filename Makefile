# One target per workflow; `make help` lists them.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
NODE_BIN := node_modules/.bin
export PATH := $(abspath $(BIN)):$(abspath $(NODE_BIN)):$(PATH)

SPEC := openapi.yaml
HOST ?= 127.0.0.1
PORT ?= 8000
DB ?= mock.sqlite3
BASE_URL ?=
SEED ?= 20261128

.PHONY: help install generate check lint typecheck test inferences clean

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,mock]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(BIN)/.installed node_modules/.installed ## Create .venv and node_modules from nothing

generate: $(BIN)/.installed ## Regenerate generated/ from openapi.yaml and overrides/
	$(BIN)/python tools/check_spec.py $(SPEC)
	rm -rf generated/icloudready generated/icloudready_models
	$(BIN)/openapi-python-client generate --path $(SPEC) --meta none \
	  --config overrides/openapi-python-client.yaml \
	  --custom-template-path overrides/templates \
	  --output-path generated/icloudready
	mkdir -p generated/icloudready_models
	$(BIN)/datamodel-codegen --input $(SPEC) --output generated/icloudready_models/__init__.py \
	  $$(grep -v '^#' overrides/datamodel-codegen.args)
	printf '# Marker file for PEP 561\n' > generated/icloudready_models/py.typed

check: install generate lint typecheck ## Regenerate and fail on drift; validate and lint the spec; ruff; mypy
	@if [ -n "$$(git status --porcelain -- generated)" ]; then \
	  echo "generated/ differs from what openapi.yaml + overrides/ produce:"; \
	  git status --porcelain -- generated; git --no-pager diff --stat -- generated; exit 1; fi
	$(BIN)/openapi-spec-validator $(SPEC)
	$(NODE_BIN)/spectral lint $(SPEC) --fail-severity=hint
	$(NODE_BIN)/redocly lint $(SPEC) --format=json 2>/dev/null | $(BIN)/python -c \
	  'import json, sys; t = json.load(sys.stdin)["totals"]; print("redocly:", t); sys.exit(bool(t["errors"] or t["warnings"]))'

lint: $(BIN)/.installed ## ruff lint + format check on everything
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(BIN)/.installed ## mypy --strict on the generated package, overrides/ and the mock
	$(BIN)/mypy

test: install ## Everything CI runs: make check, then pytest
	$(MAKE) check
	$(BIN)/pytest -p no:cacheprovider

inferences: $(BIN)/.installed ## List what openapi.yaml infers (what a live check must verify)
	$(BIN)/python tools/check_spec.py --inferences $(SPEC)

clean: ## Remove the venv, node_modules and caches
	rm -rf $(VENV) node_modules .mypy_cache .ruff_cache .pytest_cache
