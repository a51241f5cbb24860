"""The index's migrations on their own: index/ migrates without the bot's tables."""

from __future__ import annotations

import threading

import pytest
from alembic import command
from sqlalchemy import Engine, select, text

from index.store.db import make_engine, make_sessionmaker
from index.store.documents import DocumentStore
from index.store.migrate import INDEX_MIGRATIONS, upgrade
from index.store.models import ActiveBuild
from tests.support.schema import (
    baseline_schema,
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


def _add_embedding(engine: Engine) -> None:
    """A row of a table every revision keeps as it is."""
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO embeddings (model_id, text_sha256, vector) VALUES ('m', 'h', :v)"),
            {"v": b"\0\0\0\0"},
        )


def _embeddings(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        return list(connection.scalars(text("SELECT text_sha256 FROM embeddings")))


def test_upgrade_creates_exactly_the_index_tables_as_the_models_declare(engine):
    upgrade(engine)
    assert table_columns(engine) == model_columns(INDEX_MIGRATIONS)
    assert differences(engine, INDEX_MIGRATIONS) == []
    assert revision(engine, INDEX_MIGRATIONS) == head(INDEX_MIGRATIONS)


def test_upgrading_twice_is_a_no_op(engine):
    upgrade(engine)
    DocumentStore(make_sessionmaker(engine)).add("a.kk.txt", b"A", "seed")
    with schema_statements(engine) as statements:
        upgrade(engine)
    assert statements == []
    assert revision(engine, INDEX_MIGRATIONS) == head(INDEX_MIGRATIONS)
    assert [d.name for d in DocumentStore(make_sessionmaker(engine)).list()] == ["a.kk.txt"]


def test_a_database_made_by_create_all_is_stamped_not_recreated(engine):
    baseline_schema(engine, INDEX_MIGRATIONS)  # how make_engine made the tables before migrations
    _add_embedding(engine)
    upgrade(engine)
    assert revision(engine, INDEX_MIGRATIONS) == head(INDEX_MIGRATIONS)
    assert differences(engine, INDEX_MIGRATIONS) == []
    assert _embeddings(engine) == ["h"]


def test_the_newest_ready_build_of_each_model_becomes_active(engine):
    """Builds made before active_builds existed: a replica that has the folder keeps serving."""
    with engine.connect() as connection:
        command.upgrade(INDEX_MIGRATIONS.config(connection), "index_0001")
        for model, status in (("a", "ready"), ("a", "ready"), ("a", "failed"), ("b", "ready")):
            connection.execute(
                text(
                    "INSERT INTO index_builds (model_id, settings, path, passages, status,"
                    " created_at) VALUES (:m, '{}', '', 0, :s, CURRENT_TIMESTAMP)"
                ),
                {"m": model, "s": status},
            )
        connection.commit()
    upgrade(engine)
    with make_sessionmaker(engine)() as session:
        active = {a.model_id: a.build_id for a in session.scalars(select(ActiveBuild))}
    assert active == {"a": 2, "b": 4}


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
