# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
# Tested versions: every install goes through the constraints file.
CONSTRAINTS := .ci/constraints.txt
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml $(CONSTRAINTS) | sha1sum | cut -c1-12)

.PHONY: run test lint format index chat clean

$(STAMP): pyproject.toml $(CONSTRAINTS)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# torch first and pinned: anything newer is a multi-GB CUDA download.
	$(BIN)/pip install --quiet "torch==2.13.0"
	$(BIN)/pip install --quiet -c $(CONSTRAINTS) -e ".[test]"
	@rm -f $(VENV)/.installed-* && touch $@

run: $(STAMP)
	$(BIN)/tarikh db upgrade
	$(BIN)/tarikh index build --if-missing
	@if [ -n "$$TELEGRAM_BOT_TOKEN" ] || grep -qs '^TELEGRAM_BOT_TOKEN=.\+' .env; then \
		$(BIN)/tarikh run; \
	else \
		echo "TELEGRAM_BOT_TOKEN is not set: starting the terminal chat instead."; \
		$(BIN)/tarikh chat; \
	fi

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

index: $(STAMP)
	$(BIN)/tarikh index build

chat: $(STAMP)
	$(BIN)/tarikh chat

clean:
	rm -rf $(VENV) data/index data/*.sqlite3* .pytest_cache .ruff_cache
