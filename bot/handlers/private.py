"""Private chat: /start, /help, /lang, questions (also edited or as a caption), and anything
that is not a question."""

from __future__ import annotations

from html import escape

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from bot.asking import ask
from bot.keyboards import examples_keyboard, lang_keyboard
from bot.render import example_questions, reply_for
from bot.runtime import runtime
from bot.strings import LANGS, text


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet the user with what the bot knows and three example questions."""
    rt = runtime(context)
    user = update.effective_user
    lang = await rt.user_lang(user)
    guide = rt.service.guide
    greeting = text(
        lang,
        "greeting",
        name=user.first_name if user else "",
        citation=guide.citation,
        regions=", ".join(guide.covered(lang)),
    )
    markup = examples_keyboard(example_questions(guide, lang))
    if update.effective_chat and update.effective_chat.type != ChatType.PRIVATE:
        greeting, markup = f"{greeting}\n\n{text(lang, 'help_group')}", None
    await update.effective_message.reply_html(escape(greeting), reply_markup=markup)


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """How to use the bot: buttons, browsing, follow-ups, inline mode; in groups /ask and
    mentions."""
    lang = await runtime(context).user_lang(update.effective_user)
    if update.effective_chat and update.effective_chat.type != ChatType.PRIVATE:
        await update.effective_message.reply_text(text(lang, "help_group"))
        return
    await update.effective_message.reply_text(text(lang, "help_private", bot=context.bot.username))


async def choose_lang(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Offer the interface languages (/lang)."""
    lang = await runtime(context).user_lang(update.effective_user)
    await update.effective_message.reply_text(
        text(lang, "lang_prompt"), reply_markup=lang_keyboard()
    )


async def lang_chosen(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Store the language picked under /lang."""
    query = update.callback_query
    lang = query.data.partition(":")[2]
    if lang not in LANGS:
        await query.answer()
        return
    await runtime(context).set_lang(update.effective_user.id, lang)
    await query.answer(text(lang, "lang_set"))
    await query.edit_message_text(text(lang, "lang_set"))


async def question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a message in a private chat: its text, an edited text, or a photo's caption."""
    rt = runtime(context)
    message = update.effective_message
    asked = await ask(
        rt,
        update.effective_user,
        ChatType.PRIVATE,
        message.text or message.caption or "",
        chat_id=message.chat_id,
    )
    reply = reply_for(asked, rt.service.guide)
    await message.reply_html(reply.text, reply_markup=reply.markup)


async def not_a_question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos, voice and the like: ask politely for a text question."""
    lang = await runtime(context).user_lang(update.effective_user)
    await update.effective_message.reply_text(text(lang, "unsupported"))
