# fastpy build: bootstraps the RPython toolchain into build/ and translates.
#   make            toolchain + JIT binary bin/fastpy
#   make nojit      binary without the JIT: bin/fastpy-nojit (--opt=2)
#   make norefcount JIT binary with refcounting compiled out (ablation)
#   make test       all tests against a freshly built bin/fastpy
#   make demo       build, then run bench/demo.py
#   make bench      fastpy vs CPython 3.11 (and pypy3/3.12/3.13 when present)
#   make cpython-tests  CPython 3.11's own Lib/test modules (from the
#                   machine's CPython) under bin/fastpy and CPython 3.11
#   make expected   regenerate tests/programs/*.out with CPython 3.11
#   make fuzz N=200 compile N random programs (pysource-codegen) with
#                   CPython 3.11 and bin/fastpy; report disagreements and
#                   crashes (FUZZ_ARGS="--seed 1000 --keep build/fuzz" ...)

PY27 ?= $(firstword $(wildcard /root/.pyenv/versions/2.7.18/bin/python) $(shell command -v python2.7 2>/dev/null))
CPY311 ?= $(firstword $(wildcard /root/.pyenv/versions/3.11.7/bin/python) $(shell command -v python3.11 2>/dev/null))
TOOLCHAIN := build/toolchain
STAMP := $(TOOLCHAIN)/.installed
BENCHENV := build/benchenv
FUZZENV := build/fuzzenv
N ?= 100
FUZZ_ARGS ?=
RPYTHON = PYTHONPATH=$(CURDIR)/$(TOOLCHAIN):$(CURDIR) $(PY27)
SOURCES := targetfastpy.py $(shell find fastpy -name '*.py' 2>/dev/null)

.PHONY: all jit nojit norefcount toolchain test unit-test program-test demo bench cpython-tests expected fuzz unicodedb clean

all: bin/fastpy

toolchain: $(STAMP)

$(STAMP):
	@if [ -z "$(PY27)" ]; then \
	  echo "error: fastpy needs Python 2.7 to run the RPython toolchain."; \
	  echo "       Install it (e.g. 'pyenv install 2.7.18' or your distribution's python2.7) and re-run make."; \
	  exit 1; fi
	@mkdir -p $(TOOLCHAIN)
	$(PY27) -m pip install --disable-pip-version-check --no-warn-script-location -q \
	    --target $(TOOLCHAIN) rpython==0.2.1 py==1.11.0 pytest==4.6.11
	@touch $@

bin/fastpy: $(STAMP) $(SOURCES)
	@mkdir -p bin build/translate
	cd build/translate && $(RPYTHON) -m rpython --batch --opt=jit $(CURDIR)/targetfastpy.py
	mv build/translate/fastpy-c bin/fastpy

nojit: bin/fastpy-nojit

# Ablation: the JIT binary with reference counting compiled out.
norefcount: bin/fastpy-norefcount

bin/fastpy-norefcount: $(STAMP) $(SOURCES)
	@mkdir -p bin build/translate-norefcount
	cd build/translate-norefcount && $(RPYTHON) -m rpython --batch --opt=jit $(CURDIR)/targetfastpy.py --no-refcount
	mv build/translate-norefcount/fastpy-norefcount-c bin/fastpy-norefcount

bin/fastpy-nojit: $(STAMP) $(SOURCES)
	@mkdir -p bin build/translate-nojit
	cd build/translate-nojit && $(RPYTHON) -m rpython --batch --opt=2 $(CURDIR)/targetfastpy.py
	mv build/translate-nojit/fastpy-c bin/fastpy-nojit

# Tests: unit tests run untranslated; program/trace/bad-input tests need
# bin/fastpy.  While bin/fastpy is being translated the unit tests run
# beside it; the binary's tests then run one pytest process per core
# (tests/run_all.py, tests/run_shards.py).  The annotation smoke test is
# left out here: building bin/fastpy annotates and rtypes the same sources
# (it runs in unit-test).
test: $(STAMP)
	$(RPYTHON) tests/run_all.py -q

unit-test: $(STAMP)
	$(RPYTHON) -m pytest -q tests/unit

program-test: bin/fastpy
	$(RPYTHON) -m pytest -q tests/programs tests/trace tests/badinput

demo: bin/fastpy
	bin/fastpy bench/demo.py

$(BENCHENV)/.installed:
	$(CPY311) -m venv $(BENCHENV)
	$(BENCHENV)/bin/pip install --disable-pip-version-check -q pyperf
	@touch $@

bench: bin/fastpy $(BENCHENV)/.installed
	$(BENCHENV)/bin/python bench/run.py

cpython-tests: bin/fastpy
	$(CPY311) tests/cpython_tests.py $(CPYTHON_TESTS_ARGS)

expected:
	$(CPY311) tests/gen_expected.py

# Differential compile fuzzing against CPython 3.11 (tests/fuzz/run_fuzz.py).
# Uses bin/fastpy as it is (build it with `make` first); the generator
# lives in a venv under build/, never in the system Python.
$(FUZZENV)/.installed:
	$(CPY311) -m venv $(FUZZENV)
	$(FUZZENV)/bin/pip install --disable-pip-version-check -q pysource-codegen==0.7.1
	@touch $@

fuzz: $(FUZZENV)/.installed
	$(FUZZENV)/bin/python tests/fuzz/run_fuzz.py -n $(N) $(FUZZ_ARGS)

# The character database (fastpy/unicodedb/ucd_*.py), regenerated from
# CPython 3.11's own database; the generated module is committed.
unicodedb: $(STAMP)
	$(CPY311) tools/unicodedb/ucd_from_cpython.py build/ucd
	PYTHONPATH=$(TOOLCHAIN) $(PY27) tools/unicodedb/generate.py build/ucd fastpy/unicodedb/ucd_14_0_0.py

clean:
	rm -rf bin build/translate build/translate-nojit build/translate-norefcount
