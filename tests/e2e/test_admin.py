"""Admins: /reindex with progress in one message, /stats, document upload; strangers refused."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator

import pytest
from telegram.ext import Application

from bot.testing import updates
from bot.testing.bot_api_standin import BotApiStandin
from index.service import AnswerService, BuildProgress
from tests.support.e2e import ADMIN, STRANGER, ask, exchange, sent, user

pytestmark = pytest.mark.slow  # loads the model and builds the real index

QUESTION = "Верныйда Совет өкіметі қашан орнады?"


@pytest.fixture
def gate(service: AnswerService, monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Hold the real build at its 'index' stage until the test sets the event."""
    released = threading.Event()
    real_build = service.build

    def gated_build(progress: Callable[[BuildProgress], None] | None = None):
        def report(step: BuildProgress) -> None:
            if progress:
                progress(step)
            if step.stage == "index":
                released.wait(20)

        return real_build(report)

    monkeypatch.setattr(service, "build", gated_build)
    yield released
    released.set()


async def _final_status(api: BotApiStandin, chat_id: int, prefix: str) -> list[dict]:
    await api.wait_for(
        "editMessageText",
        lambda p: p.get("chat_id") == chat_id and p["text"].startswith(prefix),
        timeout=30,
    )
    return sent(api, chat_id, "editMessageText")


async def test_reindex_reports_progress_and_keeps_answering(
    api: BotApiStandin, app: Application, service: AnswerService, gate: threading.Event
) -> None:
    admin = user(ADMIN, "kk")
    before = service.build_info.build_id
    status = await exchange(api, updates.message(admin, "/reindex"), ADMIN)
    assert status["text"] == "⏳ Индексті қайта құру басталды…"
    await api.wait_for("editMessageText", lambda p: "Индекс құрылуда" in p["text"], timeout=10)
    assert service.is_rebuilding
    assert "<blockquote>" in await ask(api, user(5100, "kk"), QUESTION)  # served meanwhile
    assert (
        await ask(api, admin, "/reindex") == "Индекс қазір қайта құрылып жатыр. Аяқталуын күтіңіз."
    )
    gate.set()
    edits = await _final_status(api, ADMIN, "✅ Индекс дайын")
    assert len({e["message_id"] for e in edits}) == 1  # one status message, edited in place
    assert service.build_info.build_id > before


async def test_failed_rebuild_keeps_the_old_index(
    api: BotApiStandin,
    app: Application,
    service: AnswerService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken_build(progress: object = None) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(service, "build", broken_build)
    before = service.build_info
    await exchange(api, updates.message(user(ADMIN, "ru"), "/reindex"), ADMIN)
    edits = await _final_status(api, ADMIN, "❌ Индекс не построен (OSError)")
    assert edits[-1]["text"].endswith("Работает прежний индекс.")
    assert service.build_info == before
    assert "<blockquote>" in await ask(api, user(5101, "kk"), QUESTION)


async def test_strangers_are_refused_and_logged(
    api: BotApiStandin, app: Application, caplog: pytest.LogCaptureFixture
) -> None:
    stranger = user(STRANGER, "ru")
    for command in ("/reindex", "/stats"):
        assert await ask(api, stranger, command) == "Эта команда только для администраторов."
    refusals = [r for r in caplog.records if "refused admin action" in r.getMessage()]
    assert len(refusals) == 2 and refusals[0].levelno == logging.WARNING
    document = api.add_file("Мәтін.".encode(), "new.txt")
    assert "текстовые" in await ask(api, stranger, None, document=document)


async def test_stats(api: BotApiStandin, app: Application) -> None:
    await ask(api, user(5102, "ru"), QUESTION)
    await ask(api, user(5102, "ru"), "Какая погода в Париже?")
    stats = await ask(api, user(ADMIN, "ru"), "/stats")
    assert stats.startswith("📊 Вопросов: 2, с ответом: 50%")
    assert "Частые регионы: Верный (1)" in stats
    assert "модель" in stats and "отрывков" in stats


async def test_document_upload(
    api: BotApiStandin, app: Application, service: AnswerService
) -> None:
    admin = user(ADMIN, "kk")
    text = "Тестілік құжат. Ақтөбеде 1918 жылы 20 наурызда ерекше жиналыс өтті.\n"
    good = api.add_file(text.encode(), "test-upload.kk.txt")
    saved = await ask(api, admin, None, document=good)
    assert saved == "📄 test-upload.kk.txt сақталды. Индексті қайта құрамын."
    await _final_status(api, ADMIN, "✅ Индекс дайын")
    stored = {s.document.name: s.content for s in service.documents.active()}
    assert stored["test-upload.kk.txt"] == text.encode()  # in the database, not a folder

    for content, name, reason in (
        (b"\xff\xfe\x00bad", "latin.txt", "UTF-8 мәтіні емес"),
        (b"\x89PNG....", "picture.png", "атауы .txt емес немесе жарамсыз"),
        (b"   \n", "blank.txt", "файл бос"),
    ):
        reply = await ask(api, admin, None, document=api.add_file(content, name))
        assert reply.startswith(f"Файл қабылданбады: {reason}."), reply
