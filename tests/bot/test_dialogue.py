"""The chat's last question per user, kept in the database, forgotten after the window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from bot.dialogue import FOLLOW_UP_WINDOW, Dialogue
from index.store.db import writing


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


class Chats:
    """A dialogue with each call in its own transaction, as the bot makes them."""

    def __init__(self, sessions: sessionmaker[Session], dialogue: Dialogue) -> None:
        self._sessions, self._dialogue = sessions, dialogue

    def previous(self, chat_id: int, user_id: int) -> str | None:
        with self._sessions() as session:
            return self._dialogue.previous(session, chat_id, user_id)

    def remember(self, chat_id: int, user_id: int, question: str) -> None:
        with writing(self._sessions) as session:
            self._dialogue.remember(session, chat_id, user_id, question)


def test_the_last_question_per_chat_and_user(sessions: sessionmaker[Session]) -> None:
    dialogue = Chats(sessions, Dialogue())
    assert dialogue.previous(1, 10) is None
    dialogue.remember(1, 10, "Семейде Совет өкіметі қашан орнады?")
    dialogue.remember(1, 10, "Павлодарда Совет өкіметі қашан орнады?")  # replaces the first
    dialogue.remember(1, 11, "Алашорда қашан құрылды?")  # another user in the same group
    dialogue.remember(2, 10, "Когда была создана Алаш-Орда?")  # the same user elsewhere
    assert dialogue.previous(1, 10) == "Павлодарда Совет өкіметі қашан орнады?"
    assert dialogue.previous(1, 11) == "Алашорда қашан құрылды?"
    assert dialogue.previous(2, 10) == "Когда была создана Алаш-Орда?"


def test_it_survives_a_restart(sessions: sessionmaker[Session]) -> None:
    Chats(sessions, Dialogue()).remember(1, 10, "Верныйда не болды?")
    assert Chats(sessions, Dialogue()).previous(1, 10) == "Верныйда не болды?"


def test_it_expires_after_the_window(sessions: sessionmaker[Session]) -> None:
    clock = Clock()
    dialogue = Chats(sessions, Dialogue(clock))
    dialogue.remember(1, 10, "Верныйда не болды?")
    clock.now += FOLLOW_UP_WINDOW - timedelta(seconds=1)
    assert dialogue.previous(1, 10) == "Верныйда не болды?"
    clock.now += timedelta(seconds=2)
    assert dialogue.previous(1, 10) is None
    dialogue.remember(1, 10, "Семейде не болды?")  # a new question starts a new window
    assert dialogue.previous(1, 10) == "Семейде не болды?"
