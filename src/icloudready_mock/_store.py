"""SQLite storage of opportunities: one JSON document per row, indexed columns beside it.

The document is the record exactly as the API returns it, so a read is one indexed
lookup and no re-serialisation. Sort columns and an FTS5 index for ``q`` are kept in
the same transaction as the document, so a crash never leaves them apart.
"""

from __future__ import annotations

import json
import re
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

# sortBy value -> column. A whitelist: the value never reaches SQL as text.
SORT_COLUMNS: dict[str, str] = {
    "createdAt": "seq",
    "updatedAt": "updated_at",
    "closeDate": "close_date",
    "revenue": "revenue",
    "probability": "probability",
    "discount": "discount",
    "opportunityRating": "opportunity_rating",
    "stage": "stage",
    "status": "status",
}
# Fields `p` may filter on (string fields), each with an indexed column.
FILTER_COLUMNS: dict[str, str] = {
    "customer": "customer",
    "leadId": "lead_id",
    "opportunityOwner": "opportunity_owner",
    "promoId": "promo_id",
    "opportunityType": "opportunity_type",
    "opportunitySource": "opportunity_source",
    "status": "status",
    "taskId": "task_id",
    "idengagerRequestId": "idengager_request_id",
    "stage": "stage",
    "forecastCategory": "forecast_category",
}
# Text fields searched by `q`.
SEARCH_FIELDS = (
    "customer",
    "opportunityDescription",
    "stage",
    "status",
    "opportunityType",
    "opportunitySource",
    "forecastCategory",
    "promoId",
    "idengagerRequestId",
)
_NUMERIC = {"revenue", "probability", "discount", "opportunity_rating"}
_FIELD_TO_COLUMN = {
    "closeDate": "close_date",
    "revenue": "revenue",
    "probability": "probability",
    "discount": "discount",
    "opportunityRating": "opportunity_rating",
    **FILTER_COLUMNS,
}
_COLUMNS = sorted(set(_FIELD_TO_COLUMN.values()))
_WORD = re.compile(r"\w+", re.UNICODE)

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS opportunities (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL,
    {", ".join(f"{c} {'REAL' if c in _NUMERIC else 'TEXT'}" for c in _COLUMNS)},
    doc TEXT NOT NULL
);
{"".join(f"CREATE INDEX IF NOT EXISTS ix_{c} ON opportunities({c}, seq);" for c in _COLUMNS)}
CREATE INDEX IF NOT EXISTS ix_updated_at ON opportunities(updated_at, seq);
CREATE VIRTUAL TABLE IF NOT EXISTS opportunities_fts USING fts5(
    text, tokenize = 'unicode61', prefix = '2 3 4'
);
"""


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_id() -> str:
    """24 hex digits like a MongoDB ObjectId: seconds since the epoch, then randomness."""
    return f"{int(time.time()) & 0xFFFFFFFF:08x}{secrets.token_hex(8)}"


def dumps(document: Mapping[str, Any]) -> str:
    # allow_nan=False: NaN and Infinity are not JSON, so they are refused, never stored.
    return json.dumps(document, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def fts_query(q: str) -> str | None:
    """Each word of q as a quoted prefix term, all required; None when q has no word."""
    words = _WORD.findall(q)
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words[:32])


@dataclass(frozen=True)
class ListQuery:
    limit: int = 20
    page: int = 1
    order: str = "desc"
    sort_by: str = "createdAt"
    q: str | None = None
    filters: tuple[tuple[str, str], ...] = ()


class Store:
    """All access goes through one connection guarded by a lock: each call is atomic."""

    def __init__(self, path: str = ":memory:") -> None:
        self.path = path
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._lock = threading.RLock()
        # Counting the matches of a list is its one O(matches) step; a count stays valid
        # until the next write, so it is remembered per write generation.
        self._generation = 0
        self._counts: dict[tuple[str, tuple[Any, ...]], tuple[int, int]] = {}
        with self._lock:
            if path != ":memory:":
                self._db.execute("PRAGMA journal_mode=WAL")
            # FULL: an acknowledged write survives a crash of the process or the machine.
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA busy_timeout=5000")
            self._db.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
            self._generation += 1

    # -- writing ----------------------------------------------------------------

    @staticmethod
    def _columns(document: Mapping[str, Any]) -> list[Any]:
        values: dict[str, Any] = dict.fromkeys(_COLUMNS)
        for field, column in _FIELD_TO_COLUMN.items():
            value = document.get(field)
            if column in _NUMERIC:
                values[column] = value if isinstance(value, int | float) else None
            else:
                values[column] = value if isinstance(value, str) else None
        return [values[c] for c in _COLUMNS]

    @staticmethod
    def _search_text(document: Mapping[str, Any]) -> str:
        return " ".join(str(document[f]) for f in SEARCH_FIELDS if isinstance(document.get(f), str))

    def _write_row(self, db: sqlite3.Connection, seq: int | None, document: dict[str, Any]) -> str:
        text = dumps(document)
        if seq is None:
            cursor = db.execute(
                f"INSERT INTO opportunities (id, updated_at, {', '.join(_COLUMNS)}, doc) "
                f"VALUES (?, ?, {', '.join('?' for _ in _COLUMNS)}, ?)",
                [document["_id"], document["updatedAt"], *self._columns(document), text],
            )
            seq = int(cursor.lastrowid or 0)
        else:
            db.execute(
                "UPDATE opportunities SET updated_at = ?, "
                f"{', '.join(f'{c} = ?' for c in _COLUMNS)}, "
                "doc = ? WHERE seq = ?",
                [document["updatedAt"], *self._columns(document), text, seq],
            )
            db.execute("DELETE FROM opportunities_fts WHERE rowid = ?", (seq,))
        db.execute(
            "INSERT INTO opportunities_fts (rowid, text) VALUES (?, ?)",
            (seq, self._search_text(document)),
        )
        return text

    def create(self, fields: Mapping[str, Any]) -> str:
        """Store a new record made of ``fields``; return its JSON."""
        stamp = now_iso()
        document = {"_id": new_id(), **fields, "createdAt": stamp, "updatedAt": stamp}
        with self._transaction() as db:
            return self._write_row(db, None, document)

    def update(
        self, record_id: str, change: Callable[[dict[str, Any]], dict[str, Any]]
    ) -> str | None:
        """Apply ``change`` to the stored record atomically; None when there is no such id."""
        with self._transaction() as db:
            return self._update_in(db, record_id, change)

    def _update_in(
        self,
        db: sqlite3.Connection,
        record_id: str,
        change: Callable[[dict[str, Any]], dict[str, Any]],
    ) -> str | None:
        row = db.execute("SELECT seq, doc FROM opportunities WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            return None
        document = change(json.loads(row[1]))
        document["updatedAt"] = now_iso()
        return self._write_row(db, row[0], document)

    def update_many(
        self, record_ids: Iterable[str], change: Callable[[dict[str, Any]], dict[str, Any]]
    ) -> list[bool]:
        """Apply ``change`` to each id in one transaction; True where the id existed."""
        with self._transaction() as db:
            return [self._update_in(db, rid, change) is not None for rid in record_ids]

    def delete(self, record_id: str) -> bool:
        with self._transaction() as db:
            row = db.execute("SELECT seq FROM opportunities WHERE id = ?", (record_id,)).fetchone()
            if row is None:
                return False
            db.execute("DELETE FROM opportunities WHERE seq = ?", (row[0],))
            db.execute("DELETE FROM opportunities_fts WHERE rowid = ?", (row[0],))
            return True

    # -- reading ----------------------------------------------------------------

    def get(self, record_id: str) -> str | None:
        with self._lock:
            row = self._db.execute(
                "SELECT doc FROM opportunities WHERE id = ?", (record_id,)
            ).fetchone()
        return None if row is None else str(row[0])

    def count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM opportunities").fetchone()[0])

    @staticmethod
    def _list_sql(query: ListQuery) -> tuple[str, str, list[Any]]:
        """SQL counting the matches, SQL selecting one page, and their parameters."""
        source = "opportunities o"
        where: list[str] = []
        params: list[Any] = []
        sort_column = SORT_COLUMNS[query.sort_by]
        seq = "o.seq"
        if query.q is not None and (match := fts_query(query.q)) is not None:
            # Driven from the FTS index: matches come out in rowid (= creation) order,
            # so the default order needs no sort at all.
            source = "opportunities_fts f JOIN opportunities o ON o.seq = f.rowid"
            where.append("opportunities_fts MATCH ?")
            params.append(match)
            seq = "f.rowid"
        for field, value in query.filters:
            where.append(f"o.{FILTER_COLUMNS[field]} = ?")
            params.append(value)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        direction = "ASC" if query.order == "asc" else "DESC"
        order = f"{seq} {direction}"
        if sort_column != "seq":
            order = f"o.{sort_column} {direction}, {order}"
        count_sql = f"SELECT count(*) FROM {source} {clause}"
        if seq == "f.rowid" and not query.filters:
            count_sql = "SELECT count(*) FROM opportunities_fts WHERE opportunities_fts MATCH ?"
        page_sql = f"SELECT o.doc FROM {source} {clause} ORDER BY {order} LIMIT ? OFFSET ?"
        return count_sql, page_sql, params

    def list_page(self, query: ListQuery) -> tuple[list[str], int]:
        """One page of records (as JSON) and the number of matches over all pages."""
        count_sql, page_sql, params = self._list_sql(query)
        with self._lock:
            key = (count_sql, tuple(params))
            cached = self._counts.get(key)
            if cached is not None and cached[0] == self._generation:
                total = cached[1]
            else:
                total = int(self._db.execute(count_sql, params).fetchone()[0])
                if len(self._counts) >= 1024:
                    self._counts.clear()
                self._counts[key] = (self._generation, total)
            rows = self._db.execute(
                page_sql, [*params, query.limit, (query.page - 1) * query.limit]
            ).fetchall()
        return [str(r[0]) for r in rows], total

    def explain(self, query: ListQuery) -> list[str]:
        """SQLite's query plan for one page of ``list_page`` (tests check it uses indexes)."""
        _, page_sql, params = self._list_sql(query)
        with self._lock:
            rows = self._db.execute(f"EXPLAIN QUERY PLAN {page_sql}", [*params, 20, 0]).fetchall()
        return [str(r[-1]) for r in rows]
