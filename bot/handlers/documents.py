"""Admins: /docs lists every document version, with buttons to disable, enable and remove
(removal asks first). Rebuilding after a change is the admin's choice: /reindex."""

from __future__ import annotations

import asyncio
import logging

from telegram import CallbackQuery, InlineKeyboardMarkup, Update
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.handlers.admin import is_admin
from bot.keyboards import (
    DOC_ENABLE,
    DOC_LIST,
    DOC_REMOVE,
    DOC_REMOVE_CONFIRMED,
    DocAction,
    confirm_remove_keyboard,
    decode_doc,
    documents_keyboard,
)
from bot.render import render_documents
from bot.runtime import runtime
from bot.strings import text
from index.store.documents import DocumentStore, StoredDocument

log = logging.getLogger(__name__)


async def docs(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    rt = runtime(context)
    if not await is_admin(update, rt):
        return
    lang = await rt.user_lang(update.effective_user)
    listed = await asyncio.to_thread(rt.service.documents.list)
    await update.effective_message.reply_text(
        render_documents(listed, lang), reply_markup=documents_keyboard(listed, lang)
    )


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A press on a /docs button: act on the store, then show the list (or the confirmation)."""
    rt = runtime(context)
    query = update.callback_query
    user = update.effective_user
    lang = await rt.user_lang(user)
    if user is None or user.id not in rt.admin_ids:
        log.warning("refused document action from user %s", user.id if user else None)
        await query.answer(text(lang, "admin_only"), show_alert=True)
        return
    action = decode_doc(query.data or "")
    if action is None:
        await query.answer(text(lang, "expired"))
        return
    store = rt.service.documents
    notice = None
    if action.verb != DOC_LIST:
        document = await asyncio.to_thread(_apply, store, action)
        if document is None:
            notice = text(lang, "docs_missing")
        elif action.verb == DOC_REMOVE:  # nothing changed yet: ask first
            await query.answer()
            confirm = text(
                lang, "docs_confirm_remove", id=document.id, name=document.name,
                version=document.version,
            )  # fmt: skip
            await _edit(query, confirm, confirm_remove_keyboard(document.id, lang))
            return
        else:
            log.info("admin %s: document %d %s", user.id, document.id, action.verb)
            done = "docs_removed" if action.verb == DOC_REMOVE_CONFIRMED else "docs_changed"
            notice = text(lang, done, id=document.id)
    await query.answer(notice)
    listed = await asyncio.to_thread(store.list)
    await _edit(query, render_documents(listed, lang), documents_keyboard(listed, lang))


def _apply(store: DocumentStore, action: DocAction) -> StoredDocument | None:
    """The document the action is about, after the action; None if there is no such version."""
    if action.verb == DOC_REMOVE:
        return store.get(action.document_id)
    if action.verb == DOC_REMOVE_CONFIRMED:
        return store.remove(action.document_id)
    return store.set_enabled(action.document_id, action.verb == DOC_ENABLE)


async def _edit(query: CallbackQuery, message: str, markup: InlineKeyboardMarkup) -> None:
    try:
        await query.edit_message_text(message, reply_markup=markup)
    except BadRequest as exc:  # "message is not modified" after a no-op
        log.info("document list not edited: %s", exc)
