"""Word-prefix search for ``q``: tokens, and an inverted index of token prefixes in memory.

A record matches a word of ``q`` when one of its tokens starts with it (case- and
accent-insensitive, tokens are runs of letters and digits, as SQLite's unicode61 tokenizer
splits them). Every token is kept as its first 16 UTF-8 bytes in two big-endian integers,
so the tokens starting with a word are one contiguous range of the array sorted by the
first 8: a word's matches are two binary searches and one slice, whatever their number.
Changes since the last merge wait in a small delta (searched by hand) and are merged in
the writer's time, so a write costs O(1) and the sorted arrays never go stale.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

import numpy as np
import numpy.typing as npt

_TOKEN = re.compile(r"[^\W_]+")
_ASCII_TOKEN = re.compile(rb"[a-z0-9]+")  # the same tokens for ASCII text, found as bytes
_KEY = 16  # bytes of a token kept in the index; longer words are checked against the text
# The delta is searched token by token in Python: merged into the arrays past this size.
DELTA_LIMIT = 512

Mask = npt.NDArray[np.bool_]
Seqs = npt.NDArray[np.intp]  # numpy's index type: a scatter with it is twice as fast
Entries = tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64], Seqs]
_EMPTY_U64: npt.NDArray[np.uint64] = np.zeros(0, np.uint64)
_EMPTY_SEQS: Seqs = np.zeros(0, np.intp)


def tokens(text: str) -> list[str]:
    """The tokens of ``text``: lower case, accents removed, split at anything not alphanumeric."""
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _TOKEN.findall(text.lower())


def token_set(text: str) -> set[bytes]:
    """The distinct tokens of ``text`` in UTF-8 (what the index stores)."""
    if text.isascii():
        return set(_ASCII_TOKEN.findall(text.encode().lower()))
    return {t.encode() for t in tokens(text)}


def query_words(q: str) -> tuple[bytes, ...]:
    """The words of ``q`` that decide a match, sorted: a word that starts another is implied."""
    words = sorted({w.encode() for w in tokens(q)})
    # Sorted, a word is implied when the next one starts with it (any token starting with
    # the longer word starts with the shorter one too).
    return tuple(
        w for i, w in enumerate(words) if i + 1 == len(words) or not words[i + 1].startswith(w)
    )


def _keys(encoded: list[bytes]) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    # A fixed-width bytes array cuts each token to 16 bytes and pads it with zeros.
    fixed = np.array(encoded, dtype=f"S{_KEY}") if encoded else np.zeros(0, f"S{_KEY}")
    pairs = fixed.view(">u8").reshape(-1, 2).astype(np.uint64)
    return np.ascontiguousarray(pairs[:, 0]), np.ascontiguousarray(pairs[:, 1])


def _prefix_range(word: bytes) -> tuple[int, int | None]:
    """The [low, high) range of the 8-byte keys starting with ``word[:8]`` (None: the end)."""
    head = word[:8]
    low = int.from_bytes(head.ljust(8, b"\0"), "big")
    high = low + (1 << (8 * (8 - len(head))))
    return low, (high if high < 1 << 64 else None)


class WordIndex:
    """Token prefixes -> record keys (seq): sorted arrays, plus the records changed since."""

    def __init__(self) -> None:
        self.hi = _EMPTY_U64  # first 8 bytes of each token, sorted
        self.lo = _EMPTY_U64  # bytes 8-16 of the same token
        self.seq = _EMPTY_SEQS  # the record holding it
        # Records written since the arrays were built: their entries there are ignored
        # (stale) and their tokens are here instead (absent when deleted).
        self.stale: set[int] = set()
        self.delta: dict[int, tuple[bytes, ...]] = {}

    @property
    def entries(self) -> int:
        return int(self.hi.size)

    # -- writing (the store's writer only) ---------------------------------------------

    def put(self, seq: int, text: str) -> None:
        self.stale.add(seq)
        self.delta[seq] = tuple(token_set(text))

    def remove(self, seq: int) -> None:
        self.stale.add(seq)
        self.delta.pop(seq, None)

    def needs_merge(self) -> bool:
        return len(self.stale) > DELTA_LIMIT

    def merged(self) -> Entries:
        """New arrays with the delta folded in (built aside: readers keep the current ones)."""
        hi, lo, seq = self.hi, self.lo, self.seq
        if self.stale:
            stale = np.fromiter(self.stale, np.intp, len(self.stale))
            # kind="table": one lookup per entry (the default compares every entry per key).
            keep = ~np.isin(seq, stale, kind="table")
            hi, lo, seq = hi[keep], lo[keep], seq[keep]
        return _merge(hi, lo, seq, self.delta)

    def install(self, arrays: Entries) -> None:
        self.hi, self.lo, self.seq = arrays
        self.stale = set()
        self.delta = {}

    @staticmethod
    def entries_of(seqs: Seqs, texts: list[str]) -> Entries:
        """The index entries of new records (for ``load``), tokenised in one go."""
        words = [token_set(text) for text in texts]
        counts = np.fromiter((len(w) for w in words), np.int64, len(words))
        hi, lo = _keys([t for w in words for t in w])
        return hi, lo, np.repeat(seqs, counts)

    def load(self, pieces: list[Entries]) -> None:
        """Add the entries of many new records at once (start-up, bulk inserts): one sort."""
        if not pieces:
            return
        hi = np.concatenate([self.hi, *(p[0] for p in pieces)])
        lo = np.concatenate([self.lo, *(p[1] for p in pieces)])
        seq = np.concatenate([self.seq, *(p[2] for p in pieces)])
        order = np.argsort(hi, kind="stable")
        self.hi, self.lo, self.seq = hi[order], lo[order], seq[order]

    # -- reading ------------------------------------------------------------------------

    def span(self, word: bytes) -> tuple[int, int]:
        """The slice of the sorted arrays whose tokens share the word's first 8 bytes."""
        low, high = _prefix_range(word)
        start = int(np.searchsorted(self.hi, np.uint64(low), "left"))
        end = (
            self.entries if high is None else int(np.searchsorted(self.hi, np.uint64(high), "left"))
        )
        return start, end

    def cost(self, word: bytes) -> int:
        start, end = self.span(word)
        return end - start + len(self.delta)

    def candidates(self, word: bytes, size: int) -> tuple[Mask, bool]:
        """Records with a token starting with ``word``; True when the text must confirm them.

        Tokens are kept to 16 bytes: a longer word's candidates share its first 16 bytes,
        and the caller checks them against the record's text.
        """
        mask = np.zeros(size, np.bool_)
        start, end = self.span(word)
        seqs = self.seq[start:end]
        if len(word) > 8 and end > start:
            tail = word[8:_KEY]
            low = int.from_bytes(tail.ljust(8, b"\0"), "big")
            lo = self.lo[start:end]
            if len(tail) < 8:
                lo = lo >> np.uint64(8 * (8 - len(tail)))
                low >>= 8 * (8 - len(tail))
            seqs = seqs[lo == np.uint64(low)]
        mask[seqs] = True
        if self.stale:
            mask[np.fromiter(self.stale, np.intp, len(self.stale))] = False
        for seq, words in self.delta.items():
            if any(t.startswith(word) for t in words):
                mask[seq] = True
        return mask, len(word) > _KEY


def _merge(
    hi: npt.NDArray[np.uint64],
    lo: npt.NDArray[np.uint64],
    seq: Seqs,
    delta: Mapping[int, tuple[bytes, ...]],
) -> Entries:
    if not delta:
        return hi, lo, seq
    owners = [s for s, words in delta.items() for _ in words]
    new_hi, new_lo = _keys([t for words in delta.values() for t in words])
    new_seq = np.array(owners, np.intp)
    order = np.argsort(new_hi, kind="stable")
    new_hi, new_lo, new_seq = new_hi[order], new_lo[order], new_seq[order]
    if not hi.size:
        return new_hi, new_lo, new_seq
    at = np.searchsorted(hi, new_hi, "right")
    return np.insert(hi, at, new_hi), np.insert(lo, at, new_lo), np.insert(seq, at, new_seq)
