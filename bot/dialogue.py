"""What a chat was talking about: each user's last question, kept in the database so that a
follow-up works after a restart and on any replica. It reads and writes within the caller's
session: a question's first writes (its flood mark, this context) share one transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from bot.models import DialogueContext
from index.store.models import utcnow

# A follow-up after a longer pause is more likely a new question than a continuation.
FOLLOW_UP_WINDOW = timedelta(minutes=15)


class Dialogue:
    def __init__(self, clock: Callable[[], datetime] = utcnow) -> None:
        self._clock = clock

    def previous(self, session: Session, chat_id: int, user_id: int) -> str | None:
        """The user's last question in this chat, unless it is older than the window."""
        context = session.get(DialogueContext, (chat_id, user_id))
        if context is None or self._clock() - _aware(context.asked_at) > FOLLOW_UP_WINDOW:
            return None
        return context.question

    def remember(self, session: Session, chat_id: int, user_id: int, question: str) -> None:
        """Store the question just answered as the one a follow-up continues."""
        context = session.get(DialogueContext, (chat_id, user_id))
        if context is None:
            session.add(
                DialogueContext(
                    chat_id=chat_id, user_id=user_id, question=question, asked_at=self._clock()
                )
            )
        else:
            context.question, context.asked_at = question, self._clock()


def _aware(moment: datetime) -> datetime:
    """SQLite gives back naive datetimes; they were written in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
