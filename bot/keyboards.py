"""Buttons under replies, and the compact ASCII `callback_data` they carry (< 64 bytes)."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, KeyboardButton, ReplyKeyboardMarkup

from bot.strings import text

NEXT, CONTEXT, FEEDBACK, LANG = "n", "c", "f", "l"


@dataclass(frozen=True)
class Action:
    """A decoded button press: what to do, for which logged question and which result."""

    kind: str
    question_id: int
    value: int


def encode(kind: str, question_id: int, value: int) -> str:
    """`callback_data` for a button: 'n:123:1' (next to result 1 of question 123), etc."""
    return f"{kind}:{question_id}:{value}"


def decode(data: str) -> Action | None:
    """The action a `callback_data` string stands for, or None if it is not one of ours."""
    kind, _, rest = data.partition(":")
    question_id, _, value = rest.partition(":")
    if kind not in (NEXT, CONTEXT, FEEDBACK) or not (question_id.isdigit() and value.isdigit()):
        return None
    return Action(kind, int(question_id), int(value))


def answer_keyboard(
    question_id: int, index: int, has_next: bool, lang: str
) -> InlineKeyboardMarkup:
    """Next passage, show context, 👍 / 👎 under an answer."""
    first_row = [
        InlineKeyboardButton(
            text(lang, "btn_context"), callback_data=encode(CONTEXT, question_id, index)
        )
    ]
    if has_next:
        first_row.insert(
            0,
            InlineKeyboardButton(
                text(lang, "btn_next"), callback_data=encode(NEXT, question_id, index + 1)
            ),
        )
    return InlineKeyboardMarkup(
        [
            first_row,
            [
                InlineKeyboardButton("👍", callback_data=encode(FEEDBACK, question_id, 1)),
                InlineKeyboardButton("👎", callback_data=encode(FEEDBACK, question_id, 0)),
            ],
        ]
    )


def lang_keyboard() -> InlineKeyboardMarkup:
    """The /lang choice."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Қазақша", callback_data=f"{LANG}:kk"),
                InlineKeyboardButton("Русский", callback_data=f"{LANG}:ru"),
            ]
        ]
    )


def examples_keyboard(questions: list[str]) -> ReplyKeyboardMarkup:
    """Example questions as buttons; tapping one sends it as a message."""
    return ReplyKeyboardMarkup(
        [[KeyboardButton(question)] for question in questions],
        resize_keyboard=True,
        one_time_keyboard=True,
    )
