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

from bot.browse_view import PATTERN as BROWSE_PRESSES
from bot.handlers import admin, browse, callbacks, documents, groups, inline, private
from bot.handlers.errors import error_handler


def register(application: Application, admin_ids: frozenset[int]) -> None:
    """Add every handler; order matters only within the private-chat fallbacks."""
    new = filters.UpdateType.MESSAGE
    private_chat = new & filters.ChatType.PRIVATE
    edited_private = filters.UpdateType.EDITED_MESSAGE & filters.ChatType.PRIVATE
    group_chat = new & filters.ChatType.GROUPS
    application.add_handlers(
        [
            CommandHandler("start", private.start),
            CommandHandler("help", private.help_command),
            CommandHandler("lang", private.choose_lang),
            CommandHandler("ask", groups.ask_command),
            CommandHandler("reindex", admin.reindex),
            CommandHandler("stats", admin.stats),
            CommandHandler("unanswered", admin.unanswered),
            CommandHandler("regions", browse.regions),
            CommandHandler("timeline", browse.timeline),
            CommandHandler("chart", browse.chart),
            CallbackQueryHandler(private.lang_chosen, pattern=r"^l:"),
            CallbackQueryHandler(browse.pressed, pattern=BROWSE_PRESSES),
            CommandHandler("docs", documents.docs),
            CallbackQueryHandler(documents.button, pattern=r"^d:"),
            CallbackQueryHandler(callbacks.button),
            InlineQueryHandler(inline.inline_query),
            MessageHandler(
                private_chat & filters.Document.ALL & filters.User(user_id=admin_ids),
                admin.document,
            ),
            MessageHandler(private_chat & filters.TEXT & ~filters.COMMAND, private.question),
            MessageHandler(edited_private & filters.TEXT & ~filters.COMMAND, private.question),
            MessageHandler(
                private_chat & (filters.PHOTO | filters.Document.ALL) & filters.CAPTION,
                private.question,
            ),
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
