"""`tarikh bench --telegram`: the real Application, driven through the local Bot API stand-in.

Two measurements, end to end (update queued at the stand-in → its sendMessage received):
1. latency: `questions` questions asked one after another by one user;
2. throughput: `users` users each asking one question at the same moment, beside the floor
   the model sets: the time it takes to encode those same questions in one batch.
The bot runs as in production (polling, concurrent updates, the rate limiter with its
retries) except for Telegram's overall ceiling of about 30 messages a second: that is
Telegram's limit, not the bot's, and it alone would hold 50 replies to two thirds of a second
however fast they are ready. The bench lifts it and reports the floor it would impose.

The stand-in lives in `bot/testing/` rather than `tests/` so that this shipped command can
import it without putting the repository root on `sys.path`.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.app import build_application
from bot.composition import open_database
from bot.config import TELEGRAM_MESSAGES_PER_SECOND, Settings
from bot.strings import text
from bot.testing import updates
from bot.testing.bot_api_standin import BotApiStandin
from index.evaluate import p95

if TYPE_CHECKING:
    from index.service import AnswerService

BENCH_TOKEN = "100000001:BenchTokenForTheLocalStandinOnly_xyz"
TIMEOUT_SECONDS = 120.0


def run_bench(
    service: AnswerService,
    questions: Sequence[tuple[str, str]],
    users: int = 50,
    sequential: int = 30,
    telegram_rate: int = TELEGRAM_MESSAGES_PER_SECOND,
) -> dict[str, Any]:
    """Run both measurements over (lang, question) pairs and return their figures
    (milliseconds, seconds, counts). `telegram_rate`: the messages per second Telegram
    allows the bot, for the floor it sets on the burst."""
    with tempfile.TemporaryDirectory() as folder, BotApiStandin() as api:
        settings = Settings(  # type: ignore[call-arg]
            _env_file=None,
            telegram_bot_token=BENCH_TOKEN,
            telegram_api_base_url=api.base_url,
            telegram_api_file_url=api.file_url,
            database_url=f"sqlite:///{Path(folder) / 'bench.sqlite3'}",
            # The bench measures the bot, not the flood limit nor Telegram's ceiling.
            questions_per_minute=10_000,
            telegram_messages_per_second=0,
        )
        result = asyncio.run(_bench(api, settings, service, questions, users, sequential))
    burst_questions = [questions[n % len(questions)][1] for n in range(users)]
    result["burst"]["encode_s"] = _batch_encode_seconds(service, burst_questions)
    result["burst"]["telegram_rate"] = telegram_rate
    result["burst"]["telegram_floor_s"] = telegram_floor_seconds(users, telegram_rate)
    return result


def telegram_floor_seconds(replies: int, per_second: int) -> float:
    """The least time `replies` sent at once take under Telegram's ceiling, as the rate
    limiter keeps it: a full second's worth at once, then one every 1/`per_second` s."""
    if per_second <= 0:
        return 0.0
    return round(max(0, replies - per_second) / per_second, 2)


def _batch_encode_seconds(
    service: AnswerService, questions: list[str], tries: int = 3
) -> float | None:
    """How long the model takes to embed `questions` in one call, at best of a few tries (a
    floor: other load on the machine only adds to it); None without a model."""
    encoder = service.encoder
    if encoder is None:
        return None
    timings = []
    for _ in range(tries):
        started = time.perf_counter()
        encoder.encode(
            questions, prompt_name="query", normalize_embeddings=True, convert_to_numpy=True
        )
        timings.append(time.perf_counter() - started)
    return round(min(timings), 2)


async def _bench(
    api: BotApiStandin,
    settings: Settings,
    service: AnswerService,
    questions: Sequence[tuple[str, str]],
    users: int,
    sequential: int,
) -> dict[str, Any]:
    application = build_application(settings, service, open_database(settings))
    async with application:
        await application.start()
        await application.updater.start_polling(poll_interval=0, timeout=1)
        try:
            one_by_one = [
                await _ask(api, [(1, *questions[i % len(questions)])]) for i in range(sequential)
            ]
            started = time.perf_counter()
            burst = await _ask(
                api, [(1000 + n, *questions[n % len(questions)]) for n in range(users)]
            )
            wall = time.perf_counter() - started
        finally:
            await application.updater.stop()
            await application.stop()
    latencies = [ms for batch in one_by_one for ms in batch.values() if ms is not None]
    burst_ms = [ms for ms in burst.values() if ms is not None]
    return {
        "latency": {"questions": sequential, **_summary(latencies)},
        "burst": {
            "users": users,
            "answered": len(burst_ms),
            "errors": sum(1 for ms in burst.values() if ms is None) + _apologies(api),
            "wall_s": round(wall, 2),
            "answers_per_s": round(len(burst_ms) / wall, 1) if wall else 0.0,
            **_summary(burst_ms),
        },
    }


async def _ask(api: BotApiStandin, asks: list[tuple[int, str, str]]) -> dict[int, float | None]:
    """Push one question per user at once; latency in ms per user (None: no reply in time)."""
    before = {uid: len(replies) for uid, replies in _replies_by_chat(api).items()}
    pushed = {
        uid: api.pushed_at(api.push(updates.message(updates.user(uid, lang), question)))
        for uid, lang, question in asks
    }
    deadline = time.monotonic() + TIMEOUT_SECONDS
    latencies: dict[int, float | None] = dict.fromkeys(pushed)
    while time.monotonic() < deadline and None in latencies.values():
        # One pass over the calls per look: this loop shares the bot's process and event loop.
        replies = _replies_by_chat(api)
        for uid, at in pushed.items():
            seen, mine = before.get(uid, 0), replies.get(uid, [])
            if latencies[uid] is None and len(mine) > seen:
                latencies[uid] = (mine[seen].at - at) * 1000
        await asyncio.sleep(0.005)
    return latencies


def _replies_by_chat(api: BotApiStandin) -> dict[int, list[Any]]:
    """Every sendMessage so far, by chat id, in order."""
    replies: dict[int, list[Any]] = {}
    for call in api.calls("sendMessage"):
        replies.setdefault(call.params.get("chat_id"), []).append(call)
    return replies


def _apologies(api: BotApiStandin) -> int:
    """Replies from the error handler (the question failed inside the bot)."""
    sorry = {text(lang, "error") for lang in ("kk", "ru")}
    return sum(1 for c in api.calls("sendMessage") if c.params.get("text") in sorry)


def _summary(ms: list[float]) -> dict[str, float]:
    if not ms:
        return {"median_ms": 0.0, "p95_ms": 0.0}
    return {"median_ms": round(statistics.median(ms), 1), "p95_ms": round(p95(ms), 1)}


def format_bench(result: dict[str, Any]) -> str:
    """A few readable lines for the terminal."""
    latency, burst = result["latency"], result["burst"]
    floor = burst.get("encode_s")
    beside = (
        f" (encoding the {burst['users']} questions in one batch: {floor} s)"
        if floor is not None
        else ""
    )
    lines = [
        f"Telegram end to end (local Bot API stand-in), {latency['questions']} questions "
        f"one at a time: median {latency['median_ms']} ms, p95 {latency['p95_ms']} ms",
        f"{burst['users']} users at once: {burst['answered']} answered in {burst['wall_s']} s"
        f"{beside}; {burst['answers_per_s']} answers/s, errors {burst['errors']}; "
        f"latency median {burst['median_ms']} ms, p95 {burst['p95_ms']} ms",
    ]
    if burst["telegram_rate"]:
        lines.append(
            f"  Telegram's ceiling of {burst['telegram_rate']} messages/s was not applied: "
            f"on Telegram these {burst['users']} replies take at least "
            f"{burst['telegram_floor_s']} s to send"
        )
    return "\n".join(lines)
