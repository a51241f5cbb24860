"""`tarikh docs list` and `tarikh docs add FILE`: the documents builds are made from."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from bot.composition import open_database
from bot.config import Settings
from index.ingest.upload import InvalidDocument, validate_document
from index.store.documents import DocumentStore

ROW = "{:>4}  {:<32} {:>3}  {:<12} {:>8}  {:<10} {:<16}  {}"


def add_commands(subcommands: argparse._SubParsersAction) -> None:
    docs = subcommands.add_parser("docs", help="list or add corpus documents (in the database)")
    actions = docs.add_subparsers(dest="docs_command", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="every stored version of every document")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    listing.set_defaults(handler=docs_list)
    add = actions.add_parser("add", help="store a .txt file (a new version if the name exists)")
    add.add_argument("file", type=Path)
    add.set_defaults(handler=docs_add)


def open_store(settings: Settings) -> DocumentStore:
    """The document store, with the corpus folder's files in it (as at every start)."""
    store = DocumentStore(open_database(settings))
    store.seed_folder(settings.corpus_dir)
    return store


def docs_list(args: argparse.Namespace, settings: Settings) -> int:
    documents = open_store(settings).list()
    if args.json:
        for document in documents:
            row = asdict(document) | {"uploaded_at": document.uploaded_at.isoformat()}
            print(json.dumps(row, ensure_ascii=False))
        return 0
    print(ROW.format("id", "name", "ver", "sha256", "bytes", "uploader", "uploaded (UTC)", "on"))
    for d in documents:
        uploaded = f"{d.uploaded_at:%Y-%m-%d %H:%M}"
        enabled = "yes" if d.enabled else "no"
        print(ROW.format(d.id, d.name, d.version, d.sha256[:12], d.size, d.uploader or "-",
                         uploaded, enabled))  # fmt: skip
    return 0


def docs_add(args: argparse.Namespace, settings: Settings) -> int:
    try:
        content = args.file.read_bytes()
        name = validate_document(args.file.name, content, settings.upload_limit_bytes)
    except (OSError, InvalidDocument) as exc:
        print(f"not added: {exc}", file=sys.stderr)
        return 2
    result = open_store(settings).add(name, content, None)
    document = result.document
    messages = {
        "added": "added",
        "new_version": "added as a new version (the older versions are kept)",
        "duplicate": "already present, nothing changed",
    }
    print(f"{document.name} v{document.version} (#{document.id}): {messages[result.status]}")
    if result.status != "duplicate":
        print("run `tarikh index build` (or /reindex) to serve it")
    return 0
