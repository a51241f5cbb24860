"""The question use case: check the input, then count, answer and log it in one worker thread."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from telegram import User

from bot.runtime import Runtime
from index.domain import Answer

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 500


@dataclass(frozen=True)
class Asked:
    """The outcome of one question: an answer with its log id, or a problem to explain."""

    lang: str
    answer: Answer | None = None
    question_id: int | None = None
    problem: str | None = None  # a strings key: empty, too_long, no_letters, flood


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
    """Validate, answer and log one question (`limited`: counted against the flood limit)."""
    question = question.strip()
    problem = input_problem(question)
    if problem is not None:
        return Asked(lang=await rt.user_lang(user), problem=problem)
    # One hop off the event loop for the whole question: under a burst, every extra hop
    # queues again behind everyone else's work.
    return await rt.in_worker(answer_and_log, rt, user, chat_type, question, limited)


def answer_and_log(rt: Runtime, user: User, chat_type: str, question: str, limited: bool) -> Asked:
    """`ask` after the input checks, blocking: flood limit, search, log, the reply's language."""
    if limited and not rt.flood.allow_now(user.id):
        return Asked(lang=rt.user_lang_now(user), problem="flood")
    started = time.perf_counter()
    answer = rt.service.answer(question)
    latency_ms = (time.perf_counter() - started) * 1000
    top = answer.results[0] if answer.answered and answer.results else None
    question_id = rt.journal.log_question(
        user_id=user.id,
        chat_type=chat_type,
        lang=answer.lang,
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
    # An answer is framed in the question's language, unless the user chose one (/lang).
    lang = rt.journal.lang(user.id) or answer.lang
    return Asked(lang=lang, answer=answer, question_id=question_id)
