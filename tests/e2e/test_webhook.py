"""Webhook mode: updates are accepted only with the secret token header."""

from __future__ import annotations

import json
import socket

import httpx
import pytest

from bot.app import build_application, webhook_options
from bot.composition import open_database
from bot.config import Settings
from bot.testing import updates
from bot.testing.bot_api_standin import BotApiStandin
from index.service import AnswerService
from tests.support.e2e import sent, user

pytestmark = pytest.mark.slow  # loads the model and builds the real index

SECRET = "s3cret-token_for-tests"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_secret_is_generated_when_none_is_given() -> None:
    first = webhook_options("https://example.org/tarikh", "0.0.0.0", 8443)
    second = webhook_options("https://example.org/tarikh", "0.0.0.0", 8443)
    assert first["url_path"] == "tarikh"
    assert len(first["secret_token"]) >= 32 and first["secret_token"] != second["secret_token"]


async def test_webhook_requires_the_secret(
    api: BotApiStandin, bot_settings: Settings, service: AnswerService
) -> None:
    port = _free_port()
    url = f"http://127.0.0.1:{port}/hook"
    application = build_application(bot_settings, service, open_database(bot_settings))
    async with application:
        await application.start()
        await application.updater.start_webhook(**webhook_options(url, "127.0.0.1", port, SECRET))
        (set_webhook,) = api.calls("setWebhook")
        assert set_webhook.params["url"] == url
        assert set_webhook.params["secret_token"] == SECRET

        sender = user(9001, "kk")
        update = {"update_id": 1, **updates.message(sender, "Алашорда қашан құрылды?")}
        body = json.dumps(update)
        headers = {"Content-Type": "application/json"}
        async with httpx.AsyncClient() as client:
            refused = await client.post(url, content=body, headers=headers)
            wrong = await client.post(
                url, content=body, headers=headers | {"X-Telegram-Bot-Api-Secret-Token": "no"}
            )
            accepted = await client.post(
                url, content=body, headers=headers | {"X-Telegram-Bot-Api-Secret-Token": SECRET}
            )
        assert (refused.status_code, wrong.status_code, accepted.status_code) == (403, 403, 200)
        await api.wait_for("sendMessage", lambda p: p["chat_id"] == 9001)
        assert len(sent(api, 9001)) == 1
        await application.updater.stop()
        await application.stop()
