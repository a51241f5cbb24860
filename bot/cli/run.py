"""`tarikh run`: the Telegram bot, long-polling or behind a webhook."""

from __future__ import annotations

import argparse
import sys

from bot.app import run_polling
from bot.composition import open_database, open_service
from bot.config import Settings
from bot.webhook import run_webhook
from index.service import AnswerService


def add_commands(subcommands: argparse._SubParsersAction) -> None:
    parser = subcommands.add_parser("run", help="run the Telegram bot (polling, or a webhook)")
    parser.add_argument(
        "--webhook",
        metavar="URL",
        nargs="?",
        const="",
        help="serve a webhook at the public URL Telegram should post to (default: WEBHOOK_URL)",
    )
    parser.add_argument("--listen", default="0.0.0.0", help="address to listen on (webhook)")
    parser.add_argument("--port", type=int, default=8443, help="port to listen on (webhook)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    if settings.telegram_bot_token is None:
        print(
            "TELEGRAM_BOT_TOKEN is not set (see .env.example); try `tarikh chat`.", file=sys.stderr
        )
        return 2
    if args.webhook is None:
        run_polling(settings, *open_service(settings))
        return 0
    url = args.webhook or settings.webhook_url
    if not url:
        print("tarikh run --webhook needs a URL (or WEBHOOK_URL).", file=sys.stderr)
        return 2
    if settings.webhook_secret is None:
        print("WEBHOOK_SECRET is not set (see .env.example).", file=sys.stderr)
        return 2
    # The server answers /healthz at once and /readyz once the index is loaded or built.
    sessions = open_database(settings)
    service = AnswerService.from_settings(settings, sessions)
    run_webhook(settings, service, sessions, url, args.listen, args.port)
    return 0
