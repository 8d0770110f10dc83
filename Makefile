# Everything runs in the project's own virtualenv (.venv); `make run` and `make test`
# install what they need on first use (Python packages; Neo4j is fetched by Maven at the
# first start; Debian's Chromium for the browser tests).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: install run test test-tools translations demo clean-venv

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: install
	$(BIN)/tsunagu up

test: install test-tools
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Browser tests drive Debian's Chromium (Playwright cannot download its own browsers here);
# the CJK font makes Japanese readable in the screenshots the tests save; docker-compose
# checks docker-compose.yml (`config` needs no Docker engine).
test-tools:
	@if ! command -v chromium >/dev/null || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK" \
			|| ! command -v docker-compose >/dev/null; then \
		echo "installing Debian's chromium, fonts-noto-cjk and docker-compose for the tests"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium fonts-noto-cjk docker-compose >/dev/null; \
	fi

# After adding or changing a message: extract it into the catalogue, write its English in
# service/translations/en/LC_MESSAGES/messages.po, run this again to compile.
translations: install
	$(BIN)/python -m service.catalogue

demo:
	$(PYTHON) seed/build_demo.py

clean-venv:
	rm -rf $(VENV)
