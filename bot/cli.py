"""The `tarikh` command: index building and inspection, questions, evaluation, the bot itself."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from bot import commands
from bot.config import ROOT, get_settings
from bot.logs import configure_logging

DEFAULT_EVAL_FILE = ROOT.parent / "shared" / "eval" / "dev_questions.jsonl"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    configure_logging(verbose=args.verbose)
    try:
        return int(args.handler(args, get_settings()) or 0)
    except KeyboardInterrupt:
        return 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tarikh",
        description="Answers questions on the history of Kazakhstan (1917-1918) from the source "
        "text, in Kazakh or Russian, by quoting the passage that answers them.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    subcommands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    index = subcommands.add_parser("index", help="build or inspect the passage index")
    index_commands = index.add_subparsers(dest="index_command", required=True, metavar="ACTION")
    build = index_commands.add_parser("build", help="ingest data/corpus and build a new index")
    build.add_argument(
        "--if-missing",
        action="store_true",
        help="do nothing when a ready build for the configured model exists",
    )
    build.set_defaults(handler=commands.index_build)
    show = index_commands.add_parser("show", help="list passages with their metadata")
    show.add_argument("--region", help="only passages that mention this place (any language)")
    show.add_argument("--date", help="only passages with a date starting so, e.g. 1918-02")
    show.add_argument("--limit", type=int, default=0, help="show at most N passages")
    show.set_defaults(handler=commands.index_show)

    ask = subcommands.add_parser("ask", help="answer one question as the bot would")
    ask.add_argument("question")
    ask.set_defaults(handler=commands.ask)

    search = subcommands.add_parser("search", help="ranked passages for a question, as JSON")
    search.add_argument("question", nargs="?")
    search.add_argument("--batch", type=Path, help="JSONL file of {id, question} lines")
    search.add_argument("-k", type=int, default=5, help="passages to return (default 5)")
    search.add_argument("--json", action="store_true", help="print JSON (the only format)")
    search.set_defaults(handler=commands.search)

    evaluate = subcommands.add_parser("eval", help="retrieval metrics on a question set")
    evaluate.add_argument("file", nargs="?", type=Path, default=DEFAULT_EVAL_FILE)
    evaluate.set_defaults(handler=commands.evaluate)

    bench = subcommands.add_parser("bench", help="latency and build-time benchmark")
    bench.add_argument(
        "--telegram", action="store_true", help="drive the bot through a local Bot API stand-in"
    )
    bench.add_argument("--users", type=int, default=50, help="concurrent users (--telegram)")
    bench.set_defaults(handler=commands.bench)

    chat = subcommands.add_parser("chat", help="talk to the bot in this terminal")
    chat.add_argument("--lang", choices=["kk", "ru"], help="interface language")
    chat.set_defaults(handler=commands.chat)

    run = subcommands.add_parser("run", help="run the Telegram bot (polling, or a webhook)")
    run.add_argument("--webhook", metavar="URL", help="public URL Telegram should post to")
    run.add_argument("--listen", default="0.0.0.0", help="address to listen on (webhook)")
    run.add_argument("--port", type=int, default=8443, help="port to listen on (webhook)")
    run.set_defaults(handler=commands.run)
    return parser
