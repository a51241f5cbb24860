"""The question use case: input problems, the flood limit, logging, the answer's language."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session, sessionmaker
from telegram import User

from bot.asking import MAX_QUESTION_CHARS, Asked, ask, input_problem
from bot.config import Settings
from bot.dialogue import Dialogue
from bot.flood import FloodLimit
from bot.journal import Journal, Logged
from bot.runtime import Runtime
from index.domain import Answer
from tests.support.fakes import FakeAnswerService


def _runtime(
    journal: Journal, dialogue: Dialogue, sessions: sessionmaker[Session], per_minute: int = 10
) -> Runtime:
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    flood = FloodLimit(per_minute)
    return Runtime(FakeAnswerService(), journal, flood, settings, dialogue, sessions)  # type: ignore[arg-type]


def test_input_problems() -> None:
    assert input_problem("   ") == "empty"
    assert input_problem("а" * (MAX_QUESTION_CHARS + 1)) == "too_long"
    assert input_problem("1917?!") == "no_letters"
    assert input_problem("Алашорда қашан құрылды?") is None


async def test_an_answered_question_is_logged_with_its_passage(
    journal: Journal, dialogue: Dialogue, sessions
) -> None:
    asked = await ask(
        _runtime(journal, dialogue, sessions), User(7, "A", False), "private", "  Алашорда  "
    )
    assert asked.problem is None and asked.answer is not None and asked.answer.answered
    assert asked.lang == "kk"
    assert journal.question(asked.question_id) == Logged("Алашорда", build_id=1)
    assert journal.stats().answered == 1


async def test_a_refused_question_is_logged_as_unanswered(
    journal: Journal, dialogue: Dialogue, sessions
) -> None:
    asked = await ask(
        _runtime(journal, dialogue, sessions), User(7, "A", False), "private", "Париж?"
    )
    assert asked.answer is not None and not asked.answer.answered
    assert journal.stats().questions == 1 and journal.stats().answered == 0


async def test_problems_are_not_logged_and_use_the_users_language(
    journal: Journal, dialogue: Dialogue, sessions
) -> None:
    asked = await ask(
        _runtime(journal, dialogue, sessions),
        User(7, "A", False, language_code="ru"),
        "group",
        "?!",
    )
    assert asked == asked.__class__(lang="ru", problem="no_letters")
    assert journal.stats().questions == 0


async def test_flood_limit_applies_unless_lifted(
    journal: Journal, dialogue: Dialogue, sessions
) -> None:
    rt, user = _runtime(journal, dialogue, sessions, per_minute=1), User(7, "A", False)
    assert (await ask(rt, user, "private", "Алашорда")).problem is None
    assert (await ask(rt, user, "private", "Алашорда")).problem == "flood"
    assert (await ask(rt, user, "inline", "Алашорда", limited=False)).problem is None


async def test_lang_choice_frames_the_answer(
    journal: Journal, dialogue: Dialogue, sessions
) -> None:
    journal.set_lang(7, "ru")
    asked = await ask(
        _runtime(journal, dialogue, sessions), User(7, "A", False), "private", "Алашорда"
    )
    assert asked.answer is not None and asked.answer.lang == "kk" and asked.lang == "ru"


async def test_an_unsure_language_follows_telegram_then_the_last_question(
    journal, dialogue, sessions, monkeypatch
):
    rt = _runtime(journal, dialogue, sessions)
    unsure = replace(rt.service.answer("Верный"), lang="kk", lang_certain=False)
    hints = []

    def answer(question: str, k: int = 5, lang_hint: str | None = None) -> Answer:
        hints.append(lang_hint)
        return unsure

    monkeypatch.setattr(rt.service, "answer", answer)
    asked = await ask(rt, User(8, "B", False, language_code="ru"), "private", "Верный 1918?")
    assert asked.lang == "ru"
    assert hints == ["ru"]  # the search, too, reads it in the asker's language
    _log_russian_question(journal, user_id=9)
    assert (await ask(rt, User(9, "C", False), "private", "Верный 1918?")).lang == "ru"
    assert (await ask(rt, User(10, "D", False), "private", "Верный 1918?")).lang == "kk"


def _log_russian_question(journal: Journal, user_id: int) -> None:
    journal.log_question(
        user_id=user_id,
        chat_type="private",
        lang="ru",
        question="Когда?",
        answered=False,
        top_chunk_id=None,
        regions=[],
        latency_ms=1.0,
    )


async def test_a_follow_up_is_merged_answered_and_logged(
    journal: Journal, dialogue: Dialogue, sessions
) -> None:
    rt, user = _runtime(journal, dialogue, sessions), User(7, "A", False)
    first = await ask(rt, user, "private", "Ақмолада Совет өкіметі қашан орнады?", chat_id=7)
    assert first.understood is None
    asked = await ask(rt, user, "private", "ал Верныйда ше?", chat_id=7)
    assert asked.understood == "Верныйда Совет өкіметі қашан орнады?"
    assert asked.answer is not None and asked.answer.results[0].chunk_id == "doc-0"
    assert journal.question(asked.question_id).question == asked.understood  # buttons re-answer it
    # the merged question is the context now; another chat has none
    again = await ask(rt, user, "private", "ал қайда?", chat_id=7)
    assert again.understood == "Верныйда Совет өкіметі қайда орнады?"
    alone = await ask(rt, user, "group", "ал Верныйда ше?", chat_id=-100)
    assert alone.understood is None


async def test_inline_questions_have_no_follow_ups(
    journal: Journal, dialogue: Dialogue, sessions
) -> None:
    rt, user = _runtime(journal, dialogue, sessions), User(7, "A", False)
    await ask(rt, user, "private", "Ақмолада Совет өкіметі қашан орнады?", chat_id=7)
    asked = await ask(rt, user, "inline", "ал Верныйда ше?", limited=False)
    with sessions() as session:
        assert asked.understood is None and dialogue.previous(session, 7, 7) is not None


async def test_small_talk_gets_a_friendly_word_not_a_search(journal, dialogue, sessions) -> None:
    rt = _runtime(journal, dialogue, sessions)
    asked = await ask(rt, User(7, "A", False, language_code="kk"), "private", "Спасибо, бот!")
    assert asked == Asked(lang="ru", small_talk="thanks")
    assert journal.stats().questions == 0
