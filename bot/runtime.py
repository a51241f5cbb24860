"""The bot's long-lived state: one `Runtime` per Application, kept in `bot_data`."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol

from telegram import User

from bot.chart import ChartCache
from bot.dialogue import Dialogue
from bot.flood import FloodLimit
from bot.journal import Journal
from bot.strings import DEFAULT_LANG, lang_from_code
from index.text.followup import FollowUps
from index.text.gazetteer import RegionGazetteer

if TYPE_CHECKING:
    from bot.config import Settings
    from index.service import AnswerService

RUNTIME_KEY = "runtime"


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
    rebuild_task: asyncio.Task[None] | None = field(default=None)
    charts: ChartCache = field(default_factory=ChartCache)

    @cached_property
    def follow_ups(self) -> FollowUps:
        """Reads follow-up questions with the same gazetteer the index uses."""
        return FollowUps(RegionGazetteer.load(self.settings.gazetteer_path))

    @property
    def admin_ids(self) -> frozenset[int]:
        return self.settings.admin_ids

    async def user_lang(self, user: User | None) -> str:
        """Interface language: the /lang choice, else Telegram's language_code, else the
        language the user last asked in."""
        if user is None:
            return DEFAULT_LANG
        chosen = await asyncio.to_thread(self.journal.lang, user.id)
        if chosen or (chosen := lang_from_code(user.language_code)):
            return chosen
        return await asyncio.to_thread(self.journal.last_question_lang, user.id) or DEFAULT_LANG

    async def answer_lang(self, user: User | None, question_lang: str, certain: bool = True) -> str:
        """An answer is framed in the question's language, unless the user chose one (/lang).
        When the question barely shows its language («Верный 1918?»), the user's Telegram
        language decides, then the language they last asked in."""
        chosen = await asyncio.to_thread(self.journal.lang, user.id) if user else None
        if chosen or certain or user is None:
            return chosen or question_lang
        if telegram := lang_from_code(user.language_code):
            return telegram
        last = await asyncio.to_thread(self.journal.last_question_lang, user.id)
        return last or question_lang

    async def set_lang(self, user_id: int, lang: str) -> None:
        """Remember the user's /lang choice."""
        await asyncio.to_thread(self.journal.set_lang, user_id, lang)


def runtime(owner: HasBotData) -> Runtime:
    """The Runtime stored by `build_application`, from an Application or a handler context."""
    return owner.bot_data[RUNTIME_KEY]
