"""Admins: /reindex, /stats and uploading a new .txt document into the corpus."""

from __future__ import annotations

import asyncio
import logging

from telegram import Update
from telegram.ext import ContextTypes

from bot.reindexing import rebuild_with_status
from bot.render import render_stats
from bot.runtime import Runtime, runtime
from bot.strings import document_reason, text
from index.ingest.upload import InvalidDocument, save_document

log = logging.getLogger(__name__)


async def reindex(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Start a rebuild in the background, reporting progress in one status message."""
    rt = runtime(context)
    if not await _is_admin(update, rt):
        return
    await _start_rebuild(update, context, rt)


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Usage figures and the current index build."""
    rt = runtime(context)
    if not await _is_admin(update, rt):
        return
    lang = await rt.user_lang(update.effective_user)
    figures = await asyncio.to_thread(rt.journal.stats)
    service = rt.service
    await update.effective_message.reply_text(
        render_stats(figures, service.build_info, service.guide, lang)
    )


async def document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Validate and save an uploaded .txt into the corpus, then rebuild (admins only: filter)."""
    rt = runtime(context)
    lang = await rt.user_lang(update.effective_user)
    upload = update.effective_message.document
    try:
        limit = rt.settings.upload_limit_bytes
        if (upload.file_size or 0) > limit:  # before downloading; checked again after
            raise InvalidDocument("too_large")
        content = await (await upload.get_file()).download_as_bytearray()
        await asyncio.to_thread(
            save_document, rt.settings.corpus_dir, upload.file_name or "", bytes(content), limit
        )
    except InvalidDocument as exc:
        mb = rt.settings.upload_limit_mb
        reason = document_reason(lang, str(exc), limit_mb=mb)
        await update.effective_message.reply_text(
            text(lang, "doc_invalid", reason=reason, limit_mb=mb)
        )
        return
    await update.effective_message.reply_text(text(lang, "doc_saved", name=upload.file_name))
    await _start_rebuild(update, context, rt)


async def _is_admin(update: Update, rt: Runtime) -> bool:
    """True for admins; others are refused politely and the attempt is logged."""
    user = update.effective_user
    if user is not None and user.id in rt.admin_ids:
        return True
    log.warning("refused admin action from user %s", user.id if user else None)
    lang = await rt.user_lang(user)
    await update.effective_message.reply_text(text(lang, "admin_only"))
    return False


async def _start_rebuild(update: Update, context: ContextTypes.DEFAULT_TYPE, rt: Runtime) -> None:
    lang = await rt.user_lang(update.effective_user)
    busy = rt.rebuild_task is not None and not rt.rebuild_task.done()
    if busy or rt.service.is_rebuilding:
        await update.effective_message.reply_text(text(lang, "reindex_busy"))
        return
    status = await update.effective_message.reply_text(text(lang, "reindex_started"))
    rt.rebuild_task = context.application.create_task(
        rebuild_with_status(context.bot, rt.service, status.chat_id, status.message_id, lang),
        update=update,
    )
