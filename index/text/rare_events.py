"""What a question may ask that the article seldom tells: a birth, a death or a burial, a
town's founding or renaming, an event "finally", "again" or "officially". The article
narrates 1917–1918; a question about Dutov's death or Verny's founding is asked next to it,
and a quote that tells none of it does not answer. One about Alash Orda's final dissolution
is mostly answered by none either, against the dissolution of its western branch in March
1918 («Алашорда үкіметі қай жылы біржола таратылды?»).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from index.text.questions import QUESTION_WORDS
from index.text.words import WORD, plain

_L = r"[^\W\d_]"


@dataclass(frozen=True)
class _RareEvent:
    asks: re.Pattern[str]  # read in the question
    tells: re.Pattern[str]  # read in a Kazakh quote


def _words(pattern: str) -> re.Pattern[str]:
    """A pattern of word beginnings, matched on `plain` text: a question typed without
    Kazakh letters («тупкиликти») reads as one typed with them."""
    return re.compile(rf"(?<!{_L})(?:{plain(pattern)})", re.IGNORECASE)


_TOWN = r"город|крепост|укреплени|станиц|бекініс|қала(?!н)|село|посел"
_FOUNDED = r"основан[аоы]?(?!\w)|основал|заложен|(?:негізі|іргесі)\s+(?:\w+\s+){0,2}?қалан|іргетас"
_EVENTS = (
    # A birth or a death («қай жылы туған?», «когда умер?») as the Kazakh text tells one
    # («… түрмесінде өлтірілді»).
    _RareEvent(
        _words(
            r"туған|туды|туып|дүниеге|қайтыс|қаза\s+тап|өлтіріл|өлді|опат|родил|рожд|родом|уроженец"
            r"|уроженк|умер|скончал"
            r"|погиб|убит|убил|казн|расстрел|смерт"
        ),
        _words(r"туған|туды|туып|дүниеге\s+кел|қайтыс|қаза\s+тап|өлтір|өлді|опат|атылды|атып"),
    ),
    # A burial, which a killing does not tell.
    _RareEvent(_words(r"похорон|жерленд|жерлен|зираты|қабір|могил"), _words(r"жерлен|қабір")),
    # A town's new name: the article names today's towns in brackets («Верный (Алматы)») but
    # never tells of a renaming, only of namings («Алашорда аталған»).
    _RareEvent(
        _words(r"переимен|новое\s+название|атауы\s+өзгер|атын\s+өзгер|қайта\s+атал|жаңа\s+атау"),
        _words(r"атал|атау|атады"),
    ),
    # A founding: a town's or a fortress's, which the article never tells («основано
    # укрепление Верное», «қаланың негізі қаланды»); not «обосновалась», «в основном», nor a
    # commune's or a party's («основана коммуна»), which it tells as «құрылды».
    _RareEvent(
        _words(rf"(?:{_TOWN}).*?(?:{_FOUNDED})|(?:{_FOUNDED}).*?(?:{_TOWN})"),
        _words(r"(?:негіз|ірге)\w*\s+(?:\w+\s+){0,2}?қалан|іргетас"),
    ),
)
# An event "finally", "again" or "officially" is mostly one after 1918 (Alash Orda dissolved
# for good, a town retaken from the Whites), but not always: «мятеж … окончательно подавлен»
# in May 1918 the article tells without the word. A quote not saying it is weak evidence,
# not a refusal.
_QUALIFIERS = (
    # An end "once and for all" («біржола таратылды», «окончательно освободила»).
    _RareEvent(
        _words(r"біржола|түпкілікті|окончательн|навсегда"),
        _words(r"біржола|түпкілікті"),
    ),
    # An event "again" («қайтадан орнады», «снова установлена»).
    _RareEvent(_words(r"қайтадан|снова|повторно|вторично"), _words(r"қайтадан|қайта\s")),
    # An event "officially" («ресми түрде құрылды», «официально провозглашена»): mostly a
    # republic's or a body's formal act after 1918, which the article almost never words so.
    _RareEvent(_words(r"ресми|официальн"), _words(r"ресми")),
)


def asks_rare_event(question: str) -> bool:
    """Whether a question asks about a birth, a death, a burial, a founding or a renaming."""
    text = plain(question)
    return any(event.asks.search(text) for event in _EVENTS)


def tells_rare_events(question: str, text: str) -> bool:
    """Whether a Kazakh text tells each of the rare events the question asks about."""
    return _untold(_EVENTS, question, text) == 0


def untold_qualifiers(
    question: str, text: str, translate: Callable[[str], list[str]] = lambda _word: []
) -> int:
    """How many of the "finally", "again" and "officially" a question asks the Kazakh text
    does not say of what it asks: the word the qualifier goes with («біржола таратылды»,
    «окончательно освободила»), as asked or in the article's words `translate` gives,
    follows the text's own qualifier; «біржола басып алды» does not say «біржола
    таратылды»."""
    asked, told = plain(question), plain(text)
    untold = 0
    for event in _QUALIFIERS:
        found = event.asks.search(asked)
        if found is not None:
            verb = _qualified(question[found.end() :])
            words = [verb, *translate(verb)] if verb else []
            untold += not _says(event, told, {plain(w)[:_VERB_STEM] for w in words})
    return untold


# Letters of the qualified word compared («тарат|ылды»), and how many words after the text's
# qualifier it is looked for in («біржола басып алды»).
_VERB_STEM = 5
_NEAR = 3
_SKIPPED = frozenset(plain(w) for w in QUESTION_WORDS)


def _qualified(after: str) -> str | None:
    """The word a qualifier goes with: the first after it that is not a question word
    («біржола қашан таратылды» → таратылды). `after` opens with the rest of the qualifier's
    own word when its pattern matched a stem («окончательн|о освободила»)."""
    words = WORD.findall(after)[1:] if after[:1].isalpha() else WORD.findall(after)
    return next((w for w in words if plain(w) not in _SKIPPED), None)


def _says(event: _RareEvent, told: str, stems: set[str]) -> bool:
    """Whether the (plain) text says the qualifier, with a word of `stems` just after it
    when there are any."""
    for found in event.tells.finditer(told):
        following = WORD.findall(told[found.end() :])[:_NEAR]
        if not stems or any(w.startswith(tuple(stems)) for w in following):
            return True
    return False


def _untold(events: tuple[_RareEvent, ...], question: str, text: str) -> int:
    asked, told = plain(question), plain(text)
    return sum(1 for e in events if e.asks.search(asked) and not e.tells.search(told))
