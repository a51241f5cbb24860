"""Unit-test fixtures for the bot layer: a fake service, a journal on a throw-away SQLite."""

from __future__ import annotations

import sys
import types
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

try:
    import index.service  # noqa: F401
except ImportError:  # TEMPORARY until index/service.py's imports all land; remove then
    shim = types.ModuleType("index.service")

    @dataclass(frozen=True)
    class BuildInfo:
        build_id: int
        model_id: str
        passages: int
        created_at: datetime

    @dataclass(frozen=True)
    class BuildProgress:
        stage: str
        done: int
        total: int

    class RebuildInProgress(RuntimeError): ...

    class InvalidDocument(ValueError): ...

    shim.BuildInfo, shim.BuildProgress = BuildInfo, BuildProgress
    shim.RebuildInProgress, shim.InvalidDocument = RebuildInProgress, InvalidDocument
    shim.AnswerService = object
    sys.modules["index.service"] = shim

from fakes import FakeAnswerService

from bot.journal import Journal
from index.db import make_engine, make_sessionmaker


@pytest.fixture
def service() -> FakeAnswerService:
    return FakeAnswerService()


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    return Journal(make_sessionmaker(make_engine(f"sqlite:///{tmp_path / 'bot.sqlite3'}")))
