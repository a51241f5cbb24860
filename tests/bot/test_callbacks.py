"""Answer buttons across index builds, through the real Application and a fake service."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from telegram.ext import Application

from bot.app import build_application
from bot.composition import open_database
from bot.strings import text
from bot.testing import updates
from bot.testing.bot_api_standin import BotApiStandin
from tests.conftest import SettingsFactory
from tests.support.e2e import TOKEN, exchange
from tests.support.fakes import FakeAnswerService

CHAT = 5301


@pytest.fixture
def api() -> Iterator[BotApiStandin]:
    with BotApiStandin() as standin:
        yield standin


@pytest.fixture
def service() -> FakeAnswerService:
    return FakeAnswerService()


@pytest.fixture
async def app(
    api: BotApiStandin, make_settings: SettingsFactory, service: FakeAnswerService
) -> AsyncIterator[Application]:
    settings = make_settings(
        telegram_bot_token=TOKEN,
        telegram_api_base_url=api.base_url,
        telegram_api_file_url=api.file_url,
    )
    application = build_application(settings, service, open_database(settings))  # type: ignore[arg-type]
    async with application:
        await application.start()
        await application.updater.start_polling(poll_interval=0, timeout=1)
        yield application
        await application.updater.stop()
        await application.stop()


def _buttons(reply: dict) -> list[str]:
    return [b["callback_data"] for row in reply["reply_markup"]["inline_keyboard"] for b in row]


async def test_next_uses_the_build_that_answered_then_answers_afresh(
    api: BotApiStandin, app: Application, service: FakeAnswerService
) -> None:
    sender = updates.user(CHAT, "kk")
    reply = await exchange(api, updates.message(sender, "Алашорда қашан құрылды?"), CHAT)
    nxt = _buttons(reply)[0]
    on = {"message_id": 9, "date": 0, "chat": updates.private_chat(CHAT), "text": "x"}
    edited = await exchange(api, updates.callback(sender, nxt, on), CHAT, "editMessageText")
    assert "Верный" in edited["text"]  # the second passage of the same build

    service.rebuild()  # a newer build is served now
    fresh = await exchange(api, updates.callback(sender, nxt, on), CHAT, "editMessageText")
    (notice,) = [c for c in api.calls("answerCallbackQuery") if c.params.get("text")]
    assert notice.params["text"] == text("kk", "index_changed")
    assert "Алашорда" in fresh["text"]  # the first passage again, from the new build
    assert _buttons(fresh)[0] != nxt  # the buttons point at the question logged anew
