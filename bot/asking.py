"""The question use case: check the input, answer off the event loop, log it."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from telegram import User

from bot.runtime import Runtime
from index.domain import Answer
from index.store.db import writing
from index.text.questions import small_talk

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 500


@dataclass(frozen=True)
class Asked:
    """The outcome of one question: an answer with its log id, or a problem to explain."""

    lang: str
    answer: Answer | None = None
    question_id: int | None = None
    problem: str | None = None  # a strings key: empty, too_long, no_letters, flood
    understood: str | None = None  # the question answered, when a follow-up was rewritten
    small_talk: str | None = None  # greeting, thanks, identity: a friendly word, no search


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
    rt: Runtime,
    user: User,
    chat_type: str,
    question: str,
    *,
    limited: bool = True,
    chat_id: int | None = None,
) -> Asked:
    """Validate, answer and log one question (`limited`: counted against the flood limit).

    With a `chat_id`, a follow-up («ал Павлодарда ше?») is merged with the user's previous
    question in that chat, and the question answered becomes the one the next follow-up extends.
    """
    question = question.strip()
    problem = input_problem(question)
    if problem is not None:
        return Asked(lang=await rt.user_lang(user), problem=problem)
    if (talk := small_talk(question)) is not None:
        return Asked(lang=talk.lang or await rt.user_lang(user), small_talk=talk.kind)
    # One hop off the event loop for the whole question: under a burst, every extra hop
    # queues again behind everyone else's work.
    return await rt.in_worker(answer_and_log, rt, user, chat_type, question, limited, chat_id)


def answer_and_log(
    rt: Runtime, user: User, chat_type: str, question: str, limited: bool, chat_id: int | None
) -> Asked:
    """`ask` after the input checks, blocking: flood limit, follow-up, search, log, the
    reply's language."""
    admitted, understood = _admit(rt, user.id, question, limited, chat_id)
    if not admitted:
        return Asked(lang=rt.user_lang_now(user), problem="flood")
    question = understood or question
    started = time.perf_counter()
    answer = rt.service.answer(question, lang_hint=rt.user_lang_now(user))
    latency_ms = (time.perf_counter() - started) * 1000
    lang = rt.answer_lang_now(user, answer.lang, answer.lang_certain)
    top = answer.results[0] if answer.answered and answer.results else None
    question_id = rt.journal.log_question(
        user_id=user.id,
        chat_type=chat_type,
        lang=answer.lang if answer.lang_certain else lang,
        question=question,
        answered=top is not None,
        top_chunk_id=top.chunk_id if top else None,
        regions=list(top.regions) if top else [],
        latency_ms=latency_ms,
        build_id=answer.build_id,
    )
    log.info(
        "question %d (%s, %s): %s in %.0f ms",
        question_id,
        chat_type,
        answer.lang,
        f"passage {top.chunk_id}" if top else "not answered",
        latency_ms,
    )
    return Asked(lang=lang, answer=answer, question_id=question_id, understood=understood)


def _admit(
    rt: Runtime, user_id: int, question: str, limited: bool, chat_id: int | None
) -> tuple[bool, str | None]:
    """The flood limit, then the follow-up: merged with the chat's previous question, and
    remembered as the question the next follow-up extends. Returns (admitted, the merged
    question if it was a follow-up).

    One transaction for both: under a burst every transaction waits for its turn to write
    (SQLite), so each one a question saves is a wait for everyone after it."""
    if not limited and chat_id is None:
        return True, None
    with writing(rt.sessions) as session:
        if limited and not rt.flood.allow(session, user_id):
            return False, None
        if chat_id is None:
            return True, None
        previous = rt.dialogue.previous(session, chat_id, user_id)
        understood = rt.follow_ups.merge(previous, question) if previous else None
        rt.dialogue.remember(session, chat_id, user_id, understood or question)
        return True, understood
