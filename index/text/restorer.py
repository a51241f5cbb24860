"""Kazakh letters restored to words typed without them: on a phone without a Kazakh layout
«Семейде Совет өкіметі қашан орнады» arrives as «семейде совет окимети кашан орнады», and
Latin script transliterates ambiguously. `KazakhRestorer` settles each word against the
vocabulary of the article, and gives place names their capital, which the gazetteer requires.
Russian is left as typed (Russian in Latin script is transliterated).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from index.text import lang as language
from index.text.latin import TOKEN, latin_token, transliterate_latin
from index.text.spelling_context import SpellingContext
from index.text.words import KAZAKH_LETTERS, WORD, plain

_AFTER_NUMBER = re.compile(r"\d-$")

# Spellings that Latin typing blurs: ы/і/и/й, ц ~ ts, я ~ ya/ıa, ң ~ ng, soft and hard signs.
_LOOSE = str.maketrans(
    {"ы": "и", "й": "и", "ь": "", "ъ": "", "ц": "тс", "щ": "ш", "я": "иа", "ю": "иу", "э": "е"}
)
_NG = re.compile("нг(?=.)")  # not at the end: «Аманг|елді» is no «Аман»


def _loose(word: str) -> str:
    return _NG.sub("н", plain(word).translate(_LOOSE))


_BACK, _FRONT = frozenset("аоұуыяюё"), frozenset("әеіөүиэ")
# Kazakh suffixes (back-vowel spelling; the front one follows): an ending made of these,
# after a known stem, is an inflection of that stem («Семей|де», «өкіметі|нің»).
_NOUN_SUFFIXES = (  # a name takes these: case, plural, possessive, «-дағы», «-лық»
    "да та нда ға қа на а дың тың ның ны ды ты н дан тан нан мен бен пен ымен нымен ы сы"
    " лар дар тар лық дық тық ғы қы"
)
_OTHER_SUFFIXES = (
    "ым м ың ң ымыз мыз ыңыз ңыз шы шыл сыз лы ған қан ып п у уы ушы атын йтын ар р й ма ба"
    " па ыл л ын тыр дыр ғыз қыз с ады йды мақ ғалы са сын ғай ыз мын сың дай тай ша еді"
)
_FRONTED = str.maketrans("аыұқғо", "еіүкгө")


def _chain(suffixes: str) -> re.Pattern[str]:
    keys = {plain(s) for back in suffixes.split() for s in (back, back.translate(_FRONTED))}
    return re.compile("(?:" + "|".join(sorted(keys, key=len, reverse=True)) + "){1,6}")


_ENDING = _chain(_NOUN_SUFFIXES + " " + _OTHER_SUFFIXES)  # matched against plain(ending)
_NAME_ENDING = _chain(_NOUN_SUFFIXES)
# A word written with a capital this often mid-sentence is a name a question gives one to:
# the embedding model reads «совет билігі» and «Совет билігі» differently.
_NAME_SHARE = 0.75
_MIN_STEM = 4  # shorter stems only for question words: «кім|дер», «қай|дан»


def _is_back(text: str) -> bool:
    """Vowel harmony of the last vowel: back (а о ұ у ы), else front (ә е і ө ү); no vowel: back."""
    return next((ch in _BACK for ch in reversed(text) if ch in _BACK or ch in _FRONT), True)


# «-ның/-дың/-тың» by the sound before it («Семей|дің», «Қазақстан|ның», «мемлекет|тің»), not
# the accusative after a possessive («мемлекеті|н»: т after a vowel)
_GENITIVE = re.compile(r"(?:[аәеиіоөұүуыэюямнң]н|[лрйжзу]д|[бвгдкқпстфхцчшщ]т)[ыі]н$")


def _restore_ending(stem: str, ending: str, loose: bool) -> str:
    """Kazakh letters of an ending by vowel harmony: қ ғ before back vowels, к г before front;
    и is і (і/ы by harmony when the typing blurred ы and і); «-дың/-нің/-тың» end in ң."""
    back, out = _is_back(stem), []
    for ch in ending:
        if ch in "ыіи" and loose:
            ch = "ы" if back else "і"
        elif ch == "и":
            ch = "і"
        if ch in _BACK or ch in _FRONT:
            back = ch in _BACK
        out.append(ch)
    for j, ch in enumerate(out):
        if ch in "кг":
            after = next((c for c in out[j + 1 :] if c in _BACK or c in _FRONT), None)
            harmony = after in _BACK if after else _is_back(stem + "".join(out[:j]))
            out[j] = {"к": "қ", "г": "ғ"}[ch] if harmony else ch
    restored = "".join(out)
    return restored[:-1] + "ң" if restored and _GENITIVE.search(stem + restored) else restored


def _is_number_ending(m: re.Match[str], text: str) -> bool:
    """Whether a token is a case ending after a number and a hyphen («140-тан», not
    «24-Сібір»)."""
    ending = m.group().lower()
    after = _AFTER_NUMBER.search(text, 0, m.start())
    return bool(after and _NAME_ENDING.fullmatch(plain(ending)))


def _kept(typed: str, found: str) -> bool:
    """Whether `found` keeps every Kazakh letter the user typed («окиметі» -> «өкіметі»)."""
    if not KAZAKH_LETTERS.intersection(typed):
        return True
    return len(typed) == len(found) and all(
        a in (b, plain(b)) for a, b in zip(typed, found, strict=True)
    )


class KazakhRestorer:
    """Restores the Kazakh letters of plainly typed words from a vocabulary."""

    def __init__(
        self,
        counts: Counter[str],
        names: frozenset[str],
        lower: frozenset[str],
        context: SpellingContext | None = None,
    ) -> None:
        # «казак» or «қазақ»: the words around a plainly typed word decide
        self._context = context
        self._counts = counts
        self._names = names  # always capitalised in the vocabulary
        # seen in lower case, or a word spelt alike is («қарағанда» ~ «Караганда»): no capital
        self._lower = frozenset(plain(w) for w in lower)
        # skeleton -> the most frequent spelling: of whole words, and of stems for inflected
        # forms (whole words first, then every word less an ending: «құрылтай|ының»)
        # At equal counts the spelling with Kazakh letters: the other is a typo of the source.
        frequent = sorted(counts, key=lambda w: (counts[w], bool(KAZAKH_LETTERS & set(w))))[::-1]
        self._strict = {plain(w): w for w in reversed(frequent)}  # the last written wins
        self._loose = {_loose(w): w for w in reversed(frequent)}
        self._stems, self._loose_stems = dict(self._strict), dict(self._loose)
        for word in frequent:
            for k in range(_MIN_STEM, len(word)):
                if _ENDING.fullmatch(plain(word[k:])):
                    self._stems.setdefault(plain(word[:k]), word[:k])
                    self._loose_stems.setdefault(_loose(word[:k]), word[:k])

    @classmethod
    def from_texts(cls, texts: Iterable[str], extra_words: Iterable[str] = ()) -> KazakhRestorer:
        """Vocabulary of the passages plus extra words (place names, glossary words).

        A word is a name when, other than at the start of a sentence, it is written with a
        capital at least `_NAME_SHARE` of the time («Совет» 96 times, «совет» 4); an extra
        word with a capital counts as such.
        """
        texts = list(texts)  # read twice: here and for the spelling context
        counts: Counter[str] = Counter(
            language.KAZAKH_FUNCTION_WORDS | language.KAZAKH_NUMBER_WORDS
        )
        lower: Counter[str] = Counter()
        capital: Counter[str] = Counter()
        for text, sentence_start in [*((t, True) for t in texts), (" ".join(extra_words), False)]:
            end, initial = (None if sentence_start else 0), False
            for m in WORD.finditer(text):
                word, low = m.group(), m.group().lower()
                counts[low] += 1
                gap = "." if end is None else text[end : m.start()].strip()
                # mid-sentence: after a word, a comma, an opening quote («Алаш») or an
                # initial («А. Иманов»)
                mid = not gap or gap[-1] in ",;«" or (initial and gap == ".")
                if word == low:
                    lower[low] += 1
                elif mid and (len(word) == 1 or not word.isupper()):
                    capital[low] += 1
                end, initial = m.end(), len(word) == 1 and word.isupper()
        names = frozenset(
            w for w, n in capital.items() if len(w) > 2 and n >= _NAME_SHARE * (n + lower[w])
        )
        return cls(counts, names, frozenset(lower) - names, SpellingContext(texts))

    def restore(self, text: str) -> str:
        """Text in Cyrillic with Kazakh letters restored; Russian is only transliterated.

        Kazakh letters a user typed are kept; those of transliterated Latin are guesses.
        """
        text = unicodedata.normalize("NFC", text)
        as_russian = transliterate_latin(text, lang="ru")
        if language.guess_language(as_russian).lang == "ru":
            return as_russian

        def token(m: re.Match[str]) -> str:
            cyrillic = latin_token(m, text, "kk")
            latin = cyrillic != m.group()
            if not latin and _is_number_ending(m, text):
                return cyrillic  # «140-тан»: its harmony is the number's, unknown here
            return WORD.sub(lambda w: self._word(w.group(), latin), cyrillic)

        restored = TOKEN.sub(token, text)
        return self._context.resolve(text, restored) if self._context else restored

    def knows(self, word: str) -> bool:
        """Whether a Cyrillic word is the article's Kazakh, as typed or restored («Совет»,
        «окимети»); Russian words («переворот») are not, nor are those the article has once
        without a Kazakh letter, in a Russian title («Уральск»)."""
        found = self._find(word.lower(), False)
        return found is not None and (self._counts[found] > 1 or bool(KAZAKH_LETTERS & set(found)))

    def _word(self, typed: str, latin: bool) -> str:
        low = typed.lower()
        if len(low) < 2 or low in language.RUSSIAN_FUNCTION_WORDS:
            return typed
        found = self._find(low, latin)
        if found is None and "э" in low:
            # A phone without ә types э («кэсипорын»), a letter Kazakh words hardly have.
            found = self._find(low.replace("э", "ә"), latin)
        if found is None or not (latin or _kept(low, found)):
            return typed
        if len(typed) > 1 and typed.isupper():
            return found.upper()
        if typed[0].isupper() or self._is_name(found):
            return found[0].upper() + found[1:]
        return found

    def _find(self, low: str, guessed: bool) -> str | None:
        # A known word is kept as written, unless the source has it once without Kazakh
        # letters and more often with them (a typo of the source: «кун», «комек»).
        # A transliteration is no spelling: «окімет».
        known = self._counts[low] > 1 or (low in self._counts and KAZAKH_LETTERS & set(low))
        if known and not guessed:
            return low
        for key, words in ((plain(low), self._strict), (_loose(low), self._loose)):
            if key in words:
                return words[key]
        if language.looks_russian(low):
            return None
        skeleton = plain(low)
        for k in range(len(low), 2, -1):
            if k < len(low) and not _ENDING.fullmatch(skeleton[k:]):
                continue
            stem = self._stems.get(skeleton[:k])
            loose = stem is None
            # A bare stem is looked up as spelt: loosely, «киси» would be «қысы».
            if k < len(low):
                stem = stem or self._loose_stems.get(_loose(low[:k]))
            if stem is not None and (k >= _MIN_STEM or stem in language.KAZAKH_FUNCTION_WORDS):
                return stem + _restore_ending(stem, low[k:], loose)
        return None

    def _is_name(self, word: str) -> bool:
        """A name or a name with case endings («Семей|дегі»), never seen in lower case."""
        return plain(word) not in self._lower and any(
            word[:k] in self._names and (k == len(word) or _NAME_ENDING.fullmatch(plain(word[k:])))
            for k in range(len(word), _MIN_STEM - 1, -1)
        )
