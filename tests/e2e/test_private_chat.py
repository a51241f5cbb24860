"""Private chat, end to end: the real Application and AnswerService against the stand-in."""

from __future__ import annotations

from e2e_support import ask, exchange, sent, user
from telegram.ext import Application

from bot.testing import updates
from bot.testing.bot_api_standin import BotApiStandin

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
