"""`tarikh db upgrade`: bring the database's tables (index and bot) to their newest revisions."""

from __future__ import annotations

import argparse

from bot.config import Settings
from bot.migrate import current_revisions, upgrade_all


def add_commands(subcommands: argparse._SubParsersAction) -> None:
    db = subcommands.add_parser("db", help="database schema")
    actions = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    upgrade = actions.add_parser(
        "upgrade", help="migrate the tables to the newest revisions (idempotent)"
    )
    upgrade.set_defaults(handler=db_upgrade)


def db_upgrade(_args: argparse.Namespace, settings: Settings) -> int:
    before = current_revisions(settings.database_url)
    upgrade_all(settings.database_url)
    for table, revision in current_revisions(settings.database_url).items():
        was = before[table]
        change = "up to date" if was == revision else f"upgraded from {was or 'nothing'}"
        print(f"{table}: {revision} ({change})")
    return 0
