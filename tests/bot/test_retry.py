from collections.abc import Callable, Coroutine
from typing import Any

import pytest
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut

from bot.retry import RetryingRateLimiter

Send = Callable[..., Coroutine[Any, Any, bool]]


def _failing(*errors: Exception) -> tuple[Send, list[int]]:
    calls: list[int] = []

    async def callback(*_args: object, **_kwargs: object) -> bool:
        calls.append(1)
        if len(calls) <= len(errors):
            raise errors[len(calls) - 1]
        return True

    return callback, calls


async def _send(limiter: RetryingRateLimiter, callback: Send) -> object:
    await limiter.initialize()
    return await limiter.process_request(callback, (), {}, "sendMessage", {"chat_id": 1}, None)


async def test_network_errors_timeouts_5xx_and_429_are_retried() -> None:
    errors = (NetworkError("Bad Gateway"), TimedOut(), RetryAfter(0), NetworkError("500"))
    callback, calls = _failing(*errors)
    limiter = RetryingRateLimiter(network_retries=4, backoff=0.001, max_retries=2)
    assert await _send(limiter, callback) is True
    assert len(calls) == 5


async def test_bad_request_is_not_retried() -> None:
    callback, calls = _failing(BadRequest("can't parse entities"))
    with pytest.raises(BadRequest):
        await _send(RetryingRateLimiter(backoff=0.001), callback)
    assert len(calls) == 1


async def test_gives_up_after_the_last_retry() -> None:
    callback, calls = _failing(*[NetworkError("down")] * 5)
    with pytest.raises(NetworkError):
        await _send(RetryingRateLimiter(network_retries=2, backoff=0.001), callback)
    assert len(calls) == 3
