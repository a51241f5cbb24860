"""Alembic scripts of the index's tables (version table alembic_version_index)."""
