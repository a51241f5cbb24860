"""Follow-up questions: a short message that only changes the place, the date or the question
word of the question before it, merged with that question.

    «Семейде Совет өкіметі қашан орнады?» + «ал Павлодарда ше?»
        -> «Павлодарда Совет өкіметі қашан орнады?»
    «Когда в Семипалатинске установилась советская власть?» + «а в 1918?»
        -> «Когда в Семипалатинске установилась советская власть в 1918?»

A follow-up is at most five words: places, dates, question words and particles («ал», «ше»,
«а», «ещё»), plus at most one other word after a particle and a question word («ал кім
басқарды?»). Anything else is a question of its own. The new place or date goes in as the
user typed it («Павлодарда», «в Павлодаре»), so its case ending fits; a follow-up with its own
verb keeps what precedes the old question word in Kazakh («Семейде Совет өкіметі кім
басқарды?») and the old place and date in Russian («Кто руководил в Семипалатинске?»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Protocol

from index.text.dates import date_spans
from index.text.lang import guess_language
from index.text.questions import QUESTION_WORDS, strip_end

MAX_WORDS = 5
# Space-separated word lists: list literals would run to many lines.
_KK_PARTICLE_TEXT = "ал енді ше тағы"
_RU_PARTICLE_TEXT = "а и ещё еще ну тогда"
_KK_PARTICLES = frozenset(_KK_PARTICLE_TEXT.split())
_RU_PARTICLES = frozenset(_RU_PARTICLE_TEXT.split()) | {"в", "во"}
_PARTICLES = _KK_PARTICLES | _RU_PARTICLES | {"да", "де", "там"}
_OPENER_TEXT = "ал енді тағы а и ещё еще ну"
_OPENERS = frozenset(_OPENER_TEXT.split())
_PREPOSITION_TEXT = "в во на с со до к по от после из"
_PREPOSITIONS = frozenset(_PREPOSITION_TEXT.split())
# «а ты кто?» is about the bot, not a follow-up.
_PERSONAL_TEXT = "ты вы тебя вас тебе вам сен сіз сені сізді саған сізге бот бота"
_PERSONAL = frozenset(_PERSONAL_TEXT.split())
_TOKEN = re.compile(r"[^\W_]+")
_YEAR = re.compile(r"(?<!\d)1[89]\d\d(?!\d)")
_PREPOSITION_BEFORE = re.compile(r"(?:^|\s)((?:в|во|с|до|к|по|от|после)\s+)$", re.IGNORECASE)

Span = tuple[int, int]


class Places(Protocol):
    def mentions(self, text: str) -> tuple[tuple[str, int, int], ...]: ...


@dataclass(frozen=True)
class _Parts:
    """What a follow-up says: its place, date (both as typed), question word and verb."""

    place: str | None
    date: str | None
    question_word: str | None
    verb: str | None


class FollowUps:
    """Reads follow-ups with a gazetteer (anything with `mentions`, e.g. `RegionGazetteer`)."""

    def __init__(self, places: Places) -> None:
        self._places = places

    def merge(self, previous: str, message: str) -> str | None:
        """The question `message` asks after `previous`, or None if it is not a follow-up."""
        lang = guess_language(previous).lang
        if _language_of(message, lang) != lang:
            return None  # «ал Павлодарда ше?» after a Russian question: read it on its own
        parts = self._parts(message, lang)
        if parts is None:
            return None
        if parts.verb is not None:
            merged = self._with_verb(previous, parts, lang)
        else:
            merged = self._replace(previous, parts, lang)
        return merged[:1].upper() + merged[1:]

    # -- reading the follow-up ---------------------------------------------------------------

    def _parts(self, message: str, lang: str) -> _Parts | None:
        tokens = list(_TOKEN.finditer(message))
        if not tokens or len(tokens) > MAX_WORDS:
            return None
        place = self._place_span(message)
        date = _date_span(message)
        question_word, others = None, []
        for token in tokens:
            word = token.group().lower()
            if _inside(token.span(), place) or _inside(token.span(), date):
                continue
            if word in _PERSONAL:
                return None
            if word in QUESTION_WORDS and question_word is None:
                question_word = word
            elif word not in _PARTICLES and word not in _PREPOSITIONS:
                others.append(token.group())
        if place is None and date is None and question_word is None:
            return None
        opened = tokens[0].group().lower() in _OPENERS
        if others and not (len(others) == 1 and question_word and opened):
            return None  # a question of its own
        return _Parts(
            _typed(message, place, lang),
            _date_phrase(message, date, lang),
            question_word,
            others[0] if others else None,
        )

    def _place_span(self, text: str) -> Span | None:
        """The first place named, also when typed in lower case («павлодарда ше?»)."""
        capitalised = _TOKEN.sub(lambda m: m.group()[:1].upper() + m.group()[1:], text)
        for candidate in (text, capitalised):
            found = self._places.mentions(candidate)
            if found:
                _name, start, end = found[0]
                return start, end
        return None

    # -- merging -----------------------------------------------------------------------------

    def _replace(self, previous: str, parts: _Parts, lang: str) -> str:
        """Swap the place, date and question word of `previous` for the follow-up's."""
        edits: list[tuple[Span, str]] = []
        missing: list[str] = []
        for new, old in (
            (parts.place, self._place_span(previous)),
            (parts.date, _date_span(previous)),
        ):
            if new is None:
                continue
            if old is None:
                missing.append(new)
            else:
                edits.append((_with_preposition(previous, old, lang), new))
        if parts.question_word is not None:
            old_word = _question_word_span(previous)
            if old_word is not None:
                edits.append((old_word, _like(previous[old_word[0]], parts.question_word)))
        merged = _apply(previous, edits)
        if missing and lang == "ru":  # «… установилась советская власть в 1918?»
            return f"{strip_end(merged)} {' '.join(missing)}?"
        return " ".join([*missing, merged])  # Kazakh: place and time first

    def _with_verb(self, previous: str, parts: _Parts, lang: str) -> str:
        """«ал кім басқарды?» / «а кто руководил?»: a new predicate about the same setting."""
        base = self._replace(previous, replace(parts, question_word=None, verb=None), lang)
        asked = f"{parts.question_word} {parts.verb}"
        if lang == "kk":  # the verb comes last: what precedes the question word is the topic
            old = _question_word_span(base)
            kept = base[: old[0]] if old else strip_end(base).rpartition(" ")[0]
            return f"{kept.strip()} {asked}?".strip()
        spans = (self._place_span(base), _date_span(base))
        setting = [base[slice(*_with_preposition(base, s, lang))] for s in spans if s]
        return " ".join([asked, *setting]) + "?"


def _language_of(message: str, default: str) -> str:
    """A follow-up's particles tell its language where its few words cannot."""
    words = {w.lower() for w in _TOKEN.findall(message)}
    if words & _KK_PARTICLES:
        return "kk"
    if words & _RU_PARTICLES:
        return "ru"
    said = guess_language(message, default=default)
    return said.lang if said.certain else default


def _inside(span: Span, outer: Span | None) -> bool:
    return outer is not None and outer[0] <= span[0] and span[1] <= outer[1]


def _date_span(text: str) -> Span | None:
    """The first date written, or a bare year («а в 1918?», «ал 1917 ше?»)."""
    spans = date_spans(text)
    if spans:
        return spans[0]
    year = _YEAR.search(text)
    return year.span() if year else None


def _with_preposition(text: str, span: Span, lang: str) -> Span:
    """In Russian a place or date comes with its preposition: «в Семипалатинске»."""
    before = _PREPOSITION_BEFORE.search(text[: span[0]]) if lang == "ru" else None
    return (before.start(1), span[1]) if before else span


def _typed(text: str, span: Span | None, lang: str) -> str | None:
    """The words of a place as the user typed them (with a Russian preposition), capitalised."""
    if span is None:
        return None
    start, end = _with_preposition(text, span, lang)
    word = text[start:end]
    head = span[0] - start
    return word[:head] + word[head].upper() + word[head + 1 :]


def _date_phrase(text: str, span: Span | None, lang: str) -> str | None:
    """A date as typed; a bare year gets the words a question needs («1917 жылы», «в 1917 году»)."""
    if span is None:
        return None
    written = text[slice(*_with_preposition(text, span, lang))]
    if _YEAR.fullmatch(written):
        return f"{written} жылы" if lang == "kk" else f"в {written} году"
    return written


def _question_word_span(text: str) -> Span | None:
    return next(
        (m.span() for m in _TOKEN.finditer(text) if m.group().lower() in QUESTION_WORDS), None
    )


def _like(model: str, word: str) -> str:
    """`word` capitalised like the word it replaces."""
    return word[:1].upper() + word[1:] if model.isupper() else word


def _apply(text: str, edits: list[tuple[Span, str]]) -> str:
    """Replace spans right to left, so earlier offsets stay valid; overlapping edits are dropped."""
    result, limit = text, len(text)
    for (start, end), new in sorted(edits, reverse=True):
        if end <= limit:
            result = result[:start] + new + result[end:]
            limit = start
    return result
