"""`tarikh bench`: warm search latency and a cold build, or (--telegram) through the bot."""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from bot.cli.telegram_bench import format_bench, run_bench
from bot.composition import open_service
from bot.config import Settings
from index.builder import BuildSummary, IndexBuilder
from index.evaluate import p95
from index.service import AnswerService
from index.store.db import make_engine, make_sessionmaker
from index.store.documents import DocumentStore
from index.store.migrate import upgrade
from index.text.gazetteer import RegionGazetteer

# Both languages, several places, and out-of-scope questions (refusals cost time too).
BENCH_QUESTIONS = (
    ("kk", "Семейде Совет өкіметі қашан орнады?"),
    ("ru", "Когда в Семипалатинске установилась советская власть?"),
    ("kk", "Верныйда Совет өкіметі қашан жеңді?"),
    ("ru", "Кто возглавил Уральский ревком?"),
    ("kk", "Торғай облысында не болды?"),
    ("ru", "Когда был создан Тургайский областной совет?"),
    ("kk", "Алашорда қашан құрылды?"),
    ("ru", "Кто возглавлял Актюбинский уездный исполком?"),
    ("kk", "Орал облысында Совет өкіметі қашан жеңді?"),
    ("ru", "Какие предприятия национализировали в 1918 году?"),
    ("kk", "Абай қай жылы туған?"),
    ("ru", "Какая столица Франции?"),
)


def add_commands(subcommands: argparse._SubParsersAction) -> None:
    parser = subcommands.add_parser("bench", help="latency and build-time benchmark")
    parser.add_argument(
        "--telegram", action="store_true", help="drive the bot through a local Bot API stand-in"
    )
    parser.add_argument("--users", type=int, default=50, help="concurrent users (--telegram)")
    parser.set_defaults(handler=bench)


def bench(args: argparse.Namespace, settings: Settings) -> int:
    service, _ = open_service(settings)
    if args.telegram:
        result = run_bench(
            service,
            BENCH_QUESTIONS,
            users=args.users,
            telegram_rate=settings.telegram_messages_per_second,
        )
        print(format_bench(result))
        return 0
    questions = [question for _, question in BENCH_QUESTIONS]
    for question in questions:  # warm-up: first calls pay for lazy initialisation
        service.answer(question)
    latencies = []
    for _ in range(10):
        for question in questions:
            started = time.perf_counter()
            service.answer(question)
            latencies.append((time.perf_counter() - started) * 1000)
    summary = _cold_build(settings, service)
    print(
        f"questions: {len(latencies)} warm searches over {len(questions)} questions\n"
        f"latency:   median {statistics.median(latencies):.1f} ms, p95 {p95(latencies):.1f} ms, "
        f"max {max(latencies):.1f} ms\n"
        f"build:     {summary.seconds:.1f} s cold for {summary.passages} passages "
        f"({summary.embedded} texts embedded), in a scratch folder"
    )
    return 0


def _cold_build(settings: Settings, service: AnswerService) -> BuildSummary:
    """Build the served documents from scratch with an empty vector cache, in a scratch
    database, leaving the served index alone."""
    with tempfile.TemporaryDirectory(prefix="tarikh-bench-") as scratch:
        engine = make_engine(f"sqlite:///{scratch}/bench.sqlite3")
        upgrade(engine)
        sessions = make_sessionmaker(engine)
        for source in service.documents.active():
            DocumentStore(sessions).add(
                source.document.name, source.content, source.document.uploader
            )
        cold = IndexBuilder(
            sessions,
            Path(scratch) / "index",
            RegionGazetteer.load(settings.gazetteer_path),
            service.encoder,
            service.model_id,
        )
        return cold.build()
