"""The real logging setup never prints a bot token, whatever logs it."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from bot.logs import configure_logging

TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_x"


@pytest.fixture
def output() -> Iterator[io.StringIO]:
    """What the operator's log shows: the real setup, its stream read back."""
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    configure_logging()
    buffer = io.StringIO()
    (handler,) = root.handlers
    handler.setStream(buffer)  # type: ignore[attr-defined]
    yield buffer
    root.handlers[:], level = saved
    root.setLevel(level)


def test_token_in_a_message_or_its_arguments_is_redacted(output) -> None:
    log = logging.getLogger("bot.test")
    log.info("calling https://api.telegram.org/bot%s/getMe", TOKEN)
    log.warning(f"failed: /bot{TOKEN}/sendMessage")
    err = output.getvalue()
    assert TOKEN not in err and "AAHdqTcv" not in err
    assert err.count("<redacted-token>") == 2
    assert "getMe" in err and "sendMessage" in err


def test_token_in_an_exception_traceback_is_redacted(output) -> None:
    try:
        raise RuntimeError(f"POST /bot{TOKEN}/getUpdates failed")
    except RuntimeError:
        logging.getLogger("bot.test").exception("update failed")
    err = output.getvalue()
    assert "update failed" in err and "RuntimeError" in err
    assert TOKEN not in err


def test_http_clients_are_quiet(output) -> None:
    logging.getLogger("httpx").info("HTTP Request: POST https://api.telegram.org/bot%s/x", TOKEN)
    assert output.getvalue() == ""
