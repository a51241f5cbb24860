"""The one call every question handler makes: check the input, answer off the loop, log it.

`Runtime` is the bot's long-lived state (created once, kept in `bot_data`): the answering
service, the journal and the flood limit. No retrieval happens here; that is `index/`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field
from html import escape
from typing import TYPE_CHECKING

from telegram import InlineKeyboardMarkup, ReplyKeyboardMarkup, User
from telegram.ext import Application, ContextTypes

from bot.flood import FloodLimit
from bot.journal import Journal
from bot.keyboards import answer_keyboard
from bot.render import example_question, render_answer, render_not_found
from bot.strings import DEFAULT_LANG, lang_from_code, text
from index.domain import Answer

if TYPE_CHECKING:
    from index.service import AnswerService

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 500
RUNTIME_KEY = "runtime"


@dataclass
class Runtime:
    """Everything handlers share; one per Application."""

    service: AnswerService
    journal: Journal
    flood: FloodLimit
    admin_ids: frozenset[int]
    rebuild_task: asyncio.Task[None] | None = field(default=None)

    async def user_lang(self, user: User | None) -> str:
        """Interface language: the /lang choice, else Telegram's language_code, else the
        language the user last asked in."""
        if user is None:
            return DEFAULT_LANG
        chosen = await asyncio.to_thread(self.journal.lang, user.id)
        if chosen or (chosen := lang_from_code(user.language_code)):
            return chosen
        return await asyncio.to_thread(self.journal.last_question_lang, user.id) or DEFAULT_LANG

    async def answer_lang(self, user: User | None, question_lang: str) -> str:
        """An answer is framed in the question's language, unless the user chose one (/lang)."""
        chosen = await asyncio.to_thread(self.journal.lang, user.id) if user else None
        return chosen or question_lang

    async def set_lang(self, user_id: int, lang: str) -> None:
        """Remember the user's /lang choice."""
        await asyncio.to_thread(self.journal.set_lang, user_id, lang)

    def examples(self, lang: str, n: int = 3) -> list[str]:
        """Example questions the text answers, for buttons and 'not found' replies."""
        label = self.service.region_label
        return [example_question(chunk, lang, label) for chunk in self.service.examples(n)]


def runtime(context: ContextTypes.DEFAULT_TYPE) -> Runtime:
    """The Runtime stored in `bot_data` by `build_application`."""
    return context.bot_data[RUNTIME_KEY]


def runtime_of(application: Application) -> Runtime:
    """The Runtime of an Application (outside of a handler)."""
    return application.bot_data[RUNTIME_KEY]


@dataclass(frozen=True)
class Asked:
    """The outcome of one question: an answer with its log id, or a problem to explain."""

    lang: str
    answer: Answer | None = None
    question_id: int | None = None
    problem: str | None = None  # a strings key: empty, too_long, no_letters, flood


@dataclass(frozen=True)
class Reply:
    """A rendered HTML message and its buttons."""

    text: str
    markup: InlineKeyboardMarkup | ReplyKeyboardMarkup | None = None


def input_problem(question: str) -> str | None:
    """Why a message cannot be a question (a strings key), or None if it can."""
    if not question.strip():
        return "empty"
    if len(question) > MAX_QUESTION_CHARS:
        return "too_long"
    if not any(ch.isalpha() for ch in question):
        return "no_letters"
    return None


async def ask(
    rt: Runtime, user: User, chat_type: str, question: str, *, limited: bool = True
) -> Asked:
    """Validate, answer (in a worker thread) and log one question."""
    question = question.strip()
    problem = input_problem(question)
    if problem is None and limited and not rt.flood.allow(user.id):
        problem = "flood"
    if problem is not None:
        return Asked(lang=await rt.user_lang(user), problem=problem)
    started = time.perf_counter()
    answer = await asyncio.to_thread(rt.service.answer, question)
    latency_ms = (time.perf_counter() - started) * 1000
    top = answer.results[0] if answer.answered and answer.results else None
    question_id = await asyncio.to_thread(
        rt.journal.log_question,
        user_id=user.id,
        chat_type=chat_type,
        lang=answer.lang,
        question=question,
        answered=top is not None,
        top_chunk_id=top.chunk_id if top else None,
        regions=list(top.regions) if top else [],
        latency_ms=latency_ms,
    )
    log.info(
        "question %d (%s, %s): %s in %.0f ms",
        question_id,
        chat_type,
        answer.lang,
        f"passage {top.chunk_id}" if top else "not answered",
        latency_ms,
    )
    lang = await rt.answer_lang(user, answer.lang)
    return Asked(lang=lang, answer=answer, question_id=question_id)


def reply_for(rt: Runtime, asked: Asked) -> Reply:
    """The message for an `Asked`: the quoted passage with buttons, or a short explanation."""
    lang, answer = asked.lang, asked.answer
    if asked.problem is not None:
        return Reply(escape(text(lang, asked.problem, limit=MAX_QUESTION_CHARS)))
    assert answer is not None and asked.question_id is not None
    if not answer.answered or not answer.results:
        return Reply(not_found_text(rt, lang))
    has_next = len(answer.results) > 1
    return Reply(
        render_answer(answer, 0, lang, rt.service.region_label),
        answer_keyboard(asked.question_id, 0, has_next, lang),
    )


def not_found_text(rt: Runtime, lang: str) -> str:
    """'The text does not answer this', what it covers, and questions it does answer."""
    suggestions = "\n".join(f"• {escape(q)}" for q in rt.examples(lang))
    body = render_not_found(lang, rt.service.covered_regions(lang)[:8])
    return f"{body}\n\n{text(lang, 'try_examples')}\n{suggestions}"
