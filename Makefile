# The two commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Two installs: the package alone for the demo; the package with the test, docs,
# strategies and Dask stack for everything else.
STAMP := $(VENV)/.installed-0
DEMO_STAMP := $(VENV)/.installed-demo
CHECKED := src tests examples benchmarks docs/conf.py docs/_glossary.py

.PHONY: demo test lint typecheck pytest examples docs eval bench bench-dask fuzz sdist clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,docs,strategies]'
	touch $(STAMP)

# The demo needs only the package (attrs, regex, python-dateutil, unidecode); when the
# full install is already there and up to date, it is used as it is.
$(DEMO_STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	if [ -f $(STAMP) ] && [ $(STAMP) -nt pyproject.toml ]; then :; \
	else $(BIN)/python -m pip install -q -e .; fi
	touch $(DEMO_STAMP)

demo: $(DEMO_STAMP)
	$(BIN)/vn-party-docs --format table examples/data/*.txt

test: lint typecheck pytest examples docs

lint: $(STAMP)
	$(BIN)/ruff check $(CHECKED)
	$(BIN)/ruff format --check $(CHECKED)

typecheck: $(STAMP)
	$(BIN)/mypy --strict

pytest: $(STAMP)
	HYPOTHESIS_PROFILE=ci $(BIN)/python -m pytest -p no:cacheprovider --doctest-modules src tests

examples: $(STAMP)
	@for script in examples/*.py; do \
		echo "running $$script"; \
		$(BIN)/python $$script > /dev/null || exit 1; \
	done

docs: $(STAMP)
	$(BIN)/sphinx-build -q -W -n -b html docs docs/_build/html
	$(BIN)/sphinx-build -q -W -n -b doctest docs docs/_build/doctest

# Accuracy on real articles: the shared scorer on the dev corpus and on the samples.
SCORER := ../shared/dev/score.py
eval: $(STAMP)
	@if [ -f $(SCORER) ]; then \
		$(BIN)/python $(SCORER) --split dev && $(BIN)/python $(SCORER) --split samples; \
	else \
		echo "eval: $(SCORER) is not here (the shared corpus sits beside the repository); nothing to score"; \
	fi

bench: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[bench]'
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)

# The corpus benchmark alone: serial vs 2 Dask workers on 50 MB of articles (minutes).
bench-dask: $(STAMP)
	$(BIN)/python benchmarks/run.py --dask-only

# The source distribution (dist/vn_party_docs-*.tar.gz): the whole tree that `git
# ls-files` lists, tests, docs and examples included (tests/test_package.py checks it).
sdist: $(STAMP)
	$(BIN)/python -c "from setuptools import build_meta; print('dist/' + build_meta.build_sdist('dist'))"

fuzz: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[fuzz]'
	$(BIN)/python tests/fuzz/fuzz_extract.py -max_total_time=$${FUZZ_SECONDS:-60} -rss_limit_mb=4096

clean:
	rm -rf $(VENV) docs/_build .hypothesis .mypy_cache .ruff_cache dist build src/*.egg-info
