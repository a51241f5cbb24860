"""The bot's tables: language choices, the question log, feedback and flood marks.

They live in the same database as the index's tables but under their own metadata (and their own
migrations, bot/migrations/), so index/ never needs to know about chats or users.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from index.store.models import utcnow


class Base(DeclarativeBase):
    pass


class UserPreference(Base):
    __tablename__ = "user_preferences"

    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    lang: Mapped[str] = mapped_column(String(2))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class QuestionLog(Base):
    __tablename__ = "questions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, index=True)
    chat_type: Mapped[str] = mapped_column(String(16))
    lang: Mapped[str] = mapped_column(String(2))
    question: Mapped[str] = mapped_column(Text)
    answered: Mapped[bool]
    top_chunk_id: Mapped[str | None] = mapped_column(String(64))
    regions: Mapped[list[str]] = mapped_column(JSON, default=list)
    latency_ms: Mapped[float]
    asked_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The index build that answered: its buttons re-answer from it while it is served.
    build_id: Mapped[int | None]

    feedback: Mapped[list[Feedback]] = relationship(back_populates="question")


class Feedback(Base):
    __tablename__ = "feedback"
    __table_args__ = (UniqueConstraint("question_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("questions.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(BigInteger)
    helpful: Mapped[bool]
    given_at: Mapped[datetime] = mapped_column(default=utcnow)

    question: Mapped[QuestionLog] = relationship(back_populates="feedback")


class DialogueContext(Base):
    """The last question in a chat, per user: what a follow-up («ал Павлодарда ше?») extends."""

    __tablename__ = "dialogue_context"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    question: Mapped[str] = mapped_column(Text)
    asked_at: Mapped[datetime] = mapped_column(default=utcnow)


class FloodMark(Base):
    """One question counted against its user's limit, shared by every replica; marks older than
    the window are deleted as the user asks again."""

    __tablename__ = "flood_marks"
    __table_args__ = (Index("ix_flood_marks_user_id_at", "user_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger)
    at: Mapped[datetime]
