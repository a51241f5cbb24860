"""Buttons under an answer: next passage, show context, 👍 / 👎."""

from __future__ import annotations

import asyncio

from telegram import Update
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
        await asyncio.to_thread(
            rt.journal.add_feedback, action.question_id, update.effective_user.id, action.value == 1
        )
        await query.answer(text(lang, "thanks"))
        return
    answer = await _reanswer(rt, action)
    if answer is None or action.value >= len(answer.results):
        await query.answer(text(lang, "no_more"))
        return
    lang = await rt.answer_lang(update.effective_user, answer.lang, answer.lang_certain)
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


async def _reanswer(rt: Runtime, action: Action) -> Answer | None:
    """The answer of a logged question, recomputed (results are deterministic for a build)."""
    question = await asyncio.to_thread(rt.journal.question, action.question_id)
    if question is None:
        return None
    return await asyncio.to_thread(rt.service.answer, question)
