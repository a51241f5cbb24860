"""Browsing by place and time: /regions, /timeline [month], /chart, and their buttons."""

from __future__ import annotations

import asyncio

from telegram import CallbackQuery, Update
from telegram.ext import ContextTypes

from bot import browse, browse_view
from bot.browse_view import EVENT, REGION, REGIONS, TIMELINE, Press
from bot.chart import chart_caption
from bot.render import render_html, shown
from bot.runtime import runtime
from bot.strings import format_date, text
from index.domain import Guide


async def regions(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A grid of the regions the article's events happen in."""
    rt = runtime(context)
    lang = await rt.user_lang(update.effective_user)
    guide, build_id = rt.service.guide, rt.service.build_info.build_id
    if not guide.events:
        await update.effective_message.reply_text(text(lang, "browse_none"))
        return
    await update.effective_message.reply_text(
        text(lang, "regions_title"),
        reply_markup=browse_view.regions_keyboard(guide, build_id, lang),
    )


async def timeline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The events in date order; `/timeline 1918-02` opens the page where February begins."""
    rt = runtime(context)
    lang = await rt.user_lang(update.effective_user)
    guide, build_id = rt.service.guide, rt.service.build_info.build_id
    message = update.effective_message
    if not guide.events:
        await message.reply_text(text(lang, "browse_none"))
        return
    page = 0
    if context.args:
        month = browse.parse_month(" ".join(context.args), guide)
        if month is None:
            await message.reply_text(text(lang, "timeline_usage"))
            return
        page = browse.month_page(guide, month)
        if page is None:
            first, last = guide.events[0].date[:7], guide.events[-1].date[:7]
            await message.reply_text(
                text(lang, "timeline_no_month", month=format_date(month, lang),
                     first=format_date(first, lang), last=format_date(last, lang))
            )  # fmt: skip
            return
    listing = browse.listing(guide, browse.all_events(guide), page)
    await message.reply_html(
        browse_view.timeline_page(listing, lang),
        reply_markup=browse_view.list_keyboard(listing, build_id, ""),
    )


async def chart(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The chart of Soviet power by region, drawn once per build and language."""
    rt = runtime(context)
    lang = await rt.user_lang(update.effective_user)
    guide, build_id = rt.service.guide, rt.service.build_info.build_id
    png = await asyncio.to_thread(rt.charts.png, build_id, guide, lang)
    await update.effective_message.reply_photo(png, caption=chart_caption(lang, guide.citation))


async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A browsing button: a region's events, another page, or one event's passage."""
    rt = runtime(context)
    query = update.callback_query
    lang = await rt.user_lang(update.effective_user)
    guide, build_id = rt.service.guide, rt.service.build_info.build_id
    press = browse_view.decode(query.data or "")
    stale = press is None or press.build_id != build_id or not _in_range(press, guide)
    event = guide.events[press.values[0]] if not stale and press.kind == EVENT else None
    # An event's passage is gone only if the build was swapped since `guide` was read.
    chunk = rt.service.chunk(event.chunk_id) if event is not None else None
    if stale or (event is not None and chunk is None):
        await query.answer(text(lang, "browse_stale"), show_alert=True)
        return
    await query.answer()
    if event is not None and chunk is not None:
        item = shown(browse.event_passage(event, chunk), lang, guide)
        await query.message.reply_html(render_html(item, guide.citation, lang))
    elif press.kind == REGIONS:
        markup = browse_view.regions_keyboard(guide, build_id, lang)
        await query.edit_message_text(text(lang, "regions_title"), reply_markup=markup)
    else:
        await _show_list(query, press, lang, guide, build_id)


async def _show_list(
    query: CallbackQuery, press: Press, lang: str, guide: Guide, build_id: int
) -> None:
    if press.kind == REGION:
        index, page = press.values
        region = browse.browsable_regions(guide)[index]
        listing = browse.listing(guide, browse.region_events(guide, region), page)
        body = browse_view.region_page(guide, region, listing, lang)
        back = browse_view.encode(REGIONS, build_id)
        markup = browse_view.list_keyboard(listing, build_id, back, index)
    else:
        listing = browse.listing(guide, browse.all_events(guide), press.values[0])
        body = browse_view.timeline_page(listing, lang)
        markup = browse_view.list_keyboard(listing, build_id, "")
    await query.edit_message_text(body, parse_mode="HTML", reply_markup=markup)


def _in_range(press: Press, guide: Guide) -> bool:
    """Numbers that point into this build's lists (a hand-made press may not)."""
    if press.kind == EVENT:
        return press.values[0] < len(guide.events)
    if press.kind == REGION:
        return press.values[0] < len(browse.browsable_regions(guide))
    return press.kind in (REGIONS, TIMELINE)
