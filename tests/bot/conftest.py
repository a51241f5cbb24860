"""Unit-test fixtures for the bot layer: a journal on a throw-away SQLite."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.journal import Journal
from index.store.db import make_engine, make_sessionmaker


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    return Journal(make_sessionmaker(make_engine(f"sqlite:///{tmp_path / 'bot.sqlite3'}")))
