"""What a migrated database looks like, read back for the migration tests."""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, event, inspect, text

from index.store.migrate import ADVISORY_LOCK_KEY, Migrations


def table_columns(engine: Engine) -> dict[str, set[str]]:
    """Every table in the database with its column names."""
    inspector = inspect(engine)
    return {t: {c["name"] for c in inspector.get_columns(t)} for t in inspector.get_table_names()}


def model_columns(*environments: Migrations) -> dict[str, set[str]]:
    """The same, as the models declare it, plus each environment's version table."""
    declared = {
        table.name: set(table.columns.keys())
        for environment in environments
        for table in environment.metadata.tables.values()
    }
    return declared | {e.version_table: {"version_num"} for e in environments}


def differences(engine: Engine, environment: Migrations) -> list[Any]:
    """What autogenerate would still change: nothing, when migrations and models agree."""
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"include_name": environment.include_name, "compare_type": True},
        )
        return compare_metadata(context, environment.metadata)


def revision(engine: Engine, environment: Migrations) -> str | None:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"version_table": environment.version_table}
        )
        return context.get_current_revision()


def head(environment: Migrations) -> str | None:
    return ScriptDirectory(str(environment.script_location)).get_current_head()


def baseline_schema(engine: Engine, *environments: Migrations) -> None:
    """The tables as create_all made them before migrations: each environment's baseline
    revision, without a version table."""
    with engine.connect() as connection:
        for environment in environments:
            with connection.begin():
                command.upgrade(environment.config(connection), environment.baseline)
                connection.execute(text(f"DROP TABLE {environment.version_table}"))


@contextmanager
def schema_statements(engine: Engine) -> Iterator[list[str]]:
    """Collect the DDL statements run on `engine` inside the block."""
    seen: list[str] = []

    def record(_conn, _cursor, statement: str, *_rest: object) -> None:
        if statement.lstrip().upper().startswith(("CREATE", "ALTER", "DROP")):
            seen.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


@contextmanager
def migration_lock_held(engine: Engine) -> Iterator[None]:
    """Hold the lock `upgrade` takes, as another migrating process would."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:k)"), {"k": ADVISORY_LOCK_KEY})
            try:
                yield
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": ADVISORY_LOCK_KEY})
        return
    with open(f"{engine.url.database}.lock", "a") as lock_file:
        fcntl.flock(lock_file, fcntl.LOCK_EX)
        yield


def made_before_migrations(engine: Engine, environment: Migrations) -> None:
    """The tables as create_all made them before migrations existed: the baseline revision's
    schema, without a version table."""
    with engine.begin() as connection:
        command.upgrade(environment.config(connection), environment.baseline)
        connection.execute(text(f"DROP TABLE {environment.version_table}"))
