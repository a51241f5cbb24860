"""The composition root: one engine and one sessionmaker per process, handed to both sides."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from bot.config import Settings
from bot.migrate import upgrade_all
from index.service import AnswerService
from index.store.db import make_engine, make_sessionmaker


def open_database(settings: Settings) -> sessionmaker[Session]:
    """The process's sessionmaker, for the index's store and the bot's journal alike, on a
    schema migrated to head (idempotent; replicas starting together take turns)."""
    engine = make_engine(settings.database_url)
    upgrade_all(engine)
    return make_sessionmaker(engine)


def open_service(
    settings: Settings, build_if_missing: bool = True
) -> tuple[AnswerService, sessionmaker[Session]]:
    """The answering service with its build loaded, and the sessionmaker it shares."""
    sessions = open_database(settings)
    return AnswerService.open(settings, sessions, build_if_missing), sessions
