"""Buttons under an answer: next passage, show context, 👍 / 👎."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot.asking import ask
from bot.keyboards import CONTEXT, FEEDBACK, NEXT, answer_keyboard, decode
from bot.render import render_answer, render_context, reply_for
from bot.runtime import runtime
from bot.strings import text
from index.service import BuildChanged


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Handle a press on one of the answer buttons."""
    rt = runtime(context)
    query = update.callback_query
    user = update.effective_user
    action = decode(query.data or "")
    lang = await rt.user_lang(user)
    if action is None:
        await query.answer(text(lang, "expired"))
        return
    if action.kind == FEEDBACK:
        await rt.in_worker(rt.journal.add_feedback, action.question_id, user.id, action.value == 1)
        await query.answer(text(lang, "thanks"))
        return
    logged = await rt.in_worker(rt.journal.question, action.question_id)
    if logged is None:
        await query.answer(text(lang, "no_more"))
        return
    try:
        # Results are deterministic for a build: the one that answered gives the same passages.
        answer = await rt.in_worker(rt.service.answer, logged.question, build_id=logged.build_id)
    except BuildChanged:
        # The passages behind the buttons may be gone: answer the question again, anew.
        await query.answer(text(lang, "index_changed"))
        chat_type = query.message.chat.type if query.message else "private"
        asked = await ask(rt, user, chat_type, logged.question, limited=False)
        reply = reply_for(asked, rt.service.guide)
        await query.edit_message_text(reply.text, parse_mode="HTML", reply_markup=reply.markup)
        return
    if action.value >= len(answer.results):
        await query.answer(text(lang, "no_more"))
        return
    lang = await rt.answer_lang(user, answer.lang)
    if action.kind == NEXT:
        await query.answer()
        has_next = action.value + 1 < len(answer.results)
        await query.edit_message_text(
            render_answer(answer, action.value, lang, rt.service.guide),
            parse_mode="HTML",
            reply_markup=answer_keyboard(action.question_id, action.value, has_next, lang),
        )
    elif action.kind == CONTEXT:
        chunk_id = answer.results[action.value].chunk_id
        before, after = rt.service.neighbours(chunk_id)
        await query.answer()
        await query.message.reply_html(render_context(before, after, lang), do_quote=True)
