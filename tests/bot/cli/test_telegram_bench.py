from bot.cli.bench import BENCH_QUESTIONS
from bot.cli.telegram_bench import format_bench, run_bench, telegram_floor_seconds
from tests.support.fakes import FakeAnswerService


def test_bench_drives_the_real_application() -> None:
    result = run_bench(FakeAnswerService(), BENCH_QUESTIONS, users=6, sequential=3)  # type: ignore[arg-type]
    assert result["latency"]["questions"] == 3 and result["latency"]["median_ms"] > 0
    assert result["burst"]["answered"] == 6 and result["burst"]["errors"] == 0
    report = format_bench(result)
    assert "6 users at once: 6 answered" in report
    assert "ceiling of 30 messages/s was not applied" in report


def test_telegram_floor_is_what_the_rate_limiter_lets_through() -> None:
    # A second's worth goes at once, the rest at the rate: 20 more at 30 a second.
    assert telegram_floor_seconds(50, 30) == 0.67
    assert telegram_floor_seconds(30, 30) == 0.0
    assert telegram_floor_seconds(50, 0) == 0.0  # no ceiling
