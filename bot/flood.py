"""Per-user flood limit: at most N questions in any sliding minute, counted in the database so
that every replica sees the same count. It runs inside the caller's transaction: a question's
first writes (this mark, its follow-up context) share one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from bot.models import FloodMark
from index.store.models import utcnow

WINDOW = timedelta(seconds=60)


class FloodLimit:
    """Sliding-window counter per user over the `flood_marks` table."""

    def __init__(self, per_minute: int, clock: Callable[[], datetime] = utcnow) -> None:
        self._per_minute = per_minute
        self._clock = clock

    def allow(self, session: Session, user_id: int) -> bool:
        """Count a question from `user_id`; False if it is over the limit (not counted then)."""
        now = self._clock()
        mine = FloodMark.user_id == user_id
        # Core statements: no ORM bookkeeping on a path every question takes.
        session.execute(
            delete(FloodMark).where(mine, FloodMark.at <= now - WINDOW),
            execution_options={"synchronize_session": False},
        )
        mark = session.scalar(
            insert(FloodMark).values(user_id=user_id, at=now).returning(FloodMark.id)
        )
        # Mark first, then count the marks up to ours: two replicas counting at once
        # may both refuse the last question, but never both let one too many through.
        counted = session.scalar(select(func.count(FloodMark.id)).where(mine, FloodMark.id <= mark))
        if (counted or 0) > self._per_minute:
            session.execute(
                delete(FloodMark).where(FloodMark.id == mark),
                execution_options={"synchronize_session": False},
            )
            return False
        return True
