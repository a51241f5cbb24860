"""CLI fixtures: the `tarikh` command's settings from the environment, as a shell gives them."""

from __future__ import annotations

import pytest

from bot.config import get_settings


@pytest.fixture
def env(monkeypatch, make_settings):
    settings = make_settings()
    monkeypatch.setenv("DATABASE_URL", settings.database_url)
    monkeypatch.setenv("DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("INDEX_DIR", str(settings.index_dir))
    monkeypatch.setenv("EMBEDDING_MODEL", "none")
    get_settings.cache_clear()
    yield settings
    get_settings.cache_clear()
