# Two commands do all the set-up on a fresh machine with python3 and make:
#   make demo   - run the whole pipeline on examples/ and show the result
#   make test   - run the full test suite (and ruff)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-test
EXAMPLE_INPUTS := examples/txt examples/html examples/jsonl examples/warc

.PHONY: demo test lint bench docs browser clean-venv

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,parquet,dask]'
	touch $(STAMP)

demo: $(STAMP)
	@mkdir -p out
	$(BIN)/corpustool clean $(EXAMPLE_INPUTS) --explain \
	  | $(BIN)/corpustool dedup --mark --clusters out/clusters.jsonl \
	  | $(BIN)/corpustool quotes \
	  | $(BIN)/corpustool export -o out/demo.jsonl
	$(BIN)/corpustool report out/demo.jsonl --clusters out/clusters.jsonl -o out/report.html
	$(BIN)/corpustool stats out/demo.jsonl --stdout
	@echo "Corpus: out/demo.jsonl   Report: out/report.html"

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Peers (trafilatura, jusText, datasketch, textacy) live in the bench extra only.
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/clean.py
	$(BIN)/python benchmarks/dedup.py
	$(BIN)/python benchmarks/quotes.py

# Regenerate docs/cli.md from the commands' --help (a test checks it is current).
docs: $(STAMP)
	$(BIN)/python -m corpustool.cli.helpdoc > docs/cli.md

# The report test drives a real headless Chromium, the recipes test runs jq (Debian's packages; needs root).
browser:
	command -v chromium >/dev/null && command -v jq >/dev/null || \
	  (apt-get update -qq && apt-get install -y -qq chromium jq)

clean-venv:
	rm -rf $(VENV)
