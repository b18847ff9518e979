"""The spec's rate limits (``x-rate-limits``), enforced per key when ``--rate-limit`` is on.

The windows are the SDK runtime's (``SlidingWindowLimiter``): the client paces itself by
the same arithmetic the mock refuses by, tier by tier (an operation of another tier than
the default counts against both, as the spec's inference reads the overview).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Mapping

from icloudready_runtime._rate_limit import SlidingWindowLimiter


class RateLimiter:
    """One sliding-window limiter per key (per token, or per address for sign-in).

    At most ``max_keys`` keys are remembered (the least recently seen go first), so a
    caller inventing a new key per request cannot grow the mock's memory without bound.
    """

    def __init__(
        self,
        tiers: Mapping[str, tuple[int, int]],
        max_keys: int = 100_000,
        clock: Callable[[], float] | None = None,
    ) -> None:
        """``tiers``: requests per minute and per hour by tier name."""
        self._limits = {
            name: [(60.0, per_minute), (3600.0, per_hour)]
            for name, (per_minute, per_hour) in tiers.items()
        }
        self._keys: dict[str, SlidingWindowLimiter] = {}
        self._max_keys = max_keys
        self._clock = clock

    def check(self, key: str, tiers: Collection[str]) -> int | None:
        """Count a request of ``tiers``; None when allowed, else whole seconds to Retry-After."""
        limiter = self._keys.pop(key, None)
        if limiter is None:
            options = {} if self._clock is None else {"clock": self._clock}
            limiter = SlidingWindowLimiter(self._limits, **options)
            while len(self._keys) >= self._max_keys:
                del self._keys[next(iter(self._keys))]
        self._keys[key] = limiter  # re-inserted: dict order is recency order
        wait = limiter.admit(tiers)
        return None if wait is None else max(1, math.ceil(wait))

    def __len__(self) -> int:
        return len(self._keys)
