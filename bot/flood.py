"""Per-user flood limit: at most N questions in any sliding minute."""

from __future__ import annotations

import time
from collections import defaultdict, deque
from collections.abc import Callable

WINDOW_SECONDS = 60.0


class FloodLimit:
    """Sliding-window counter per user; used only from the event loop, so no locking."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self._per_minute = per_minute
        self._clock = clock
        self._asked: defaultdict[int, deque[float]] = defaultdict(deque)

    def allow(self, user_id: int) -> bool:
        """Count a question from `user_id`; False if it is over the limit (not counted then)."""
        now = self._clock()
        asked = self._asked[user_id]
        while asked and now - asked[0] >= WINDOW_SECONDS:
            asked.popleft()
        if len(asked) >= self._per_minute:
            return False
        asked.append(now)
        return True
