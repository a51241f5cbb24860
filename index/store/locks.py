"""Cross-process locks on the database: a PostgreSQL advisory lock, or an flock on a side file
next to a SQLite database. Migrations wait for theirs; a build gives up if another holds its own."""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, text


@contextmanager
def database_lock(connection: Connection, key: int, suffix: str, wait: bool) -> Iterator[bool]:
    """Hold lock `key` while the block runs; yields False (and holds nothing) when `wait` is
    False and another process or connection holds it.

    PostgreSQL: a session-level advisory lock on `connection`, so the caller keeps that connection
    for the whole block (PostgreSQL drops the lock if it dies). SQLite: an flock on
    `<database><suffix>`, which serialises threads and processes alike; the OS drops it when the
    file closes. An in-memory database has no other process to exclude.
    """
    if connection.dialect.name == "postgresql":
        function = "pg_advisory_lock" if wait else "pg_try_advisory_lock"
        held = connection.execute(text(f"SELECT {function}(:key)"), {"key": key}).scalar()
        connection.commit()
        if held is False:
            yield False
            return
        try:
            yield True
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
            connection.commit()
        return
    with file_lock(connection.engine, suffix, wait) as held:
        yield held


@contextmanager
def file_lock(engine: Engine, suffix: str, wait: bool) -> Iterator[bool]:
    """The SQLite half of `database_lock`, which needs no connection: an flock on
    `<database><suffix>` (nothing to exclude for other databases or an in-memory one)."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or database in (None, "", ":memory:"):
        yield True
        return
    with open(f"{database}{suffix}", "a") as lock_file:
        try:
            fcntl.flock(lock_file, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        yield True


# Any constants all processes share, one per lock ("tarikh" and "tarikh build" in ASCII).
MIGRATION_LOCK_KEY = 0x746172696B68
BUILD_LOCK_KEY = 0x746172696B6862


@contextmanager
def build_lock(engine: Engine) -> Iterator[bool]:
    """One index build at a time across replicas; yields False at once if another is running.

    The lock lives on a connection of its own, held for the whole build."""
    with (
        engine.connect() as connection,
        database_lock(connection, BUILD_LOCK_KEY, ".build.lock", wait=False) as held,
    ):
        yield held
