"""Evaluation of what a user sees, against questions with a gold answer substring.

A reply to an answerable question is **right** when it answers (no refusal), its top passage
holds the gold (whitespace-, dash- and case-normalised), its bold quote holds the gold, and,
when the question lists gold dates, the first 📅 date shown (`Passage.answer_dates`) agrees with
one of them. ``gold: null`` marks a question the text does not answer: the reply is right when
it refuses. A gold date agrees with a shown date at the same or finer precision («1917-10» ~
«1917-10-24»), or with a month-precise shown date that the gold refines; a bare year never
confirms a finer gold date, since nearly every passage names the year.
"""

from __future__ import annotations

import json
import math
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from index.domain import Answer

LANGS = ("kk", "ru", "all")

# Anything that answers a question with k ranked passages: AnswerService.answer.
Searcher = Callable[[str, int], Answer]


@dataclass(frozen=True)
class LangMetrics:
    answerable: int
    right: float  # share of answerable questions whose reply is right
    ranked_first: float  # the top passage holds the gold
    bold_holds: float  # the bold quote of the top passage holds the gold
    date_right: float | None  # first 📅 shown agrees with the gold (questions with gold dates)
    region_right: float | None  # a 📍 shown is a gold region (questions with gold regions)
    answerable_refused: float
    r3: float
    mrr: float  # MRR@10
    out_of_scope: int
    out_of_scope_refused: float | None


@dataclass(frozen=True)
class EvalReport:
    by_lang: dict[str, LangMetrics]
    # Right share per language and "style" of question ("kk phone": Kazakh typed on a phone).
    by_style: dict[str, float]
    latency_mean_ms: float
    latency_p95_ms: float
    wrong: tuple[str, ...]  # ids of questions whose reply is not right


@dataclass(frozen=True)
class _Outcome:
    lang: str
    style: str
    answerable: bool
    refused: bool
    rank: int | None
    bold: bool
    date_ok: bool | None
    region_ok: bool | None

    @property
    def right(self) -> bool:
        if not self.answerable:
            return self.refused
        return not self.refused and self.rank == 1 and self.bold and self.date_ok is not False


def load_questions(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# Gold is copied from the raw article; passages are its cleaned text, where a spaced hyphen
# became a dash («аткомы - Орыс-Азиат» → «аткомы – Орыс-Азиат», «нояб. -1918» → «нояб. – 1918»).
_DASH = re.compile(r"\s*[-–—‒―]+\s*")


def _norm(text: str) -> str:
    """Text as compared: without whitespace, lower case, any dash one «-». A gold is copied
    from the raw article, where «1918 жылы15» lacks the space that cleaning puts back."""
    return _DASH.sub("-", re.sub(r"\s+", "", text)).lower()


def gold_date_matches(gold: str, shown: str) -> bool:
    if shown.startswith(gold):
        return True
    return gold.startswith(shown) and shown.count("-") >= 1


def p95(values: Sequence[float]) -> float:
    """The 95th percentile by the nearest-rank method (a value that occurred)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def _outcome(q: dict, answer: Answer) -> _Outcome:
    gold = q.get("gold")
    style = q.get("style") or "normal"
    if gold is None:
        return _Outcome(q["lang"], style, False, not answer.answered, None, False, None, None)
    needle = _norm(gold)
    rank = next((r for r, p in enumerate(answer.results[:10], 1) if needle in _norm(p.text)), None)
    top = answer.results[0] if answer.results else None
    bold = top is not None and rank == 1 and needle in _norm(top.quote)
    date_ok = region_ok = None
    if q.get("date"):
        shown = top.answer_dates[:1] if top else ()
        date_ok = any(gold_date_matches(g, d) for g in q["date"] for d in shown)
    if q.get("region"):
        region_ok = top is not None and bool(set(q["region"]) & set(top.answer_regions))
    return _Outcome(q["lang"], style, True, not answer.answered, rank, bold, date_ok, region_ok)


def _share(hits: Sequence[bool]) -> float:
    return sum(hits) / len(hits) if hits else 0.0


def _maybe_share(hits: Sequence[bool | None]) -> float | None:
    known = [h for h in hits if h is not None]
    return _share(known) if known else None


def _metrics(outcomes: Sequence[_Outcome]) -> LangMetrics:
    ok = [o for o in outcomes if o.answerable]
    oos = [o for o in outcomes if not o.answerable]
    ranks = [o.rank for o in ok]
    return LangMetrics(
        answerable=len(ok),
        right=_share([o.right for o in ok]),
        ranked_first=_share([r == 1 for r in ranks]),
        bold_holds=_share([o.bold for o in ok]),
        date_right=_maybe_share([o.date_ok for o in ok]),
        region_right=_maybe_share([o.region_ok for o in ok]),
        answerable_refused=_share([o.refused for o in ok]),
        r3=_share([r is not None and r <= 3 for r in ranks]),
        mrr=sum(1 / r for r in ranks if r is not None) / len(ranks) if ranks else 0.0,
        out_of_scope=len(oos),
        out_of_scope_refused=_share([o.refused for o in oos]) if oos else None,
    )


def evaluate(searcher: Searcher, questions: Sequence[dict]) -> EvalReport:
    outcomes: list[_Outcome] = []
    latencies: list[float] = []
    for q in questions:
        started = time.perf_counter()
        answer = searcher(q["question"], 10)
        latencies.append((time.perf_counter() - started) * 1000)
        outcomes.append(_outcome(q, answer))
    by_lang = {lang: _metrics([o for o in outcomes if lang in (o.lang, "all")]) for lang in LANGS}
    styles = sorted({f"{o.lang} {o.style}" for o in outcomes})
    return EvalReport(
        by_lang=by_lang,
        by_style={
            s: _share([o.right for o in outcomes if f"{o.lang} {o.style}" == s]) for s in styles
        },
        latency_mean_ms=sum(latencies) / len(latencies) if latencies else 0.0,
        latency_p95_ms=p95(latencies) if latencies else 0.0,
        wrong=tuple(
            q.get("id", q["question"])
            for q, o in zip(questions, outcomes, strict=True)
            if not o.right
        ),
    )


def _fmt(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:5.2f}"


def format_report(report: EvalReport) -> str:
    columns = ("n", "right", "first", "bold", "date", "place", "refus", "R@3", "MRR")
    columns += ("oos", "o-ref")
    lines = ["lang " + "".join(f"{c:>7}" for c in columns)]
    for lang, m in report.by_lang.items():
        values = (
            m.right,
            m.ranked_first,
            m.bold_holds,
            m.date_right,
            m.region_right,
            m.answerable_refused,
            m.r3,
            m.mrr,
        )
        cells = [f"{m.answerable:>7}", *(f"{_fmt(v):>7}" for v in values)]
        cells += [f"{m.out_of_scope:>7}", f"{_fmt(m.out_of_scope_refused):>7}"]
        lines.append(f"{lang:<5}" + "".join(cells))
    lines.append("right by style: " + ", ".join(f"{s} {v:.2f}" for s, v in report.by_style.items()))
    lines.append(
        f"latency: mean {report.latency_mean_ms:.1f} ms, p95 {report.latency_p95_ms:.1f} ms"
    )
    lines.append(f"not right: {', '.join(report.wrong) or '-'}")
    kk, ru = report.by_lang["kk"], report.by_lang["ru"]
    everything = report.by_lang["all"]
    lines.append(
        f"summary: right kk={kk.right:.2f} ru={ru.right:.2f} first kk={kk.ranked_first:.2f} "
        f"ru={ru.ranked_first:.2f} bold kk={kk.bold_holds:.2f} ru={ru.bold_holds:.2f} "
        f"out-of-scope refused={_fmt(everything.out_of_scope_refused).strip()} "
        f"answerable refused={everything.answerable_refused:.2f}"
    )
    return "\n".join(lines)


def report_json(report: EvalReport) -> str:
    """The report as one JSON object (`tarikh eval FILE --json`)."""
    return json.dumps(asdict(report), ensure_ascii=False)
