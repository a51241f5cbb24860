"""End-to-end fixtures: the real Application polling a local Bot API stand-in, answering
with the real AnswerService (`service`, built once per session in tests/conftest.py)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from telegram.ext import Application

from bot.app import build_application
from bot.composition import open_database
from bot.config import Settings
from bot.migrate import upgrade_all
from bot.testing.bot_api_standin import BotApiStandin
from index.service import AnswerService
from tests.support.e2e import ADMIN, TOKEN


@pytest.fixture
def api() -> Iterator[BotApiStandin]:
    with BotApiStandin() as standin:
        yield standin


@pytest.fixture
def bot_settings(api: BotApiStandin, tmp_path: Path, data_copy: Path) -> Settings:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        telegram_bot_token=TOKEN,
        telegram_api_base_url=api.base_url,
        telegram_api_file_url=api.file_url,
        admin_ids=frozenset({ADMIN}),
        database_url=f"sqlite:///{tmp_path / 'bot.sqlite3'}",
        data_dir=data_copy,
        questions_per_minute=10,
    )
    upgrade_all(settings.database_url)
    return settings


@pytest.fixture
async def app(
    api: BotApiStandin,
    bot_settings: Settings,
    service: AnswerService,
    caplog: pytest.LogCaptureFixture,
) -> AsyncIterator[Application]:
    """The real Application, polling the stand-in; every log record is captured."""
    caplog.set_level(logging.DEBUG)
    application = build_application(bot_settings, service, open_database(bot_settings))
    async with application:
        await application.post_init(application)  # what run_polling does after initialize()
        await application.start()
        await application.updater.start_polling(poll_interval=0, timeout=1)
        yield application
        await application.updater.stop()
        await application.stop()
    assert_reply_limits(api)


def assert_reply_limits(api: BotApiStandin) -> None:
    """Whatever a test did: no message over 4096 characters, no callback_data of 64+ bytes."""
    for call in api.calls("sendMessage") + api.calls("editMessageText"):
        assert len(call.params.get("text", "")) <= 4096
        markup = call.params.get("reply_markup") or {}
        for row in markup.get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data", "")
                assert data.isascii() and len(data.encode()) < 64
