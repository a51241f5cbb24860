"""Browsing by place and time, the chart and the Russian help lines, end to end."""

from __future__ import annotations

import pytest
from telegram.ext import Application

from bot.testing import updates
from bot.testing.bot_api_standin import BotApiStandin, Upload
from tests.support.e2e import ask, exchange, user

pytestmark = pytest.mark.slow  # loads the model and builds the real index


def _buttons(reply: dict) -> dict[str, str]:
    """Button text -> callback_data of a reply's inline keyboard."""
    rows = reply["reply_markup"]["inline_keyboard"]
    return {b["text"]: b["callback_data"] for row in rows for b in row}


def _press(api: BotApiStandin, sender: dict, data: str, method: str = "editMessageText"):
    on = {"message_id": 1, "date": 0, "chat": updates.private_chat(sender["id"]), "text": "…"}
    return exchange(api, updates.callback(sender, data, on), sender["id"], method)


async def test_regions_then_a_region_then_an_event(api: BotApiStandin, app: Application) -> None:
    reader = user(8001, "kk")
    grid = await exchange(api, updates.message(reader, "/regions"), 8001)
    assert grid["text"].startswith("Өңірді таңдаңыз")
    regions = _buttons(grid)
    assert {"Семей", "Павлодар", "Верный"} <= regions.keys()
    assert max(len(row) for row in grid["reply_markup"]["inline_keyboard"]) == 3

    listed = await _press(api, reader, regions["Павлодар"])
    assert listed["parse_mode"] == "HTML" and listed["text"].startswith("🗺 <b>Павлодар</b>")
    assert "1. <b>1917 жылғы қараша</b> — " in listed["text"]
    buttons = _buttons(listed)
    assert {"1", "2", "3", "4", "5", "🗺", "▶"} <= buttons.keys()

    second = await _press(api, reader, buttons["▶"])
    assert "бет 2/" in second["text"] and "◀" in _buttons(second)
    opened = _buttons(second)["1"]
    passage = await _press(api, reader, opened, "sendMessage")
    assert passage["parse_mode"] == "HTML" and passage["text"].startswith("<blockquote>")
    assert "<b>" in passage["text"] and "📍" in passage["text"] and "Бөлім:" in passage["text"]

    back = await _press(api, reader, buttons["🗺"])
    assert _buttons(back) == regions


async def test_a_press_from_another_build_is_answered_politely(
    api: BotApiStandin, app: Application
) -> None:
    reader = user(8002, "ru")
    on = {"message_id": 1, "date": 0, "chat": updates.private_chat(8002), "text": "…"}
    api.push(updates.callback(reader, "r:99999:0:0", on))
    (call,) = await api.wait_for("answerCallbackQuery")
    assert call.params["text"] == "Индекс обновился: откройте список заново."


async def test_timeline_and_a_month_of_it(api: BotApiStandin, app: Application) -> None:
    reader = user(8003, "ru")
    first = await exchange(api, updates.message(reader, "/timeline"), 8003)
    assert first["text"].startswith("🗓 События статьи:") and "стр. 1/" in first["text"]
    assert "▶" in _buttons(first) and "◀" not in _buttons(first)
    february = await ask(api, reader, "/timeline 1918-02")
    assert "<b>февраль 1918 г.</b>" in february and "16 февраля 1918 г." in february
    assert "<b>февраль 1918 г.</b>" in await ask(api, reader, "/timeline февраль 1918")
    assert (await ask(api, reader, "/timeline когда-нибудь")).startswith("Укажите месяц")
    assert (await ask(api, reader, "/timeline 1919-05")).startswith("В статье нет событий")


async def test_chart_arrives_as_a_png_photo(api: BotApiStandin, app: Application) -> None:
    reader = user(8004, "ru")
    sent = await exchange(api, updates.message(reader, "/chart"), 8004, "sendPhoto")
    photo = sent["photo"]
    assert isinstance(photo, Upload) and photo.content.startswith(b"\x89PNG\r\n\x1a\n")
    assert 20_000 < len(photo.content) < 1_000_000
    assert sent["caption"].startswith("Источник: ") and "энциклопедия" in sent["caption"]
    again = await exchange(api, updates.message(reader, "/chart"), 8004, "sendPhoto")
    assert again["photo"].content == photo.content  # drawn once per build and language


async def test_russian_question_gets_the_answer_line_and_terms(
    api: BotApiStandin, app: Application
) -> None:
    html = await ask(api, user(8005, "ru"), "Когда была установлена Советская власть в Верном?")
    bold = html.split("<b>", 1)[1].split("</b>", 1)[0]
    assert "Верныйда" in bold and "2 марттан" in bold
    # the line says in Russian what the 📅/📍 line says, and what happened
    answer = html.split("Ответ: ", 1)[1].split("\n", 1)[0]
    date = html.split("📅 ", 1)[1].split("\n", 1)[0]
    assert date == "2 марта 1918 г."
    assert answer.startswith(f"{date}, Верный") and " — " in answer
    terms = html.split("Термины: ", 1)[1].split("\n", 1)[0]
    assert 1 <= terms.count(" — ") <= 4
    assert html.index("Ответ:") > html.index("</blockquote>")


async def test_inline_region_query_lists_its_events(api: BotApiStandin, app: Application) -> None:
    api.push(updates.inline_query(user(8006, "ru"), "Павлодар"))
    (call,) = await api.wait_for("answerInlineQuery")
    results = call.params["results"]
    assert len(results) >= 5 and len({r["id"] for r in results}) == len(results)
    assert results[0]["title"].startswith("ноябрь 1917 г. — ")
    dated = [r for r in results if r["title"].startswith("19 января 1918 г.")]
    assert dated and dated[0]["description"] == "установление советской власти"
    content = dated[0]["input_message_content"]["message_text"]
    assert "<b>19 январьда қалада өкімет Советтің қолына көшті.</b>" in content
    assert "Ответ: 19 января 1918 г., Павлодар" in content
