"""The flood limit counts in the database: replicas share it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.flood import FloodLimit
from bot.models import FloodMark
from index.store.db import writing

START = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


class Asker:
    """One replica's limit, each question in its own transaction as the bot makes it."""

    def __init__(self, limit: FloodLimit, sessions: sessionmaker[Session]) -> None:
        self._limit, self._sessions = limit, sessions

    def allow_now(self, user_id: int) -> bool:
        with writing(self._sessions) as session:
            return self._limit.allow(session, user_id)


def test_limit_per_sliding_minute(sessions: sessionmaker[Session]) -> None:
    now = [START]
    limit = Asker(FloodLimit(3, clock=lambda: now[0]), sessions)
    assert [limit.allow_now(1) for _ in range(4)] == [True, True, True, False]
    assert limit.allow_now(2)  # other users are not affected
    now[0] = START + timedelta(seconds=59.9)
    assert not limit.allow_now(1)
    now[0] = START + timedelta(seconds=60)
    assert limit.allow_now(1)


def test_two_replicas_share_the_count(sessions: sessionmaker[Session]) -> None:
    now = [START]
    first, second = (Asker(FloodLimit(3, clock=lambda: now[0]), sessions) for _ in range(2))
    assert [first.allow_now(1), second.allow_now(1), first.allow_now(1)] == [True] * 3
    assert not second.allow_now(1) and not first.allow_now(1)


def test_refused_and_expired_questions_leave_no_marks(sessions: sessionmaker[Session]) -> None:
    now = [START]
    limit = Asker(FloodLimit(1, clock=lambda: now[0]), sessions)
    assert limit.allow_now(1) and not limit.allow_now(1)
    now[0] = START + timedelta(minutes=5)
    assert limit.allow_now(1)
    with sessions() as session:
        assert session.scalar(select(func.count(FloodMark.id))) == 1
