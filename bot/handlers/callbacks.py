"""Buttons under an answer: next passage, show context, 👍 / 👎 (👎 moves on to the next one)."""

from __future__ import annotations

import asyncio

from telegram import Message, Update
from telegram.constants import ChatType, ParseMode
from telegram.error import Forbidden
from telegram.ext import ContextTypes

from bot.keyboards import CONTEXT, FEEDBACK, NEXT, Action, answer_keyboard, decode
from bot.render import render_answer, render_context
from bot.runtime import Runtime, runtime
from bot.strings import text
from index.domain import Answer


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Handle a press on one of the answer buttons."""
    rt = runtime(context)
    query = update.callback_query
    action = decode(query.data or "")
    lang = await rt.user_lang(update.effective_user)
    if action is None:
        await query.answer(text(lang, "expired"))
        return
    if action.kind == FEEDBACK:
        helpful = action.value == 1
        await asyncio.to_thread(
            rt.journal.add_feedback, action.question_id, update.effective_user.id, helpful
        )
        following = None if helpful else _next_button(query.message)
        answer = await _reanswer(rt, following) if following else None
        if following is None or answer is None or following.value >= len(answer.results):
            await query.answer(text(lang, "thanks"))
        else:
            await _show(update, context, rt, following, answer, text(lang, "thanks_next"))
        return
    answer = await _reanswer(rt, action)
    if answer is None or action.value >= len(answer.results):
        await query.answer(text(lang, "no_more"))
        return
    if action.kind == NEXT:
        await _show(update, context, rt, action, answer)
    elif action.kind == CONTEXT:
        lang = await rt.answer_lang(update.effective_user, answer.lang, answer.lang_certain)
        chunk_id = answer.results[action.value].chunk_id
        before, after = rt.service.neighbours(chunk_id)
        await query.answer()
        await query.message.reply_html(render_context(before, after, lang), do_quote=True)


async def _show(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    rt: Runtime,
    action: Action,
    answer: Answer,
    notice: str | None = None,
) -> None:
    """Result `action.value` in place of the message pressed on; in a group, someone other than
    the asker gets it in their private chat instead, leaving the asker's message alone."""
    query, user = update.callback_query, update.effective_user
    lang = await rt.answer_lang(user, answer.lang, answer.lang_certain)
    has_next = action.value + 1 < len(answer.results)
    html = render_answer(answer, action.value, lang, rt.service.guide)
    markup = answer_keyboard(action.question_id, action.value, has_next, lang)
    chat = update.effective_chat
    if chat is not None and chat.type != ChatType.PRIVATE:
        asker = await asyncio.to_thread(rt.journal.asker, action.question_id)
        if asker != user.id:
            ui_lang = await rt.user_lang(user)
            try:
                await context.bot.send_message(
                    user.id, html, parse_mode=ParseMode.HTML, reply_markup=markup
                )
            except Forbidden:  # they never started the bot: it may not write to them
                await query.answer(text(ui_lang, "start_me_first"), show_alert=True)
                return
            await query.answer(text(ui_lang, "next_sent_privately"))
            return
    await query.answer(notice)
    await query.edit_message_text(html, parse_mode=ParseMode.HTML, reply_markup=markup)


def _next_button(message: Message | None) -> Action | None:
    """The "next passage" button under a message, if it has one (👎 presses it)."""
    markup = message.reply_markup if isinstance(message, Message) else None
    for row in markup.inline_keyboard if markup else ():
        for pressed in row:
            action = decode(str(pressed.callback_data or ""))
            if action is not None and action.kind == NEXT:
                return action
    return None


async def _reanswer(rt: Runtime, action: Action) -> Answer | None:
    """The answer of a logged question, recomputed (results are deterministic for a build)."""
    question = await asyncio.to_thread(rt.journal.question, action.question_id)
    if question is None:
        return None
    return await asyncio.to_thread(rt.service.answer, question)
