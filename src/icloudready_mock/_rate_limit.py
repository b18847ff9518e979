"""The API overview's rate limits, enforced per key when ``--rate-limit`` is on."""

from __future__ import annotations

import math
import time
from collections import deque


class RateLimiter:
    """Sliding windows per key: 480/minute and 4,800/hour by default.

    At most ``max_keys`` keys are remembered (the least recently seen go first), so a
    caller inventing a new key per request cannot grow the mock's memory without bound.
    """

    def __init__(
        self, per_minute: int = 480, per_hour: int = 4800, max_keys: int = 100_000
    ) -> None:
        self._limits = [(60.0, per_minute), (3600.0, per_hour)]
        self._logs: dict[str, list[deque[float]]] = {}
        self._max_keys = max_keys

    def check(self, key: str, now: float | None = None) -> int | None:
        """Record a request; None when allowed, else the seconds to wait (Retry-After)."""
        now = time.monotonic() if now is None else now
        logs = self._logs.pop(key, None)
        if logs is None:
            logs = [deque() for _ in self._limits]
            while len(self._logs) >= self._max_keys:
                del self._logs[next(iter(self._logs))]
        self._logs[key] = logs  # re-inserted: dict order is recency order
        wait = 0.0
        for (window, limit), log in zip(self._limits, logs, strict=True):
            while log and log[0] <= now - window:
                log.popleft()
            if len(log) >= limit:
                wait = max(wait, log[0] + window - now)
        if wait > 0:
            return max(1, math.ceil(wait))
        for log in logs:
            log.append(now)
        return None

    def __len__(self) -> int:
        return len(self._logs)
