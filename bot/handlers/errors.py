"""The one error handler: log with the traceback, tell the user something short and kind."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ContextTypes

from bot.strings import DEFAULT_LANG, lang_from_code, text

log = logging.getLogger(__name__)


async def error_handler(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the exception and apologise to the user, if there is one to talk to."""
    log.error("update %s failed", getattr(update, "update_id", None), exc_info=context.error)
    if not isinstance(update, Update) or update.effective_message is None:
        return
    user = update.effective_user
    lang = lang_from_code(user.language_code if user else None) or DEFAULT_LANG
    try:
        await update.effective_message.reply_text(text(lang, "error"))
    except Exception:  # the apology itself failed (e.g. network): already logged above
        log.warning("could not tell the user about the error", exc_info=True)
