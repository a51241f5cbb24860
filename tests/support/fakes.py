"""A small in-memory AnswerService for unit tests: three passages, keyword matching."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime

from bot.config import DATA_DIR
from index.domain import Answer, Chunk, Example, Guide, Passage
from index.service import BuildChanged, BuildInfo, BuildProgress, RebuildInProgress
from index.text.gazetteer import RegionGazetteer

CITATION = "Қазақ энциклопедиясы, «Ұлы Октябрь»"


def _chunk(ordinal: int, section: str, text: str, region: str, date: str) -> Chunk:
    start = 80 * ordinal
    return Chunk(
        f"doc-{ordinal}", "doc.kk.txt", ordinal, section, text, start, start + len(text),
        (region,), (date,), date,
    )  # fmt: skip


CHUNKS = (
    _chunk(
        0,
        "Қазақстан октябрьдегі қарулы көтеріліс қарсаңында",
        "Бірінші сөйлем. Верныйда Совет өкіметі 1918 жылы 3 наурызда орнады. Соңғы сөйлем.",
        "Жетісу",
        "1918-03-03",
    ),
    _chunk(
        1,
        "Алашорда",
        "Алашорда 1917 жылы желтоқсанда құрылды. Орынбордағы съезд <шешім> қабылдады.",
        "Орынбор",
        "1917-12",
    ),
    _chunk(2, "Ақмола", "Ақмолада Совет өкіметі 1918 жылы орнады & нығайды.", "Ақмола", "1918"),
)

KEYWORDS = {"верн": 0, "алаш": 1, "ақмола": 2, "акмол": 2}


RU_NAMES = {"Жетісу": "Семиречье", "Орынбор": "Оренбург", "Ақмола": "Акмолинск"}
REGIONS = ("Жетісу", "Орынбор", "Ақмола")
GUIDE = Guide(
    citation=CITATION,
    regions=REGIONS,
    labels={"kk": {r: r for r in REGIONS}, "ru": RU_NAMES},
    examples=(
        Example(
            "Жетісу", "1918-03-03", CHUNKS[0], "Верныйда Совет өкіметі 1918 жылы 3 наурызда орнады."
        ),
        Example("Ақмола", "1918", CHUNKS[2], "Ақмолада Совет өкіметі 1918 жылы орнады & нығайды."),
    ),
)


class FakeAnswerService:
    """Implements the AnswerService API the bot uses, without models or index files."""

    gazetteer = RegionGazetteer.load(DATA_DIR / "gazetteer.json")  # follow-ups read places

    encoder = None  # no model: lexical only, as with EMBEDDING_MODEL=none

    def __init__(self) -> None:
        self.rebuild_gate = threading.Event()
        self.rebuild_gate.set()
        self.fail_rebuild = False
        self._lock = threading.Lock()
        self._build = 1

    def answer(
        self, question: str, k: int = 5, build_id: int | None = None, lang_hint: str | None = None
    ) -> Answer:
        if build_id is not None and build_id != self._build:
            raise BuildChanged(build_id)
        lang = "ru" if any(ch in question.lower() for ch in "ыэъё") else "kk"
        hits = [i for word, i in KEYWORDS.items() if word in question.lower()]
        if not hits:
            return Answer(question, lang, False, (), CITATION, build_id=self._build)
        first = hits[0]
        order = [first, *(i for i in range(len(CHUNKS)) if i != first)][:k]
        results = tuple(self._passage(CHUNKS[i], 1.0 / (n + 1)) for n, i in enumerate(order))
        return Answer(question, lang, True, results, CITATION, build_id=self._build)

    @staticmethod
    def _passage(chunk: Chunk, score: float) -> Passage:
        quote = chunk.text.split(". ")[1] if chunk.ordinal == 0 else chunk.text.split(". ")[0]
        return Passage(
            chunk.chunk_id,
            chunk.text,
            quote,
            chunk.section,
            chunk.regions,
            chunk.dates,
            chunk.date,
            chunk.dates,
            chunk.regions,
            score,
        )

    def neighbours(self, chunk_id: str) -> tuple[Chunk | None, Chunk | None]:
        i = next(c.ordinal for c in CHUNKS if c.chunk_id == chunk_id)
        return (CHUNKS[i - 1] if i > 0 else None, CHUNKS[i + 1] if i + 1 < len(CHUNKS) else None)

    @property
    def guide(self) -> Guide:
        return GUIDE

    @property
    def build_info(self) -> BuildInfo:
        return BuildInfo(self._build, "fake", len(CHUNKS), datetime(2026, 1, 1, tzinfo=UTC))

    @property
    def is_rebuilding(self) -> bool:
        return self._lock.locked()

    def rebuild(self, progress: Callable[[BuildProgress], None] | None = None) -> BuildInfo:
        if not self._lock.acquire(blocking=False):
            raise RebuildInProgress
        try:
            for stage in ("ingest", "embed", "index"):
                if progress:
                    progress(BuildProgress(stage, 1, 3))
            self.rebuild_gate.wait(10)
            if self.fail_rebuild:
                raise RuntimeError("boom")
            self._build += 1
            return self.build_info
        finally:
            self._lock.release()
