"""The bot's schema: its own migrations, run after the index's, under the same lock."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from bot.models import Base
from index.store.migrate import INDEX_MIGRATIONS, Migrations, upgrade

BOT_MIGRATIONS = Migrations(
    script_location=Path(__file__).with_name("migrations"),
    metadata=Base.metadata,
    version_table="alembic_version_bot",
    baseline="bot_0001",
)


def upgrade_all(engine_or_url: Engine | str) -> None:
    """Index tables, then the bot's, to their newest revisions: run before opening the database."""
    upgrade(engine_or_url, (INDEX_MIGRATIONS, BOT_MIGRATIONS))
