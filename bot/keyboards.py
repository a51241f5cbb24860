"""Buttons under replies, and the compact ASCII `callback_data` they carry (< 64 bytes)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, KeyboardButton, ReplyKeyboardMarkup

from bot.strings import text

if TYPE_CHECKING:
    from index.store.documents import StoredDocument

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


# Admins' document buttons: 'd:off:12' (disable #12), 'd:rm:12' asks, 'd:rmok:12' removes.
DOCS = "d"
DOC_ENABLE, DOC_DISABLE, DOC_REMOVE, DOC_REMOVE_CONFIRMED, DOC_LIST = (
    "on",
    "off",
    "rm",
    "rmok",
    "ls",
)
_DOC_VERBS = (DOC_ENABLE, DOC_DISABLE, DOC_REMOVE, DOC_REMOVE_CONFIRMED, DOC_LIST)


@dataclass(frozen=True)
class DocAction:
    verb: str
    document_id: int


def decode_doc(data: str) -> DocAction | None:
    """The document action a `callback_data` string stands for, or None."""
    kind, _, rest = data.partition(":")
    verb, _, document_id = rest.partition(":")
    if kind != DOCS or verb not in _DOC_VERBS or not document_id.isdigit():
        return None
    return DocAction(verb, int(document_id))


def _doc_button(label: str, verb: str, document_id: int) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=f"{DOCS}:{verb}:{document_id}")


def documents_keyboard(documents: Sequence[StoredDocument], lang: str) -> InlineKeyboardMarkup:
    """Per document version: enable or disable it, remove it (asks first)."""
    rows = []
    for document in documents:
        toggle = (
            _doc_button(text(lang, "btn_doc_disable", id=document.id), DOC_DISABLE, document.id)
            if document.enabled
            else _doc_button(text(lang, "btn_doc_enable", id=document.id), DOC_ENABLE, document.id)
        )
        remove = _doc_button(text(lang, "btn_doc_remove", id=document.id), DOC_REMOVE, document.id)
        rows.append([toggle, remove])
    return InlineKeyboardMarkup(rows)


def confirm_remove_keyboard(document_id: int, lang: str) -> InlineKeyboardMarkup:
    """The second, explicit step of a removal, or back to the list."""
    return InlineKeyboardMarkup(
        [
            [
                _doc_button(
                    text(lang, "btn_doc_confirm", id=document_id),
                    DOC_REMOVE_CONFIRMED,
                    document_id,
                ),
                _doc_button(text(lang, "btn_doc_cancel"), DOC_LIST, 0),
            ]
        ]
    )
