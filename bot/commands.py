"""What each `tarikh` sub-command does; the parser lives in bot/cli.py."""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select
from tqdm import tqdm

from bot.app import run_polling, run_webhook
from bot.chat import plain_reply, run_chat
from bot.config import Settings
from bot.telegram_bench import format_bench, run_bench
from index.builder import BuildProgress, BuildSummary, IndexBuilder
from index.domain import Answer
from index.evaluate import evaluate as run_eval
from index.evaluate import format_report, load_questions
from index.service import AnswerService, NoIndexBuild
from index.store.db import make_engine, make_sessionmaker
from index.store.models import ChunkRecord, Document
from index.text.gazetteer import RegionGazetteer

BENCH_QUESTIONS = (
    "Семейде Совет өкіметі қашан орнады?",
    "Когда в Семипалатинске установилась советская власть?",
    "Верныйда Совет өкіметі қашан жеңді?",
    "Кто возглавил Уральский ревком?",
    "Торғай облысында не болды?",
    "Когда был создан Тургайский областной совет?",
    "Кто возглавлял Актюбинский уездный исполком?",
    "Орал облысында Совет өкіметі қашан жеңді?",
    "Какие предприятия национализировали в 1918 году?",
    "Абай қай жылы туған?",
    "Какая столица Франции?",
)


class BuildBars:
    """tqdm bars fed by the builder's progress callback, one per stage."""

    def __init__(self) -> None:
        self._bars: dict[str, tqdm] = {}

    def __call__(self, progress: BuildProgress) -> None:
        if progress.stage == "done":
            self.close()
            return
        bar = self._bars.get(progress.stage)
        if bar is None:
            unit = {"ingest": "document", "embed": "passage"}.get(progress.stage, "step")
            bar = self._bars[progress.stage] = tqdm(
                total=progress.total, desc=progress.stage, unit=unit, leave=True
            )
        bar.n = progress.done
        bar.refresh()

    def close(self) -> None:
        for bar in self._bars.values():
            bar.close()
        self._bars.clear()


def index_build(args: argparse.Namespace, settings: Settings) -> int:
    service = AnswerService.from_settings(settings)
    if args.if_missing:
        try:
            info = service.load_current()
        except NoIndexBuild:
            pass
        else:
            print(f"index build {info.build_id} ({info.model_id}) is ready; nothing to do")
            return 0
    bars = BuildBars()
    try:
        summary = service.build(bars)
    finally:
        bars.close()
    print(
        f"built index {summary.build_id} in {summary.seconds:.1f} s ({summary.model_id})\n"
        f"  documents:          {summary.documents}\n"
        f"  passages:           {summary.passages}\n"
        f"  duplicates merged:  {summary.duplicates_merged}\n"
        f"  sections:           {summary.sections}\n"
        f"  with a region:      {summary.with_regions}/{summary.passages}\n"
        f"  with a date:        {summary.with_dates}/{summary.passages}\n"
        f"  vectors embedded:   {summary.embedded} (reused {summary.reused})\n"
        f"  folder:             {summary.path}"
    )
    return 0


def index_show(args: argparse.Namespace, settings: Settings) -> int:
    """Print stored passages with their metadata; read from the database, no model needed."""
    gazetteer = RegionGazetteer.load(settings.gazetteer_path)
    wanted = gazetteer.find(args.region) if args.region else ()
    if args.region and not wanted:
        print(f"unknown place: {args.region}", file=sys.stderr)
        return 2
    sessions = make_sessionmaker(make_engine(settings.database_url))
    with sessions() as session:
        rows = session.execute(
            select(ChunkRecord, Document.name)
            .join(Document)
            .order_by(Document.name, ChunkRecord.ordinal)
        ).all()
    shown = 0
    for chunk, document in rows:
        if wanted and not set(wanted) & set(chunk.regions):
            continue
        if args.date and not any(d.startswith(args.date) for d in chunk.dates):
            continue
        print(
            f"── {document} #{chunk.ordinal}  [{chunk.chunk_id}]  § {chunk.section}\n"
            f"   регион: {', '.join(chunk.regions) or '—'}\n"
            f"   күні:   {', '.join(chunk.dates) or '—'}  (басты: {chunk.date or '—'})\n"
            f"   {chunk.text}\n"
        )
        shown += 1
        if args.limit and shown >= args.limit:
            break
    if not rows:
        print("no passages stored yet: run `tarikh index build`", file=sys.stderr)
        return 1
    print(f"{shown} of {len(rows)} passages")
    return 0


def answer_json(answer: Answer) -> dict[str, object]:
    """The JSON shape of `tarikh search`, relied on by checks outside this repository."""
    return {
        "question": answer.question,
        "lang": answer.lang,
        "answered": answer.answered,
        "results": [
            {
                "chunk_id": p.chunk_id,
                "text": p.text,
                "quote": p.quote,
                "section": p.section,
                "regions": list(p.regions),
                "dates": list(p.dates),
                "score": round(p.score, 6),
            }
            for p in answer.results
        ],
    }


def search(args: argparse.Namespace, settings: Settings) -> int:
    if (args.question is None) == (args.batch is None):
        print("give either a QUESTION or --batch FILE", file=sys.stderr)
        return 2
    if args.k < 1:
        print("-k must be at least 1", file=sys.stderr)
        return 2
    service = AnswerService.open(settings)
    if args.question is not None:
        print(json.dumps(answer_json(service.answer(args.question, args.k)), ensure_ascii=False))
        return 0
    for number, line in enumerate(args.batch.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            question = str(item["question"])
        except (ValueError, KeyError, TypeError) as exc:
            print(f"{args.batch}:{number}: not a {{id, question}} line ({exc})", file=sys.stderr)
            return 2
        result = {"id": item.get("id"), **answer_json(service.answer(question, args.k))}
        print(json.dumps(result, ensure_ascii=False), flush=True)
    return 0


def ask(args: argparse.Namespace, settings: Settings) -> int:
    service = AnswerService.open(settings)
    answer = service.answer(args.question)
    print(plain_reply(service, answer, answer.lang))
    return 0


def evaluate(args: argparse.Namespace, settings: Settings) -> int:
    if not args.file.is_file():
        print(f"no question file at {args.file}", file=sys.stderr)
        return 2
    service = AnswerService.open(settings)
    print(format_report(run_eval(service.answer, load_questions(args.file))))
    return 0


def bench(args: argparse.Namespace, settings: Settings) -> int:
    service = AnswerService.open(settings)
    if args.telegram:
        print(format_bench(run_bench(service, users=args.users)))
        return 0
    questions = list(BENCH_QUESTIONS)
    for question in questions:  # warm-up: first calls pay for lazy initialisation
        service.answer(question)
    latencies = []
    for _ in range(10):
        for question in questions:
            started = time.perf_counter()
            service.answer(question)
            latencies.append((time.perf_counter() - started) * 1000)
    latencies.sort()
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    summary = _cold_build(settings, service)
    print(
        f"questions: {len(latencies)} warm searches over {len(questions)} questions\n"
        f"latency:   median {statistics.median(latencies):.1f} ms, p95 {p95:.1f} ms, "
        f"max {latencies[-1]:.1f} ms\n"
        f"build:     {summary.seconds:.1f} s cold for {summary.passages} passages "
        f"({summary.embedded} texts embedded), in a scratch folder"
    )
    return 0


def _cold_build(settings: Settings, service: AnswerService) -> BuildSummary:
    """Build from scratch with an empty vector cache, leaving the served index alone."""
    with tempfile.TemporaryDirectory(prefix="tarikh-bench-") as scratch:
        cold = IndexBuilder(
            make_sessionmaker(make_engine(f"sqlite:///{scratch}/bench.sqlite3")),
            Path(scratch) / "index",
            settings.corpus_dir,
            RegionGazetteer.load(settings.gazetteer_path),
            service.encoder,
            service.model_id,
        )
        return cold.build()


def chat(args: argparse.Namespace, settings: Settings) -> int:
    run_chat(AnswerService.open(settings), lang=args.lang)
    return 0


def run(args: argparse.Namespace, settings: Settings) -> int:
    if settings.telegram_bot_token is None:
        print(
            "TELEGRAM_BOT_TOKEN is not set (see .env.example); try `tarikh chat`.", file=sys.stderr
        )
        return 2
    service = AnswerService.open(settings)
    if args.webhook:
        run_webhook(settings, service, args.webhook, args.listen, args.port)
    else:
        run_polling(settings, service)
    return 0
