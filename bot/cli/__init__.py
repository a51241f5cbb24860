"""The `tarikh` command: the database, documents, index building and inspection, questions,
evaluation, the bot itself.

Each module of this package adds its own sub-commands (`add_commands`) and handles them.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from bot.cli import (
    bench,
    browse_commands,
    chat,
    db_commands,
    docs_commands,
    index_commands,
    questions,
    run,
)
from bot.config import get_settings
from bot.logs import configure_logging


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
    commands = (db_commands, docs_commands, index_commands, questions, browse_commands)
    for module in (*commands, bench, chat, run):
        module.add_commands(subcommands)
    return parser
