"""Sliding-window rate limits: the client's pacing, so the server's limits are never reached,
and the mock's refusals (``admit``), one implementation for both.

The overview warns that going over 480 requests/minute (4,800/hour) can suspend
access. A sliding-window log per limit hands out send times: a request may go when
fewer than N requests went in the window before it. Slots are reserved under a lock
and slept on outside it, so every thread or task sharing one client shares the limit.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Sequence


class SlidingWindowLimiter:
    """Reserves send times that keep every (window, limit) pair satisfied."""

    def __init__(
        self,
        limits: Sequence[tuple[float, int]],
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._limits = [(float(window), int(limit)) for window, limit in limits if limit > 0]
        self._logs: list[deque[float]] = [deque() for _ in self._limits]
        self._clock = clock
        self._lock = threading.Lock()

    def reserve(self) -> float:
        """Reserve the next slot; return how many seconds to wait before sending."""
        return self.reserve_with_reason()[0]

    def reserve_with_reason(self) -> tuple[float, tuple[float, int] | None]:
        """The wait, and the (window seconds, limit) that imposes it (None when no wait)."""
        with self._lock:
            now = self._clock()
            at = now
            binding: tuple[float, int] | None = None
            for (window, limit), log in zip(self._limits, self._logs, strict=True):
                while log and log[0] <= now - window:
                    log.popleft()
                if log and log[-1] > at:
                    # First come, first served: slots never go back in time, so logs stay sorted.
                    at = log[-1]
                if len(log) >= limit and log[len(log) - limit] + window > at:
                    at = log[len(log) - limit] + window
                    binding = (window, limit)
            for log in self._logs:
                log.append(at)
            if at > now and binding is None:
                binding = self._limits[0]  # queued behind earlier reservations of the same limit
            return at - now, binding

    def admit(self) -> float | None:
        """A server's check (the mock's ``--rate-limit``): count a request that may go now,
        or return the seconds until one may, counting nothing (a refusal uses no slot)."""
        with self._lock:
            now = self._clock()
            wait = 0.0
            for (window, limit), log in zip(self._limits, self._logs, strict=True):
                while log and log[0] <= now - window:
                    log.popleft()
                if len(log) >= limit:
                    wait = max(wait, log[len(log) - limit] + window - now)
            if wait > 0:
                return wait
            for log in self._logs:
                log.append(now)
            return None


def describe_limit(limit: tuple[float, int] | None) -> str:
    """The client option that sets ``limit``, as a user would change it."""
    if limit is None:
        return "rate_limit"
    window, count = limit
    if window >= 3600:
        return f"hourly_rate_limit={count} requests/hour"
    return f"rate_limit={count} requests/minute"


def limits_for(per_minute: int | None, per_hour: int | None) -> list[tuple[float, int]]:
    limits: list[tuple[float, int]] = []
    if per_minute:
        limits.append((60.0, per_minute))
    if per_hour:
        limits.append((3600.0, per_hour))
    return limits
