"""Groups (/ask, mentions, replies) and inline mode, end to end."""

from __future__ import annotations

import asyncio

import pytest
from telegram.ext import Application

from bot.testing import updates
from bot.testing.bot_api_standin import BotApiStandin
from tests.support.e2e import sent, user

pytestmark = pytest.mark.slow  # loads the model and builds the real index

QUESTION = "Верныйда Совет өкіметі қашан орнады?"
GROUP = updates.group_chat(-1001)


async def _in_group(api: BotApiStandin, update: dict) -> dict:
    """Push a group message; return the bot's reply to it (which must quote it)."""
    message_id = update["message"]["message_id"]
    api.push(update)
    (call,) = await api.wait_for(
        "sendMessage", lambda p: (p.get("reply_parameters") or {}).get("message_id") == message_id
    )
    return call.params


async def test_group_ask_mention_and_reply(api: BotApiStandin, app: Application) -> None:
    asker = user(6001, "kk")
    for text in (f"/ask {QUESTION}", f"/ask@{api.username} {QUESTION}"):
        reply = await _in_group(api, updates.message(asker, text, GROUP))
        assert "<blockquote>" in reply["text"] and reply["chat_id"] == GROUP["id"]
    reply = await _in_group(api, updates.mention(asker, api.username, QUESTION, GROUP))
    assert "📍 Верный" in reply["text"]
    bot_message = {"message_id": 900, "date": 0, "chat": GROUP, "from": api.me, "text": "…"}
    reply = await _in_group(
        api,
        updates.message(asker, "Ал Алашорда қашан құрылды?", GROUP, reply_to_message=bot_message),
    )
    assert reply["text"]
    usage = await _in_group(api, updates.message(asker, "/ask", GROUP))
    assert usage["text"].startswith("Сұрақты командадан кейін жазыңыз")


async def test_group_chatter_is_ignored(api: BotApiStandin, app: Application) -> None:
    asker = user(6002, "ru")
    someone = {"message_id": 901, "date": 0, "chat": GROUP, "from": user(6003), "text": "привет"}
    api.push(updates.message(asker, "Всем привет, как дела?", GROUP))
    api.push(updates.message(asker, "@someone_else что думаешь?", GROUP))
    api.push(updates.message(asker, "согласен", GROUP, reply_to_message=someone))
    api.push(updates.message(asker, f"/ask@other_bot {QUESTION}", GROUP))
    await asyncio.sleep(1.0)
    assert sent(api, GROUP["id"]) == []


async def test_inline_query_offers_passages(api: BotApiStandin, app: Application) -> None:
    api.push(updates.inline_query(user(6004, "ru"), QUESTION))
    (call,) = await api.wait_for("answerInlineQuery")
    results = call.params["results"]
    assert 1 <= len(results) <= 10
    ids = [r["id"] for r in results]
    assert len(set(ids)) == len(ids) and all(len(i) <= 16 for i in ids)
    top = results[0]
    assert top["type"] == "article" and top["title"].startswith("📍 Верный")
    assert "📅" in top["title"] and top["description"]
    content = top["input_message_content"]
    assert content["parse_mode"] == "HTML" and "<blockquote>" in content["message_text"]
    assert call.params["cache_time"] > 0 and call.params["is_personal"] in (True, "true")
    assert call.params["button"]["start_parameter"] == "inline"


async def test_empty_inline_query_offers_private_chat(api: BotApiStandin, app: Application) -> None:
    api.push(updates.inline_query(user(6005, "kk"), "  "))
    (call,) = await api.wait_for("answerInlineQuery")
    assert call.params["button"]["text"] == "Жеке чатта сұрау"
    assert len(call.params["results"]) == 3


async def test_inline_query_without_answer_quotes_nothing(
    api: BotApiStandin, app: Application
) -> None:
    api.push(updates.inline_query(user(6006, "ru"), "Какая погода в Париже завтра?"))
    (call,) = await api.wait_for("answerInlineQuery")
    (only,) = call.params["results"]
    assert only["title"].startswith("К сожалению")
    assert "<blockquote>" not in only["input_message_content"]["message_text"]
