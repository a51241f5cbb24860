"""A build folder read back as it was written; older folders without the newer files."""

from __future__ import annotations

from pathlib import Path

from index.domain import Chunk
from index.events import SOVIET_POWER, Event
from index.store.build_files import EVENTS, read_build, write_build

TEXT = "Верныйда Совет өкіметі 1918 жылы 3 наурызда орнады."
DAY = "1918-03-03"
CHUNK = Chunk("c0", "doc.kk.txt", 0, "Жетісу", TEXT, 0, len(TEXT), ("Верный",), (DAY,), DAY)
EVENT = Event(SOVIET_POWER, DAY, (DAY,), ("Верный",), ("Орал",), TEXT, "c0", 0, len(TEXT))


def _write(path: Path, events: tuple[Event, ...] = ()) -> None:
    write_build(path, {"format": 3}, (CHUNK,), {"doc.kk.txt": "ҚСЭ"}, None, events=events)


def test_events_round_trip(tmp_path: Path) -> None:
    _write(tmp_path / "build", (EVENT,))
    stored = read_build(tmp_path / "build")
    assert stored.events == (EVENT,)
    assert stored.chunks == (CHUNK,) and stored.vectors is None and stored.sentences is None


def test_a_build_without_events_reads_as_none(tmp_path: Path) -> None:
    _write(tmp_path / "build")
    (tmp_path / "build" / EVENTS).unlink()  # as a format-2 build left it
    assert read_build(tmp_path / "build").events == ()
