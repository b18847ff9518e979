"""The API overview's rate limits, enforced per token when ``--rate-limit`` is on."""

from __future__ import annotations

import math
import time
from collections import deque


class RateLimiter:
    """Sliding windows per key: 480/minute and 4,800/hour by default."""

    def __init__(self, per_minute: int = 480, per_hour: int = 4800) -> None:
        self._limits = [(60.0, per_minute), (3600.0, per_hour)]
        self._logs: dict[str, list[deque[float]]] = {}

    def check(self, key: str, now: float | None = None) -> int | None:
        """Record a request; None when allowed, else the seconds to wait (Retry-After)."""
        now = time.monotonic() if now is None else now
        logs = self._logs.setdefault(key, [deque() for _ in self._limits])
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
