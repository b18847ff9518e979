"""SQLite storage for every resource of the spec: one table per collection, derived.

Each record is stored as the JSON document the API returns, so a read is one indexed
lookup and no re-serialisation. Beside it: one indexed column per field the list
operation can sort or filter on, and an FTS5 index over the free-text fields for ``q``,
all written in the same transaction as the document, so a crash never leaves them apart.
"""

from __future__ import annotations

import functools
import json
import math
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

from icloudready_spec import Resource

_WORD = re.compile(r"\w+", re.UNICODE)
# FTS5 prefix indexes: a prefix term longer than the longest one merges the posting lists
# of every term it starts, on every query; up to 8 characters covers ordinary words.
_PREFIXES = "2 3 4 5 6 7 8"
_COUNT_CACHE = 1024
# Up to this many search matches, a search with filters or a sort is driven from the FTS
# index (a key lookup per match); beyond it, from the filter or sort index, testing each
# row against the set of matches. Either way the work is linear, never a product.
_FTS_DRIVES_BELOW = 5000
# SQLite calls the progress handler every this many virtual-machine instructions.
_PROGRESS_STEPS = 10_000
QUERY_BUDGET = 0.5  # seconds a list query may run before it is stopped


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
    sort_by: str | None = None
    q: str | None = None
    filters: tuple[tuple[str, str], ...] = ()


class Table:
    """One resource's table; its columns come from the resource's list semantics."""

    def __init__(self, resource: Resource) -> None:
        self.resource = resource
        self.name = "r_" + re.sub(r"\W", "_", resource.name)
        self.fts = self.name + "_fts"
        self.created, self.updated = resource.timestamps
        fields = [
            f for f in [*resource.sort_keys, *resource.filter_fields] if f in resource.properties
        ]
        fields = [f for f in dict.fromkeys(fields) if f not in (self.created, resource.id_field)]
        # Columns are numbered, never named after fields: no field name reaches SQL as text.
        self.columns: dict[str, str] = {f: f"c{i}" for i, f in enumerate(fields)}
        self.numeric = {f for f in fields if resource.scalar_type(f) in ("number", "integer")}
        self.search_fields = resource.search_fields

    def schema_sql(self) -> str:
        cols = "".join(
            f"{c} {'REAL' if f in self.numeric else 'TEXT'}, " for f, c in self.columns.items()
        )
        indexes = "".join(
            f"CREATE INDEX IF NOT EXISTS ix_{self.name}_{c} ON {self.name}({c}, seq);"
            for c in self.columns.values()
        )
        fts = ""
        if self.search_fields:
            fts = (
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {self.fts} USING fts5("
                f"text, tokenize = 'unicode61', prefix = '{_PREFIXES}');"
            )
        return (
            f"CREATE TABLE IF NOT EXISTS {self.name} (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
            f"id TEXT NOT NULL UNIQUE, {cols}doc TEXT NOT NULL);{indexes}{fts}"
        )

    def column_for_sort(self, key: str | None) -> str:
        if key is None or key == self.created or key not in self.columns:
            return "seq"
        return self.columns[key]

    def values(self, document: Mapping[str, Any]) -> list[Any]:
        out: list[Any] = []
        for field in self.columns:
            value = document.get(field)
            if field in self.numeric:
                ok = isinstance(value, int | float) and not isinstance(value, bool)
            else:
                ok = isinstance(value, str)
            out.append(value if ok else None)
        return out

    def search_text(self, document: Mapping[str, Any]) -> str:
        return " ".join(
            str(document[f]) for f in self.search_fields if isinstance(document.get(f), str)
        )


class QueryTooExpensive(Exception):
    """A list query ran past the store's time budget and was stopped."""

    def __init__(self, budget: float) -> None:
        super().__init__(f"the query ran longer than {budget:g}s")
        self.budget = budget


class Store:
    """All access goes through one connection guarded by a lock: each call is atomic.

    Every call is short (indexed, or bounded by ``query_budget``), so the mock runs them
    on its event loop: no request can hold the others for longer than the budget.
    """

    def __init__(
        self, path: str, resources: Iterable[Resource], query_budget: float = QUERY_BUDGET
    ) -> None:
        self.path = path
        self.query_budget = query_budget
        self._deadline = math.inf
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._lock = threading.RLock()
        self.tables = {r.collection: Table(r) for r in resources}
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
            # A list query past its budget is stopped (list_page sets the deadline; between
            # list queries it is infinite, so nothing else is ever interrupted).
            self._db.set_progress_handler(self._over_budget, _PROGRESS_STEPS)
            for table in self.tables.values():
                self._db.executescript(table.schema_sql())

    def _over_budget(self) -> int:
        return int(time.monotonic() > self._deadline)

    def table(self, resource: Resource) -> Table:
        return self.tables[resource.collection]

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
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

    def write_row(
        self, db: sqlite3.Connection, table: Table, seq: int | None, document: dict[str, Any]
    ) -> str:
        text = dumps(document)
        names = ", ".join(table.columns.values())
        values = table.values(document)
        if seq is None:
            marks = "".join("?, " for _ in values)
            cursor = db.execute(
                f"INSERT INTO {table.name} (id, {names}{', ' if names else ''}doc) "
                f"VALUES (?, {marks}?)",
                [document[table.resource.id_field], *values, text],
            )
            seq = int(cursor.lastrowid or 0)
        else:
            sets = "".join(f"{c} = ?, " for c in table.columns.values())
            db.execute(f"UPDATE {table.name} SET {sets}doc = ? WHERE seq = ?", [*values, text, seq])
            if table.search_fields:
                db.execute(f"DELETE FROM {table.fts} WHERE rowid = ?", (seq,))
        if table.search_fields:
            db.execute(
                f"INSERT INTO {table.fts} (rowid, text) VALUES (?, ?)",
                (seq, table.search_text(document)),
            )
        return text

    def create(self, table: Table, fields: Mapping[str, Any]) -> str:
        """Store a new record made of ``fields``; return its JSON."""
        stamp = now_iso()
        document: dict[str, Any] = {table.resource.id_field: new_id(), **fields}
        for name in (table.created, table.updated):
            if name:
                document[name] = stamp
        with self.transaction() as db:
            return self.write_row(db, table, None, document)

    def insert_many(self, table: Table, documents: Iterable[dict[str, Any]]) -> int:
        """Store complete documents (id and timestamps included) in one transaction: seeding."""
        count = 0
        with self.transaction() as db:
            for document in documents:
                self.write_row(db, table, None, document)
                count += 1
        return count

    def update(
        self, table: Table, record_id: str, change: Callable[[dict[str, Any]], dict[str, Any]]
    ) -> str | None:
        """Apply ``change`` to the stored record atomically; None when there is no such id."""
        with self.transaction() as db:
            return self._update_in(db, table, record_id, change)

    def _update_in(
        self,
        db: sqlite3.Connection,
        table: Table,
        record_id: str,
        change: Callable[[dict[str, Any]], dict[str, Any]],
    ) -> str | None:
        row = db.execute(f"SELECT seq, doc FROM {table.name} WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            return None
        document = change(json.loads(row[1]))
        if table.updated:
            document[table.updated] = now_iso()
        return self.write_row(db, table, row[0], document)

    def update_many(
        self,
        table: Table,
        record_ids: Iterable[str],
        change: Callable[[dict[str, Any]], dict[str, Any]],
    ) -> list[bool]:
        """Apply ``change`` to each id in one transaction; True where the id existed."""
        with self.transaction() as db:
            return [self._update_in(db, table, rid, change) is not None for rid in record_ids]

    def delete(self, table: Table, record_id: str) -> bool:
        with self.transaction() as db:
            row = db.execute(f"SELECT seq FROM {table.name} WHERE id = ?", (record_id,)).fetchone()
            if row is None:
                return False
            db.execute(f"DELETE FROM {table.name} WHERE seq = ?", (row[0],))
            if table.search_fields:
                db.execute(f"DELETE FROM {table.fts} WHERE rowid = ?", (row[0],))
            return True

    # -- reading ----------------------------------------------------------------

    def get(self, table: Table, record_id: str) -> str | None:
        with self._lock:
            row = self._db.execute(
                f"SELECT doc FROM {table.name} WHERE id = ?", (record_id,)
            ).fetchone()
        return None if row is None else str(row[0])

    def count(self, table: Table) -> int:
        with self._lock:
            return int(self._db.execute(f"SELECT count(*) FROM {table.name}").fetchone()[0])

    @staticmethod
    @functools.lru_cache(maxsize=512)
    def _plan(
        table: Table,
        filters: tuple[str, ...],
        sort_column: str,
        order: str,
        search: str,  # "" no search, "fts" driven from FTS, "set" tested against a match set
    ) -> tuple[str, str]:
        """SQL counting the matches and SQL selecting one page's keys, for one query shape.

        A page is chosen by key (seq) alone, so a deep OFFSET walks an index and never the
        documents; the page's documents are read by key afterwards.
        """
        source = f"{table.name} o"
        where = [f"o.{table.columns[field]} = ?" for field in filters]
        seq = "o.seq"
        if search == "fts" and not filters and sort_column == "seq":
            # Straight from the FTS index: matches come out in rowid (= creation) order.
            source = f"{table.fts} f"
            where.append(f"{table.fts} MATCH ?")
            seq = "f.rowid"
        elif search == "fts":
            # Few matches: from the FTS index, one key lookup per match (CROSS JOIN fixes
            # the order of the loops; SQLite would otherwise scan FTS once per row). FTS5
            # yields rowids in order, so the default order needs no sort.
            source = f"{table.fts} f CROSS JOIN {table.name} o ON o.seq = f.rowid"
            where.append(f"{table.fts} MATCH ?")
            seq = "f.rowid"
        elif search == "set":
            # The FTS matches are collected once into a set and each row the rest of the
            # plan visits is tested against it: linear in both, never one FTS scan per row
            # (the unary + keeps SQLite walking the filter or sort index, unsorted).
            where.append(f"+o.seq IN (SELECT rowid FROM {table.fts} WHERE {table.fts} MATCH ?)")
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        direction = "ASC" if order == "asc" else "DESC"
        ordering = f"{seq} {direction}"
        if sort_column != "seq":
            ordering = f"o.{sort_column} {direction}, {ordering}"
        count_sql = f"SELECT count(*) FROM {source} {clause}"
        keys_sql = f"SELECT {seq} FROM {source} {clause} ORDER BY {ordering} LIMIT ? OFFSET ?"
        return count_sql, keys_sql

    def list_sql(self, table: Table, query: ListQuery) -> tuple[str, str, list[Any]]:
        """The count and page SQL of ``query``, and their parameters (the lock held)."""
        match = fts_query(query.q) if query.q is not None and table.search_fields else None
        sort_column = table.column_for_sort(query.sort_by)
        search = ""
        if match is not None:
            search = "fts"
            if query.filters or sort_column != "seq":
                fts_count = f"SELECT count(*) FROM {table.fts} WHERE {table.fts} MATCH ?"
                if self._count(fts_count, [match]) >= _FTS_DRIVES_BELOW:
                    search = "set"
        names = tuple(field for field, _ in query.filters)
        count_sql, keys_sql = self._plan(table, names, sort_column, query.order, search)
        params: list[Any] = [value for _, value in query.filters]
        if match is not None:
            params.append(match)
        return count_sql, keys_sql, params

    def _count(self, sql: str, params: list[Any]) -> int:
        key = (sql, tuple(params))
        cached = self._counts.get(key)
        if cached is not None and cached[0] == self._generation:
            return cached[1]
        total = int(self._db.execute(sql, params).fetchone()[0])
        if len(self._counts) >= _COUNT_CACHE:
            self._counts.clear()
        self._counts[key] = (self._generation, total)
        return total

    def list_page(self, table: Table, query: ListQuery) -> tuple[list[str], int]:
        """One page of records (as JSON) and the number of matches over all pages.

        Raises QueryTooExpensive when the query runs past the store's time budget.
        """
        with self._lock:
            self._deadline = time.monotonic() + self.query_budget
            try:
                count_sql, keys_sql, params = self.list_sql(table, query)
                total = self._count(count_sql, params)
                offset = (query.page - 1) * query.limit
                if offset >= total:
                    return [], total
                rows = self._db.execute(keys_sql, [*params, query.limit, offset])
                keys = [r[0] for r in rows]
            except sqlite3.OperationalError as exc:
                if "interrupted" not in str(exc):
                    raise
                raise QueryTooExpensive(self.query_budget) from None
            finally:
                self._deadline = math.inf
            if not keys:
                return [], total
            marks = ",".join("?" * len(keys))
            docs = dict(
                self._db.execute(f"SELECT seq, doc FROM {table.name} WHERE seq IN ({marks})", keys)
            )
        return [str(docs[k]) for k in keys if k in docs], total

    def explain(self, table: Table, query: ListQuery) -> list[str]:
        """SQLite's query plan for one page of ``list_page`` (tests check it uses indexes)."""
        with self._lock:
            _, page_sql, params = self.list_sql(table, query)
            rows = self._db.execute(f"EXPLAIN QUERY PLAN {page_sql}", [*params, 20, 0]).fetchall()
        return [str(r[-1]) for r in rows]
