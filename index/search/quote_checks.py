"""What the top quote tells about the question beyond similarity: whether it speaks of the
places asked, counts what is asked, names the ordinal asked, tells the birth, death or
renaming asked and speaks of today when asked about today.
`abstention.answerable` reads them as rules that refuse an answer or add to its evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from index.domain import Passage
from index.search.sentence_table import Question
from index.text.cues import (
    NUMBER,
    PERSON,
    TITLE,
    asks_day,
    asks_leader,
    asks_name,
    count_of,
    counted_words,
    counts_people,
    names_person,
    states_count,
)
from index.text.dates import date_precision
from index.text.glossary import Glossary, in_article
from index.text.ordinals import ordinals
from index.text.rare_events import asks_rare_event, tells_rare_events, untold_qualifiers
from index.text.terms import FUNCTION_WORDS
from index.text.words import WORD, plain

# Titles a "who" question names someone by (`cues.TITLE`); leading in general («басшы»,
# «глава») the article tells with verbs («басқарды») and is not judged by title.
_TITLE_STEM = 6
# Today, as a question asks about it («Қазақстанның қазіргі астанасы?», «сколько областей в
# современном Казахстане?»); read outside brackets, where «Перовск (қазіргі Қызылорда)» only
# names a town.
_TODAY = re.compile(
    r"(?<![^\W\d_])(?:сейчас|ныне|нынешн\w*|современн\w*|сегодня\w*|қазір|қазіргі\w*|бүгін\w*)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
_BRACKETED = re.compile(r"\([^()]*\)")
# A name a question quotes, and how much of its words (of at least so many letters) is compared.
_QUOTED = re.compile(r"[«\"“]([^»\"”]+)[»\"”]")
_QUOTED_STEM, _QUOTED_LETTERS = 4, 3
# An ordinal as a point of reference: in the ablative, or after «от».
_REFERENCE_ORDINAL = re.compile(
    r"(?<![^\W\d_])от\s+(?:перв|втор|трет)\w*\s+\w+"
    r"|(?<![^\W\d_])(?:бірінші|екінші|үшінші|\d+\s?-\s?)[^\W\d_]*\s*[^\W\d_]+(?:нан|нен|дан|ден|тан|тен)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# Letters of a counted word compared, enough to pass Kazakh endings («депут|аттар») and not
# to meet other words («казак» is not «Қазалыда»).
_COUNTED_STEM = 5


@dataclass(frozen=True)
class QuoteChecks:
    """What the top passage and its quote tell about the question beyond similarity."""

    # The question asks about a birth, a death, a founding or a renaming (`rare_events`) and
    # the quote does not tell it.
    event_untold: bool = False
    # How many of the "finally", "again" and "officially" the question asks the quote does not say.
    qualifiers_untold: int = 0
    # The question names places and the best passage names none of them: it tells of
    # somewhere else («Қарағандыда Совет өкіметі қай күні орнады?» against Verny's passage).
    place_missing: bool = False
    # The question names places and the quote names each of them (or carries them).
    place_quoted: bool = False
    # A "how many" question whose quote counts nothing, or only other things than the ones
    # asked.
    count_missing: bool = False
    # The question and the quote both name ordinals, none the same: the first congress asked,
    # the second one quoted.
    ordinal_missing: bool = False
    # A "who" question names a title («председатель Совнаркома») the quote never names, or
    # asks for a name («аты-жөні кім?») and the quote names nobody.
    person_missing: bool = False
    # The question asks about today, not the article's time, and the quote does not speak of it.
    today: bool = False
    # The question quotes a name («Үш жүз», «народная милиция») the quote never names.
    quoted_missing: bool = False
    # The question asks which day («қай күні», «какого числа») and the quote gives none.
    day_missing: bool = False

    @property
    def rules_out(self) -> bool:
        """Whether the quote misses something the question names: no answer, whatever the
        evidence."""
        return (
            self.event_untold
            or self.place_missing
            or self.count_missing
            or self.ordinal_missing
            or self.person_missing
            or self.today
            or self.quoted_missing
            or self.day_missing
        )


def check_quote(
    text: str, lang: str, asked: Question, top: Passage | None, glossary: Glossary | None
) -> QuoteChecks:
    """The checks of one question (as read) against its top passage."""
    if top is None:
        return QuoteChecks(
            event_untold=asks_rare_event(text),
            place_missing=bool(asked.regions),
            today=asks_about_today(text),
        )
    places = set(asked.regions)

    def translate(word: str) -> list[str]:
        return in_article(glossary, word, lang)

    return QuoteChecks(
        event_untold=asks_rare_event(text) and not tells_rare_events(text, top.quote),
        qualifiers_untold=untold_qualifiers(text, top.quote, translate),
        place_missing=bool(places) and not places & {*top.regions, *top.answer_regions},
        place_quoted=bool(places) and places <= set(top.answer_regions),
        count_missing=NUMBER in asked.kinds
        and (not states_count(top.quote) or counts_other(text, lang, top.quote, glossary)),
        ordinal_missing=other_ordinals(text, top.quote),
        person_missing=untold_name(text, top.quote, PERSON in asked.kinds)
        or (PERSON in asked.kinds and untold_title(text, lang, top.quote, glossary)),
        # Unless the article speaks of today too («Қазақстанның бүгіндегі оңтүстік облыстары»).
        today=asks_about_today(text) and not asks_about_today(top.quote),
        quoted_missing=untold_quoted(text, top.quote, translate),
        day_missing=asks_day(text) and not any(date_precision(d) == 3 for d in top.answer_dates),
    )


def asks_about_today(text: str) -> bool:
    """Whether a text asks about (or speaks of) the present day, which a 1979 article on
    1917–1918 cannot answer."""
    return _TODAY.search(_BRACKETED.sub(" ", text)) is not None


def untold_name(question: str, quote: str, asks_who: bool = False) -> bool:
    """Whether a question asks for someone's name and the quote names nobody: «Қарағанды
    көмір кендері басқарушысының аты-жөні кім?» against a list of offices. With `asks_who`
    (a "who" question), one asking who led or held a title («Жымпитыдағы бөлімшені кім
    басқарды?», «Кто был председателем …?») asks for a name too."""
    leader = asks_who and (asks_leader(question) or TITLE.search(question))
    return (asks_name(question) or bool(leader)) and not names_person(quote, surname_alone=True)


def untold_quoted(question: str, quote: str, translate: Callable[[str], list[str]]) -> bool:
    """Whether the question quotes a name (a party, a paper, a body: «Кто был лидером партии
    «Уш жуз»?») none of whose words the quote has, as written or in the article's words
    `translate` gives: it tells of something else («… «Алаш» партиясының басшысы …»)."""
    told = plain(quote)

    def said(word: str) -> bool:
        return any(plain(w)[:_QUOTED_STEM] in told for w in [word, *translate(word)])

    names = (WORD.findall(name) for name in _QUOTED.findall(question))
    return any(
        words and not any(map(said, words))
        for words in ([w for w in name if len(w) >= _QUOTED_LETTERS] for name in names)
    )


def untold_title(question: str, lang: str, quote: str, glossary: Glossary | None) -> bool:
    """Whether a "who" question names a person by a title («председатель Совнаркома»,
    «атаман войска») that the quote never names: it tells of someone else."""
    found = TITLE.search(question)
    if found is None:
        return False
    title = found.group()
    stems = {plain(w.lower())[:_TITLE_STEM] for w in [title, *in_article(glossary, title, lang)]}
    return not any(stem in plain(quote.lower()) for stem in stems)


def other_ordinals(question: str, quote: str) -> bool:
    """Whether question and quote both name ordinals and share none. An ordinal the question
    measures from («бірінші қоғамнан қандай қашықтықта», «от первой коммуны») is not asked."""
    asked, quoted = ordinals(_REFERENCE_ORDINAL.sub(" ", question)), ordinals(quote)
    return bool(asked and quoted) and not asked & quoted


def count_matcher(
    question: str, lang: str, glossary: Glossary | None
) -> Callable[[str], bool] | None:
    """Whether a sentence counts what the question counts («қанша ауылдық Совет» and «262
    ауылдық … Совет»), or None when the question's counted words cannot be judged. The
    counted words are a Kazakh question's own, a Russian one's through the glossary (and as
    written, for loan words: «десятин»)."""
    if counts_people(question):
        return lambda sentence: count_of(sentence, lambda _word: False, people=True)
    words = [w for w in counted_words(question) if w.lower() not in FUNCTION_WORDS]
    translated = [w for word in words for w in in_article(glossary, word, lang)]
    if lang != "kk" and not translated:
        return None
    stems = tuple({plain(t)[:_COUNTED_STEM] for t in [*words, *translated]})
    if not stems:
        return None
    # A Russian counted word reaches the text through the glossary, which cannot tell
    # whether «бойцы» are people the article counts as «адам»; a Kazakh one is its own.
    people = lang != "kk"
    return lambda sentence: count_of(sentence, lambda w: plain(w).startswith(stems), people)


def counts_other(question: str, lang: str, quote: str, glossary: Glossary | None) -> bool:
    """Whether the quote's counts all count something else than the question's («қанша
    халық» against «262 ауылдық … Совет»). People in general are not judged: a count of
    soldiers answers «қанша адам»."""
    if counts_people(question):
        return False
    matcher = count_matcher(question, lang, glossary)
    return matcher is not None and not matcher(quote)
