"""Transient faults of the Bot API lose no answer; the token never reaches the logs."""

from __future__ import annotations

import asyncio
import logging

import pytest
from telegram.ext import Application

from bot.testing import updates
from bot.testing.bot_api_standin import BotApiStandin
from index.service import AnswerService
from tests.support.e2e import TOKEN, ask, sent, user

pytestmark = pytest.mark.slow  # loads the model and builds the real index

QUESTION = "Верныйда Совет өкіметі қашан орнады?"


@pytest.mark.parametrize("fault", ["429", "500", "drop"])
async def test_a_failed_send_is_retried(api: BotApiStandin, app: Application, fault: str) -> None:
    api.inject("sendMessage", fault)
    assert "<blockquote>" in await ask(api, user(8001, "kk"), QUESTION)
    assert [c.fault for c in api.calls("sendMessage", failed=True)] == [fault]


async def test_no_answer_lost_under_mixed_faults(api: BotApiStandin, app: Application) -> None:
    api.inject("getUpdates", "500", "drop")
    api.inject("sendMessage", "drop", "429", "500", "500", "drop")
    users = [user(8100 + i, "ru") for i in range(8)]
    for sender in users:
        api.push(updates.message(sender, QUESTION))
    await api.wait_for("sendMessage", count=len(users), timeout=30)
    for sender in users:
        (reply,) = sent(api, sender["id"])
        assert "<blockquote>" in reply["text"]


async def test_token_never_logged(
    api: BotApiStandin, app: Application, caplog: pytest.LogCaptureFixture
) -> None:
    api.inject("sendMessage", "500", "drop")
    api.inject("getUpdates", "drop")
    await ask(api, user(8200, "kk"), QUESTION)
    api.push(updates.message(user(8200, "kk"), "/stats"))
    await asyncio.sleep(0.3)
    assert caplog.records  # the bot did log (retries, refusals, PTB debug lines)
    secret = TOKEN.split(":")[1]
    assert secret not in caplog.text
    assert logging.getLogger("httpx").getEffectiveLevel() >= logging.WARNING


async def test_an_unexpected_error_gets_a_kind_reply_and_a_traceback(
    api: BotApiStandin,
    app: Application,
    service: AnswerService,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(question: str, k: int = 5, lang_hint: str | None = None) -> None:
        raise RuntimeError("index exploded")

    with monkeypatch.context() as patch:
        patch.setattr(service, "answer", broken)
        reply = await ask(api, user(8300, "ru"), QUESTION)
    assert reply == "Извините, что-то пошло не так. Попробуйте чуть позже."
    (record,) = [r for r in caplog.records if r.name == "bot.handlers.errors"]
    assert record.exc_info and "index exploded" in str(record.exc_info[1])
    assert "<blockquote>" in await ask(api, user(8300, "ru"), QUESTION)  # and it recovers
