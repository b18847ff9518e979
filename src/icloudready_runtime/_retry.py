"""When a failed attempt is tried again, and how long to wait first.

A retry must never turn one write into two: POST is retried only when the server
certainly did not process it (the connection was never made, or it answered 429);
GET, PUT, PATCH and DELETE are idempotent here and are retried on any transient failure.
"""

from __future__ import annotations

import email.utils
import math
import random
import time

import httpx

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"})
RETRYABLE_STATUSES = frozenset({408, 429})
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0

# Failures that happen before the request reaches the server: safe for any method.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def should_retry_exception(method: str, exc: Exception) -> bool:
    if isinstance(exc, _NOT_SENT):
        return True
    return method in IDEMPOTENT_METHODS and isinstance(exc, httpx.TransportError)


def should_retry_status(method: str, status_code: int) -> bool:
    if status_code == 429:
        return True
    if status_code in RETRYABLE_STATUSES or status_code >= 500:
        return method in IDEMPOTENT_METHODS
    return False


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date), or None.

    None also for zero, a negative number or a date in the past: retrying at once would
    hammer a server that is already failing (three attempts in a tenth of a second), so
    the client's own backoff applies instead.
    """
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    if math.isnan(seconds) or seconds <= 0:
        return None
    return seconds


def retry_delay(
    attempt: int, retry_after: float | None, *, rng: random.Random | None = None
) -> float:
    """The wait before retry number ``attempt`` (1-based): Retry-After when given, else backoff."""
    if retry_after is not None:
        return min(retry_after, MAX_RETRY_AFTER)
    base = min(INITIAL_DELAY * 2.0 ** (attempt - 1), MAX_DELAY)
    jitter = rng.random() if rng is not None else random.random()  # noqa: S311 - jitter, not crypto
    # Up to 25% less than the nominal delay, so synchronised clients spread out.
    return base * (1 - 0.25 * jitter)
