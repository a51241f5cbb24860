"""The index's migrations on their own: index/ migrates without the bot's tables."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import Engine, select

from index.store.db import make_engine, make_sessionmaker
from index.store.migrate import INDEX_MIGRATIONS, upgrade
from index.store.models import Base, Document
from tests.support.schema import (
    differences,
    head,
    migration_lock_held,
    model_columns,
    revision,
    schema_statements,
    table_columns,
)


@pytest.fixture
def engine(empty_database_url: str) -> Engine:
    return make_engine(empty_database_url)


def _add_document(engine: Engine) -> None:
    with make_sessionmaker(engine).begin() as session:
        session.add(Document(name="a.kk.txt", title="A", citation="C", language="kk", sha256="0"))


def test_upgrade_creates_exactly_the_index_tables_as_the_models_declare(engine):
    upgrade(engine)
    assert table_columns(engine) == model_columns(INDEX_MIGRATIONS)
    assert differences(engine, INDEX_MIGRATIONS) == []
    assert revision(engine, INDEX_MIGRATIONS) == head(INDEX_MIGRATIONS)


def test_upgrading_twice_is_a_no_op(engine):
    upgrade(engine)
    _add_document(engine)
    with schema_statements(engine) as statements:
        upgrade(engine)
    assert statements == []
    assert revision(engine, INDEX_MIGRATIONS) == head(INDEX_MIGRATIONS)
    with make_sessionmaker(engine)() as session:
        assert session.scalars(select(Document.name)).all() == ["a.kk.txt"]


def test_a_database_made_by_create_all_is_stamped_not_recreated(engine):
    Base.metadata.create_all(engine)  # how make_engine made the tables before migrations
    _add_document(engine)
    upgrade(engine)
    assert revision(engine, INDEX_MIGRATIONS) == head(INDEX_MIGRATIONS)
    assert differences(engine, INDEX_MIGRATIONS) == []
    with make_sessionmaker(engine)() as session:
        assert session.scalars(select(Document.name)).all() == ["a.kk.txt"]


def test_upgrade_waits_for_another_migrator(engine):
    finished = threading.Event()
    worker = threading.Thread(target=lambda: (upgrade(engine), finished.set()))
    with migration_lock_held(engine):
        worker.start()
        assert not finished.wait(0.5)  # blocked on the lock, nothing created
        assert table_columns(engine) == {}
    worker.join(30)
    assert finished.is_set()
    assert table_columns(engine) == model_columns(INDEX_MIGRATIONS)
