"""The ids a walk has yielded (``list_all``) or an export has written: 8 bytes per id.

One structure for both: a sorted array of 8-byte hashes plus a small set of recent ones,
merged every 8,192. A set of Python ints would cost ~90 bytes per id (9 MiB per 100,000
records); the hash is stable across processes (unlike ``hash()``), so an export can save
it in its checkpoint.
"""

from __future__ import annotations

import hashlib
import heapq
from array import array
from bisect import bisect_left
from collections.abc import Iterable


def id_hash(record_id: str) -> int:
    return int.from_bytes(
        hashlib.blake2b(record_id.encode("utf-8", "surrogatepass"), digest_size=8).digest(),
        "little",
    )


class SeenIds:
    def __init__(self, hashes: Iterable[int] | None = None) -> None:
        self._sorted = array("Q", sorted(hashes or ()))
        self._recent: set[int] = set()

    def __contains__(self, key: int) -> bool:
        if key in self._recent:
            return True
        index = bisect_left(self._sorted, key)
        return index < len(self._sorted) and self._sorted[index] == key

    def add(self, key: int) -> None:
        self._recent.add(key)
        if len(self._recent) >= 8192:
            # Merged lazily into a new array: no list of every id as Python ints on the way.
            self._sorted = array("Q", heapq.merge(self._sorted, sorted(self._recent)))
            self._recent.clear()
