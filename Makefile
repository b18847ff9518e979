# One target per workflow; `make help` lists them.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
NODE_BIN := node_modules/.bin
export PATH := $(abspath $(BIN)):$(abspath $(NODE_BIN)):$(PATH)

SPEC ?= openapi.yaml
# Where generation writes; the pipeline test points it at a temporary folder.
GENERATED ?= generated
HOST ?= 127.0.0.1
PORT ?= 8000
DB ?= mock.sqlite3
BASE_URL ?=
SEED ?= 20261128
# What `make generate` compares the spec with for its one-line summary (empty: no summary).
API_SUMMARY ?= HEAD
# The README whose resource table generation rewrites (empty: none, as for a spec's copy).
README ?= README.md
BASE ?= HEAD
REPORT_DIR ?= .
# Where `make learn` writes learned.diff, learned.md and exchanges.jsonl; FROM: read those instead.
LEARN_DIR ?= report
FROM ?=

.PHONY: help install generate check lint typecheck test wheel-check inferences clean mock demo \
  vendor-docs contract learn fuzz bench-mock bench-client bench-cli api-diff

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,mock,cli]'
	# mypy cannot follow the editable install's import hook; a .pth naming the source roots it can.
	printf '%s\n' $(abspath generated) $(abspath src) \
	  > "$$($(BIN)/python -c 'import sysconfig; print(sysconfig.get_path("purelib"))')/icloudready-src.pth"
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(BIN)/.installed node_modules/.installed ## Create .venv and node_modules from nothing

generate: $(BIN)/.installed ## Write the spec's restated facts, then regenerate generated/ from openapi.yaml and overrides/
	$(BIN)/python tools/generate.py --spec $(SPEC) --output $(GENERATED) $(if $(README),--readme $(README))
	@if [ -n "$(API_SUMMARY)" ] && [ -x $(NODE_BIN)/redocly ] && git rev-parse -q --verify $(API_SUMMARY) >/dev/null; then \
	  $(BIN)/python tools/api_diff.py --summary --spec $(SPEC) $(API_SUMMARY) || true; fi

check: install ## All checks, every step run, then fail listing what failed: drift of generated/, spec validity and lint, ruff, mypy
	$(BIN)/python tools/check.py

api-diff: install ## What changed for SDK users since BASE (a git rev; default HEAD), as Markdown
	$(BIN)/python tools/api_diff.py $(BASE)

lint: $(BIN)/.installed ## ruff lint + format check on everything
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(BIN)/.installed ## mypy --strict on the generated package, overrides/ and the mock
	$(BIN)/mypy
	$(BIN)/mypy tests tools benchmarks

test: install ## Everything CI runs: make check, then pytest (the wheel checks included)
	$(MAKE) check
	$(BIN)/pytest -p no:cacheprovider

wheel-check: $(BIN)/.installed ## The wheel alone and with each extra, in clean venvs: import, pytest, CLI
	$(BIN)/pytest -p no:cacheprovider tests/test_wheel.py

mock: $(BIN)/.installed ## Serve the stateful mock on $(HOST):$(PORT) with the SQLite file $(DB)
	$(BIN)/icloudready-mock --host $(HOST) --port $(PORT) --db $(DB)

demo: install ## Start the mock, run every operation through the SDK, print what happened, stop
	$(BIN)/python tools/demo.py $(PORT)

contract: $(BIN)/.installed ## Contract suite + inference report vs BASE_URL (token ICLOUDREADY_API_KEY); WRITES=1 allows writes
	@test -n "$(BASE_URL)" || { echo "usage: make contract BASE_URL=https://host/api/v2 ICLOUDREADY_API_KEY=... [WRITES=1] [REPORT_DIR=.] [NOT_SERVED='opId ...']"; exit 2; }
	$(BIN)/python tools/contract.py --base-url $(BASE_URL) --seed $(SEED) --report-dir $(REPORT_DIR) $(if $(WRITES),--writes) $(foreach op,$(NOT_SERVED),--not-served $(op))

learn: $(BIN)/.installed ## Probe BASE_URL as contract does (or read FROM=x.har|x.jsonl), write LEARN_DIR/learned.diff + .md; WRITES=1, APPLY=1
	@test -n "$(BASE_URL)$(FROM)" || { echo "usage: make learn BASE_URL=https://host/api/v2 ICLOUDREADY_API_KEY=... [WRITES=1] [APPLY=1] [LEARN_DIR=report] | make learn FROM=traffic.har [APPLY=1]"; exit 2; }
	$(BIN)/python tools/learn.py $(if $(FROM),--from $(FROM),--base-url $(BASE_URL)) --spec $(SPEC) --out $(LEARN_DIR) \
	  $(if $(WRITES),--writes) $(if $(APPLY),--apply)

fuzz: $(BIN)/.installed ## Long contract run (10 min) against a fresh mock on a SQLite file
	$(BIN)/python tools/fuzz.py --seed $(SEED)

# e.g. BENCH_ARGS="--baseline /tmp/f9557c7" adds another checkout's mock to the first table.
BENCH_ARGS ?=
bench-mock: install ## Benchmark: this mock vs Prism (wrk, installed if missing) at 10k records; alone at 1M
	$(BIN)/python -m benchmarks.bench_mock $(BENCH_ARGS)

bench-client: install ## Benchmark: this SDK vs raw httpx + json.loads; import time; list_all RSS
	$(BIN)/python -m benchmarks.bench_client

bench-cli: install ## Benchmark: CLI export/import vs list_all and create in a plain loop
	$(BIN)/python -m benchmarks.bench_cli

vendor-docs: node_modules/.installed ## Copy Swagger UI (npm swagger-ui-dist) into the mock's /docs assets
	cp node_modules/swagger-ui-dist/swagger-ui-bundle.js node_modules/swagger-ui-dist/swagger-ui.css \
	  src/icloudready_mock/static/
	cp node_modules/swagger-ui-dist/LICENSE src/icloudready_mock/static/swagger-ui.LICENSE

inferences: $(BIN)/.installed ## List what openapi.yaml infers (what a live check must verify)
	$(BIN)/python tools/check_spec.py --inferences $(SPEC)

clean: ## Remove the venv, node_modules and caches
	rm -rf $(VENV) node_modules .mypy_cache .ruff_cache .pytest_cache
