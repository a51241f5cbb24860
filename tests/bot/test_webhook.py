"""The webhook server without a model: probes, the secret, updates while the index loads."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import threading
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

import httpx
import pytest

from bot.composition import open_database
from bot.config import Settings
from bot.logs import RedactSecret
from bot.testing import updates
from bot.testing.bot_api_standin import BotApiStandin
from bot.webhook import SECRET_HEADER, serve, webhook_path
from index.service import BuildInfo, NoIndexBuild
from tests.conftest import SettingsFactory
from tests.support.e2e import TOKEN, sent
from tests.support.fakes import FakeAnswerService

SECRET = "s3cret-token_for-tests"


class LoadingService(FakeAnswerService):
    """No build until `gate` opens: what a replica is while it loads or builds its index."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()
        self._loaded = False

    @property
    def build_info(self) -> BuildInfo:
        if not self._loaded:
            raise NoIndexBuild("fake")
        return super().build_info

    def load_or_build(self, build_if_missing: bool = True) -> BuildInfo:
        self.gate.wait(10)
        self._loaded = True
        return self.build_info


@dataclass
class Replica:
    url: str
    base: str
    service: LoadingService
    api: BotApiStandin


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def api() -> Iterator[BotApiStandin]:
    with BotApiStandin() as standin:
        yield standin


@pytest.fixture
async def replica(
    api: BotApiStandin, make_settings: SettingsFactory, caplog: pytest.LogCaptureFixture
) -> AsyncIterator[Replica]:
    caplog.set_level(logging.DEBUG)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    settings: Settings = make_settings(
        telegram_bot_token=TOKEN,
        telegram_api_base_url=api.base_url,
        telegram_api_file_url=api.file_url,
        webhook_secret=SECRET,
    )
    service = LoadingService()
    stop = asyncio.Event()
    url = f"{base}/telegram/hook"
    serving = asyncio.create_task(
        serve(settings, service, open_database(settings), url, "127.0.0.1", port, stop)  # type: ignore[arg-type]
    )
    async with httpx.AsyncClient() as client:
        for _ in range(200):
            try:
                await client.get(f"{base}/healthz")
                break
            except httpx.TransportError:
                await asyncio.sleep(0.02)
    yield Replica(url, base, service, api)
    service.gate.set()
    stop.set()
    await asyncio.wait_for(serving, 10)
    assert SECRET not in caplog.text


def _post(client: httpx.AsyncClient, url: str, secret: str | None, user_id: int = 9001):
    body = json.dumps(
        {"update_id": user_id, **updates.message(updates.user(user_id, "kk"), "Алашорда")}
    )
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers[SECRET_HEADER] = secret
    return client.post(url, content=body, headers=headers)


async def test_probes_follow_the_index(replica: Replica) -> None:
    async with httpx.AsyncClient() as client:
        assert (await client.get(f"{replica.base}/healthz")).status_code == 200
        loading = await client.get(f"{replica.base}/readyz")
        assert loading.status_code == 503
        early = await _post(client, replica.url, SECRET)
        assert early.status_code == 503  # Telegram delivers it again later
        replica.service.gate.set()
        await replica.api.wait_for("setWebhook")
        ready = await client.get(f"{replica.base}/readyz")
    assert ready.status_code == 200
    assert ready.json() == {"build_id": 1, "model": "fake", "passages": 3}


async def test_the_webhook_is_registered_with_the_shared_secret(replica: Replica) -> None:
    replica.service.gate.set()
    (call,) = await replica.api.wait_for("setWebhook")
    assert call.params["url"] == replica.url
    assert call.params["secret_token"] == SECRET


async def test_updates_need_the_secret(replica: Replica) -> None:
    replica.service.gate.set()
    await replica.api.wait_for("setWebhook")
    async with httpx.AsyncClient() as client:
        missing = await _post(client, replica.url, None)
        wrong = await _post(client, replica.url, "not-the-secret")
        accepted = await _post(client, replica.url, SECRET)
        other_path = await _post(client, f"{replica.base}/elsewhere", SECRET)
    assert (missing.status_code, wrong.status_code, accepted.status_code) == (403, 403, 200)
    assert other_path.status_code == 404
    await replica.api.wait_for("sendMessage", lambda p: p["chat_id"] == 9001)
    assert len(sent(replica.api, 9001)) == 1


async def test_a_malformed_update_is_refused(replica: Replica) -> None:
    replica.service.gate.set()
    await replica.api.wait_for("setWebhook")
    async with httpx.AsyncClient() as client:
        response = await client.post(
            replica.url, content=b"{not json", headers={SECRET_HEADER: SECRET}
        )
    assert response.status_code == 400


def test_webhook_path() -> None:
    assert webhook_path("https://example.org/telegram/hook") == "/telegram/hook"
    assert webhook_path("https://example.org") == "/"


def test_the_secret_is_redacted_from_log_records() -> None:
    record = logging.LogRecord(
        "telegram.ext.ExtBot", logging.DEBUG, "", 0, "params %s", ({"secret_token": SECRET},), None
    )
    assert RedactSecret(SECRET).filter(record)
    assert SECRET not in record.getMessage() and "***" in record.getMessage()
