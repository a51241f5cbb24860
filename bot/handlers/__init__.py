"""Handlers, one concern per module; `register` wires them into an Application."""

from __future__ import annotations

from telegram import MessageEntity
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot.handlers import admin, callbacks, documents, groups, inline, private
from bot.handlers.errors import error_handler


def register(application: Application, admin_ids: frozenset[int]) -> None:
    """Add every handler; order matters only within the private-chat fallbacks."""
    new = filters.UpdateType.MESSAGE
    private_chat = new & filters.ChatType.PRIVATE
    group_chat = new & filters.ChatType.GROUPS
    application.add_handlers(
        [
            CommandHandler(["start", "help"], private.start),
            CommandHandler("lang", private.choose_lang),
            CommandHandler("ask", groups.ask_command),
            CommandHandler("reindex", admin.reindex),
            CommandHandler("stats", admin.stats),
            CommandHandler("docs", documents.docs),
            CallbackQueryHandler(private.lang_chosen, pattern=r"^l:"),
            CallbackQueryHandler(documents.button, pattern=r"^d:"),
            CallbackQueryHandler(callbacks.button),
            InlineQueryHandler(inline.inline_query),
            MessageHandler(
                private_chat & filters.Document.ALL & filters.User(user_id=admin_ids),
                admin.document,
            ),
            MessageHandler(private_chat & filters.TEXT & ~filters.COMMAND, private.question),
            MessageHandler(private_chat, private.not_a_question),
            MessageHandler(
                group_chat
                & filters.TEXT
                & ~filters.COMMAND
                & (filters.Entity(MessageEntity.MENTION) | filters.REPLY),
                groups.addressed,
            ),
        ]
    )
    application.add_error_handler(error_handler)
