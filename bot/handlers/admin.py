"""Admins: /reindex, /stats, /unanswered and uploading a .txt document (into the database)."""

from __future__ import annotations

import asyncio
import logging

from telegram import Update
from telegram.ext import ContextTypes

from bot.reindexing import rebuild_with_status
from bot.render import render_stats, render_unanswered
from bot.runtime import Runtime, runtime
from bot.strings import document_reason, text
from index.ingest.upload import InvalidDocument, validate_document

log = logging.getLogger(__name__)

UNANSWERED_SHOWN = 20


async def reindex(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Start a rebuild in the background, reporting progress in one status message."""
    rt = runtime(context)
    if not await is_admin(update, rt):
        return
    await _start_rebuild(update, context, rt)


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Usage figures and the current index build."""
    rt = runtime(context)
    if not await is_admin(update, rt):
        return
    lang = await rt.user_lang(update.effective_user)
    figures = await asyncio.to_thread(rt.journal.stats)
    service = rt.service
    await update.effective_message.reply_text(
        render_stats(figures, service.build_info, service.guide, lang)
    )


async def unanswered(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The last questions the text did not answer or that got a 👎: what readers miss."""
    rt = runtime(context)
    if not await is_admin(update, rt):
        return
    lang = await rt.user_lang(update.effective_user)
    questions = await asyncio.to_thread(rt.journal.unanswered, UNANSWERED_SHOWN)
    await update.effective_message.reply_text(render_unanswered(questions, lang))


async def document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Validate and store an uploaded .txt (admins only: filter). A new document is built at
    once; a new version of one waits for /reindex, and the old version is kept either way."""
    rt = runtime(context)
    lang = await rt.user_lang(update.effective_user)
    upload = update.effective_message.document
    try:
        limit = rt.settings.upload_limit_bytes
        if (upload.file_size or 0) > limit:  # before downloading; checked again after
            raise InvalidDocument("too_large")
        content = bytes(await (await upload.get_file()).download_as_bytearray())
        name = validate_document(upload.file_name or "", content, limit)
    except InvalidDocument as exc:
        mb = rt.settings.upload_limit_mb
        reason = document_reason(lang, str(exc), limit_mb=mb)
        await update.effective_message.reply_text(
            text(lang, "doc_invalid", reason=reason, limit_mb=mb)
        )
        return
    uploader = str(update.effective_user.id)
    added = await asyncio.to_thread(rt.service.documents.add, name, content, uploader)
    stored = added.document
    if added.status != "added":
        key = "doc_new_version" if added.status == "new_version" else "doc_duplicate"
        reply = text(lang, key, name=stored.name, version=stored.version)
        await update.effective_message.reply_text(reply)
        return
    await update.effective_message.reply_text(text(lang, "doc_saved", name=stored.name))
    await _start_rebuild(update, context, rt)


async def is_admin(update: Update, rt: Runtime) -> bool:
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
