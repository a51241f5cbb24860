"""The flood limit counts in the database: replicas share it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.flood import FloodLimit
from bot.models import FloodMark

START = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def test_limit_per_sliding_minute(sessions: sessionmaker[Session]) -> None:
    now = [START]
    limit = FloodLimit(3, sessions, clock=lambda: now[0])
    assert [limit.allow_now(1) for _ in range(4)] == [True, True, True, False]
    assert limit.allow_now(2)  # other users are not affected
    now[0] = START + timedelta(seconds=59.9)
    assert not limit.allow_now(1)
    now[0] = START + timedelta(seconds=60)
    assert limit.allow_now(1)


def test_two_replicas_share_the_count(sessions: sessionmaker[Session]) -> None:
    now = [START]
    first, second = (FloodLimit(3, sessions, clock=lambda: now[0]) for _ in range(2))
    assert [first.allow_now(1), second.allow_now(1), first.allow_now(1)] == [True] * 3
    assert not second.allow_now(1) and not first.allow_now(1)


def test_refused_and_expired_questions_leave_no_marks(sessions: sessionmaker[Session]) -> None:
    now = [START]
    limit = FloodLimit(1, sessions, clock=lambda: now[0])
    assert limit.allow_now(1) and not limit.allow_now(1)
    now[0] = START + timedelta(minutes=5)
    assert limit.allow_now(1)
    with sessions() as session:
        assert session.scalar(select(func.count(FloodMark.id))) == 1


async def test_allow_runs_off_the_event_loop(sessions: sessionmaker[Session]) -> None:
    limit = FloodLimit(1, sessions)
    assert [await limit.allow(1), await limit.allow(1)] == [True, False]
