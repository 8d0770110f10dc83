# Everything runs in the project's own virtualenv (.venv); `make run` and `make test`
# install what they need on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test demo clean-venv

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: install
	$(BIN)/tsunagu up

test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

demo:
	$(PYTHON) seed/build_demo.py

clean-venv:
	rm -rf $(VENV)
