"""The question use case: input problems, the flood limit, logging, the answer's language."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker
from telegram import User

from bot.asking import MAX_QUESTION_CHARS, ask, input_problem
from bot.config import Settings
from bot.flood import FloodLimit
from bot.journal import Journal, Logged
from bot.runtime import Runtime
from tests.support.fakes import FakeAnswerService


def _runtime(journal: Journal, sessions: sessionmaker[Session], per_minute: int = 10) -> Runtime:
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    flood = FloodLimit(per_minute, sessions)
    return Runtime(FakeAnswerService(), journal, flood, settings)  # type: ignore[arg-type]


def test_input_problems() -> None:
    assert input_problem("   ") == "empty"
    assert input_problem("а" * (MAX_QUESTION_CHARS + 1)) == "too_long"
    assert input_problem("1917?!") == "no_letters"
    assert input_problem("Алашорда қашан құрылды?") is None


async def test_an_answered_question_is_logged_with_its_passage(
    journal: Journal, sessions: sessionmaker[Session]
) -> None:
    asked = await ask(_runtime(journal, sessions), User(7, "A", False), "private", "  Алашорда  ")
    assert asked.problem is None and asked.answer is not None and asked.answer.answered
    assert asked.lang == "kk"
    assert journal.question(asked.question_id) == Logged("Алашорда", build_id=1)
    assert journal.stats().answered == 1


async def test_a_refused_question_is_logged_as_unanswered(
    journal: Journal, sessions: sessionmaker[Session]
) -> None:
    asked = await ask(_runtime(journal, sessions), User(7, "A", False), "private", "Париж?")
    assert asked.answer is not None and not asked.answer.answered
    assert journal.stats().questions == 1 and journal.stats().answered == 0


async def test_problems_are_not_logged_and_use_the_users_language(
    journal: Journal, sessions: sessionmaker[Session]
) -> None:
    asked = await ask(
        _runtime(journal, sessions), User(7, "A", False, language_code="ru"), "group", "?!"
    )
    assert asked == asked.__class__(lang="ru", problem="no_letters")
    assert journal.stats().questions == 0


async def test_flood_limit_applies_unless_lifted(
    journal: Journal, sessions: sessionmaker[Session]
) -> None:
    rt, user = _runtime(journal, sessions, per_minute=1), User(7, "A", False)
    assert (await ask(rt, user, "private", "Алашорда")).problem is None
    assert (await ask(rt, user, "private", "Алашорда")).problem == "flood"
    assert (await ask(rt, user, "inline", "Алашорда", limited=False)).problem is None


async def test_lang_choice_frames_the_answer(
    journal: Journal, sessions: sessionmaker[Session]
) -> None:
    journal.set_lang(7, "ru")
    asked = await ask(_runtime(journal, sessions), User(7, "A", False), "private", "Алашорда")
    assert asked.answer is not None and asked.answer.lang == "kk" and asked.lang == "ru"
