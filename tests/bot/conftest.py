"""Unit-test fixtures for the bot layer: a journal on each database backend."""

from __future__ import annotations

import pytest

from bot.journal import Journal
from index.store.db import make_engine, make_sessionmaker


@pytest.fixture
def journal(database_url: str) -> Journal:
    return Journal(make_sessionmaker(make_engine(database_url)))
