"""Migrating the whole database the way every command does: index tables, then the bot's."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import Engine, text

from bot.journal import Journal, Logged
from bot.migrate import BOT_MIGRATIONS, upgrade_all
from index.store.db import make_engine, make_sessionmaker
from index.store.migrate import INDEX_MIGRATIONS
from tests.support.schema import (
    baseline_schema,
    differences,
    head,
    made_before_migrations,
    model_columns,
    revision,
    schema_statements,
    table_columns,
)

BOTH = (INDEX_MIGRATIONS, BOT_MIGRATIONS)


@pytest.fixture
def engine(empty_database_url: str) -> Engine:
    return make_engine(empty_database_url)


def test_upgrade_all_creates_exactly_the_tables_of_both_metadata(engine):
    upgrade_all(engine)
    assert table_columns(engine) == model_columns(*BOTH)
    for environment in BOTH:
        assert differences(engine, environment) == []
        assert revision(engine, environment) == head(environment)


def test_upgrade_all_twice_is_a_no_op(engine):
    upgrade_all(engine)
    with schema_statements(engine) as statements:
        upgrade_all(engine)
    assert statements == []
    assert table_columns(engine) == model_columns(*BOTH)


def test_a_database_made_before_migrations_keeps_its_data(engine):
    baseline_schema(engine, *BOTH)  # what make_engine's create_all made before migrations
    journal = Journal(make_sessionmaker(engine))
    journal.set_lang(5, "ru")
    upgrade_all(engine)
    assert [revision(engine, e) for e in BOTH] == [head(e) for e in BOTH]
    assert journal.lang(5) == "ru"


def test_questions_logged_before_build_ids_upgrade_without_one(engine):
    for environment in BOTH:
        made_before_migrations(engine, environment)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO questions (user_id, chat_type, lang, question, answered, regions, "
                "latency_ms, asked_at) "
                "VALUES (1, 'private', 'kk', 'Алашорда?', true, '[]', 1.0, '2026-11-26 12:00:00')"
            )
        )
    upgrade_all(engine)
    assert Journal(make_sessionmaker(engine)).question(1) == Logged("Алашорда?", build_id=None)


def test_concurrent_upgrades_of_an_empty_database_both_succeed(empty_database_url):
    """Two replicas starting at once: one migrates, the other waits and finds nothing to do."""
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def replica() -> None:
        start.wait()
        try:
            upgrade_all(empty_database_url)
        except BaseException as exc:  # reported below, not lost in the thread
            errors.append(exc)

    replicas = [threading.Thread(target=replica) for _ in range(2)]
    for thread in replicas:
        thread.start()
    for thread in replicas:
        thread.join(60)
    assert errors == []
    engine = make_engine(empty_database_url)
    assert table_columns(engine) == model_columns(*BOTH)
    assert [revision(engine, e) for e in BOTH] == [head(e) for e in BOTH]
