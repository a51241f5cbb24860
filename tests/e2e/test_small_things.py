"""What users expect besides answers: /help, /unanswered, edited messages, captions, 👎 moving
on, group chatter ignored, and "next" pressed by someone else in a group."""

from __future__ import annotations

import asyncio
import time

import pytest
from telegram.ext import Application

from bot.testing import updates
from bot.testing.bot_api_standin import BotApiStandin
from tests.support.e2e import ADMIN, STRANGER, ask, exchange, sent, user

pytestmark = pytest.mark.slow  # loads the model and builds the real index

QUESTION = "Верныйда Совет өкіметі қашан орнады?"
GROUP = updates.group_chat(-1003)


def _buttons(reply: dict) -> list[str]:
    return [b["callback_data"] for row in reply["reply_markup"]["inline_keyboard"] for b in row]


async def test_help_explains_buttons_follow_ups_and_inline(
    api: BotApiStandin, app: Application
) -> None:
    kk = await ask(api, user(8101, "kk"), "/help")
    assert not kk.startswith("Сәлеметсіз бе")
    assert "Келесі үзінді ▶" in kk and "👎" in kk and "ал Павлодарда ше?" in kk
    assert "/regions" in kk and "/timeline" in kk and "/chart" in kk
    assert f"@{api.username}" in kk
    ru = await ask(api, user(8102, "ru"), "/help")
    assert "Следующий отрывок ▶" in ru and "а в Павлодаре?" in ru and "/chart" in ru
    api.push(updates.message(user(8103, "ru"), "/help", GROUP))
    (call,) = await api.wait_for("sendMessage", lambda p: p.get("chat_id") == GROUP["id"])
    assert "/ask" in call.params["text"] and "упомяните" in call.params["text"]


async def test_unanswered_for_admins_only(api: BotApiStandin, app: Application) -> None:
    await ask(api, user(8104, "ru"), "Какая погода будет завтра в Париже?")
    listing = await ask(api, user(ADMIN, "ru"), "/unanswered")
    title, first, *_ = listing.split("\n")
    assert title == "Последние вопросы без ответа или с 👎:"
    assert first.endswith("❌ Какая погода будет завтра в Париже?")
    refused = await ask(api, user(STRANGER, "kk"), "/unanswered")
    assert refused == "Бұл команда тек әкімшілерге арналған."


async def test_an_edited_message_gets_a_fresh_answer(api: BotApiStandin, app: Application) -> None:
    sender = user(8105, "kk")
    original = updates.message(sender, "Марста тіршілік бар ма?")["message"]
    assert not (await ask(api, sender, "Марста тіршілік бар ма?")).startswith("<blockquote>")
    edited = original | {"text": QUESTION, "edit_date": int(time.time())}
    reply = await exchange(api, {"edited_message": edited}, 8105)
    assert reply["text"].startswith("<blockquote>") and "📍 Верный" in reply["text"]


async def test_a_caption_is_a_question(api: BotApiStandin, app: Application) -> None:
    sender = user(8106, "ru")
    photo = await ask(api, sender, None, caption=QUESTION, **updates.photo())
    assert "<blockquote>" in photo and "📍 Верный" in photo
    document = api.add_file(b"scan", "scan.pdf")
    assert "<blockquote>" in await ask(api, sender, None, caption=QUESTION, document=document)
    assert "текстовые" in await ask(api, sender, None, **updates.photo())  # no caption


async def test_thumbs_down_shows_the_next_passage(api: BotApiStandin, app: Application) -> None:
    sender = user(8107, "kk")
    reply = await exchange(api, updates.message(sender, QUESTION), 8107)
    down = _buttons(reply)[-1]
    chat = updates.private_chat(8107)
    on = {
        "message_id": 78,
        "date": 0,
        "chat": chat,
        "text": "x",
        "reply_markup": reply["reply_markup"],
    }
    edited = await exchange(api, updates.callback(sender, down, on), 8107, "editMessageText")
    assert edited["message_id"] == 78 and "<blockquote>" in edited["text"]
    assert edited["text"] != reply["text"]
    (notice,) = await api.wait_for("answerCallbackQuery", lambda p: p.get("text"))
    assert notice.params["text"].startswith("Рақмет! Мүмкін")


async def test_group_replies_that_ask_nothing_are_ignored(
    api: BotApiStandin, app: Application
) -> None:
    asker = user(8108, "ru")
    bot_message = {"message_id": 960, "date": 0, "chat": GROUP, "from": api.me, "text": "…"}
    for chatter in ("спасибо, бот!", "👍", "рахмет", "Жарайсың!"):
        api.push(updates.message(asker, chatter, GROUP, reply_to_message=bot_message))
    await asyncio.sleep(1.0)
    assert sent(api, GROUP["id"]) == []
    api.push(updates.message(asker, QUESTION, GROUP, reply_to_message=bot_message))
    await api.wait_for("sendMessage", lambda p: p.get("chat_id") == GROUP["id"])


async def test_next_pressed_by_someone_else_goes_to_their_private_chat(
    api: BotApiStandin, app: Application
) -> None:
    asker, other = user(8109, "kk"), user(8110, "ru")
    api.push(updates.message(asker, f"/ask {QUESTION}", GROUP))
    (call,) = await api.wait_for("sendMessage", lambda p: p.get("chat_id") == GROUP["id"])
    nxt = _buttons(call.params)[0]
    on = {"message_id": 961, "date": 0, "chat": GROUP, "text": "x"}

    private = await exchange(api, updates.callback(other, nxt, on), 8110)
    assert "<blockquote>" in private["text"] and private["reply_markup"]["inline_keyboard"]
    await api.wait_for("answerCallbackQuery", lambda p: p.get("text", "").startswith("Следующий"))
    assert sent(api, GROUP["id"], "editMessageText") == []

    api.inject("sendMessage", "403")  # someone who never started the bot
    api.push(updates.callback(user(8111, "kk"), nxt, on))
    (refused,) = await api.wait_for(
        "answerCallbackQuery", lambda p: p.get("text", "").startswith("Алдымен")
    )
    assert refused.params["show_alert"] in (True, "true")

    edited = await exchange(api, updates.callback(asker, nxt, on), GROUP["id"], "editMessageText")
    assert edited["message_id"] == 961  # the asker's own press edits in place
