"""Inline mode: `@bot question` offers the passages that answer it as articles."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from html import unescape

from telegram import (
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Update,
)
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot import browse
from bot.asking import ask
from bot.browse_view import event_line
from bot.render import (
    example_question,
    meta_line,
    render_answer,
    render_html,
    reply_for,
    shown,
)
from bot.runtime import runtime
from bot.strings import text
from index.domain import Chunk, Example, Guide
from index.events import Event

MAX_RESULTS = 10
MAX_REGION_EVENTS = 50  # Telegram's limit per answer
CACHE_SECONDS = 300  # per user (is_personal): labels follow the user's language


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer an inline query; an empty one gets a button to the private chat and examples."""
    rt = runtime(context)
    query = update.inline_query
    lang = await rt.user_lang(query.from_user)
    guide = rt.service.guide
    button = InlineQueryResultsButton(text(lang, "inline_private"), start_parameter="inline")
    if not query.query.strip():
        results = [_example(guide, example, lang) for example in guide.examples]
        await query.answer(results, button=button, cache_time=CACHE_SECONDS, is_personal=True)
        return
    region = browse.sole_region(query.query, rt.service.gazetteer)
    if region is not None and (indexes := browse.region_events(guide, region)):
        events = [guide.events[i] for i in indexes[:MAX_REGION_EVENTS]]
        results = [_event_article(rt.service.chunk(e.chunk_id), e, lang, guide) for e in events]
        results = [r for r in results if r is not None]
        await query.answer(results, button=button, cache_time=CACHE_SECONDS, is_personal=True)
        return
    asked = await ask(rt, query.from_user, "inline", query.query, limited=False)
    answer, lang = asked.answer, asked.lang
    if answer is None or not answer.answered or not answer.results:
        # A problem, small talk or "not in the text": the same words as in a chat.
        results = [_notice(reply_for(asked, guide).text)]
    else:
        results = [
            InlineQueryResultArticle(
                id=_result_id(passage.chunk_id),
                title=meta_line(shown(passage, lang, guide), lang),
                description=passage.quote[:200],
                input_message_content=InputTextMessageContent(
                    render_answer(answer, i, lang, guide, question=answer.question),
                    parse_mode=ParseMode.HTML,
                ),
            )
            for i, passage in enumerate(answer.results[:MAX_RESULTS])
        ]
    await query.answer(results, button=button, cache_time=CACHE_SECONDS, is_personal=True)


def _notice(message: str) -> InlineQueryResultArticle:
    """A single article that explains instead of quoting (nothing in the text answers)."""
    return InlineQueryResultArticle(
        id="notice",
        title=unescape(message.split("\n")[0])[:100],
        input_message_content=InputTextMessageContent(message, parse_mode=ParseMode.HTML),
    )


def _example(guide: Guide, example: Example, lang: str) -> InlineQueryResultArticle:
    """An example question, offered with the passage that answers it (answer in bold)."""
    item = replace(shown(example.chunk, lang, guide), quote=example.sentence, date=example.date)
    return InlineQueryResultArticle(
        id=_result_id(example.chunk.chunk_id),
        title=example_question(example, lang, guide),
        description=f"{meta_line(item, lang)}\n{example.sentence[:150]}",
        input_message_content=InputTextMessageContent(
            render_html(item, guide.citation, lang), parse_mode=ParseMode.HTML
        ),
    )


def _event_article(
    chunk: Chunk | None, event: Event, lang: str, guide: Guide
) -> InlineQueryResultArticle | None:
    """One event of a region: its date and sentence, sending its passage with it in bold."""
    if chunk is None:
        return None
    item = shown(browse.event_passage(event, chunk), lang, guide)
    return InlineQueryResultArticle(
        id=_result_id(f"{event.chunk_id}:{event.start}"),
        title=event_line(event, lang)[:100],
        description=text(lang, f"kind_{event.kind}"),
        input_message_content=InputTextMessageContent(
            render_html(item, guide.citation, lang), parse_mode=ParseMode.HTML
        ),
    )


def _result_id(chunk_id: str) -> str:
    """Short, unique per passage (Telegram allows up to 64 bytes)."""
    return hashlib.blake2b(chunk_id.encode(), digest_size=6).hexdigest()
