"""Engine and session creation: the one place that knows how to reach the database."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

# SQLite has one writer at a time, and a writer that finds it busy sleeps in growing steps
# (up to 100 ms) before it looks again: under a burst, threads of one process queue here
# instead, and the lock passes from one to the next at once.
_SQLITE_WRITERS: weakref.WeakKeyDictionary[Engine, threading.Lock] = weakref.WeakKeyDictionary()


def make_engine(url: str) -> Engine:
    """Create the engine; SQLite gets foreign keys and a busy timeout.

    Tables come from migrations only (index.store.migrate.upgrade), never from here.
    """
    is_sqlite = url.startswith("sqlite")
    engine = create_engine(url, connect_args={"timeout": 30} if is_sqlite else {})
    if is_sqlite:
        event.listen(engine, "connect", _enable_sqlite_foreign_keys)
        _SQLITE_WRITERS[engine] = threading.Lock()
    return engine


def _enable_sqlite_foreign_keys(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def writing(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """`sessions.begin()` for a short write that many threads make at once (a question's
    flood mark, its log entry): on SQLite, one such transaction at a time in this process."""
    engine = sessions.kw.get("bind")
    turn = _SQLITE_WRITERS.get(engine) if isinstance(engine, Engine) else None
    with turn or nullcontext(), sessions.begin() as session:
        yield session
