"""Language of a question: Kazakh or Russian, and how sure that is.

Letters specific to Kazakh (ә ғ қ ң ө ұ ү һ і) are strong evidence, but a Russian
question may contain a Kazakh name («Абай Құнанбайұлы»), so Kazakh letters count once per
word and are weighed against Russian function words and endings. Kazakh typed on a phone
without Kazakh letters («кашан», «кайда») still has its function words, so those count
in their plain spelling too. Text with no evidence either way (Latin, emoji, digits, a lone
name) or a tie is uncertain: `guess_language` says so, `detect_language` answers ``default``.
Read a question through ``index.text.normalize.read_question`` first, so that Latin script and
plain typing have become Kazakh letters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.text.words import KAZAKH_LETTERS, WORD, plain

_CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]", re.IGNORECASE)
# Frequent Kazakh words, question words first; a phone spelling of each counts too.
_KK_TEXT = (  # one string each: list literals would run to 50 lines
    "қашан қайда қалай қанша қандай қай қайсы кім не неге неліктен неше нешінші"
    " мен бен пен ма ме ба бе па пе бар жоқ жылы жыл деп деген осы ол олар бұл биыл"
    " туралы кезде кезінде бойынша арқылы немесе және үшін болды болған болып"
)
KAZAKH_FUNCTION_WORDS = frozenset(_KK_TEXT.split())
# Numbers a question names in words («екінші съезд», «үш адам») that the article writes in
# digits: their spelling for reading a phone's «екинши», «уш».
_KK_NUMBERS = (
    "бір екі үш төрт бес алты жеті сегіз тоғыз он жиырма отыз қырық елу жүз мың"
    " бірінші екінші үшінші төртінші бесінші алтыншы жетінші сегізінші тоғызыншы оныншы"
)
KAZAKH_NUMBER_WORDS = frozenset(_KK_NUMBERS.split())
_KK_WORDS = KAZAKH_FUNCTION_WORDS | {plain(w) for w in KAZAKH_FUNCTION_WORDS}
_RU_TEXT = (
    "и в во на с со по к ко о об от до из за для что как кто когда где почему какой какая"
    " какие каким какого сколько был была были было это ли же при про чем чей чья чью чьи чьим"
    " чьей чьего а но у"
    " она они его её их"
)
RUSSIAN_FUNCTION_WORDS = frozenset(_RU_TEXT.split())
# Russian inflections that Kazakh words do not end with, plainly typed too («шешімі» ~ «шешими»,
# «Германия»).
_RU_ENDINGS = re.compile(
    r"(ого|ему|ыми|ся|сь|ий|ый|ая|ое|ые|ых|ов|ом|ть|ешь|ние|нии|ство|ства|ции|ую|юю"
    r"|али|или|ели|ыли|ает|яет|ует|ают|яют|уют|ики"
    # Adjectives in -ой («краевой», «уездной»); Kazakh -ой words are short («той», «бой»).
    r"|(?<=\w{3})ой)$"
)


@dataclass(frozen=True)
class LanguageGuess:
    lang: str  # "kk" or "ru"
    certain: bool  # one full word of evidence, twice the other side's


def guess_language(text: str, default: str = "kk") -> LanguageGuess:
    """The language with the most evidence; ``default``, uncertain, when neither has more."""
    if not _CYRILLIC.search(text):
        return LanguageGuess(default, False)
    kk = ru = 0.0
    for word in WORD.findall(text.lower()):
        if KAZAKH_LETTERS.intersection(word) or word in _KK_WORDS:
            kk += 1.0
        elif word in RUSSIAN_FUNCTION_WORDS or "ё" in word:  # not ъ: the article has «съезі»
            ru += 1.0
        elif looks_russian(word):
            ru += 0.5
    if kk == ru:
        return LanguageGuess(default, False)
    win, lose = max(kk, ru), min(kk, ru)
    return LanguageGuess("kk" if kk > ru else "ru", win >= 1.0 and win >= 2 * lose)


def detect_language(text: str, default: str = "kk") -> str:
    """Return "kk" or "ru"; ``default`` when the text does not lean either way."""
    return guess_language(text, default).lang


def looks_russian(word: str) -> bool:
    """A Russian function word or a word with a Russian ending (lower case)."""
    return word in RUSSIAN_FUNCTION_WORDS or _RU_ENDINGS.search(word) is not None
