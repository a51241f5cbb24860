"""Sessions for short concurrent writes: on SQLite, the writers of one process take turns."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from sqlalchemy import text

from index.store.db import make_engine, make_sessionmaker, writing


def test_sqlite_writers_of_one_process_take_turns(tmp_path: Path) -> None:
    sessions = make_sessionmaker(make_engine(f"sqlite:///{tmp_path / 'turns.sqlite3'}"))
    with sessions.begin() as session:
        session.execute(text("CREATE TABLE marks (n INTEGER)"))
    seen: list[int] = []

    def write(n: int) -> None:
        with writing(sessions) as session:
            seen.append(n)
            session.execute(text("INSERT INTO marks VALUES (:n)"), {"n": n})
            time.sleep(0.005)  # a writer that yields mid-transaction keeps its turn
            seen.append(-n)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(1, 9)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(seen[i] == -seen[i + 1] for i in range(0, len(seen), 2))
    with sessions() as session:
        assert session.scalar(text("SELECT count(*) FROM marks")) == 8


def test_writing_commits_like_begin(database_url: str) -> None:
    sessions = make_sessionmaker(make_engine(database_url))
    with writing(sessions) as session:
        session.execute(text("CREATE TABLE notes (body TEXT)"))
        session.execute(text("INSERT INTO notes VALUES ('kept')"))
    with sessions() as session:
        assert session.scalar(text("SELECT body FROM notes")) == "kept"
