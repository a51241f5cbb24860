"""The bot's schema: its own migrations, run after the index's, under the same lock."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from bot.models import Base
from index.store.db import make_engine
from index.store.migrate import INDEX_MIGRATIONS, Migrations, revisions, upgrade

BOT_MIGRATIONS = Migrations(
    script_location=Path(__file__).with_name("migrations"),
    metadata=Base.metadata,
    version_table="alembic_version_bot",
    baseline="bot_0001",
)


ALL_MIGRATIONS = (INDEX_MIGRATIONS, BOT_MIGRATIONS)


def upgrade_all(engine_or_url: Engine | str) -> None:
    """Index tables, then the bot's, to their newest revisions: run before opening the database."""
    upgrade(engine_or_url, ALL_MIGRATIONS)


def current_revisions(url: str) -> dict[str, str | None]:
    """Version table -> revision, for both sides."""
    engine = make_engine(url)
    try:
        return revisions(engine, ALL_MIGRATIONS)
    finally:
        engine.dispose()
