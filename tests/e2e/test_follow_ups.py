"""Follow-up questions end to end: merged with the chat's previous question, in both languages,
in private chats and groups, and forgotten after the window."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update
from telegram.ext import Application

from bot.dialogue import FOLLOW_UP_WINDOW
from bot.models import DialogueContext
from bot.runtime import runtime
from bot.testing import updates
from bot.testing.bot_api_standin import BotApiStandin
from index.store.db import make_engine, make_sessionmaker
from index.store.models import utcnow
from tests.support.e2e import ask, user

pytestmark = pytest.mark.slow  # loads the model and builds the real index

GROUP = updates.group_chat(-1002)


async def test_kazakh_follow_up_names_a_new_place(api: BotApiStandin, app: Application) -> None:
    sender = user(8001, "kk")
    first = await ask(api, sender, "Семейде Совет өкіметі қашан орнады?")
    assert first.startswith("<blockquote>")
    html = await ask(api, sender, "ал Верныйда ше?")
    assert html.startswith("❓ <b>Верныйда Совет өкіметі қашан орнады?</b>\n<blockquote>")
    assert "📍 Верный" in html
    html = await ask(api, sender, "ал кім басқарды?")
    assert html.startswith("❓ <b>Верныйда Совет өкіметі кім басқарды?</b>")


async def test_russian_follow_up_names_a_new_place(api: BotApiStandin, app: Application) -> None:
    sender = user(8002, "ru")
    await ask(api, sender, "Когда в Семипалатинске установилась советская власть?")
    html = await ask(api, sender, "а в Верном?")
    assert html.startswith("❓ <b>Когда в Верном установилась советская власть?</b>")
    assert "📍 Верный" in html and "Раздел:" in html


async def test_a_new_question_starts_afresh(api: BotApiStandin, app: Application) -> None:
    sender = user(8003, "kk")
    await ask(api, sender, "Семейде Совет өкіметі қашан орнады?")
    html = await ask(api, sender, "Верныйда Совет өкіметі қашан орнады?")
    assert html.startswith("<blockquote>") and "📍 Верный" in html


async def test_the_context_expires(api: BotApiStandin, app: Application, bot_settings) -> None:
    sender = user(8004, "kk")
    await ask(api, sender, "Семейде Совет өкіметі қашан орнады?")
    sessions = make_sessionmaker(make_engine(bot_settings.database_url))
    with sessions.begin() as session:  # the question was asked more than the window ago
        session.execute(
            update(DialogueContext)
            .where(DialogueContext.user_id == 8004)
            .values(asked_at=utcnow() - FOLLOW_UP_WINDOW - timedelta(seconds=1))
        )
    html = await ask(api, sender, "ал Верныйда ше?")
    assert not html.startswith("❓")


async def test_group_follow_up_by_reply(api: BotApiStandin, app: Application) -> None:
    asker = user(8005, "kk")
    api.push(updates.message(asker, "/ask Семейде Совет өкіметі қашан орнады?", GROUP))
    await api.wait_for("sendMessage", lambda p: p.get("chat_id") == GROUP["id"])
    bot_message = {"message_id": 950, "date": 0, "chat": GROUP, "from": api.me, "text": "…"}
    api.push(updates.message(asker, "ал Верныйда ше?", GROUP, reply_to_message=bot_message))
    (_, call) = await api.wait_for(
        "sendMessage", lambda p: p.get("chat_id") == GROUP["id"], count=2
    )
    assert call.params["text"].startswith("❓ <b>Верныйда Совет өкіметі қашан орнады?</b>")
    rt = runtime(app)
    with rt.sessions() as session:
        assert rt.dialogue.previous(session, GROUP["id"], 8005) is not None
