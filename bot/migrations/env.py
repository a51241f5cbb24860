"""Alembic environment of the bot's tables; run it through bot.migrate.upgrade_all."""

from bot.migrate import BOT_MIGRATIONS

BOT_MIGRATIONS.run_environment()
