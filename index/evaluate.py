"""Retrieval evaluation against questions with a gold answer substring.

A question is answered at k when one of the top k passages contains its ``gold``
(whitespace-normalised, case-insensitive). ``gold: null`` marks a question the text does
not answer: the searcher must abstain. Region/date accuracy look at the top passage only,
over questions that list gold regions/dates. A gold date matches a passage date at the
same or finer precision that refines it («1917-10» ~ «1917-10-24»), or a month-precise
passage date that a day-precise gold refines («1917-10-24» ~ «1917-10»); a bare passage
year never confirms a finer gold date, since nearly every passage names the year.
"""

from __future__ import annotations

import json
import math
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from index.domain import Answer

LANGS = ("kk", "ru", "all")


# Anything that answers a question with k ranked passages: HybridSearcher.search,
# AnswerService.answer.
Searcher = Callable[[str, int], Answer]


@dataclass(frozen=True)
class LangMetrics:
    questions: int
    r1: float
    r3: float
    r5: float
    mrr: float  # MRR@10
    quote_hit: float  # share whose top quote contains the gold (answerable questions)


@dataclass(frozen=True)
class EvalReport:
    by_lang: dict[str, LangMetrics]
    abstained: int  # out-of-scope questions the searcher declined
    out_of_scope: int
    refused: int  # answerable questions it declined
    region_accuracy: float | None
    date_accuracy: float | None
    latency_mean_ms: float
    latency_p95_ms: float
    misses: tuple[str, ...]  # ids of answerable questions not at rank 1


def load_questions(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def gold_date_matches(gold: str, passage_date: str) -> bool:
    if passage_date.startswith(gold):
        return True
    return gold.startswith(passage_date) and passage_date.count("-") >= 1


def _rank(answer: Answer, gold: str) -> int | None:
    needle = _norm(gold)
    for rank, passage in enumerate(answer.results[:10], start=1):
        if needle in _norm(passage.text):
            return rank
    return None


def _share(hits: list[bool]) -> float:
    return sum(hits) / len(hits) if hits else 0.0


def evaluate(searcher: Searcher, questions: Sequence[dict]) -> EvalReport:
    ranks: dict[str, list[int | None]] = {lang: [] for lang in LANGS}
    quotes: dict[str, list[bool]] = {lang: [] for lang in LANGS}
    region_hits: list[bool] = []
    date_hits: list[bool] = []
    latencies: list[float] = []
    abstained = out_of_scope = refused = 0
    misses: list[str] = []
    for q in questions:
        started = time.perf_counter()
        answer = searcher(q["question"], 10)
        latencies.append((time.perf_counter() - started) * 1000)
        if q.get("gold") is None:
            out_of_scope += 1
            abstained += not answer.answered
            continue
        refused += not answer.answered
        rank = _rank(answer, q["gold"])
        top = answer.results[0] if answer.results else None
        quote_ok = top is not None and rank == 1 and _norm(q["gold"]) in _norm(top.quote)
        for lang in (q["lang"], "all"):
            ranks[lang].append(rank)
            quotes[lang].append(quote_ok)
        if rank != 1:
            misses.append(q.get("id", q["question"]))
        if q.get("region"):
            region_hits.append(top is not None and bool(set(q["region"]) & set(top.regions)))
        if q.get("date"):
            date_hits.append(
                top is not None
                and any(gold_date_matches(g, d) for g in q["date"] for d in top.dates)
            )
    by_lang = {}
    for lang in LANGS:
        rs = ranks[lang]
        by_lang[lang] = LangMetrics(
            questions=len(rs),
            r1=_share([r is not None and r <= 1 for r in rs]),
            r3=_share([r is not None and r <= 3 for r in rs]),
            r5=_share([r is not None and r <= 5 for r in rs]),
            mrr=sum(1 / r for r in rs if r is not None) / len(rs) if rs else 0.0,
            quote_hit=_share(quotes[lang]),
        )
    return EvalReport(
        by_lang=by_lang,
        abstained=abstained,
        out_of_scope=out_of_scope,
        refused=refused,
        region_accuracy=_share(region_hits) if region_hits else None,
        date_accuracy=_share(date_hits) if date_hits else None,
        latency_mean_ms=sum(latencies) / len(latencies) if latencies else 0.0,
        latency_p95_ms=p95(latencies) if latencies else 0.0,
        misses=tuple(misses),
    )


def p95(values: Sequence[float]) -> float:
    """The 95th percentile by the nearest-rank method (a value that occurred)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def format_report(report: EvalReport) -> str:
    lines = [f"{'lang':<5}{'n':>4}{'R@1':>7}{'R@3':>7}{'R@5':>7}{'MRR':>7}{'quote':>7}"]
    for lang, m in report.by_lang.items():
        lines.append(
            f"{lang:<5}{m.questions:>4}{m.r1:>7.2f}{m.r3:>7.2f}{m.r5:>7.2f}{m.mrr:>7.2f}"
            f"{m.quote_hit:>7.2f}"
        )
    lines += [
        f"abstained on out-of-scope: {report.abstained}/{report.out_of_scope}",
        f"answerable refused: {report.refused}",
        f"top passage region accuracy: {_fmt(report.region_accuracy)}",
        f"top passage date accuracy: {_fmt(report.date_accuracy)}",
        f"latency: mean {report.latency_mean_ms:.1f} ms, p95 {report.latency_p95_ms:.1f} ms",
        f"not at rank 1: {', '.join(report.misses) or '-'}",
    ]
    kk, ru, everything = (report.by_lang[lang] for lang in LANGS)
    lines.append(
        f"summary: R@1 kk={kk.r1:.2f} ru={ru.r1:.2f} R@5={everything.r5:.2f} "
        f"MRR={everything.mrr:.2f} abstain={report.abstained}/{report.out_of_scope} "
        f"refused={report.refused} region={_fmt(report.region_accuracy)} "
        f"date={_fmt(report.date_accuracy)}"
    )
    return "\n".join(lines)
