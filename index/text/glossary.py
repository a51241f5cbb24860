"""Questions read with the words the source uses: «профсоюз» → «кәсіподақ», «ақпан» → «февраль».

The 1979 Kazakh article and a Russian question share names, numbers and loan words, little
else; a modern Kazakh question names months and offices differently («ақпан», «төраға») from
the Soviet-era text («февраль», «председатель»). ``data/glossary.json`` maps word stems of
either language to the article's words, and `expand` appends those to a question. Its "kk_ru"
map goes the other way for Russian readers: stems of the article's political terms and their
Russian equivalents («өкімет» → «власть»), found in a quote by `russian_terms`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


class Glossary:
    def __init__(
        self, terms: dict[str, dict[str, str]], russian: dict[str, str] | None = None
    ) -> None:
        # Longest stem first, so «әскери-революциялық комитет» wins over «комитет».
        self.russian = dict(
            sorted(((k.lower(), v) for k, v in (russian or {}).items()), key=lambda kv: -len(kv[0]))
        )
        self._terms = {
            lang: {stem.lower(): words for stem, words in by_stem.items()}
            for lang, by_stem in terms.items()
        }
        # Longest stem first, so «профессиональн» wins over a shorter stem it starts with.
        self._stems = {
            lang: sorted(by_stem, key=len, reverse=True) for lang, by_stem in self._terms.items()
        }

    @classmethod
    def load(cls, path: Path) -> Glossary:
        data = json.loads(path.read_text(encoding="utf-8"))
        russian = data.pop("kk_ru", {})
        return cls(
            {lang: terms for lang, terms in data.items() if not lang.startswith("_")}, russian
        )

    @property
    def kazakh_words(self) -> tuple[str, ...]:
        """Every Kazakh word the glossary knows: modern stems and the article's words."""
        # "kk" and "ru" map onto the article's Kazakh words; "kk_ru" holds Russian ones.
        maps = (self._terms.get(lang, {}) for lang in ("kk", "ru"))
        article = (w for by_stem in maps for ws in by_stem.values() for w in ws.split())
        return tuple(dict.fromkeys([*self._terms.get("kk", {}), *article]))

    def article_words(self, text: str, lang: str) -> list[str]:
        """The article's words for the vocabulary of a `lang` text, in order, without repeats."""
        found: dict[str, None] = {}
        for word in _WORD.findall(text.lower().replace("ё", "е")):
            stems = [self._stem(word, lang)]
            if "-" in word and "-" not in (stems[0] or ""):
                # A compound's stem that ends in its first part leaves the others to read:
                # «рабоче-крестьянской» is workers' and peasants'.
                stems += [self._stem(part, lang) for part in word.split("-")[1:]]
            for stem in stems:
                if stem is not None:
                    found[self._terms[lang][stem]] = None
        return list(found)

    def knows(self, word: str, lang: str) -> bool:
        """Whether the glossary has the article's word for this word."""
        return self._stem(word.lower().replace("ё", "е"), lang) is not None

    def expand(self, text: str, lang: str) -> str:
        """The text followed by the article's words for its vocabulary."""
        return " ".join([text, *self.article_words(text, lang)])

    def _stem(self, word: str, lang: str) -> str | None:
        voicing = lang == "kk"
        return next((s for s in self._stems.get(lang, ()) if _starts(word, s, voicing)), None)


def in_article(glossary: Glossary | None, text: str, lang: str) -> list[str]:
    """The article's words the glossary gives for a text's words, one by one; none without
    a glossary."""
    found = glossary.article_words(text, lang) if glossary else []
    return [w for words in found for w in words.split()]


# A Kazakh stem's final voiceless consonant voices before a vowel: «билік» → «билігі».
_VOICED = {"к": "г", "қ": "ғ", "п": "б"}


def _starts(word: str, stem: str, voicing: bool) -> bool:
    if word.startswith(stem):
        return True
    voiced = _VOICED.get(stem[-1:]) if voicing else None
    return voiced is not None and word.startswith(stem[:-1] + voiced)


def _term_pattern(stem: str) -> re.Pattern[str]:
    """A stem of one or more words, each word taking any ending («совет өкіметі»)."""
    words = (re.escape(word) + r"[\w-]*" for word in stem.split())
    return re.compile(r"(?<![\w-])" + r"\s+".join(words))


def russian_terms(text: str, terms: Mapping[str, str], n: int = 4) -> list[tuple[str, str]]:
    """Up to `n` terms (`Glossary.russian`, longest stems first) of a Kazakh text, as written
    there, with their Russian equivalents, in order of appearance; each Russian term once."""
    lower, taken, found = text.lower(), [False] * len(text), []
    for stem, russian in terms.items():
        for match in _term_pattern(stem).finditer(lower):
            start, end = match.span()
            if not any(taken[start:end]):
                taken[start:end] = [True] * (end - start)
                found.append((start, text[start:end], russian))
    first: dict[str, str] = {}
    for _, written, russian in sorted(found):
        first.setdefault(russian, written)
    return [(written, russian) for russian, written in first.items()][:n]
