"""Hybrid search over the passages of a build: dense + lexical, fused, boosted, quoted."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import faiss
import numpy as np
from sentence_transformers import SentenceTransformer

from index.dates import extract_dates
from index.lang import detect_language
from index.lexical import LexicalIndex
from index.passage import Answer, Chunk, Passage
from index.quote import QuoteContext, select_quote
from index.ranking import metadata_boost, ranking, rrf


class Gazetteer(Protocol):
    def find(self, text: str) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class SearchConfig:
    """Fusion and abstention constants (tuned on half the dev questions, see evaluate)."""

    rrf_k: float = 60.0
    dense_weight: float = 1.0
    lexical_weight: float = 1.0
    # Boosts are in fused-score units: 1/(k+1) ~ 0.016 is what a first rank is worth.
    region_weight: float = 0.01
    date_weight: float = 0.01
    # Abstain unless one retriever is confident enough (cosine thresholds).
    min_dense: float = 0.84
    min_lexical: float = 0.2


@dataclass(frozen=True)
class Signals:
    """Raw evidence about the top of one search, used to decide whether to answer."""

    dense_top: float  # best passage cosine, 0 when there is no encoder
    lexical_top: float  # best char n-gram cosine
    matched_regions: int  # question's regions that some passage mentions


class HybridSearcher:
    def __init__(
        self,
        chunks: Sequence[Chunk],
        vectors: faiss.Index | None,
        encoder: SentenceTransformer | None,
        gazetteer: Gazetteer,
        citation: str,
        config: SearchConfig | None = None,
    ) -> None:
        self._chunks = tuple(chunks)
        # Dense search needs both; either alone degrades cleanly to lexical only.
        self._dense = vectors is not None and encoder is not None and len(self._chunks) > 0
        if self._dense and vectors.ntotal != len(self._chunks):
            raise ValueError(f"{vectors.ntotal} vectors for {len(self._chunks)} passages")
        self._vectors = vectors
        self._encoder = encoder
        self._gazetteer = gazetteer
        self._citation = citation
        self.config = config or SearchConfig()
        self._lexical = LexicalIndex([c.text for c in self._chunks])
        self._corpus_regions = frozenset(r for c in self._chunks for r in c.regions)

    def search(self, question: str, k: int = 5) -> Answer:
        lang = detect_language(question)
        if not self._chunks or not question.strip():
            return Answer(question, lang, False, (), self._citation)
        fused, signals, regions, dates = self.rank(question)
        order = ranking(fused)[:k]
        ctx = QuoteContext(
            question=question,
            regions=regions,
            dates=dates,
            similarity=self._lexical.similarity,
            regions_of=self._gazetteer.find,
            dates_of=extract_dates,
        )
        results = tuple(self._passage(self._chunks[i], float(fused[i]), ctx) for i in order)
        return Answer(question, lang, self.answerable(signals), results, self._citation)

    def rank(self, question: str) -> tuple[np.ndarray, Signals, tuple[str, ...], tuple[str, ...]]:
        """Fused score of every passage, plus the evidence used for abstention."""
        cfg = self.config
        n = len(self._chunks)
        lexical = self._lexical.scores(question)
        rankings, weights = [ranking(lexical)], [cfg.lexical_weight]
        dense_top = 0.0
        if self._dense:
            query = self._encoder.encode(
                [question], prompt_name="query", normalize_embeddings=True, convert_to_numpy=True
            )
            sims, ids = self._vectors.search(np.asarray(query, dtype=np.float32), n)
            rankings.append(ids[0][ids[0] >= 0])
            weights.append(cfg.dense_weight)
            dense_top = float(sims[0][0])
        fused = rrf(rankings, n, cfg.rrf_k, weights)
        # Read the question like the passages were read: same gazetteer, same date parser.
        regions = self._gazetteer.find(question)
        dates = extract_dates(question)
        if regions or dates:
            for i, chunk in enumerate(self._chunks):
                fused[i] += metadata_boost(
                    regions, dates, chunk.regions, chunk.dates, cfg.region_weight, cfg.date_weight
                )
        signals = Signals(
            dense_top=dense_top,
            lexical_top=float(lexical.max()),
            matched_regions=len(set(regions) & self._corpus_regions),
        )
        return fused, signals, regions, dates

    def answerable(self, signals: Signals) -> bool:
        """Answer when the best passage is close in meaning or in surface form."""
        cfg = self.config
        if self._dense and signals.dense_top >= cfg.min_dense:
            return True
        return signals.lexical_top >= cfg.min_lexical

    def _passage(self, chunk: Chunk, score: float, ctx: QuoteContext) -> Passage:
        year = int(chunk.date[:4]) if chunk.date else None
        return Passage(
            chunk_id=chunk.chunk_id,
            ordinal=chunk.ordinal,
            text=chunk.text,
            quote=select_quote(chunk.text, ctx, year),
            section=chunk.section,
            regions=chunk.regions,
            dates=chunk.dates,
            date=chunk.date,
            score=score,
        )
