"""Lexical scoring: character n-gram TF-IDF over normalised text.

Russian questions share only names, numbers and loan-word stems with the Kazakh text,
so matching happens below the word: character n-grams inside word boundaries, over a
text folded so that Kazakh letters meet their Russian look-alikes («Көкшетау» ~
«Кокчетав», «Ақтөбе» ~ «Актюбинск»).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import numpy as np
from scipy.sparse import csr_matrix, spmatrix
from sklearn.feature_extraction.text import TfidfVectorizer

from index.text.words import WORD

# Kazakh-specific letters folded onto the Russian letter they sound/look closest to.
_FOLD = str.maketrans(
    {
        "ё": "е",
        "ә": "а",
        "ғ": "г",
        "қ": "к",
        "ң": "н",
        "ө": "о",
        "ұ": "у",
        "ү": "у",
        "һ": "х",
        "і": "и",
        "й": "и",
        "ы": "и",
        "э": "е",
        "ъ": "",
        "ь": "",
    }
)


_MIN_WORD = 4
_PREFIX = 5


def normalize(text: str) -> str:
    """Lowercase and fold Kazakh/Russian look-alike letters; keeps string length-agnostic."""
    return text.lower().translate(_FOLD)


def _stems(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w[:n] for w in words for n in (_MIN_WORD, _PREFIX) if len(w) >= n)


class LexicalIndex:
    """TF-IDF over character 3–5-grams (within words, sublinear tf) of the passages."""

    def __init__(self, texts: Sequence[str], ngram_range: tuple[int, int] = (3, 5)) -> None:
        self._vectorizer = TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=ngram_range,
            sublinear_tf=True,
            preprocessor=normalize,
            dtype=np.float32,
        )
        self._matrix = self._vectorizer.fit_transform(list(texts)) if texts else None
        words_of = [set(WORD.findall(normalize(text))) for text in texts]
        # Per passage, its words' four- and five-letter beginnings; all of them, for the corpus.
        self._passage_stems = [_stems(words) for words in words_of]
        self._prefixes = frozenset().union(*self._passage_stems)
        self._words: dict[str, list[str]] = {}
        for w in set().union(*words_of):
            self._words.setdefault(w[:_PREFIX], []).append(w)

    def scores(self, query: str) -> np.ndarray:
        """Cosine similarity of the query to every passage, in passage order."""
        return self.similarities(self.vectors([query]))

    def similarities(self, row: spmatrix) -> np.ndarray:
        """`scores` of a query already in this space (one row of `vectors`): a question is
        transformed once for passage scores and sentence scores alike."""
        if self._matrix is None:
            return np.zeros(0, dtype=np.float32)
        return np.asarray((self._matrix @ row.T).toarray()).ravel()

    def coverage(self, query: str, also_known: Callable[[str], bool] = lambda _w: False) -> float:
        """Share of the query's words (4+ letters) that begin like some word of the passages,
        or that `also_known` vouches for (a glossary word).

        A five-letter prefix stands in for a stem: Kazakh adds suffixes («Ақтөбеде» ~ «Ақтөбе»).
        """
        words = [w for w in WORD.findall(query) if len(w) >= _MIN_WORD]
        if not words:
            return 0.0
        known = sum(normalize(w)[:_PREFIX] in self._prefixes or also_known(w) for w in words)
        return known / len(words)

    def passage_coverage(
        self, passage: int, terms: Sequence[str], translate: Callable[[str], list[str]]
    ) -> float:
        """Share of `terms` that one passage has (by five-letter stem, as `coverage`), as
        written or through one of the article's words `translate` gives for them."""
        if not terms:
            return 1.0
        stems = self._passage_stems[passage]

        def has(term: str) -> bool:
            words = [term, *(w for found in translate(term) for w in found.split())]
            return any(normalize(w)[:_PREFIX] in stems for w in words)

        return sum(map(has, terms)) / len(terms)

    def knows_name(self, name: str) -> bool:
        """Whether the passages have a word that is `name` with at most a three-letter
        ending changed: «Ленина» ~ «Ленин», but «Назарбаев» is not «назар»."""
        folded = normalize(name)
        stem = folded[: max(_PREFIX, len(folded) - 3)]
        return any(word.startswith(stem) for word in self._words.get(stem[:_PREFIX], ()))

    def vectors(self, texts: Sequence[str]) -> spmatrix:
        """L2-normalised TF-IDF rows of arbitrary texts (sentences, a question) in this space,
        so that a dot product of two rows is their cosine."""
        if self._matrix is None:
            return csr_matrix((len(texts), 1), dtype=np.float32)
        return self._vectorizer.transform(list(texts))
