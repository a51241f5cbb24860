"""Which spelling a word typed without Kazakh letters means when the article has several:
«казак» is a Cossack in «казак жүздігі» and a Kazakh in «қазақ еңбекшісі», and a phone types
both as «казак». The words around it decide, by how often the article writes each spelling
beside them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import pairwise

from index.text.words import KAZAKH_LETTERS, WORD, plain

# Letters of a neighbour compared: its stem, whatever its ending («еңбекші|сі», «жүзд|ігі»).
_NEIGHBOUR_STEM = 4


def _stem(word: str) -> str:
    return word.lower()[:_NEIGHBOUR_STEM]


class SpellingContext:
    """Pairs of neighbouring words in the article, for the skeletons it spells several ways."""

    def __init__(self, texts: Iterable[str]) -> None:
        spellings: dict[str, set[str]] = {}
        self._pairs: Counter[tuple[str, str]] = Counter()
        for text in texts:
            words = [w.lower() for w in WORD.findall(text)]
            for word in words:
                spellings.setdefault(plain(word), set()).add(word)
            for before, after in pairwise(words):
                self._pairs[(before, _stem(after))] += 1
                self._pairs[(_stem(before), after)] += 1
        self._spellings = {k: sorted(v) for k, v in spellings.items() if len(v) > 1}

    def resolve(self, typed: str, restored: str) -> str:
        """`restored` with each word the user typed without Kazakh letters, and the article
        spells several ways, in the spelling the article uses beside its neighbours; a word
        whose neighbours do not decide stays as restored."""
        typed_words, words = WORD.findall(typed), list(WORD.finditer(restored))
        if len(typed_words) != len(words):
            return restored  # not word for word: nothing to compare
        out, end = [], 0
        for i, (as_typed, m) in enumerate(zip(typed_words, words, strict=True)):
            word = m.group()
            choices = self._spellings.get(plain(word.lower()))
            if choices and not KAZAKH_LETTERS.intersection(as_typed.lower()):
                before = words[i - 1].group() if i else ""
                after = words[i + 1].group() if i + 1 < len(words) else ""
                word = self._choose(word, choices, before, after)
            out.append(restored[end : m.start()] + word)
            end = m.end()
        return "".join(out) + restored[end:]

    def _choose(self, word: str, choices: list[str], before: str, after: str) -> str:
        seen = {
            c: self._pairs[(_stem(before), c)] + self._pairs[(c, _stem(after))] for c in choices
        }
        best = max(seen.values())
        winners = [c for c, n in seen.items() if n == best]
        if best == 0 or len(winners) > 1:
            return word
        chosen = winners[0]
        return chosen[0].upper() + chosen[1:] if word[0].isupper() else chosen
