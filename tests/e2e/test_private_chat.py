"""Private chat, end to end: the real Application and AnswerService against the stand-in."""

from __future__ import annotations

import pytest
from telegram.ext import Application

from bot.runtime import runtime
from bot.testing import updates
from bot.testing.bot_api_standin import BotApiStandin
from tests.support.e2e import ask, exchange, user

pytestmark = pytest.mark.slow  # loads the model and builds the real index

KK_QUESTION = "Верныйда Совет өкіметі қашан орнады?"
RU_QUESTION = "Когда была установлена Советская власть в Верном?"


async def test_kazakh_question_quotes_the_passage(api: BotApiStandin, app: Application) -> None:
    reply = await exchange(api, updates.message(user(), KK_QUESTION), 5001)
    html = reply["text"]
    assert reply["parse_mode"] == "HTML"
    assert html.startswith("<blockquote>") and "<b>" in html
    assert "📍 Верный" in html and "📅 1918 жылғы 2 наурыз" in html
    assert "Бөлім:" in html and "Қазақ совет энциклопедиясы" in html
    buttons = [b["callback_data"] for row in reply["reply_markup"]["inline_keyboard"] for b in row]
    assert len(buttons) == 4 and all(len(d.encode()) < 64 and d.isascii() for d in buttons)


async def test_russian_question_gets_russian_labels(api: BotApiStandin, app: Application) -> None:
    html = await ask(api, user(5002, "ru"), RU_QUESTION)
    assert "<b>" in html and "Верныйда Совет өкіметі орнады" in html
    assert "📅 2 марта 1918 г." in html and "Раздел:" in html


async def test_language_comes_from_the_question_when_unknown(
    api: BotApiStandin, app: Application
) -> None:
    html = await ask(api, user(5003, None), RU_QUESTION)
    assert "Раздел:" in html


async def test_unanswerable_question_is_said_plainly(api: BotApiStandin, app: Application) -> None:
    html = await ask(api, user(5004, "ru"), "Какая погода будет завтра в Париже?")
    assert html.startswith("К сожалению, в тексте нет ответа")
    assert "<blockquote>" not in html and "Семиречье" in html


async def test_start_greets_with_examples(api: BotApiStandin, app: Application) -> None:
    kk, ru = user(5005, "kk"), user(5006, "ru")
    greeting = await exchange(api, updates.message(kk, "/start"), 5005)
    assert greeting["text"].startswith("Сәлеметсіз бе, Айгүл!")
    assert "1917–1918" in greeting["text"] and "Қазақ совет энциклопедиясы" in greeting["text"]
    examples = [row[0]["text"] for row in greeting["reply_markup"]["keyboard"]]
    assert len(examples) == 3
    assert (await ask(api, ru, "/start")).startswith("Здравствуйте")
    # a tapped example is just a message; it gets a quoted passage
    assert "<blockquote>" in await ask(api, kk, examples[1])


async def test_lang_switches_and_is_stored(api: BotApiStandin, app: Application) -> None:
    sender = user(5007, "kk")
    prompt = await exchange(api, updates.message(sender, "/lang"), 5007)
    datas = [b["callback_data"] for b in prompt["reply_markup"]["inline_keyboard"][0]]
    assert datas == ["l:kk", "l:ru"]
    on = {"message_id": 1, "date": 0, "chat": updates.private_chat(5007), "text": "?"}
    edited = await exchange(api, updates.callback(sender, "l:ru", on), 5007, "editMessageText")
    assert edited["text"] == "Язык интерфейса: русский."
    assert (await ask(api, sender, "/start")).startswith("Здравствуйте")
    assert "Раздел:" in await ask(api, sender, KK_QUESTION)


async def test_bad_input_gets_a_short_polite_reply(api: BotApiStandin, app: Application) -> None:
    sender = user(5008, "ru")
    assert await ask(api, sender, None, **updates.sticker()) == (
        "Я понимаю только текстовые вопросы. Напишите, пожалуйста, вопрос."
    )
    assert "текстовые" in await ask(api, sender, None, **updates.photo())
    assert "текстовые" in await ask(api, sender, None, **updates.voice())
    assert await ask(api, sender, "   \n\t ") == "Напишите вопрос текстом."
    assert "слишком длинный" in await ask(api, sender, "а" * 5000)
    assert "словами" in await ask(api, sender, "🙂🙂🏛️")
    markup = await ask(api, sender, "<b>Алашорда</b> & <script>alert(1)</script>?")
    assert "<script>" not in markup
    assert "<blockquote>" in await ask(api, sender, KK_QUESTION)  # and the next one is answered


async def test_buttons_next_context_and_feedback(api: BotApiStandin, app: Application) -> None:
    sender = user(5009, "kk")
    reply = await exchange(api, updates.message(sender, KK_QUESTION), 5009)
    rows = reply["reply_markup"]["inline_keyboard"]
    nxt, context = rows[0][0]["callback_data"], rows[0][1]["callback_data"]
    up, down = rows[1][0]["callback_data"], rows[1][1]["callback_data"]
    on = {"message_id": 77, "date": 0, "chat": updates.private_chat(5009), "text": "x"}

    edited = await exchange(api, updates.callback(sender, nxt, on), 5009, "editMessageText")
    assert edited["message_id"] == 77 and "<blockquote>" in edited["text"]
    assert edited["text"] != reply["text"]
    shown = await exchange(api, updates.callback(sender, context, on), 5009)
    assert shown["text"].startswith("<b>Алдыңғы және келесі үзінділер:</b>")
    assert shown["text"].count("<blockquote>") >= 1

    api.push(updates.callback(sender, up, on))
    api.push(updates.callback(updates.user(5010, "ru"), down, on))
    answers = await api.wait_for("answerCallbackQuery", lambda p: p.get("text"), count=2)
    assert {a.params["text"] for a in answers} >= {"Рақмет!", "Спасибо!"}
    stats = runtime(app).journal.stats()
    assert (stats.helpful, stats.unhelpful) == (1, 1)


async def test_flood_limit_is_polite(api: BotApiStandin, app: Application) -> None:
    sender = user(5011, "ru")
    replies = [await ask(api, sender, KK_QUESTION) for _ in range(11)]
    assert all("<blockquote>" in r for r in replies[:10])
    assert replies[10] == "Слишком много вопросов. Попробуйте через минуту."


async def test_every_question_is_logged(api: BotApiStandin, app: Application) -> None:
    await ask(api, user(5012, "kk"), KK_QUESTION)
    await ask(api, user(5012, "kk"), "Марста тіршілік бар ма?")
    stats = runtime(app).journal.stats()
    assert (stats.questions, stats.answered) == (2, 1)
    assert stats.top_regions[0][0] == "Верный"


async def test_command_menus_per_scope(api: BotApiStandin, app: Application) -> None:
    menus = {}
    for call in api.calls("setMyCommands"):
        scope = call.params["scope"]
        key = (scope["type"], call.params.get("language_code"), scope.get("chat_id"))
        menus[key] = [command["command"] for command in call.params["commands"]]
    private = ["start", "help", "regions", "timeline", "chart", "lang"]
    assert menus[("all_private_chats", "ru", None)] == private
    assert menus[("all_private_chats", "kk", None)] == private
    assert menus[("all_group_chats", "ru", None)] == ["ask", "help"]
    assert menus[("all_private_chats", None, None)] == private
    assert menus[("chat", None, 7001)][-3:] == ["stats", "unanswered", "docs"]
    assert menus[("chat", "ru", 7001)] == menus[("chat", "kk", 7001)]


async def test_answer_follows_the_question_language(api: BotApiStandin, app: Application) -> None:
    """A Kazakh Telegram client asking in Russian gets Russian framing, and the reverse."""
    assert "Раздел:" in await ask(api, user(5020, "kk"), RU_QUESTION)
    assert "Бөлім:" in await ask(api, user(5021, "ru"), KK_QUESTION)


async def test_greeting_uses_the_language_last_asked_in(
    api: BotApiStandin, app: Application
) -> None:
    """Without a language_code or a /lang choice, /start speaks the language of the questions."""
    sender = user(5022, None)
    await ask(api, sender, RU_QUESTION)
    assert (await ask(api, sender, "/start")).startswith("Здравствуйте")
