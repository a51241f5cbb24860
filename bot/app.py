"""Build and run the Telegram Application: handlers, command menus, retries, polling.

Webhook mode (for replicas) lives in bot/webhook.py."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from telegram import (
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
    Update,
)
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationBuilder, ContextTypes

from bot.config import Settings
from bot.dialogue import Dialogue
from bot.flood import FloodLimit
from bot.handlers import register
from bot.journal import Journal
from bot.retry import RetryingRateLimiter
from bot.runtime import RUNTIME_KEY, Runtime, runtime
from bot.strings import DEFAULT_LANG, LANGS, text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from index.service import AnswerService

log = logging.getLogger(__name__)

PRIVATE_COMMANDS = ("start", "help", "regions", "timeline", "chart", "lang")
GROUP_COMMANDS = ("ask", "help")
ADMIN_COMMANDS = (*PRIVATE_COMMANDS, "reindex", "stats", "unanswered", "docs")
NEW_BUILD_CHECK_SECONDS = 30


def build_application(
    settings: Settings, service: AnswerService, sessions: sessionmaker[Session]
) -> Application:
    """The bot, wired: one service and journal for its lifetime, kept in `bot_data`.

    `sessions` is the one sessionmaker of the process, shared with the service's store.
    """
    if settings.telegram_bot_token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    for noisy in ("httpx", "httpcore"):  # request URLs carry the token
        logging.getLogger(noisy).setLevel(logging.WARNING)
    application = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.telegram_api_base_url)
        .base_file_url(settings.telegram_api_file_url)
        .concurrent_updates(True)
        .rate_limiter(
            RetryingRateLimiter(
                max_retries=3, overall_max_rate=settings.telegram_messages_per_second
            )
        )
        .post_init(set_commands)
        .build()
    )
    application.bot_data[RUNTIME_KEY] = Runtime(
        service=service,
        journal=Journal(sessions),
        flood=FloodLimit(settings.questions_per_minute),
        settings=settings,
        dialogue=Dialogue(),
        sessions=sessions,
    )
    register(application, settings.admin_ids)
    if application.job_queue is not None:
        application.job_queue.run_repeating(pick_up_new_builds, NEW_BUILD_CHECK_SECONDS)
    return application


async def pick_up_new_builds(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Serve a build activated by another replica or the command line while the bot runs
    (its folder written from the database if this replica has none)."""
    info = await asyncio.to_thread(runtime(context).service.load_newer)
    if info is not None:
        log.info("now serving index build %d (%d passages)", info.build_id, info.passages)


async def set_commands(application: Application) -> None:
    """Command menus per scope (private chats, groups, each admin's chat), in kk and ru.

    The menu without a language code (for every other client language) is the Kazakh one.
    """
    bot = application.bot
    scopes = [
        (BotCommandScopeAllPrivateChats(), PRIVATE_COMMANDS),
        (BotCommandScopeAllGroupChats(), GROUP_COMMANDS),
    ]
    admins = [
        (BotCommandScopeChat(i), ADMIN_COMMANDS) for i in sorted(runtime(application).admin_ids)
    ]
    for scope, names in scopes + admins:
        for lang in (*LANGS, None):
            try:
                await bot.set_my_commands(_commands(names, lang or DEFAULT_LANG), scope, lang)
            except TelegramError as exc:  # an admin who never opened the chat has no chat yet
                log.warning("commands not set for %s: %s", scope.type, exc)
                break


def _commands(names: tuple[str, ...], lang: str) -> list[BotCommand]:
    return [BotCommand(name, text(lang, f"cmd_{name}")) for name in names]


def run_polling(
    settings: Settings, service: AnswerService, sessions: sessionmaker[Session]
) -> None:
    """Long-poll Telegram until interrupted."""
    build_application(settings, service, sessions).run_polling(allowed_updates=Update.ALL_TYPES)
