"""Russian questions read with the Kazakh words the source uses («профсоюз» → «кәсіподақ»).

The Kazakh article and a Russian question share names, numbers and loan words, little else;
character n-grams then miss the rest. ``data/glossary_ru_kk.json`` maps Russian word stems of
the period's political vocabulary to Kazakh words, and `expand` appends those to a question.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

_WORD = re.compile(r"[а-яё-]+", re.IGNORECASE)


class Glossary:
    def __init__(self, terms: dict[str, str]) -> None:
        self._terms = {stem.lower(): kazakh for stem, kazakh in terms.items()}
        # Longest stem first, so «профессиональн» wins over «проф…»-like shorter ones.
        self._stems = sorted(self._terms, key=len, reverse=True)

    @classmethod
    def load(cls, path: Path) -> Glossary:
        return cls(json.loads(path.read_text(encoding="utf-8"))["terms"])

    def kazakh_words(self, text: str) -> list[str]:
        """Kazakh equivalents of the Russian words in text, in order, without repeats."""
        found: dict[str, None] = {}
        for word in _WORD.findall(text.lower().replace("ё", "е")):
            stem = next((s for s in self._stems if word.startswith(s)), None)
            if stem is not None:
                found[self._terms[stem]] = None
        return list(found)

    def expand(self, text: str) -> str:
        """The text followed by the Kazakh words for its Russian vocabulary."""
        return " ".join([text, *self.kazakh_words(text)])
