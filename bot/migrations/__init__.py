"""Alembic scripts of the bot's tables (version table alembic_version_bot)."""
