"""Admins' documents: an upload named like the article is a new version, never a replacement;
/docs lists every version with buttons to disable and (after confirming) remove one."""

from __future__ import annotations

import pytest
from telegram.ext import Application

from bot.testing import updates
from bot.testing.bot_api_standin import BotApiStandin
from index.service import AnswerService
from tests.support.e2e import ADMIN, STRANGER, ask, exchange, user

pytestmark = pytest.mark.slow  # the real service, with the real model

ARTICLE = "oktyabr-kazakhstan.kk.txt"
QUESTION = "Верныйда Совет өкіметі қашан орнады?"


def _versions(service: AnswerService) -> list[tuple[int, bool]]:
    return [(d.version, d.enabled) for d in service.documents.list() if d.name == ARTICLE]


def _buttons(params: dict) -> list[str]:
    return [b["callback_data"] for row in params["reply_markup"]["inline_keyboard"] for b in row]


async def test_an_upload_named_like_the_article_keeps_the_article(
    api: BotApiStandin, app: Application, service: AnswerService
) -> None:
    admin = user(ADMIN, "ru")
    build = service.build_info.build_id
    upload = "Тестілік нұсқа: бар болғаны алты үзінді.".encode()
    reply = await ask(api, admin, None, document=api.add_file(upload, ARTICLE))
    assert reply.startswith(f"📄 Сохранена новая версия документа {ARTICLE} (v2), прежняя")
    again = await ask(api, admin, None, document=api.add_file(upload, "copy.txt"))
    assert again == f"📄 Такой текст уже есть: {ARTICLE} (v2). Ничего не изменилось."
    assert _versions(service) == [(1, True), (2, True)]
    # Nothing was rebuilt: the article still answers, quoted from its own text.
    assert not service.is_rebuilding and service.build_info.build_id == build
    answer = await ask(api, user(5200, "kk"), QUESTION)
    assert "<blockquote>" in answer and "Верный" in answer and "Тестілік" not in answer

    listing = await exchange(api, updates.message(admin, "/docs"), ADMIN)
    lines = listing["text"].splitlines()
    assert lines[0].startswith("📚 Документы (")
    assert [line for line in lines if ARTICLE in line and " · v1 · " in line]
    assert [line for line in lines if ARTICLE in line and " · v2 · " in line]
    new = next(d for d in service.documents.list() if d.name == ARTICLE and d.version == 2)
    assert f"d:off:{new.id}" in _buttons(listing) and f"d:rm:{new.id}" in _buttons(listing)

    on = {"message_id": 91, "date": 0, "chat": updates.private_chat(ADMIN), "text": "x"}
    press = updates.callback
    edited = await exchange(api, press(admin, f"d:off:{new.id}", on), ADMIN, "editMessageText")
    assert f"⛔ #{new.id} {ARTICLE} · v2" in edited["text"]
    assert _versions(service) == [(1, True), (2, False)]

    asked = await exchange(api, press(admin, f"d:rm:{new.id}", on), ADMIN, "editMessageText")
    assert asked["text"].startswith(f"Удалить #{new.id} {ARTICLE} (v2) навсегда?")
    assert _versions(service) == [(1, True), (2, False)]  # nothing removed before confirming
    assert _buttons(asked) == [f"d:rmok:{new.id}", "d:ls:0"]
    listed = await exchange(api, press(admin, f"d:rmok:{new.id}", on), ADMIN, "editMessageText")
    assert f"#{new.id} " not in listed["text"]
    assert _versions(service) == [(1, True)]


async def test_strangers_cannot_press_document_buttons(
    api: BotApiStandin, app: Application, service: AnswerService
) -> None:
    before = service.documents.list()
    stranger = user(STRANGER, "ru")
    assert await ask(api, stranger, "/docs") == "Эта команда только для администраторов."
    on = {"message_id": 92, "date": 0, "chat": updates.private_chat(STRANGER), "text": "x"}
    api.push(updates.callback(stranger, f"d:rmok:{before[0].id}", on))
    answers = await api.wait_for("answerCallbackQuery", lambda p: p.get("show_alert"))
    assert answers[0].params["text"] == "Эта команда только для администраторов."
    assert service.documents.list() == before
