"""Webhook mode with the real index: a question posted with the secret is answered, and the
secret appears in no log record."""

from __future__ import annotations

import asyncio
import json
import logging
import socket

import httpx
import pytest
from pydantic import SecretStr

from bot.composition import open_database
from bot.config import Settings
from bot.testing import updates
from bot.testing.bot_api_standin import BotApiStandin
from bot.webhook import SECRET_HEADER, serve
from index.service import AnswerService
from tests.support.e2e import sent, user

pytestmark = pytest.mark.slow  # loads the model and builds the real index

SECRET = "s3cret-token_for-tests"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def test_webhook_answers_with_the_secret_only(
    api: BotApiStandin,
    bot_settings: Settings,
    service: AnswerService,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    settings = bot_settings.model_copy(update={"webhook_secret": SecretStr(SECRET)})
    port = _free_port()
    url = f"http://127.0.0.1:{port}/telegram/hook"
    stop = asyncio.Event()
    serving = asyncio.create_task(
        serve(settings, service, open_database(settings), url, "127.0.0.1", port, stop)
    )
    (set_webhook,) = await api.wait_for("setWebhook", timeout=30)
    assert set_webhook.params["url"] == url and set_webhook.params["secret_token"] == SECRET

    body = json.dumps(
        {"update_id": 1, **updates.message(user(9001, "kk"), "Алашорда қашан құрылды?")}
    )
    headers = {"Content-Type": "application/json"}
    async with httpx.AsyncClient() as client:
        ready = await client.get(f"http://127.0.0.1:{port}/readyz")
        refused = await client.post(url, content=body, headers=headers)
        wrong = await client.post(url, content=body, headers=headers | {SECRET_HEADER: "no"})
        accepted = await client.post(url, content=body, headers=headers | {SECRET_HEADER: SECRET})
    assert ready.json()["build_id"] == service.build_info.build_id
    assert (refused.status_code, wrong.status_code, accepted.status_code) == (403, 403, 200)
    await api.wait_for("sendMessage", lambda p: p["chat_id"] == 9001, timeout=30)
    assert len(sent(api, 9001)) == 1
    stop.set()
    await asyncio.wait_for(serving, 10)
    assert SECRET not in caplog.text
