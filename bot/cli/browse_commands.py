"""`tarikh timeline` and `tarikh chart`: the article's events and the chart, in the terminal."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot import browse
from bot.browse_view import plain_events
from bot.chart import render_timeline_png
from bot.composition import open_service
from bot.config import Settings
from bot.strings import DEFAULT_LANG, LANGS


def add_commands(subcommands: argparse._SubParsersAction) -> None:
    timeline = subcommands.add_parser("timeline", help="the article's events in date order")
    timeline.add_argument("--region", help="only events in this place (any language)")
    timeline.add_argument("--month", help="only events of this month: 1918-02, 02.1918, …")
    timeline.add_argument("--lang", choices=list(LANGS), default=DEFAULT_LANG)
    timeline.set_defaults(handler=timeline_command)
    chart = subcommands.add_parser("chart", help="draw the chart of Soviet power by region")
    chart.add_argument("--out", type=Path, required=True, help="PNG file to write")
    chart.add_argument("--lang", choices=list(LANGS), default=DEFAULT_LANG)
    chart.set_defaults(handler=chart_command)


def timeline_command(args: argparse.Namespace, settings: Settings) -> int:
    service = open_service(settings)[0]
    guide = service.guide
    indexes = browse.all_events(guide)
    if args.region:
        found = service.gazetteer.find(args.region)
        if not found:
            print(f"unknown place: {args.region}", file=sys.stderr)
            return 2
        indexes = tuple(i for region in found for i in browse.region_events(guide, region))
    events = [guide.events[i] for i in sorted(set(indexes))]
    if args.month:
        month = browse.parse_month(args.month, guide)
        if month is None:
            print(f"not a month: {args.month} (try 1918-02)", file=sys.stderr)
            return 2
        events = [e for e in events if e.date.startswith(month)]
    if not events:
        print("no events", file=sys.stderr)
        return 1
    print(plain_events(guide, events, args.lang))
    print(f"\n{len(events)} of {len(guide.events)} events")
    return 0


def chart_command(args: argparse.Namespace, settings: Settings) -> int:
    guide = open_service(settings)[0].guide
    args.out.write_bytes(render_timeline_png(guide.timelines, args.lang, guide.label))
    print(f"{args.out}: {len(guide.timelines)} regions")
    return 0
