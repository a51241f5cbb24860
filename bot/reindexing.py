"""Run an index rebuild in a worker thread and keep one status message up to date."""

from __future__ import annotations

import asyncio
import logging

from telegram import Bot
from telegram.error import BadRequest

from bot.strings import text
from index.service import AnswerService, BuildProgress, RebuildInProgress

log = logging.getLogger(__name__)

PROGRESS_INTERVAL = 1.0  # seconds between edits of the status message


async def rebuild_with_status(
    bot: Bot,
    service: AnswerService,
    chat_id: int,
    message_id: int,
    lang: str,
    interval: float = PROGRESS_INTERVAL,
) -> None:
    """Rebuild off the loop; edit the status message with progress, then with the outcome."""
    latest: list[BuildProgress] = []
    build = asyncio.ensure_future(asyncio.to_thread(service.rebuild, latest.append))
    shown: BuildProgress | None = None
    while not build.done():
        await asyncio.wait({build}, timeout=interval)
        if latest and latest[-1] != shown and not build.done():
            shown = latest[-1]
            await _edit(bot, chat_id, message_id, progress_text(shown, lang))
    try:
        info = build.result()
    except RebuildInProgress:
        await _edit(bot, chat_id, message_id, text(lang, "reindex_busy"))
        return
    except Exception as exc:  # the old build keeps serving; say why this one failed
        log.exception("index rebuild failed")
        reason = type(exc).__name__
        await _edit(bot, chat_id, message_id, text(lang, "reindex_failed", reason=reason))
        return
    done = text(
        lang, "reindex_done", build_id=info.build_id, passages=info.passages, model=info.model_id
    )
    await _edit(bot, chat_id, message_id, done)


def progress_text(progress: BuildProgress, lang: str) -> str:
    """'⏳ Building: embedding 120/400' in the user's language."""
    stage = text(lang, f"stage_{progress.stage}")
    return text(lang, "reindex_progress", stage=stage, done=progress.done, total=progress.total)


async def _edit(bot: Bot, chat_id: int, message_id: int, message: str) -> None:
    try:
        await bot.edit_message_text(message, chat_id=chat_id, message_id=message_id)
    except BadRequest as exc:  # "message is not modified" and the like are harmless here
        log.info("status message not edited: %s", exc)
