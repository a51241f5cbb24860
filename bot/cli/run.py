"""`tarikh run`: the Telegram bot, long-polling or behind a webhook."""

from __future__ import annotations

import argparse
import sys

from bot.app import run_polling, run_webhook
from bot.composition import open_service
from bot.config import Settings


def add_commands(subcommands: argparse._SubParsersAction) -> None:
    parser = subcommands.add_parser("run", help="run the Telegram bot (polling, or a webhook)")
    parser.add_argument("--webhook", metavar="URL", help="public URL Telegram should post to")
    parser.add_argument("--listen", default="0.0.0.0", help="address to listen on (webhook)")
    parser.add_argument("--port", type=int, default=8443, help="port to listen on (webhook)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    if settings.telegram_bot_token is None:
        print(
            "TELEGRAM_BOT_TOKEN is not set (see .env.example); try `tarikh chat`.", file=sys.stderr
        )
        return 2
    service, sessions = open_service(settings)
    if args.webhook:
        run_webhook(settings, service, sessions, args.webhook, args.listen, args.port)
    else:
        run_polling(settings, service, sessions)
    return 0
