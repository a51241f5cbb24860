"""Replies: an `Asked` or a `Chunk` turned into Telegram HTML (or plain text for the terminal).

A reply never exceeds Telegram's 4096 characters (see `bot.excerpt`). Everything a reply says
about the build (region names, examples, covered places) comes from its `Guide`, plain data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from telegram import InlineKeyboardMarkup, ReplyKeyboardMarkup

from bot.asking import MAX_QUESTION_CHARS, Asked
from bot.excerpt import fit_passage, html_piece, plain_piece
from bot.journal import Stats, Unanswered
from bot.keyboards import answer_keyboard
from bot.russian_help import russian_notes
from bot.strings import format_date, kk_locative, ru_locative, text
from index.domain import Answer, Chunk, Example, Guide, Passage

if TYPE_CHECKING:
    from index.service import BuildInfo
    from index.store.documents import StoredDocument

MESSAGE_LIMIT = 4096


@dataclass(frozen=True)
class Reply:
    """A rendered HTML message and its buttons."""

    text: str
    markup: InlineKeyboardMarkup | ReplyKeyboardMarkup | None = None


def reply_for(asked: Asked, guide: Guide) -> Reply:
    """The message for an `Asked`: the quoted passage with buttons, or a short explanation."""
    lang, answer = asked.lang, asked.answer
    if asked.problem is not None:
        return Reply(escape(text(lang, asked.problem, limit=MAX_QUESTION_CHARS)))
    if asked.small_talk is not None:
        suggestions = "\n".join(f"• {escape(q)}" for q in example_questions(guide, lang))
        return Reply(f"{escape(text(lang, f'small_talk_{asked.small_talk}'))}\n{suggestions}")
    assert answer is not None and asked.question_id is not None
    if not answer.answered or not answer.results:
        return Reply(not_found_text(guide, lang))
    has_next = len(answer.results) > 1
    return Reply(
        render_answer(answer, 0, lang, guide, question=asked.understood),
        answer_keyboard(asked.question_id, 0, has_next, lang),
    )


def not_found_text(guide: Guide, lang: str) -> str:
    """'The text does not answer this', what it covers, and questions it does answer."""
    suggestions = "\n".join(f"• {escape(q)}" for q in example_questions(guide, lang))
    body = render_not_found(lang, guide.covered(lang))
    return f"{body}\n\n{text(lang, 'try_examples')}\n{suggestions}"


def example_questions(guide: Guide, lang: str) -> list[str]:
    """Questions the text answers, for buttons and 'not found' replies."""
    return [example_question(example, lang, guide) for example in guide.examples]


@dataclass(frozen=True)
class Shown:
    """The fields of a passage that a reply shows; built from a `Passage` or a `Chunk`."""

    text: str
    quote: str
    section: str
    regions: tuple[str, ...]
    date: str | None
    notes: tuple[str, ...] = ()  # plain lines under the quote (help for Russian readers)


def shown(item: Passage | Chunk, lang: str, guide: Guide) -> Shown:
    """What to show of a retrieved passage (with its quote) or a plain chunk (no quote)."""
    notes: tuple[str, ...] = ()
    if isinstance(item, Passage):  # the answer's own place and date
        quote, places, date = item.quote, item.answer_regions, next(iter(item.answer_dates), None)
        if lang == "ru":
            notes = russian_notes(item, guide)
    else:
        quote, places, date = "", item.regions, item.date or next(iter(item.dates), None)
    regions = tuple(guide.label(region, lang) for region in places)
    return Shown(item.text, quote, guide.section(item.section, lang), regions, date, notes)


def render_answer(
    answer: Answer, index: int, lang: str, guide: Guide, question: str | None = None
) -> str:
    """HTML reply for result `index` of `answer`: quote, place and date, section, source."""
    heading = f"❓ <b>{escape(question)}</b>\n" if question else ""
    return render_html(shown(answer.results[index], lang, guide), answer.citation, lang, heading)


def render_html(item: Shown, citation: str, lang: str, heading: str = "") -> str:
    """One passage as a blockquote with its answering sentences in bold, then its metadata."""
    tail = (
        "".join(f"\n{escape(note)}" for note in item.notes) + f"\n{escape(meta_line(item, lang))}\n"
        f"<i>{escape(text(lang, 'section'))}: {escape(item.section)}</i>\n"
        f"📖 {escape(citation)}"
    )
    frame = len(heading) + len("<blockquote></blockquote>") + len(tail)
    body = fit_passage(item.text, item.quote, MESSAGE_LIMIT - frame, html_piece)
    return f"{heading}<blockquote>{body}</blockquote>{tail}"


def render_plain(answer: Answer, index: int, lang: str, guide: Guide) -> str:
    """Terminal variant of `render_answer`: the quote is marked with ** instead of bold."""
    item = shown(answer.results[index], lang, guide)
    body = fit_passage(item.text, item.quote, MESSAGE_LIMIT, plain_piece)
    notes = "".join(f"{note}\n" for note in item.notes)
    return (
        f"{body}\n{notes}{meta_line(item, lang)}\n"
        f"{text(lang, 'section')}: {item.section}\n📖 {answer.citation}"
    )


def render_context(before: Chunk | None, after: Chunk | None, lang: str) -> str:
    """The passages around a result, each cut to fit half of one message."""
    budget = (MESSAGE_LIMIT - 200) // 2
    parts = [f"<b>{escape(text(lang, 'context_title'))}</b>"]
    for chunk in (before, after):
        if chunk is not None:
            body = fit_passage(chunk.text, "", budget, html_piece)
            parts.append(f"<blockquote>{body}</blockquote>")
    return "\n".join(parts)


def render_not_found(lang: str, regions: tuple[str, ...]) -> str:
    """Plain 'the text does not answer this' with what the text covers."""
    return escape(text(lang, "not_found", regions=", ".join(regions) or "—"))


def render_stats(stats: Stats, build: BuildInfo, guide: Guide, lang: str) -> str:
    """The /stats reply (plain text), regions named for the reader."""
    none = text(lang, "none")
    share = f"{stats.answered / stats.questions:.0%}" if stats.questions else "—"
    return text(
        lang,
        "stats",
        total=stats.questions,
        answered_share=share,
        by_lang=", ".join(f"{k}: {v}" for k, v in sorted(stats.by_lang.items())) or none,
        regions=", ".join(f"{guide.label(r, lang)} ({n})" for r, n in stats.top_regions) or none,
        helpful=stats.helpful,
        unhelpful=stats.unhelpful,
        build_id=build.build_id,
        model=build.model_id,
        passages=build.passages,
        built=build.created_at.strftime("%Y-%m-%d %H:%M UTC"),
    )


def render_unanswered(questions: list[Unanswered], lang: str) -> str:
    """The /unanswered reply (plain text): date, ❌ refused or 👎 disliked, the question."""
    if not questions:
        return text(lang, "unanswered_none")
    lines = [
        f"{q.asked_at:%Y-%m-%d %H:%M} {'❌' if q.refused else '👎'} {_shorten(q.question)}"
        for q in questions
    ]
    return "\n".join([text(lang, "unanswered_title"), *lines])


def _shorten(question: str, limit: int = 150) -> str:
    """Twenty questions of up to 500 characters would not fit one message."""
    return question if len(question) <= limit else f"{question[: limit - 1]}…"


def meta_line(item: Shown, lang: str) -> str:
    """'📍 region · 📅 date' in the user's language."""
    regions = ", ".join(item.regions) or text(lang, "region_unknown")
    date = format_date(item.date, lang) or text(lang, "date_unknown")
    return f"📍 {regions} · 📅 {date}"


def example_question(example: Example, lang: str, guide: Guide) -> str:
    """A real question the text answers: «Семейде Совет өкіметі қашан орнады?», «Когда в
    Семипалатинске установилась советская власть?»."""
    place = guide.label(example.region, lang)
    where = kk_locative(place) if lang == "kk" else ru_locative(place)
    return text(lang, "example_soviet_power", place=where)


def render_documents(documents: Sequence[StoredDocument], lang: str) -> str:
    """The /docs list (plain text): every version, enabled or not."""
    if not documents:
        return text(lang, "docs_empty")
    lines = [text(lang, "docs_title", count=len(documents))]
    for document in documents:
        state = "docs_enabled" if document.enabled else "docs_disabled"
        lines.append(
            text(
                lang,
                "docs_line",
                state=text(lang, state),
                id=document.id,
                name=document.name,
                version=document.version,
                kb=max(1, round(document.size / 1024)),
                uploader=document.uploader or "—",
                time=document.uploaded_at.strftime("%Y-%m-%d %H:%M"),
            )
        )
    return "\n".join([*lines, "", text(lang, "docs_hint")])
