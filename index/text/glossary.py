"""Questions read with the words the source uses: «профсоюз» → «кәсіподақ», «ақпан» → «февраль».

The 1979 Kazakh article and a Russian question share names, numbers and loan words, little
else; a modern Kazakh question names months and offices differently («ақпан», «төраға») from
the Soviet-era text («февраль», «председатель»). ``data/glossary.json`` maps word stems of
either language to the article's words, and `expand` appends those to a question.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


class Glossary:
    def __init__(self, terms: dict[str, dict[str, str]]) -> None:
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
        return cls({lang: terms for lang, terms in data.items() if not lang.startswith("_")})

    @property
    def kazakh_words(self) -> tuple[str, ...]:
        """Every Kazakh word the glossary knows: modern stems and the article's words."""
        article = (
            w for by_stem in self._terms.values() for ws in by_stem.values() for w in ws.split()
        )
        return tuple(dict.fromkeys([*self._terms.get("kk", {}), *article]))

    def article_words(self, text: str, lang: str) -> list[str]:
        """The article's words for the vocabulary of a `lang` text, in order, without repeats."""
        found: dict[str, None] = {}
        for word in _WORD.findall(text.lower().replace("ё", "е")):
            stem = self._stem(word, lang)
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
        return next((s for s in self._stems.get(lang, ()) if word.startswith(s)), None)
