"""Buttons under an answer: next passage, show context, 👍 / 👎 (👎 moves on to the next one)."""

from __future__ import annotations

from telegram import Message, Update
from telegram.constants import ChatType, ParseMode
from telegram.error import Forbidden
from telegram.ext import ContextTypes

from bot.asking import ask
from bot.keyboards import CONTEXT, FEEDBACK, NEXT, Action, answer_keyboard, decode
from bot.render import render_answer, render_context, reply_for
from bot.runtime import Runtime, runtime
from bot.strings import text
from index.domain import Answer
from index.service import BuildChanged


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
        await rt.in_worker(
            rt.journal.add_feedback, action.question_id, update.effective_user.id, helpful
        )
        following = None if helpful else _next_button(query.message)
        try:
            answer = await _reanswer(rt, following) if following else None
        except BuildChanged:
            answer = None
        if following is None or answer is None or following.value >= len(answer.results):
            await query.answer(text(lang, "thanks"))
        else:
            await _show(update, context, rt, following, answer, text(lang, "thanks_next"))
        return
    try:
        answer = await _reanswer(rt, action)
    except BuildChanged:
        await _answer_anew(update, rt, action, lang)
        return
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
        asker = await rt.in_worker(rt.journal.asker, action.question_id)
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
    """The answer of a logged question, recomputed by the build that answered it (results are
    deterministic for a build); raises BuildChanged when that build is no longer served."""
    logged = await rt.in_worker(rt.journal.question, action.question_id)
    if logged is None:
        return None
    return await rt.in_worker(rt.service.answer, logged.question, build_id=logged.build_id)


async def _answer_anew(update: Update, rt: Runtime, action: Action, lang: str) -> None:
    """The passages behind the buttons may be gone with their build: say so, answer again."""
    query = update.callback_query
    logged = await rt.in_worker(rt.journal.question, action.question_id)
    await query.answer(text(lang, "index_changed"))
    chat_type = query.message.chat.type if query.message else "private"
    asked = await ask(rt, update.effective_user, chat_type, logged.question, limited=False)
    reply = reply_for(asked, rt.service.guide)
    await query.edit_message_text(reply.text, parse_mode="HTML", reply_markup=reply.markup)
