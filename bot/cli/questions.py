"""`tarikh ask`, `tarikh search` and `tarikh eval`: questions answered as the bot would."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bot.cli.chat import plain_reply
from bot.composition import open_service
from bot.config import ROOT, Settings
from index.domain import Answer
from index.evaluate import evaluate as run_eval
from index.evaluate import format_report, load_questions, report_json

DEFAULT_EVAL_FILE = ROOT.parent / "shared" / "eval" / "dev_questions.jsonl"


def add_commands(subcommands: argparse._SubParsersAction) -> None:
    ask_parser = subcommands.add_parser("ask", help="answer one question as the bot would")
    ask_parser.add_argument("question")
    ask_parser.set_defaults(handler=ask)

    search_parser = subcommands.add_parser("search", help="ranked passages for a question, as JSON")
    search_parser.add_argument("question", nargs="?")
    search_parser.add_argument("--batch", type=Path, help="JSONL file of {id, question} lines")
    search_parser.add_argument("-k", type=int, default=5, help="passages to return (default 5)")
    search_parser.add_argument("--json", action="store_true", help="print JSON (the only format)")
    search_parser.set_defaults(handler=search)

    eval_parser = subcommands.add_parser("eval", help="retrieval metrics on a question set")
    eval_parser.add_argument("file", nargs="?", type=Path, default=DEFAULT_EVAL_FILE)
    eval_parser.add_argument("--json", action="store_true", help="print one JSON object")
    eval_parser.set_defaults(handler=evaluate)


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
                "date": p.date,
                "answer_dates": list(p.answer_dates),
                "answer_regions": list(p.answer_regions),
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
    service, _ = open_service(settings)
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
    service, _ = open_service(settings)
    answer = service.answer(args.question)
    print(plain_reply(service.guide, answer, answer.lang))
    return 0


def evaluate(args: argparse.Namespace, settings: Settings) -> int:
    if not args.file.is_file():
        print(f"no question file at {args.file}", file=sys.stderr)
        return 2
    service, _ = open_service(settings)
    report = run_eval(service.answer, load_questions(args.file))
    print(report_json(report) if args.json else format_report(report))
    return 0
