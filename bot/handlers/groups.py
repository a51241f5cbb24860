"""Groups: answer `/ask question`, messages that mention the bot and replies to its messages."""

from __future__ import annotations

import re

from telegram import Message, MessageEntity, Update
from telegram.ext import ContextTypes

from bot.asking import ask
from bot.render import example_questions, reply_for
from bot.runtime import runtime
from bot.strings import text
from index.text.questions import looks_like_question


async def ask_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer `/ask question` (also `/ask@botname question`) as a reply to the asker."""
    rt = runtime(context)
    question = " ".join(context.args or ())
    if not question.strip():
        lang = await rt.user_lang(update.effective_user)
        example = next(iter(example_questions(rt.service.guide, lang)), "…")
        usage = text(lang, "ask_usage", example=example)
        await update.effective_message.reply_text(usage, do_quote=True)
        return
    await _answer(update, context, question)


async def addressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a group message that mentions the bot or replies to it; ignore other chatter."""
    message = update.effective_message
    question = addressed_question(message, context.bot.username, context.bot.id)
    if question is not None:
        await _answer(update, context, question)


def addressed_question(message: Message, username: str, bot_id: int) -> str | None:
    """The question in a message meant for the bot (mention removed), or None if not for it.

    A reply to the bot that asks nothing («рахмет», «👍») is chatter, not meant for it."""
    body = message.text or ""
    mention = f"@{username}".lower()
    mentions = [
        entity
        for entity in message.entities
        if entity.type == MessageEntity.MENTION and message.parse_entity(entity).lower() == mention
    ]
    replied = message.reply_to_message
    if not mentions and not (replied and replied.from_user and replied.from_user.id == bot_id):
        return None
    if not mentions and not looks_like_question(body):
        return None
    # Entity offsets count UTF-16 units, so remove the mention by its text, not by offset.
    return re.sub(re.escape(mention), " ", body, flags=re.IGNORECASE).strip()


async def _answer(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
    rt = runtime(context)
    chat = update.effective_chat
    asked = await ask(rt, update.effective_user, chat.type, question, chat_id=chat.id)
    reply = reply_for(asked, rt.service.guide)
    await update.effective_message.reply_html(reply.text, reply_markup=reply.markup, do_quote=True)
