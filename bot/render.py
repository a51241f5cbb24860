"""Turn an `Answer` or a `Chunk` into a Telegram HTML reply (or plain text for the terminal).

A reply never exceeds Telegram's 4096 characters: the passage is cut at a sentence boundary
*before* markup is added, so a tag is never split.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from bot.journal import Stats
from bot.strings import format_date, kk_locative, text
from index.domain import Answer, Chunk, Passage
from index.text.sentences import split_sentences

if TYPE_CHECKING:
    from index.service import BuildInfo

# Names a canonical region for a reader: AnswerService.region_label.
RegionLabel = Callable[[str, str], str]

MESSAGE_LIMIT = 4096
_ELLIPSIS = "…"


@dataclass(frozen=True)
class Shown:
    """The fields of a passage that a reply shows; built from a `Passage` or a `Chunk`."""

    text: str
    quote: str
    section: str
    regions: tuple[str, ...]
    date: str | None


def shown(item: Passage | Chunk, lang: str, label: RegionLabel) -> Shown:
    """What to show of a retrieved passage (with its quote) or a plain chunk (no quote)."""
    quote = item.quote if isinstance(item, Passage) else ""
    date = item.date or (item.dates[0] if item.dates else None)
    regions = tuple(label(region, lang) for region in item.regions)
    return Shown(item.text, quote, item.section, regions, date)


def render_answer(
    answer: Answer, index: int, lang: str, label: RegionLabel, question: str | None = None
) -> str:
    """HTML reply for result `index` of `answer`: quote, place and date, section, source."""
    heading = f"❓ <b>{escape(question)}</b>\n" if question else ""
    return render_html(shown(answer.results[index], lang, label), answer.citation, lang, heading)


def render_html(item: Shown, citation: str, lang: str, heading: str = "") -> str:
    """One passage as a blockquote with its answering sentences in bold, then its metadata."""
    tail = (
        f"\n{escape(meta_line(item, lang))}\n"
        f"<i>{escape(text(lang, 'section'))}: {escape(item.section)}</i>\n"
        f"📖 {escape(citation)}"
    )
    frame = len(heading) + len("<blockquote></blockquote>") + len(tail)
    body = fit_passage(item.text, item.quote, MESSAGE_LIMIT - frame, _html_piece)
    return f"{heading}<blockquote>{body}</blockquote>{tail}"


def render_plain(answer: Answer, index: int, lang: str, label: RegionLabel) -> str:
    """Terminal variant of `render_answer`: the quote is marked with ** instead of bold."""
    item = shown(answer.results[index], lang, label)
    body = fit_passage(item.text, item.quote, MESSAGE_LIMIT, _plain_piece)
    return (
        f"{body}\n{meta_line(item, lang)}\n"
        f"{text(lang, 'section')}: {item.section}\n📖 {answer.citation}"
    )


def render_context(before: Chunk | None, after: Chunk | None, lang: str) -> str:
    """The passages around a result, each cut to fit half of one message."""
    budget = (MESSAGE_LIMIT - 200) // 2
    parts = [f"<b>{escape(text(lang, 'context_title'))}</b>"]
    for chunk in (before, after):
        if chunk is not None:
            body = fit_passage(chunk.text, "", budget, _html_piece)
            parts.append(f"<blockquote>{body}</blockquote>")
    return "\n".join(parts)


def render_not_found(lang: str, regions: tuple[str, ...]) -> str:
    """Plain 'the text does not answer this' with what the text covers."""
    return escape(text(lang, "not_found", regions=", ".join(regions) or "—"))


def render_stats(stats: Stats, build: BuildInfo, lang: str) -> str:
    """The /stats reply (plain text)."""
    none = text(lang, "none")
    share = f"{stats.answered / stats.questions:.0%}" if stats.questions else "—"
    return text(
        lang,
        "stats",
        total=stats.questions,
        answered_share=share,
        by_lang=", ".join(f"{k}: {v}" for k, v in sorted(stats.by_lang.items())) or none,
        regions=", ".join(f"{r} ({n})" for r, n in stats.top_regions) or none,
        helpful=stats.helpful,
        unhelpful=stats.unhelpful,
        build_id=build.build_id,
        model=build.model_id,
        passages=build.passages,
        built=build.created_at.strftime("%Y-%m-%d %H:%M UTC"),
    )


def meta_line(item: Shown, lang: str) -> str:
    """'📍 region · 📅 date' in the user's language."""
    regions = ", ".join(item.regions) or text(lang, "region_unknown")
    date = format_date(item.date, lang) or text(lang, "date_unknown")
    return f"📍 {regions} · 📅 {date}"


def example_question(chunk: Chunk, lang: str, label: RegionLabel) -> str:
    """A question a user could ask that this chunk answers, for the example buttons."""
    item = shown(chunk, lang, label)
    region = item.regions[0] if item.regions else None
    date = format_date(item.date, lang)
    if lang == "kk":
        # «Семейде 1918 жылғы 16 ақпанда не болды?»: place and time in the locative.
        when = date and (f"{date}ы" if date.endswith(" жыл") else kk_locative(date))
        topic = " ".join(part for part in (region and kk_locative(region), when) if part)
        return f"{topic} не болды?" if topic else chunk.section[:60]
    topic = ", ".join(part for part in (region, date) if part)
    return f"{topic}: что произошло?" if topic else chunk.section[:60]


def _html_piece(plain: str, bold: bool) -> str:
    return f"<b>{escape(plain)}</b>" if bold else escape(plain)


def _plain_piece(plain: str, bold: bool) -> str:
    return f"**{plain}**" if bold else plain


def fit_passage(
    passage: str, quote: str, budget: int, piece: Callable[[str, bool], str] = _html_piece
) -> str:
    """The passage (quote in bold) cut to whole sentences around the quote so it fits `budget`."""
    # The index's splitter knows «В. И.», «1917 ж.» and the like are not sentence ends.
    spans = split_sentences(passage) or [(0, len(passage))]
    q_start = passage.find(quote) if quote else -1
    q_end = q_start + len(quote) if q_start >= 0 else -1
    if q_start >= 0:
        first = next(i for i, (_, end) in enumerate(spans) if end > q_start)
        last = max(i for i, (start, _) in enumerate(spans) if start < q_end)
    else:
        first = last = 0

    def build(lo: int, hi: int) -> str:
        start, end = spans[lo][0], spans[hi][1]
        out = [_ELLIPSIS + " "] if lo > 0 else []
        if q_start >= 0:
            bs, be = max(start, q_start), min(end, q_end)
            if bs < be:
                out += [piece(passage[start:bs], False), piece(passage[bs:be], True)]
                start = be
        out.append(piece(passage[start:end], False))
        if hi < len(spans) - 1:
            out.append(" " + _ELLIPSIS)
        return "".join(out)

    while last > first and len(build(first, last)) > budget:
        last -= 1
    if len(build(first, last)) > budget:
        return _hard_cut(passage[spans[first][0] : spans[first][1]], budget, piece)
    grown = True
    while grown:
        grown = False
        if first > 0 and len(build(first - 1, last)) <= budget:
            first, grown = first - 1, True
        if last < len(spans) - 1 and len(build(first, last + 1)) <= budget:
            last, grown = last + 1, True
    return build(first, last)


def _hard_cut(sentence: str, budget: int, piece: Callable[[str, bool], str]) -> str:
    """A single sentence longer than the budget: cut at a word, then escape (never mid-tag)."""
    words = sentence.split(" ")
    while len(words) > 1 and len(piece(" ".join(words), False)) + 2 > budget:
        words = words[: len(words) * 3 // 4]
    cut = " ".join(words)
    while len(piece(cut, False)) + 2 > budget:
        cut = cut[: len(cut) * 3 // 4]
    return piece(cut, False) + " " + _ELLIPSIS
