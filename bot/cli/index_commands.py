"""`tarikh index build` and `tarikh index show`."""

from __future__ import annotations

import argparse
import sys

from tqdm import tqdm

from bot.composition import open_database
from bot.config import Settings
from index.builder import BuildProgress
from index.search import embedding
from index.service import AnswerService, NoIndexBuild, RebuildInProgress
from index.store.queries import stored_chunks
from index.text.gazetteer import RegionGazetteer


def add_commands(subcommands: argparse._SubParsersAction) -> None:
    index = subcommands.add_parser("index", help="build or inspect the passage index")
    actions = index.add_subparsers(dest="index_command", required=True, metavar="ACTION")
    build = actions.add_parser(
        "build", help="build a new index from the enabled documents (`tarikh docs list`)"
    )
    build.add_argument(
        "--if-missing",
        action="store_true",
        help="do nothing when a ready build for the configured model exists",
    )
    build.set_defaults(handler=index_build)
    show = actions.add_parser("show", help="list passages with their metadata")
    show.add_argument("--region", help="only passages that mention this place (any language)")
    show.add_argument("--date", help="only passages with a date starting so, e.g. 1918-02")
    show.add_argument("--limit", type=int, default=0, help="show at most N passages")
    show.set_defaults(handler=index_show)


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
    service = AnswerService.from_settings(settings, open_database(settings))
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
    except RebuildInProgress:
        print("another index build is running; try again when it has finished", file=sys.stderr)
        return 1
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
    chunks = stored_chunks(open_database(settings), embedding.model_id(settings.embedding_model))
    shown = 0
    for chunk in chunks:
        if wanted and not set(wanted) & set(chunk.regions):
            continue
        if args.date and not any(d.startswith(args.date) for d in chunk.dates):
            continue
        print(
            f"── {chunk.document} #{chunk.ordinal}  [{chunk.chunk_id}]  § {chunk.section}\n"
            f"   регион: {', '.join(chunk.regions) or '—'}\n"
            f"   күні:   {', '.join(chunk.dates) or '—'}  (басты: {chunk.date or '—'})\n"
            f"   {chunk.text}\n"
        )
        shown += 1
        if args.limit and shown >= args.limit:
            break
    if not chunks:
        print("no passages stored yet: run `tarikh index build`", file=sys.stderr)
        return 1
    print(f"{shown} of {len(chunks)} passages")
    return 0
