from bot.cli.bench import BENCH_QUESTIONS
from bot.cli.telegram_bench import format_bench, run_bench
from tests.support.fakes import FakeAnswerService


def test_bench_drives_the_real_application() -> None:
    result = run_bench(FakeAnswerService(), BENCH_QUESTIONS, users=6, sequential=3)  # type: ignore[arg-type]
    assert result["latency"]["questions"] == 3 and result["latency"]["median_ms"] > 0
    assert result["burst"]["answered"] == 6 and result["burst"]["errors"] == 0
    assert "6 users at once: 6 answered" in format_bench(result)
