"""Browsing shown to a reader: lists of events as HTML (or plain text for the terminal), their
buttons, and the short ASCII `callback_data` those carry (< 64 bytes):

``g:<build>`` the regions, ``r:<build>:<region>:<page>`` a region's events,
``t:<build>:<page>`` the timeline, ``e:<build>:<event>`` one event's passage.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.browse import Listing, browsable_regions, shorten
from bot.strings import format_date, text
from index.domain import Guide
from index.events import Event

REGIONS, REGION, TIMELINE, EVENT = "g", "r", "t", "e"
PATTERN = r"^[grte]:"  # the presses this view answers
COLUMNS = 3


@dataclass(frozen=True)
class Press:
    """A decoded browsing button: what to show, from which build, with which numbers."""

    kind: str
    build_id: int
    values: tuple[int, ...]


def encode(kind: str, build_id: int, *values: int) -> str:
    return ":".join((kind, str(build_id), *map(str, values)))


def decode(data: str) -> Press | None:
    """The press a `callback_data` stands for, or None if it is not a browsing one."""
    kind, *numbers = data.split(":")
    wanted = {REGIONS: 1, REGION: 3, TIMELINE: 2, EVENT: 2}.get(kind)
    if wanted is None or len(numbers) != wanted or not all(n.isdigit() for n in numbers):
        return None
    return Press(kind, int(numbers[0]), tuple(int(n) for n in numbers[1:]))


def regions_keyboard(guide: Guide, build_id: int, lang: str) -> InlineKeyboardMarkup:
    """A grid of region buttons, named for the reader, alphabetically."""
    regions = browsable_regions(guide)
    order = sorted(range(len(regions)), key=lambda i: guide.label(regions[i], lang))
    buttons = [
        InlineKeyboardButton(
            guide.label(regions[i], lang), callback_data=encode(REGION, build_id, i, 0)
        )
        for i in order
    ]
    return InlineKeyboardMarkup([buttons[k : k + COLUMNS] for k in range(0, len(buttons), COLUMNS)])


def event_line(event: Event, lang: str) -> str:
    """«1918 жылғы 19 қаңтар — <the sentence, shortened>» (plain text)."""
    return f"{format_date(event.date, lang)} — {shorten(event.sentence)}"


def region_page(guide: Guide, region: str, page: Listing, lang: str) -> str:
    """A region's events, one numbered line each (HTML)."""
    title = text(lang, "region_events", region=escape(guide.label(region, lang)), count=page.total)
    lines = [_numbered(n, event, lang) for n, (_, event) in enumerate(page.items, 1)]
    return "\n".join([f"{title} · {text(lang, 'page', page=page.page + 1, pages=page.pages)}",
                      "", *lines])  # fmt: skip


def timeline_page(page: Listing, lang: str) -> str:
    """Events of the article in date order, under a heading per month (HTML)."""
    parts = [f"{text(lang, 'timeline_title', count=page.total)} · "
             f"{text(lang, 'page', page=page.page + 1, pages=page.pages)}"]  # fmt: skip
    month = None
    for n, (_, event) in enumerate(page.items, 1):
        if event.date[:7] != month:
            month = event.date[:7]
            parts.append(f"\n<b>{escape(format_date(month, lang) or month)}</b>")
        parts.append(_numbered(n, event, lang))
    return "\n".join(parts)


def list_keyboard(page: Listing, build_id: int, back: str, *where: int) -> InlineKeyboardMarkup:
    """Numbered buttons opening the page's events, then ◀ ▶ (and 🗺 back to the regions)."""
    kind = REGION if where else TIMELINE
    opens = [
        InlineKeyboardButton(str(n), callback_data=encode(EVENT, build_id, i))
        for n, (i, _) in enumerate(page.items, 1)
    ]
    paging = []
    if page.page > 0:
        paging.append(("◀", encode(kind, build_id, *where, page.page - 1)))
    if back:
        paging.append(("🗺", back))
    if page.page + 1 < page.pages:
        paging.append(("▶", encode(kind, build_id, *where, page.page + 1)))
    row = [InlineKeyboardButton(label, callback_data=data) for label, data in paging]
    return InlineKeyboardMarkup([opens, row] if row else [opens])


def plain_events(guide: Guide, events: list[Event], lang: str) -> str:
    """Events for the terminal, under a heading per month, with their kind and places."""
    lines, month = [], None
    for event in events:
        if event.date[:7] != month:
            month = event.date[:7]
            lines.append(f"\n{format_date(month, lang)}")
        places = ", ".join(guide.label(r, lang) for r in event.regions)
        kind = text(lang, f"kind_{event.kind}")
        lines.append(f"  {event_line(event, lang)}\n    [{kind}{'; ' + places if places else ''}]")
    return "\n".join(lines).lstrip("\n")


def _numbered(n: int, event: Event, lang: str) -> str:
    date = escape(format_date(event.date, lang) or event.date)
    return f"{n}. <b>{date}</b> — {escape(shorten(event.sentence))}"
