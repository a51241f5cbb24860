"""The bot's long-lived state: one `Runtime` per Application, kept in `bot_data`."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from sqlalchemy.orm import Session, sessionmaker
from telegram import User

from bot.chart import ChartCache
from bot.dialogue import Dialogue
from bot.flood import FloodLimit
from bot.journal import Journal
from bot.strings import DEFAULT_LANG, lang_from_code
from index.text.followup import FollowUps

if TYPE_CHECKING:
    from bot.config import Settings
    from index.service import AnswerService

RUNTIME_KEY = "runtime"
# Questions in flight at once. More than a burst of users, so that all of them reach the
# encoder together and are embedded in one batch (the default executor has cpus + 4 threads).
QUESTION_WORKERS = 64

T = TypeVar("T")


class HasBotData(Protocol):
    """An Application or a handler's context: both carry `bot_data`."""

    @property
    def bot_data(self) -> Mapping[str, Any]: ...


@dataclass
class Runtime:
    """Everything handlers share: the answering service, the journal, the flood limit."""

    service: AnswerService
    journal: Journal
    flood: FloodLimit
    settings: Settings
    dialogue: Dialogue
    # The process's sessionmaker: flood and dialogue work in its transactions, so that a
    # question's first writes to them share one.
    sessions: sessionmaker[Session]
    rebuild_task: asyncio.Task[None] | None = field(default=None)
    charts: ChartCache = field(default_factory=ChartCache)
    workers: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(QUESTION_WORKERS, "question")
    )

    @cached_property
    def follow_ups(self) -> FollowUps:
        """Reads follow-up questions with the same gazetteer the index uses."""
        return FollowUps(self.service.gazetteer)

    @property
    def admin_ids(self) -> frozenset[int]:
        return self.settings.admin_ids

    async def in_worker(self, call: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run blocking work (search, database) off the event loop."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.workers, functools.partial(call, *args, **kwargs))

    async def user_lang(self, user: User | None) -> str:
        """Interface language: the /lang choice, else Telegram's language_code, else the
        language the user last asked in."""
        return await self.in_worker(self.user_lang_now, user)

    def user_lang_now(self, user: User | None) -> str:
        """`user_lang`, blocking."""
        if user is None:
            return DEFAULT_LANG
        chosen = self.journal.lang(user.id)
        if chosen or (chosen := lang_from_code(user.language_code)):
            return chosen
        return self.journal.last_question_lang(user.id) or DEFAULT_LANG

    async def answer_lang(self, user: User | None, question_lang: str, certain: bool = True) -> str:
        """An answer is framed in the question's language, unless the user chose one (/lang)."""
        return await self.in_worker(self.answer_lang_now, user, question_lang, certain)

    def answer_lang_now(self, user: User | None, question_lang: str, certain: bool = True) -> str:
        """`answer_lang`, blocking. When the question barely shows its language («Верный
        1918?»), the user's Telegram language decides, then the language they last asked in."""
        chosen = self.journal.lang(user.id) if user else None
        if chosen or certain or user is None:
            return chosen or question_lang
        if telegram := lang_from_code(user.language_code):
            return telegram
        return self.journal.last_question_lang(user.id) or question_lang

    async def set_lang(self, user_id: int, lang: str) -> None:
        """Remember the user's /lang choice."""
        await self.in_worker(self.journal.set_lang, user_id, lang)


def runtime(owner: HasBotData) -> Runtime:
    """The Runtime stored by `build_application`, from an Application or a handler context."""
    return owner.bot_data[RUNTIME_KEY]
