"""Whether the text answers a question at all: evidence about the top of a search against a
per-language threshold, and the things that rule an answer out whatever the evidence.

Evidence adds up how far the best passage stands out (dense gap), how much surface it shares
(lexical), whether the places and dates asked about occur in the corpus, the share of the
question's words the corpus knows (Kazakh), and whether the quote holds the kind of answer
asked for: a "when" question whose best sentence has no date is weak evidence. A year the
article never mentions («… 1949 жылы не болды?») or a republic it never names («Қазақ
АССР-і») rules an answer out, and so does a quote that misses what the question names
(`quote_checks`): none of the places asked, only counts of other things, another ordinal
(«the first congress» against «2-съезд»), today.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from index.search.quote_checks import QuoteChecks
from index.text.lang import looks_russian
from index.text.words import plain

# A word, hyphenated compounds whole: «Усть-Каменогорске».
_COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Russian adjective endings not already Russian to `looks_russian` («Ханской», «Уральской»).
_RU_ADJECTIVE = re.compile(r"(?:ск|н)(?:ой|ая|ую|ою)$")
# Oblique endings of a Russian noun in -а («в Орде», «к Орде», «Орды», «Орду»).
_RU_OBLIQUE = re.compile(r"(?:е|ы|у|ой)$")
# Years in a question: four digits, 1000-2099, not part of a longer number.
_YEAR = re.compile(r"(?<!\d)(1\d{3}|20\d{2})(?!\d)")
# A time after a year or before one: «после 1918 года», «1918 жылдан кейін», «до 1905 года»,
# «1905 жылға дейін»; read on `plain` text («кейин»). «1918 жылдан бастап» (from) is not.
_KK_YEAR = r"(\d{4})\s*(?:-?\s*ж(?:ыл\w*|\.)\s*)?(?:-?\w{1,3}\s+)?"
_AFTER_YEAR = re.compile(
    plain(rf"(?:после|позже|позднее|спустя)\s+(\d{{4}})|{_KK_YEAR}(?:кейін|соң)")
)
_BEFORE_YEAR = re.compile(
    plain(rf"(?:до|ранее|раньше|прежде)\s+(\d{{4}})|{_KK_YEAR}(?:дейін|бұрын)")
)


@dataclass(frozen=True)
class AbstentionConfig:
    """Scales and thresholds; evidence is compared per language because Kazakh questions
    share far more surface with the Kazakh text than Russian ones."""

    dense_scale: float = 0.04
    lexical_scale: float = 0.1
    meta_bonus: float = 0.5
    # Added when the quote names the places asked about: a short question («Қарғалы шайқасы
    # қашан?») shares few words with its answer, but its place is there.
    place_bonus: float = 0.3
    # A Kazakh question about something the article never names («Абай», «метро», «хандығы»)
    # has words the corpus lacks; Russian questions share too few words with it for this.
    coverage_weight: tuple[tuple[str, float], ...] = (("kk", 2.0), ("ru", 0.0))
    # Subtracted when the quote lacks the kind of answer asked (a date for «қашан», a number
    # for «сколько»), in proportion to how much it lacks.
    kind_penalty: float = 1.5
    # Subtracted per capitalised name in the question that the corpus never mentions.
    unknown_name_penalty: float = 1.0
    # Subtracted per "finally", "again" or "officially" asked that the quote does not say («Алашорда
    # біржола таратылды?»): mostly an event after 1918, not always.
    qualifier_penalty: float = 1.0
    # Added per word a Kazakh question has fewer than `short_words` + 1 («Цвиллинг кім
    # болған?», «Орынбор азат етілген күн?»): the fewer its words, the fewer it can share with
    # any passage, whatever it asks. A Russian one shares few anyway, and a short off-topic
    # one («Какая столица Франции?») stands as close to the text as a short answerable one.
    short_bonus: tuple[tuple[str, float], ...] = (("kk", 0.15), ("ru", 0.0))
    short_words: int = 4
    # A question whose own words the best passage mostly lacks asks about something else
    # («Колчак әскерлері Семейді қашан басып алды?» against a passage on Semey's Soviet);
    # judged only with this many words to judge by.
    min_passage_coverage: float = 0.25
    coverage_terms: int = 2
    min_evidence: tuple[tuple[str, float], ...] = (("kk", 4.2), ("ru", 2.0))
    min_evidence_lexical_only: tuple[tuple[str, float], ...] = (("kk", 3.45), ("ru", 1.35))


@dataclass(frozen=True)
class Signals:
    """Raw evidence about the top of one search, used to decide whether to answer."""

    dense_top: float  # best passage cosine, 0 when there is no encoder
    # Best cosine minus the median one: e5 cosines of unrelated texts sit around 0.75-0.8,
    # so how far the top stands out of the crowd says more than its absolute value.
    dense_gap: float
    lexical_top: float  # best char n-gram cosine
    # The question names a region or a date that some passage has in its metadata.
    meta_in_corpus: bool
    # Share of the question's words the corpus has words for (see LexicalIndex.coverage).
    coverage: float
    words: int = 0  # how many words the question has
    # How well the top quote holds the kind of answer asked, 0–1 (1 when nothing is asked).
    kind_held: float = 1.0
    unknown_names: int = 0  # capitalised names in the question the corpus never mentions
    foreign_year: bool = False  # the question asks about a time the article never tells
    # The question names a republic the article never names («Қазақ АССР-і», index.text.republics).
    foreign_republic: bool = False
    # Share of the question's content words (index.text.terms) the top passage has, and
    # how many such words there are.
    passage_coverage: float = 1.0
    terms: int = 0
    # What the top quote tells beyond similarity: what it misses of the question rules an
    # answer out; the places asked, quoted, add to the evidence.
    quote: QuoteChecks = field(default_factory=QuoteChecks)


def evidence(signals: Signals, lang: str, dense: bool, cfg: AbstentionConfig) -> float:
    """How strongly the best passages relate to the question, in threshold units."""
    score = signals.lexical_top / cfg.lexical_scale + cfg.meta_bonus * signals.meta_in_corpus
    score += cfg.place_bonus * signals.quote.place_quoted
    score += dict(cfg.coverage_weight).get(lang, 0.0) * signals.coverage
    score -= cfg.kind_penalty * (1.0 - signals.kind_held)
    score -= cfg.unknown_name_penalty * signals.unknown_names
    score -= cfg.qualifier_penalty * signals.quote.qualifiers_untold
    if signals.words:
        missing = max(0, cfg.short_words + 1 - signals.words)
        score += dict(cfg.short_bonus).get(lang, 0.0) * missing
    if dense:
        score += signals.dense_gap / cfg.dense_scale
    return score


def answerable(signals: Signals, lang: str, dense: bool, cfg: AbstentionConfig) -> bool:
    if signals.foreign_year or signals.foreign_republic or signals.quote.rules_out:
        return False
    if signals.terms >= cfg.coverage_terms and signals.passage_coverage < cfg.min_passage_coverage:
        return False
    thresholds = dict(cfg.min_evidence if dense else cfg.min_evidence_lexical_only)
    return evidence(signals, lang, dense, cfg) >= thresholds.get(lang, max(thresholds.values()))


def question_years(text: str) -> frozenset[int]:
    """Four-digit years written in a question («1949 жылы», «в 1919 году»)."""
    return frozenset(int(y) for y in _YEAR.findall(text))


def outside_years(text: str, known: frozenset[int]) -> bool:
    """Whether a question asks about a time the article never tells: only years it never
    mentions («Семей қаласында 1949 жылы не болды?»), or after its last year or before its
    first («Как сложилась судьба Виноградова после 1918 года?»)."""
    years = question_years(text)
    if years and not years & known:
        return True
    if not known:
        return False
    folded = plain(text)
    after = (int(y) for m in _AFTER_YEAR.finditer(folded) for y in m.groups() if y)
    before = (int(y) for m in _BEFORE_YEAR.finditer(folded) for y in m.groups() if y)
    return any(y >= max(known) for y in after) or any(y <= min(known) for y in before)


def unknown_names(text: str, known: Callable[[str], bool], first_word: bool = False) -> int:
    """Names that `known` (corpus, gazetteer, glossary) does not vouch for: people and things
    the article never names («Абай», «Назарбаев»). Abbreviations («ВЦИК») are not judged, but
    one with a Kazakh ending is by its letters («ОК-і» is known, «АКСР-і» is not). Russian
    adjectives of proper names («Всероссийский», «Ханской») and Russian case forms of a known name
    («в Орде» for «Орда») are not unknown names. The first word counts only with
    `first_word`: a Kazakh question opens with a name («Колчак әскерлері … ?») where a
    Russian one opens with a verb or question word any text lacks («Назовите …»)."""
    words = _COMPOUND.findall(text)[0 if first_word else 1 :]
    return sum(
        1
        for w in words
        if len(w) >= 3
        and w[0].isupper()
        and not w.isupper()
        and not looks_russian(w.split("-")[-1].lower())
        and not _RU_ADJECTIVE.search(w.lower())
        and not known(_abbreviation(w) or w)
        and not (_RU_OBLIQUE.search(w) and known(_RU_OBLIQUE.sub("а", w)))
    )


def _abbreviation(word: str) -> str | None:
    """The abbreviation of «ОК-інің», None for other words."""
    head, _, ending = word.partition("-")
    return head if ending and len(head) > 1 and head.isupper() and ending.islower() else None
