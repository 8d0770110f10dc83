# Everything runs in the project's own virtualenv (.venv); `make run` and `make test`
# install what they need on first use (Python packages; Neo4j is fetched by Maven at the
# first start; Debian's Chromium for the browser tests).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: install run test chromium demo clean-venv

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: install
	$(BIN)/tsunagu up

test: install chromium
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Browser tests drive Debian's Chromium (Playwright cannot download its own browsers here);
# the CJK font makes Japanese readable in the screenshots the tests save.
chromium:
	@if ! command -v chromium >/dev/null || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then \
		echo "installing Debian's chromium and fonts-noto-cjk for the browser tests"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	fi

demo:
	$(PYTHON) seed/build_demo.py

clean-venv:
	rm -rf $(VENV)
