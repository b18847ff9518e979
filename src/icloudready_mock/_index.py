"""The in-memory index of one table: what every list query is answered from.

Kept beside SQLite (which holds the documents) because counting is what lists pay for:
at 1,000,000 records SQLite walks every match to count it (FTS5 doclists, index ranges;
200 ms to seconds per query), while here a query is a few vectorised passes over arrays of
one entry per record (numpy: about 1 ms each at 1,000,000 records, whatever matches):

- ``p`` filters: one integer code per record and field; a filter is ``codes == code``;
- ``q``: the token-prefix index of _words.py; each word is a slice of a sorted array;
- ``sortBy``: per key, one order-preserving number per record and the records sorted by
  (value, seq) when last built; records written since are merged in per query, so a write
  is O(1) and the order is rebuilt in the writer's time once enough have changed;
- the default order (creation) is the record key itself.

A query's matches, in order, are cached until the next write, so every page of a walk
after the first is one slice: no page costs more because it is deep.
"""

from __future__ import annotations

import bisect
import functools
import math
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt

from ._words import Entries, WordIndex, query_words, tokens

Mask = npt.NDArray[np.bool_]
# Record keys as numpy's index type: gathers and scatters with it skip a conversion (2x).
Seqs = npt.NDArray[np.intp]
_NONE = -1  # the code of "no value" (absent, or not of the field's type)
_MISSING = -math.inf  # sorts first ascending and last descending, as SQL's NULL
# Records written since a sort order was built are merged per query; past this many the
# order is rebuilt (one O(n) pass, in the writer's time).
DIRTY_LIMIT = 512
_MERGE_LIMIT = 4096  # more written records than this in a query: sorted afresh instead
_SPACING = 1024.0  # between the codes of consecutive distinct strings of a sort key
_CACHE_BYTES = 96 * 1024 * 1024
_CACHE_ENTRIES = 256


def grow(array: npt.NDArray[Any], size: int, fill: Any) -> npt.NDArray[Any]:
    bigger = np.full(size, fill, array.dtype)
    bigger[: array.size] = array
    return bigger


def _number(value: Any) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return None


class Codes:
    """One ``p`` field: each record's value as a small integer (equal values, equal codes)."""

    def __init__(self, numeric: bool, size: int) -> None:
        self.numeric = numeric
        self.codes = np.full(size, _NONE, np.int32)
        self.of: dict[Any, int] = {}

    def key(self, value: Any) -> Any:
        if self.numeric:
            return _number(value)
        return value if isinstance(value, str) else None

    def set(self, seq: int, value: Any) -> None:
        key = self.key(value)
        self.codes[seq] = _NONE if key is None else self.of.setdefault(key, len(self.of))

    def load(self, seqs: Seqs, values: list[Any]) -> None:
        of = self.of
        if self.numeric:
            keys = [_number(v) for v in values]
            codes = [_NONE if k is None else of.setdefault(k, len(of)) for k in keys]
        else:  # type() is: bool and other subclasses are not strings here either
            codes = [of.setdefault(v, len(of)) if type(v) is str else _NONE for v in values]
        self.codes[seqs] = np.array(codes, np.int32)

    def lookup(self, text: str) -> int | None:
        """The code of a filter's text (compared as text; a number field takes its number)."""
        if not self.numeric:
            return self.of.get(text)
        try:
            number = float(text)
        except ValueError:
            return None
        return self.of.get(number)


class _Strings:
    """Order-preserving numbers for strings: a new one takes the midpoint of its neighbours."""

    def __init__(self) -> None:
        self.sorted: list[str] = []
        self.code: dict[str, float] = {}

    def of(self, text: str) -> float | None:
        """The string's code; None when there is no room between its neighbours (renumber)."""
        code = self.code.get(text)
        if code is not None:
            return code
        at = bisect.bisect_left(self.sorted, text)
        below = self.code[self.sorted[at - 1]] if at else None
        above = self.code[self.sorted[at]] if at < len(self.sorted) else None
        if below is None:
            code = 0.0 if above is None else above - _SPACING
        elif above is None:
            code = below + _SPACING
        else:
            code = (below + above) / 2
            if not below < code < above:
                return None
        self.sorted.insert(at, text)
        self.code[text] = code
        return code

    def renumber(
        self, extra: Iterable[str] = ()
    ) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
        """Evenly spaced codes again (with ``extra`` strings added): (old codes, new codes)."""
        old = np.array([self.code[s] for s in self.sorted], np.float64)
        merged = sorted({*self.sorted, *extra})
        self.sorted = merged
        self.code = {s: i * _SPACING for i, s in enumerate(merged)}
        new = np.array([self.code[s] for s in merged], np.float64)
        return old, new


class SortKey:
    """One ``sortBy`` key: an order-preserving number per record, and the records in order."""

    def __init__(self, numeric: bool, size: int) -> None:
        self.vals = np.full(size, _MISSING, np.float64)
        self.strings = None if numeric else _Strings()
        self.order: Seqs = np.zeros(0, np.intp)  # seqs by (value, seq), as last built
        self.dirty: set[int] = set()  # seqs written since (their place in ``order`` is stale)
        self._dirty_array: Seqs | None = None

    def _value(self, value: Any) -> float | None:
        """The number ``value`` sorts as; None when the string codes need renumbering."""
        if self.strings is None:
            number = _number(value)
            return _MISSING if number is None else number
        if not isinstance(value, str):
            return _MISSING
        return self.strings.of(value)

    def set(self, seq: int, value: Any, new: bool) -> None:
        number = self._value(value)
        if number is None:
            assert isinstance(value, str)
            self._renumber([value])
            number = self._value(value)
            assert number is not None
        if new or self.vals[seq] != number:
            self.vals[seq] = number
            self.dirty.add(seq)
            self._dirty_array = None

    def load(self, seqs: Seqs, values: list[Any]) -> None:
        if self.strings is None:
            numbers = [v if type(v) is int or type(v) is float else _MISSING for v in values]
            self.vals[seqs] = np.array(numbers, np.float64)
        else:
            texts = {v for v in values if type(v) is str}
            if not texts.issubset(self.strings.code):
                self._renumber(texts)
            code = self.strings.code
            self.vals[seqs] = np.array(
                [code[v] if type(v) is str else _MISSING for v in values], np.float64
            )
        self.dirty.update(seqs.tolist())
        self._dirty_array = None

    def _renumber(self, extra: Iterable[str]) -> None:
        assert self.strings is not None
        old, new = self.strings.renumber(extra)
        present = self.vals != _MISSING
        if old.size:
            self.vals[present] = new[np.searchsorted(old, self.vals[present])]

    def dirty_seqs(self) -> Seqs:
        if self._dirty_array is None:
            self._dirty_array = np.fromiter(self.dirty, np.intp, len(self.dirty))
        return self._dirty_array

    def sorted_matches(self, mask: Mask) -> Seqs:
        """The seqs of ``mask`` ordered by (value, seq) ascending."""
        order = self.order
        if not self.dirty:
            return _select(order, mask)
        dirty = self.dirty_seqs()
        fresh = dirty[mask[dirty]]
        if fresh.size > _MERGE_LIMIT:  # written in bulk, not yet rebuilt: sort afresh
            return self.sort(mask)
        clean = mask.copy()
        clean[dirty] = False
        base = _select(order, clean)
        if not fresh.size:
            return base
        values = self.vals[fresh]
        by = np.lexsort((fresh, values))
        fresh, values = fresh[by], values[by]
        base_values = self.vals[base]
        at = np.searchsorted(base_values, values, "left")
        end = np.searchsorted(base_values, values, "right")
        for i in np.flatnonzero(end > at).tolist():  # equal values: placed by seq among them
            at[i] += int(np.searchsorted(base[at[i] : end[i]], fresh[i]))
        return np.insert(base, at, fresh)

    def sort(self, mask: Mask) -> Seqs:
        """The seqs of ``mask`` by (value, seq), sorted from scratch: O(n log n)."""
        seqs = np.flatnonzero(mask)
        # Stable on ascending seqs: equal values stay in seq order.
        return seqs[np.argsort(self.vals[seqs], kind="stable")]

    def needs_rebuild(self) -> bool:
        return len(self.dirty) > DIRTY_LIMIT

    def install(self, order: Seqs) -> None:
        self.order = order
        self.dirty = set()
        self._dirty_array = None


def _select(order: Seqs, mask: Mask) -> Seqs:
    """The entries of ``order`` whose record is in ``mask``, in order.

    take + compress: 1.6 ms at 1,000,000 records where ``order[mask[order]]`` takes 5.
    """
    return np.compress(np.take(mask, order, mode="clip"), order)


class Plan(NamedTuple):
    """How a list query will be answered, and what it costs (in array entries touched)."""

    query_key: tuple[Any, ...]
    match_key: tuple[Any, ...]
    result_key: tuple[Any, ...]
    codes: tuple[tuple[str, int], ...]
    words: tuple[bytes, ...]
    sort: str | None
    empty: bool
    cost: int
    cold: int
    word_costs: tuple[tuple[bytes, int], ...]
    answer: tuple[Seqs, int] | None = None  # cached: the matches in order, and their number


class Index:
    """One table's index. Writers call put/remove (one at a time); readers call plan/run."""

    def __init__(
        self,
        filter_fields: Mapping[str, bool],
        sort_fields: Mapping[str, bool],
        searchable: bool,
        size: int = 1024,
    ) -> None:
        """Fields map to whether they are numeric."""
        self.size = size
        self.alive = np.zeros(size, np.bool_)
        self.count = 0
        self.filters = {f: Codes(numeric, size) for f, numeric in filter_fields.items()}
        self.sorts = {f: SortKey(numeric, size) for f, numeric in sort_fields.items()}
        self.words = WordIndex() if searchable else None
        self._all: Seqs | None = None  # every live seq, ascending (the plain list)
        # Answers since the last write, by request, by result and by match set (the writer
        # clears it under the table's exclusive lock; readers get from it without a lock).
        self._cache: OrderedDict[tuple[Any, ...], tuple[Any, int]] = OrderedDict()
        self._cache_bytes = 0
        self._cache_lock = threading.Lock()

    # -- writing ------------------------------------------------------------------------

    def _fit(self, seq: int) -> None:
        if seq < self.size:
            return
        size = max(self.size * 2, seq + 1)
        self.alive = grow(self.alive, size, False)
        for codes in self.filters.values():
            codes.codes = grow(codes.codes, size, _NONE)
        for key in self.sorts.values():
            key.vals = grow(key.vals, size, _MISSING)
        self.size = size

    def put(self, seq: int, document: Mapping[str, Any], text: str) -> None:
        """Index a record, new or changed."""
        self._fit(seq)
        new = not self.alive[seq]
        if new:
            self.alive[seq] = True
            self.count += 1
        for field, codes in self.filters.items():
            codes.set(seq, document.get(field))
        for field, key in self.sorts.items():
            key.set(seq, document.get(field), new)
        if self.words is not None:
            self.words.put(seq, text)
        self.changed()

    def remove(self, seq: int) -> None:
        if seq < self.size and self.alive[seq]:
            self.alive[seq] = False
            self.count -= 1
            if self.words is not None:
                self.words.remove(seq)
            self.changed()

    def changed(self) -> None:
        self._all = None
        with self._cache_lock:
            self._cache.clear()
            self._cache_bytes = 0

    def maintain(self) -> list[Callable[[], None]]:
        """Rebuild what too many writes made slow to read; returns the swaps to make.

        Called by the writer with no lock held but its own: readers go on meanwhile with
        the current arrays, and the swaps run under the table's exclusive lock.
        """
        swaps: list[Callable[[], None]] = []
        for key in self.sorts.values():
            if key.needs_rebuild():
                swaps.append(functools.partial(key.install, key.sorted_matches(self.alive)))
        if self.words is not None and self.words.needs_merge():
            swaps.append(functools.partial(self.words.install, self.words.merged()))
        return swaps

    # -- reading ------------------------------------------------------------------------

    def plan(self, filters: tuple[tuple[str, str], ...], q: str | None, sort: str | None) -> Plan:
        query_key = (filters, q, sort)
        answer = self._cache.get(query_key)
        if answer is not None:  # the same request since the last write: nothing to plan
            # (it ran within the budget: the same request, the same records, the same cost)
            return Plan(query_key, (), (), (), (), None, False, 0, 0, (), answer)
        wanted: dict[str, int] = {}
        empty = False
        for field, text in filters:
            code = self.filters[field].lookup(text) if field in self.filters else None
            # No record has this value, or one field must equal two values: nothing matches.
            if code is None or wanted.setdefault(field, code) != code:
                empty = True
        codes = sorted(wanted.items())
        words = query_words(q) if q is not None and self.words is not None else ()
        sort = sort if sort in self.sorts else None
        match_key = (tuple(codes), words)
        result_key = (match_key, sort)
        word_costs: tuple[tuple[bytes, int], ...] = ()
        if self.words is not None:
            word_costs = tuple((w, self.words.cost(w)) for w in words)
            # A word no token starts with (and none written since): nothing matches.
            empty = empty or any(c == 0 for _, c in word_costs)
            word_costs = tuple((w, c + self.size) for w, c in word_costs)
        match_cost = self.size * (1 + len(codes)) + sum(c for _, c in word_costs)
        order_cost = self.size * (3 if sort else 1)
        # ``cost``: what running it takes now (what is cached is free), to choose the thread;
        # ``cold``: what it takes with nothing cached, to judge it against the budget, so
        # that a request's answer never depends on what ran before it.
        cold = 0 if empty else match_cost + order_cost
        cost = 0
        if not empty and self._cache.get(result_key) is None:
            cost = order_cost
            if self._cache.get(match_key) is None and (codes or words):
                cost += match_cost
        return Plan(
            query_key,
            match_key,
            result_key,
            tuple(codes),
            words,
            sort,
            empty,
            cost,
            cold,
            word_costs,
        )

    def run(self, plan: Plan, texts: Callable[[Seqs], Mapping[int, str]]) -> tuple[Seqs, int]:
        """All matches of ``plan`` ascending by (key, seq), and their number.

        ``texts`` gives the search text of records, for words longer than the index keeps.
        """
        if plan.answer is not None:
            return plan.answer
        if plan.empty:
            return np.zeros(0, np.intp), 0
        cached = self._cache.get(plan.result_key)
        if cached is None:
            result, total = self._answer(plan, texts)
            self._remember(plan.result_key, result, total)
        else:
            result, total = cached
        self._remember(plan.query_key, result, total)
        return result, total

    def _answer(self, plan: Plan, texts: Callable[[Seqs], Mapping[int, str]]) -> tuple[Seqs, int]:
        if not plan.codes and not plan.words and plan.sort is None:
            result = self._every()
            return result, int(result.size)
        match = self._cache.get(plan.match_key)
        if match is None:
            mask = self._match(plan, texts)
            total = int(np.count_nonzero(mask))
            self._remember(plan.match_key, mask, total)
        else:
            mask, total = match
        if plan.sort is None:
            result = np.flatnonzero(mask)
        else:
            result = self.sorts[plan.sort].sorted_matches(mask)
        return result, total

    def _every(self) -> Seqs:
        if self._all is None:
            self._all = np.flatnonzero(self.alive)
        return self._all

    def _match(self, plan: Plan, texts: Callable[[Seqs], Mapping[int, str]]) -> Mask:
        mask = self.alive.copy()
        for field, code in plan.codes:
            key = ("p", field, code)
            hit = self._cache.get(key)
            if hit is None:
                hit = (self.filters[field].codes == code, 0)
                self._remember(key, *hit)
            mask &= hit[0]
        confirm: list[bytes] = []
        # The word with the fewest entries first: an empty intersection stops the rest. Each
        # word's records are kept on their own too: other queries share words.
        for word, _ in sorted(plan.word_costs, key=lambda wc: wc[1]):
            assert self.words is not None
            word_key = ("q", word)
            hit = self._cache.get(word_key)
            if hit is None:
                hit = self.words.candidates(word, self.size)
                self._remember(word_key, *hit)
            mask &= hit[0]
            if hit[1]:
                confirm.append(word)
            if not mask.any():
                return mask
        if confirm:
            seqs = np.flatnonzero(mask)
            text_of = texts(seqs)
            for seq in seqs.tolist():
                have = [t.encode() for t in tokens(text_of.get(seq, ""))]
                if not all(any(t.startswith(w) for t in have) for w in confirm):
                    mask[seq] = False
        return mask

    def _remember(self, key: tuple[Any, ...], value: Any, total: int) -> None:
        # (``total`` is a count, or for a word whether its text must confirm it)
        """Keep an answer until the next write (oldest first out; read without the lock)."""
        nbytes = int(value.nbytes)
        with self._cache_lock:
            if key in self._cache or nbytes > _CACHE_BYTES // 4:
                return
            self._cache[key] = (value, total)
            self._cache_bytes += nbytes
            while self._cache_bytes > _CACHE_BYTES or len(self._cache) > _CACHE_ENTRIES:
                _, (old, _) = self._cache.popitem(last=False)
                self._cache_bytes -= int(old.nbytes)


class Loader:
    """Collects new records for ``Index.load``; the arrays are built once, at ``finish``."""

    _CHUNK = 65536  # documents turned into columns per step, so that few are held at once

    def __init__(self, index: Index, text_of: Callable[[Mapping[str, Any]], str]) -> None:
        self.index = index
        self.text_of = text_of
        self.seqs: list[int] = []
        self.values: dict[str, list[Any]] = {f: [] for f in [*index.filters, *index.sorts]}
        self.pieces: list[Entries] = []
        self._chunk: list[Mapping[str, Any]] = []
        self._chunk_seqs: list[int] = []

    def add(self, seq: int, document: Mapping[str, Any]) -> None:
        self._chunk.append(document)
        self._chunk_seqs.append(seq)
        if len(self._chunk) >= self._CHUNK:
            self._flush()

    def _flush(self) -> None:
        chunk, seqs = self._chunk, self._chunk_seqs
        if not chunk:
            return
        self.seqs += seqs
        # Column by column: one comprehension per field beats one loop over fields per row.
        for field, values in self.values.items():
            values += [d.get(field) for d in chunk]
        if self.index.words is not None:
            texts = [self.text_of(d) for d in chunk]
            self.pieces.append(self.index.words.entries_of(np.array(seqs, np.intp), texts))
        self._chunk, self._chunk_seqs = [], []

    def finish(self) -> None:
        self._flush()
        index = self.index
        if not self.seqs:
            return
        index._fit(max(self.seqs))
        at = np.array(self.seqs, np.intp)
        index.count += int(np.count_nonzero(~index.alive[at]))
        index.alive[at] = True
        for field, codes in index.filters.items():
            codes.load(at, self.values[field])
        for field, key in index.sorts.items():
            key.load(at, self.values[field])
        if index.words is not None:
            index.words.load(self.pieces)
        for key in index.sorts.values():
            key.install(key.sort(index.alive))
        index.changed()
