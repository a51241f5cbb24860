"""Small talk against questions: what a reply to the bot in a group must contain to be answered."""

from __future__ import annotations

import pytest

from index.text.questions import (
    GREETING,
    IDENTITY,
    THANKS,
    SmallTalk,
    looks_like_question,
    small_talk,
)


@pytest.mark.parametrize(
    "message",
    [
        "Верныйда Совет өкіметі қашан орнады?",
        "Ал Алашорда қашан құрылды?",
        "кто руководил?",
        "Алашорда?",
        "Алашорда туралы айтып беріңізші",
        "Расскажите про восстание в Семипалатинске",
        "ал Павлодарда ше?",
    ],
)
def test_questions(message: str) -> None:
    assert looks_like_question(message)


@pytest.mark.parametrize(
    "message", ["спасибо, бот!", "👍", "🙂🙂", "рахмет", "Рақмет!", "ок", "Жарайсың, бот", "?", ""]
)
def test_small_talk(message: str) -> None:
    assert not looks_like_question(message)


@pytest.mark.parametrize(
    ("message", "kind", "lang"),
    [
        ("привет", GREETING, "ru"),
        ("Сәлеметсіз бе!", GREETING, "kk"),
        ("салем бот", GREETING, "kk"),
        ("Здравствуйте!", GREETING, "ru"),
        ("hello", GREETING, None),
        ("рахмет", THANKS, "kk"),
        ("Спасибо большое, бот!", THANKS, "ru"),
        ("кто ты?", IDENTITY, "ru"),
        ("Сен кімсің?", IDENTITY, "kk"),
        ("что ты умеешь?", IDENTITY, "ru"),
    ],
)
def test_small_talk_is_recognised(message: str, kind: str, lang: str | None) -> None:
    assert small_talk(message) == SmallTalk(kind, lang)


@pytest.mark.parametrize(
    "message",
    [
        "Кто руководил Советом в Семипалатинске?",
        "привет, когда в Семипалатинске установилась советская власть?",
        "Рахметов кім болды?",
        "Сәлем, Верныйда не болды?",
        "",
    ],
)
def test_questions_are_not_small_talk(message: str) -> None:
    assert small_talk(message) is None
