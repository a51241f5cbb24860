"""The timeline chart: where and when the article says Soviet power was established, as PNG.

Wiring (``/chart``, ``tarikh chart``)::

    timelines = soviet_power_dates(read_build(path).events, gazetteer.in_kazakhstan)
    png = render_timeline_png(timelines, lang, gazetteer.label)
    await message.reply_photo(png, caption=chart_caption(lang, citation))

Regions run down the side, earliest first, named for the reader (Kazakh names for kk, Russian
for ru); months run across from October 1917 to June 1918. One marker per region at its date:
a circle where power held, a diamond where it was later overthrown or met a revolt, with a cross
at each such setback; a date known only to the month sits mid-month on a pale bar spanning it.
A region the article excepts from Soviet power gets a grey band and its crosses.

Drawn with matplotlib's object API on an Agg canvas, never pyplot: no global figure state, so
handlers may draw in worker threads at once.
"""

from __future__ import annotations

import calendar
import io
import threading
from collections.abc import Callable, Mapping
from datetime import date

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from bot.strings import month_name, text
from index.domain import Guide
from index.events import RegionTimeline
from index.text.dates import date_precision

START, END = date(1917, 10, 1), date(1918, 7, 1)
SIZE, DPI = (10, 7), 100  # 1000 x 700 px

HELD, CONTESTED, SETBACK, UNDATED, NEVER = "#2e7d32", "#e65100", "#b71c1c", "#9e9e9e", "#eeeeee"


class ChartCache:
    """The chart of each (build, language), drawn once: a build's timelines never change."""

    def __init__(self) -> None:
        self._pngs: dict[tuple[int, str], bytes] = {}
        self._lock = threading.Lock()  # one drawing at a time; the second caller reuses it

    def png(self, build_id: int, guide: Guide, lang: str) -> bytes:
        with self._lock:
            key = (build_id, lang)
            if key not in self._pngs:
                self._pngs[key] = render_timeline_png(guide.timelines, lang, guide.label)
            return self._pngs[key]


def chart_caption(lang: str, citation: str) -> str:
    return text(lang, "chart_caption", citation=citation)


def render_timeline_png(
    timelines: Mapping[str, RegionTimeline], lang: str, label: Callable[[str, str], str]
) -> bytes:
    """PNG bytes of the chart; `label(name, lang)` names a region for the reader."""
    fig = Figure(figsize=SIZE, dpi=DPI, layout="constrained")
    ax = fig.add_subplot()
    rows = sorted(timelines.values(), key=_row_order)
    for y, timeline in enumerate(rows):
        _draw_row(ax, y, timeline)
    ax.set_yticks(range(len(rows)), [label(t.region, lang) for t in rows])
    ax.set_ylim(max(len(rows), 1) - 0.5, -0.5)  # earliest at the top
    # Grid lines at month starts, month names under the middle of each month.
    months = _month_starts()
    ax.set_xticks([m.toordinal() for m in months], [""] * len(months))
    ax.set_xticks(
        [m.toordinal() + 15 for m in months[:-1]],
        [month_name(m.month, lang) + (f"\n{m.year}" if m.month in (1, START.month) else "")
         for m in months[:-1]],
        minor=True,
    )  # fmt: skip
    ax.tick_params(axis="x", which="minor", length=0)
    ax.set_xlim(START.toordinal(), END.toordinal())
    ax.grid(axis="x", color="#dddddd", linewidth=0.8)
    ax.set_axisbelow(True)
    ax.tick_params(axis="y", length=0)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.set_title(text(lang, "chart_title"), fontsize=14, pad=12)
    ax.legend(handles=_legend(lang), loc="upper right", fontsize=9, framealpha=0.95)
    buffer = io.BytesIO()
    FigureCanvasAgg(fig).print_png(buffer)
    return buffer.getvalue()


def _draw_row(ax, y: int, timeline: RegionTimeline) -> None:
    setbacks = [x for x in (_position(s.date) for s in timeline.setbacks) if x is not None]
    if timeline.established is None:
        ax.axhspan(y - 0.35, y + 0.35, color=NEVER, zorder=0)
    else:
        x = _position(timeline.established.date)
        if x is None:
            return
        if date_precision(timeline.established.date) == 2:
            first, last = _month_span(timeline.established.date)
            ax.plot([first, last], [y, y], color=UNDATED, alpha=0.45, linewidth=6, zorder=1)
        if setbacks:
            ax.plot([x, max(setbacks)], [y, y], color=SETBACK, linewidth=0.8, ls=":", zorder=1)
        colour, marker = (CONTESTED, "D") if timeline.contested else (HELD, "o")
        ax.plot([x], [y], marker=marker, color=colour, markersize=9, ls="", zorder=3)
    ax.plot(setbacks, [y] * len(setbacks), marker="x", color=SETBACK, markersize=7, ls="", mew=2)


def _legend(lang: str) -> list:
    def marker(key: str, colour: str, shape: str, size: float = 8) -> Line2D:
        return Line2D([], [], marker=shape, color=colour, ls="", markersize=size, mew=2,
                      label=text(lang, key))  # fmt: skip

    return [
        marker("chart_established", HELD, "o"),
        marker("chart_contested", CONTESTED, "D"),
        marker("chart_setback", SETBACK, "x", 7),
        Line2D([], [], color=UNDATED, alpha=0.45, lw=6, label=text(lang, "chart_month_only")),
        Patch(color=NEVER, label=text(lang, "chart_not_established")),
    ]


def _row_order(timeline: RegionTimeline) -> tuple[float, str]:
    """Earliest establishment first; regions without one last, by their first setback."""
    if timeline.established is None:
        first = min((_position(s.date) or 0 for s in timeline.setbacks), default=0)
        return (END.toordinal() + first, timeline.region)
    return (_position(timeline.established.date) or 0, timeline.region)


def _position(iso: str) -> float | None:
    """x of an ISO date; a month alone sits mid-month. None outside the chart's months."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) < 2:
        return None
    day = date(parts[0], parts[1], parts[2] if len(parts) == 3 else 15)
    return day.toordinal() if START <= day < END else None


def _month_span(iso: str) -> tuple[int, int]:
    year, month = (int(p) for p in iso.split("-"))
    last = calendar.monthrange(year, month)[1]
    return date(year, month, 1).toordinal(), date(year, month, last).toordinal() + 1


def _month_starts() -> list[date]:
    months, day = [], START
    while day <= END:
        months.append(day)
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return months
