"""Sliding-window rate limits: the client's pacing, so the server's limits are never reached,
and the mock's refusals (``admit``), one implementation for both.

The overview documents two tiers, standard (480 requests/minute, 4,800/hour) and
resource-intensive (240/minute, 1,200/hour), and warns that going over can suspend access.
Which tier an operation is in, and that an intensive call also counts against the standard
budget (the safe reading, an inference of the spec), come from ``x-rate-limits`` and
``x-rate-limit-tier``. A sliding-window log per (tier, window) hands out send times: a
request may go when fewer than N requests of its tiers went in each window before it.
Slots are reserved under one lock and slept on outside it, so every thread or task sharing
one client shares the limits.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Collection, Mapping, Sequence

Limits = Sequence[tuple[float, int]]  # (window seconds, requests)


class SlidingWindowLimiter:
    """Reserves send times that keep every tier's (window, limit) pairs satisfied.

    ``limits`` is one tier's pairs, or pairs by tier name; a request names its tiers.
    """

    def __init__(
        self,
        limits: Limits | Mapping[str, Limits],
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        tiers = limits if isinstance(limits, Mapping) else {"": limits}
        self._limits = [
            (tier, float(window), int(limit))
            for tier, pairs in tiers.items()
            for window, limit in pairs
            if limit > 0
        ]
        self._logs: list[deque[float]] = [deque() for _ in self._limits]
        self._clock = clock
        self._lock = threading.Lock()

    def _applying(
        self, tiers: Collection[str]
    ) -> list[tuple[tuple[str, float, int], deque[float]]]:
        return [
            (key, log) for key, log in zip(self._limits, self._logs, strict=True) if key[0] in tiers
        ]

    def reserve(self, tiers: Collection[str] = ("",)) -> float:
        """Reserve the next slot; return how many seconds to wait before sending."""
        return self.reserve_with_reason(tiers)[0]

    def reserve_with_reason(
        self, tiers: Collection[str] = ("",)
    ) -> tuple[float, tuple[str, float, int] | None]:
        """The wait, and the (tier, window seconds, limit) imposing it (None when no wait)."""
        with self._lock:
            now = self._clock()
            at = now
            binding: tuple[str, float, int] | None = None
            applying = self._applying(tiers)
            for pair, log in applying:
                _, window, limit = pair
                while log and log[0] <= now - window:
                    log.popleft()
                if log and log[-1] > at:
                    # First come, first served: slots never go back in time, so logs stay sorted.
                    at = log[-1]
                if len(log) >= limit and log[len(log) - limit] + window > at:
                    at = log[len(log) - limit] + window
                    binding = pair
            for _, log in applying:
                log.append(at)
            if at > now and binding is None and applying:
                binding = applying[0][0]  # queued behind earlier reservations of the same limit
            return at - now, binding

    def admit(self, tiers: Collection[str] = ("",)) -> float | None:
        """A server's check (the mock's ``--rate-limit``): count a request that may go now,
        or return the seconds until one may, counting nothing (a refusal uses no slot)."""
        with self._lock:
            now = self._clock()
            wait = 0.0
            applying = self._applying(tiers)
            for (_, window, limit), log in applying:
                while log and log[0] <= now - window:
                    log.popleft()
                if len(log) >= limit:
                    wait = max(wait, log[len(log) - limit] + window - now)
            if wait > 0:
                return wait
            for _, log in applying:
                log.append(now)
            return None


def describe_limit(limit: tuple[str, float, int] | None, default_tier: str = "") -> str:
    """The client option that sets ``limit`` (a tier's own: the spec's), as a user would say it."""
    if limit is None:
        return "rate_limit"
    tier, window, count = limit
    unit = "hour" if window >= 3600 else "minute"
    if tier != default_tier:
        return f"the {tier} tier's {count} requests/{unit} (x-rate-limits of the spec)"
    return f"{'hourly_' if unit == 'hour' else ''}rate_limit={count} requests/{unit}"


def limits_for(per_minute: int | None, per_hour: int | None) -> list[tuple[float, int]]:
    limits: list[tuple[float, int]] = []
    if per_minute:
        limits.append((60.0, per_minute))
    if per_hour:
        limits.append((3600.0, per_hour))
    return limits
