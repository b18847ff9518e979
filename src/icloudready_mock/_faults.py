"""Fault injection for users' resilience tests.

``--faults "429=0.05,503=0.02,latency=0.1:200,drop=0.01"``:

Each entry is ``kind=rate``: a 429 (with Retry-After), a 500 or 503, added latency
(``latency=rate:milliseconds``) or a dropped connection, drawn per request from a
seeded generator so a failing run can be replayed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

_KINDS = ("429", "500", "503", "drop", "latency")


@dataclass
class Faults:
    rates: dict[str, float] = field(default_factory=dict)
    latency_ms: float = 0.0
    seed: int | None = None

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)  # noqa: S311 - test traffic, not crypto

    @classmethod
    def parse(cls, spec: str, seed: int | None = None) -> Faults:
        rates: dict[str, float] = {}
        latency_ms = 0.0
        for item in filter(None, (part.strip() for part in spec.split(","))):
            kind, sep, value = item.partition("=")
            if not sep or kind not in _KINDS:
                raise ValueError(
                    f"fault {item!r}: expected one of {', '.join(_KINDS)} as kind=rate"
                )
            if kind == "latency":
                value, _, millis = value.partition(":")
                latency_ms = float(millis or 100)
            rate = float(value)
            if not 0.0 <= rate <= 1.0:
                raise ValueError(f"fault {item!r}: rate must be between 0 and 1")
            rates[kind] = rate
        return cls(rates=rates, latency_ms=latency_ms, seed=seed)

    def draw(self) -> tuple[float, str | None]:
        """Seconds of latency to add, and the fault to answer with (or None)."""
        delay = 0.0
        if self._random.random() < self.rates.get("latency", 0.0):
            delay = self.latency_ms / 1000
        for kind in ("drop", "429", "500", "503"):
            if self._random.random() < self.rates.get(kind, 0.0):
                return delay, kind
        return delay, None
