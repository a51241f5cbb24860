"""What the bot remembers in the database: questions asked, feedback, language choices, stats.

Methods are blocking (SQLAlchemy sessions); handlers call them in a worker thread
(`Runtime.in_worker`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from bot.models import Feedback, QuestionLog, UserPreference
from index.store.db import writing


@dataclass(frozen=True)
class Stats:
    """Usage figures for /stats."""

    questions: int
    answered: int
    by_lang: dict[str, int]
    top_regions: list[tuple[str, int]]
    helpful: int
    unhelpful: int


@dataclass(frozen=True)
class Unanswered:
    """A question the bot refused, or whose answer someone marked 👎, for /unanswered."""

    question: str
    asked_at: datetime
    refused: bool  # False: answered, but marked unhelpful


@dataclass(frozen=True)
class Logged:
    """A question as the log keeps it."""

    question: str
    build_id: int | None


class Journal:
    """Question log, feedback and language preferences, over one sessionmaker."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def lang(self, user_id: int) -> str | None:
        """The interface language the user chose with /lang, if any."""
        with self._sessions() as session:
            pref = session.get(UserPreference, user_id)
            return pref.lang if pref else None

    def last_question_lang(self, user_id: int) -> str | None:
        """The language of the user's latest question, if they asked any."""
        with self._sessions() as session:
            return session.scalars(
                select(QuestionLog.lang)
                .where(QuestionLog.user_id == user_id)
                .order_by(QuestionLog.id.desc())
                .limit(1)
            ).first()

    def set_lang(self, user_id: int, lang: str) -> None:
        """Store the user's interface language."""
        with writing(self._sessions) as session:
            pref = session.get(UserPreference, user_id)
            if pref is None:
                session.add(UserPreference(user_id=user_id, lang=lang))
            else:
                pref.lang = lang

    def log_question(
        self,
        *,
        user_id: int,
        chat_type: str,
        lang: str,
        question: str,
        answered: bool,
        top_chunk_id: str | None,
        regions: list[str],
        latency_ms: float,
        build_id: int | None = None,
    ) -> int:
        """Record one question and return its id (the buttons under the answer carry it)."""
        entry = QuestionLog(
            user_id=user_id,
            chat_type=chat_type,
            lang=lang,
            question=question,
            answered=answered,
            top_chunk_id=top_chunk_id,
            regions=regions,
            latency_ms=latency_ms,
            build_id=build_id,
        )
        with writing(self._sessions) as session:
            session.add(entry)
            session.flush()
            return entry.id

    def question(self, question_id: int) -> Logged | None:
        """A logged question: its text and the build that answered it."""
        with self._sessions() as session:
            entry = session.get(QuestionLog, question_id)
            return Logged(entry.question, entry.build_id) if entry else None

    def asker(self, question_id: int) -> int | None:
        """Who asked a logged question (a group's "next" button answers others privately)."""
        with self._sessions() as session:
            entry = session.get(QuestionLog, question_id)
            return entry.user_id if entry else None

    def unanswered(self, limit: int = 20) -> list[Unanswered]:
        """The latest questions that were refused or marked 👎, newest first."""
        disliked = select(Feedback.question_id).where(Feedback.helpful.is_(False))
        with self._sessions() as session:
            rows = session.execute(
                select(QuestionLog.question, QuestionLog.asked_at, QuestionLog.answered)
                .where(or_(QuestionLog.answered.is_(False), QuestionLog.id.in_(disliked)))
                .order_by(QuestionLog.id.desc())
                .limit(limit)
            ).all()
        return [Unanswered(question, at, not answered) for question, at, answered in rows]

    def add_feedback(self, question_id: int, user_id: int, helpful: bool) -> bool:
        """Store (or change) a user's 👍/👎 on a question; False if the question is unknown."""
        with writing(self._sessions) as session:
            if session.get(QuestionLog, question_id) is None:
                return False
            existing = session.scalar(
                select(Feedback).where(
                    Feedback.question_id == question_id, Feedback.user_id == user_id
                )
            )
            if existing is None:
                session.add(Feedback(question_id=question_id, user_id=user_id, helpful=helpful))
            else:
                existing.helpful = helpful
            return True

    def stats(self, top: int = 5) -> Stats:
        """Counts over the whole log."""
        with self._sessions() as session:
            total = session.scalar(select(func.count(QuestionLog.id))) or 0
            answered = (
                session.scalar(select(func.count(QuestionLog.id)).where(QuestionLog.answered)) or 0
            )
            by_lang = dict(
                session.execute(
                    select(QuestionLog.lang, func.count(QuestionLog.id)).group_by(QuestionLog.lang)
                ).all()
            )
            regions: Counter[str] = Counter()
            for row in session.scalars(select(QuestionLog.regions).where(QuestionLog.answered)):
                regions.update(row or [])
            votes = dict(
                session.execute(
                    select(Feedback.helpful, func.count(Feedback.id)).group_by(Feedback.helpful)
                ).all()
            )
        return Stats(
            questions=total,
            answered=answered,
            by_lang=by_lang,
            top_regions=regions.most_common(top),
            helpful=votes.get(True, 0),
            unhelpful=votes.get(False, 0),
        )
