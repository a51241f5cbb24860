"""Schema migrations (Alembic), run from code: no alembic.ini, no `alembic` command at runtime.

Each owner of tables has its own environment and version table; INDEX_MIGRATIONS is the index's.
Another owner passes its own `Migrations` to `upgrade`, which runs them all under one lock; the
index never imports them. make_engine never creates tables: whoever opens the database runs
`upgrade` first.

A new revision, against a database at head:
    with make_engine(url).begin() as connection:
        command.revision(INDEX_MIGRATIONS.config(connection), "what changed", autogenerate=True)
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from alembic import command, context
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine, MetaData, inspect

from index.store.db import make_engine
from index.store.locks import MIGRATION_LOCK_KEY, database_lock, file_lock
from index.store.models import Base

# Advisory locks are per database: the key only has to differ from the build lock's.
ADVISORY_LOCK_KEY = MIGRATION_LOCK_KEY


@dataclass(frozen=True)
class Migrations:
    """One owner's migration environment: its scripts, its tables, its own version table."""

    script_location: Path
    metadata: MetaData
    version_table: str
    baseline: str  # the revision whose schema create_all made before migrations existed

    def config(self, connection: Connection) -> Config:
        config = Config()
        config.set_main_option("script_location", str(self.script_location))
        config.attributes["connection"] = connection
        return config

    def include_name(self, name: str | None, type_: str, _parents: object) -> bool:
        """Only this owner's tables are compared: the other owner's are not ours to drop."""
        return type_ != "table" or name in self.metadata.tables

    def run_environment(self) -> None:
        """The body of this environment's env.py, over the connection `upgrade` passes in."""
        connection = context.config.attributes.get("connection")
        if connection is None:
            raise RuntimeError("migrations run through index.store.migrate.upgrade only")
        context.configure(
            connection=connection,
            target_metadata=self.metadata,
            version_table=self.version_table,
            include_name=self.include_name,
            # New revisions run on both backends: batch operations copy the table on SQLite,
            # which cannot ALTER most things, and are plain ALTERs on PostgreSQL.
            render_as_batch=True,
        )
        with context.begin_transaction():
            context.run_migrations()


INDEX_MIGRATIONS = Migrations(
    script_location=Path(__file__).with_name("migrations"),
    metadata=Base.metadata,
    version_table="alembic_version_index",
    baseline="index_0001",
)


def upgrade(
    engine_or_url: Engine | str, environments: Sequence[Migrations] = (INDEX_MIGRATIONS,)
) -> None:
    """Bring each environment's tables to its newest revision; a no-op when they are there."""
    owned = isinstance(engine_or_url, str)
    engine = make_engine(engine_or_url) if owned else engine_or_url
    try:
        with _migrating(engine) as connection:
            for environment in environments:
                with connection.begin():
                    _adopt_unversioned_schema(connection, environment)
                    command.upgrade(environment.config(connection), "head")
    finally:
        if owned:
            engine.dispose()


def revisions(engine: Engine, environments: Sequence[Migrations]) -> dict[str, str | None]:
    """Each environment's current revision, by its version table."""
    with engine.connect() as connection:
        return {
            e.version_table: MigrationContext.configure(
                connection, opts={"version_table": e.version_table}
            ).get_current_revision()
            for e in environments
        }


def _adopt_unversioned_schema(connection: Connection, environment: Migrations) -> None:
    """Tables without a version table were made by create_all before migrations: stamp them."""
    existing = set(inspect(connection).get_table_names())
    if environment.version_table not in existing and existing & set(environment.metadata.tables):
        command.stamp(environment.config(connection), environment.baseline)


@contextmanager
def _migrating(engine: Engine) -> Iterator[Connection]:
    """A connection to migrate on, one migrator at a time, so replicas starting together on an
    empty database do not race.

    SQLite's own write lock is not enough: the driver begins a transaction only at the first
    INSERT, so two migrators could both read "no version table" and both CREATE. Its lock is
    taken before connecting: a new connection switches the file to WAL, which needs the write
    lock a running migration holds.
    """
    if engine.dialect.name == "sqlite":
        with file_lock(engine, ".lock", wait=True), engine.connect() as connection:
            yield connection
        return
    with (
        engine.connect() as connection,
        database_lock(connection, ADVISORY_LOCK_KEY, ".lock", wait=True),
    ):
        yield connection
