"""Alembic environment of the index's tables; run it through index.store.migrate.upgrade."""

from index.store.migrate import INDEX_MIGRATIONS

INDEX_MIGRATIONS.run_environment()
