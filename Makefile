# Two commands do all the set-up on a fresh machine with python3 and make:
#   make demo   - run the whole pipeline on examples/ and show the result
#   make test   - run the full test suite (and ruff)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-test
EXAMPLE_INPUTS := examples/txt examples/html examples/jsonl examples/warc

.PHONY: demo test lint bench docs browser clean-venv fuzz compiled

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

# Optional mypyc build of the hot modules (setup.py) into out/compiled, for the benchmarks, which
# measure it beside the pure-Python source tree. Users get it with CORPUSTOOL_COMPILE=1 pip install .
compiled: $(STAMP)
	rm -rf out/compiled out/compiled.tmp && mkdir -p out
	$(BIN)/python benchmarks/builds.py stamp > out/compiled.sha256
	CORPUSTOOL_COMPILE=1 $(BIN)/python -m pip install --quiet --no-deps --target out/compiled.tmp .
	mv out/compiled.sha256 out/compiled.tmp/SOURCE-SHA256 && mv out/compiled.tmp out/compiled

# Peers (trafilatura, jusText, datasketch, textacy) live in the bench extra only.
bench: $(STAMP) compiled
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/clean.py
	$(BIN)/python benchmarks/dedup.py
	$(BIN)/python benchmarks/quotes.py

# Coverage-guided fuzzing (atheris/libFuzzer) of the readers, the cleaner and the quote extractor; not
# in CI. FUZZ_SECONDS per target; corpus, logs and crash inputs under out/fuzz/ (docs/robustness.md).
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?= readers clean quotes
fuzz: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[fuzz]'
	$(BIN)/python fuzz/seeds.py out/fuzz/seeds
	@failed=""; for target in $(FUZZ_TARGETS); do \
	  mkdir -p out/fuzz/corpus/$$target out/fuzz/crashes; \
	  echo "fuzz $$target: $(FUZZ_SECONDS) s, log out/fuzz/$$target.log"; \
	  $(BIN)/python fuzz/fuzz_$$target.py out/fuzz/corpus/$$target out/fuzz/seeds/$$target \
	    -max_total_time=$(FUZZ_SECONDS) -timeout=10 -max_len=16384 -rss_limit_mb=4096 \
	    -artifact_prefix=out/fuzz/crashes/$$target- -print_final_stats=1 > out/fuzz/$$target.log 2>&1 \
	    || { failed="$$failed $$target"; grep -A12 'Uncaught Python exception\|ERROR: libFuzzer' out/fuzz/$$target.log; }; \
	  grep -E '^(#[0-9]+.*(DONE|pulse)|stat::)' out/fuzz/$$target.log | tail -n 6; \
	done; \
	if [ -n "$$failed" ]; then echo "crashes in:$$failed (inputs in out/fuzz/crashes/)"; exit 1; fi

# Regenerate docs/cli.md from the commands' --help (a test checks it is current).
docs: $(STAMP)
	$(BIN)/python -m corpustool.cli.helpdoc > docs/cli.md

# The report test drives a real headless Chromium, the recipes test runs jq (Debian's packages; needs root).
browser:
	command -v chromium >/dev/null && command -v jq >/dev/null || \
	  (apt-get update -qq && apt-get install -y -qq chromium jq)

clean-venv:
	rm -rf $(VENV)
