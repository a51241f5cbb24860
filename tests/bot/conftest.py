"""Unit-test fixtures for the bot layer: a journal and a dialogue on each database backend."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.dialogue import Dialogue
from bot.journal import Journal
from index.store.db import make_engine, make_sessionmaker


@pytest.fixture
def sessions(database_url: str) -> sessionmaker[Session]:
    return make_sessionmaker(make_engine(database_url))


@pytest.fixture
def journal(sessions: sessionmaker[Session]) -> Journal:
    return Journal(sessions)


@pytest.fixture
def dialogue() -> Dialogue:
    return Dialogue()
