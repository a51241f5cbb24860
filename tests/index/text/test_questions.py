"""Small talk against questions: what a reply to the bot in a group must contain to be answered."""

from __future__ import annotations

import pytest

from index.text.questions import is_small_talk, looks_like_question


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
    assert is_small_talk(message)
