"""Storage for every resource of the spec: documents in SQLite, lists from an index in memory.

Each record is stored as the JSON document the API returns (one table per collection:
``seq``, ``id``, ``doc``), so a read is one indexed lookup and no re-serialisation. Lists
are answered from ``_index.Index`` (filters, search, sort orders and counts in arrays),
rebuilt from the documents at start-up and kept in step by every write.

Concurrency: writes are serialised (one lock; the app runs them on one writer thread) and
committed under the table's exclusive lock together with the index change, so a list
never sees one without the other; list queries share that lock and run on reader threads
with their own SQLite connections (WAL), or on the caller's thread when their plan is
provably short; a read by id needs no lock at all (a WAL snapshot).
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import functools
import json
import os
import re
import secrets
import shutil
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import islice
from typing import Any, TypeVar

from icloudready_spec import Resource

from ._accounts import Accounts
from ._index import Index, Loader, Plan, Seqs
from ._rwlock import RWLock

T = TypeVar("T")

QUERY_BUDGET = 0.5  # seconds of index work a list query may cost before it is refused
# Index entries touched per second: the slowest plan measured at 1,000,000 records on the
# 2-core machine did 390 million (most do 1-7 billion); half of that turns the budget into
# entries, so a refused plan really would take about the budget or more.
ENTRIES_PER_SECOND = 200_000_000
# A plan touching at most this many entries (well under 0.5 ms) runs on the event loop;
# anything dearer goes to a reader thread, so that no request waits behind it.
INLINE_COST = 200_000
READERS = 2
# Tables up to this many rows are indexed before the store is returned; larger ones on a
# thread of their own (reads by id are served meanwhile; lists and writes wait for it).
_INDEX_INLINE_ROWS = 20_000
_LOAD_CHUNK = 10_000
# Commits between two checkpoints (SQLite's default is about 1,000 pages of WAL).
_CHECKPOINT_EVERY = 200
# The search text of records whose word must be confirmed, read this many at a time.
_TEXT_CHUNK = 500


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_id() -> str:
    """24 hex digits like a MongoDB ObjectId: seconds since the epoch, then randomness."""
    return f"{int(time.time()) & 0xFFFFFFFF:08x}{secrets.token_hex(8)}"


def dumps(document: Mapping[str, Any]) -> str:
    # allow_nan=False: NaN and Infinity are not JSON, so they are refused, never stored.
    return json.dumps(document, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


@dataclass(frozen=True)
class ListQuery:
    limit: int = 20
    page: int = 1
    order: str = "desc"
    sort_by: str | None = None
    q: str | None = None
    filters: tuple[tuple[str, str], ...] = ()
    fields: tuple[str, ...] = ()  # a projection: only these fields (and the id) per record


class Table:
    """One resource's table; what its index holds comes from the resource's list semantics."""

    def __init__(self, resource: Resource) -> None:
        self.resource = resource
        self.name = "r_" + re.sub(r"\W", "_", resource.name)
        self.created, self.updated = resource.timestamps
        self.id_field = resource.id_field
        skip = (self.created, resource.id_field)

        def numeric(field: str) -> bool:
            return resource.scalar_type(field) in ("number", "integer")

        props = resource.properties
        self.filters = {
            f: numeric(f) for f in resource.filter_fields if f in props and f not in skip
        }
        self.sorts = {f: numeric(f) for f in resource.sort_keys if f in props and f not in skip}
        # The fields ``p`` and ``sortBy`` may name (the app refuses a filter on any other).
        self.columns: dict[str, str] = {
            f: f"c{i}" for i, f in enumerate(dict.fromkeys([*self.sorts, *self.filters]))
        }
        self.search_fields = resource.search_fields
        # SQL, prepared once per table (names are derived, never taken from a request).
        self.sql_get = f"SELECT doc FROM {self.name} WHERE id = ?"
        self.sql_seq_of = f"SELECT seq, doc FROM {self.name} WHERE id = ?"
        self.sql_insert = f"INSERT INTO {self.name} (seq, id, doc) VALUES (?, ?, ?)"
        self.sql_update = f"UPDATE {self.name} SET doc = ? WHERE seq = ?"
        self.sql_delete = f"DELETE FROM {self.name} WHERE seq = ?"
        between = f"SELECT doc FROM {self.name} WHERE seq BETWEEN ? AND ? ORDER BY seq"
        self.sql_range_asc, self.sql_range_desc = between, between + " DESC"
        self._sql_docs: dict[int, str] = {}

    def sql_docs(self, count: int) -> str:
        """The documents of ``count`` record keys (one statement per page size, cached)."""
        sql = self._sql_docs.get(count)
        if sql is None:
            marks = ",".join("?" * count)
            sql = self._sql_docs[count] = f"SELECT seq, doc FROM {self.name} WHERE seq IN ({marks})"
        return sql

    def schema_sql(self) -> str:
        return (
            f"CREATE TABLE IF NOT EXISTS {self.name} (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
            f"id TEXT NOT NULL UNIQUE, doc TEXT NOT NULL);"
        )

    def sort_key(self, key: str | None) -> str | None:
        """The index's sort key for ``sortBy`` (None: creation order, the record key)."""
        return key if key in self.sorts else None

    def search_text(self, document: Mapping[str, Any]) -> str:
        values = map(document.get, self.search_fields)
        return " ".join([v for v in values if isinstance(v, str)])

    def new_index(self) -> Index:
        return Index(self.filters, self.sorts, bool(self.search_fields))


def _release_memory() -> None:
    """Give back to the OS what building an index freed (glibc keeps it otherwise: 300 MiB
    of the 1.2 GiB RSS after indexing 1,000,000 records)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def _yield_to_the_loop() -> None:
    """Reader threads run at a lower priority than the event loop's (where the OS allows):
    on a busy machine the scheduler then serves the loop's short requests first."""
    # Not Linux, or not allowed: equal priority, as before.
    with contextlib.suppress(AttributeError, OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 5)


class QueryTooExpensive(Exception):
    """A list query whose plan costs more than the store's budget; refused before it runs."""

    def __init__(self, budget: float, message: str) -> None:
        super().__init__(message)
        self.budget = budget


def _refusal(plan: Plan, index: Index, budget: float, allowed: int) -> QueryTooExpensive:
    passes = len(plan.codes) + len(plan.words)
    worst = max(plan.word_costs, key=lambda wc: wc[1], default=None)
    advice = (
        f"each p filter and each q word is one pass over all {index.count:,} records; "
        f"this query makes {passes}: send fewer"
    )
    if worst is not None and worst[1] > 2 * index.size:
        advice += f", or a longer word than {worst[0].decode(errors='replace')!r}"
    return QueryTooExpensive(
        budget,
        f"This list query would touch about {plan.cold:,} index entries, more than the "
        f"query budget of {budget:g}s allows (about {allowed:,}): {advice}; or start the mock "
        "with a larger --query-budget.",
    )


class Store:
    """Every collection's documents (SQLite) and index (memory), safe to use from any thread."""

    def __init__(
        self,
        path: str,
        resources: Iterable[Resource],
        query_budget: float = QUERY_BUDGET,
        readers: int = READERS,
    ) -> None:
        self.path = path
        self.query_budget = query_budget
        self.tables = {r.collection: Table(r) for r in resources}
        # ``:memory:`` is a private temporary file: reader threads need connections of
        # their own to the same database, which a private in-memory database cannot give.
        self._scratch = tempfile.mkdtemp(prefix="icloudready-mock-") if path == ":memory:" else None
        self._file = os.path.join(self._scratch, "memory.sqlite3") if self._scratch else path
        self._connections: list[sqlite3.Connection] = []
        self._connections_lock = threading.Lock()
        self._local = threading.local()
        self._write_lock = threading.RLock()
        self._pending: list[tuple[Table, int, dict[str, Any] | None]] = []
        self._locks = {t.name: RWLock() for t in self.tables.values()}
        # Per table, how its index reads search texts (made once: a request makes none).
        self._texts_of = {t.name: functools.partial(self._texts, t) for t in self.tables.values()}
        self._indexes = {t.name: t.new_index() for t in self.tables.values()}
        self._ready = {t.name: threading.Event() for t in self.tables.values()}
        self._closed = False
        self._db = self._connect()
        self._db.execute("PRAGMA journal_mode=WAL")
        # FULL: an acknowledged write survives a crash of the process or the machine (a
        # scratch database for :memory: needs no durability).
        self._db.execute(f"PRAGMA synchronous={'OFF' if self._scratch else 'FULL'}")
        # SQLite checkpoints inside COMMIT by default, which here runs under the table's
        # exclusive lock: the writer checkpoints after releasing it instead (_checkpoint).
        self._db.execute("PRAGMA wal_autocheckpoint=0")
        self._commits = 0
        schema = "".join(t.schema_sql() for t in self.tables.values())
        self._db.executescript(f"BEGIN;{schema}COMMIT;")
        self._drop_old_indexes()
        self.accounts = Accounts(self._connect())
        self._readers = ThreadPoolExecutor(
            readers, "icloudready-mock-read", initializer=_yield_to_the_loop
        )
        self._writer = ThreadPoolExecutor(1, "icloudready-mock-write")
        for table in self.tables.values():
            rows = self._db.execute(f"SELECT max(seq) FROM {table.name}").fetchone()[0] or 0
            if rows <= _INDEX_INLINE_ROWS:
                self._build_index(table)
            else:
                threading.Thread(
                    target=self._build_index,
                    args=(table,),
                    name="icloudready-mock-index",
                    daemon=True,
                ).start()

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self._file, check_same_thread=False, isolation_level=None)
        db.execute("PRAGMA busy_timeout=5000")
        with self._connections_lock:
            self._connections.append(db)
        return db

    def _reader(self) -> sqlite3.Connection:
        """This thread's read connection (each thread reads its own WAL snapshot)."""
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = self._connect()
        return db

    def _drop_old_indexes(self) -> None:
        """What an earlier version of the mock kept in SQLite (FTS5, column indexes), if any."""
        names = {t.name for t in self.tables.values()}
        old = self._db.execute(
            "SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('index', 'table') "
            "AND (name LIKE 'ix\\_%' ESCAPE '\\' OR name LIKE '%\\_fts' ESCAPE '\\')"
        ).fetchall()
        for kind, name, owner in old:
            if (kind == "index" and owner in names) or (kind == "table" and name[:-4] in names):
                self._db.execute(f"DROP {'INDEX' if kind == 'index' else 'TABLE'} IF EXISTS {name}")

    def _build_index(self, table: Table) -> None:
        """Index every stored document of ``table`` (the table's lock held: writes wait)."""
        with self._locks[table.name].writing():
            db = self._connect()
            try:
                loader = Loader(self._indexes[table.name], table.search_text)
                loads = json.loads
                for seq, doc in db.execute(f"SELECT seq, doc FROM {table.name}"):
                    loader.add(seq, loads(doc))
                loader.finish()
            except sqlite3.ProgrammingError:
                if not self._closed:
                    raise
                return  # the store was closed before its index was built: nobody waits
            finally:
                self._forget(db)
            self._ready[table.name].set()
        _release_memory()

    def _forget(self, db: sqlite3.Connection) -> None:
        with self._connections_lock:
            if db in self._connections:
                self._connections.remove(db)
        db.close()

    def table(self, resource: Resource) -> Table:
        return self.tables[resource.collection]

    def index(self, table: Table) -> Index:
        """The table's index, once built (tests and benchmarks read it)."""
        self._ready[table.name].wait()
        return self._indexes[table.name]

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._readers.shutdown(wait=True)
        self._writer.shutdown(wait=True)
        with self._write_lock, self._connections_lock:
            for db in self._connections:
                db.close()
            self._connections.clear()
        if self._scratch:
            shutil.rmtree(self._scratch, ignore_errors=True)

    # -- writing ----------------------------------------------------------------

    async def write(self, call: Callable[..., T], *args: Any) -> T:
        """Run a write (``create``, ``update``, ...) on the writer thread: the loop goes on."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._writer, functools.partial(call, *args))

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; rows go through ``write_row`` and ``delete_row``."""
        with self._write_lock:
            db = self._db
            db.execute("BEGIN IMMEDIATE")
            self._pending = []
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                self._pending = []
                raise
            pending, self._pending = self._pending, []
            touched = {table.name: table for table, _, _ in pending}
            for name in touched:
                self._ready[name].wait()
            with contextlib.ExitStack() as locks:
                for name in sorted(touched):
                    locks.enter_context(self._locks[name].writing())
                try:
                    db.execute("COMMIT")
                except BaseException:
                    db.execute("ROLLBACK")
                    raise
                for table, seq, document in pending:
                    index = self._indexes[table.name]
                    if document is None:
                        index.remove(seq)
                    else:
                        index.put(seq, document, table.search_text(document))
            for name in touched:
                self._maintain(name)
            self._commits += 1
            if self._commits % _CHECKPOINT_EVERY == 0:
                self._checkpoint()

    def _checkpoint(self) -> None:
        """Fold the WAL into the database, beside readers and with no table lock held."""
        self._db.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def _maintain(self, name: str) -> None:
        """Rebuild, in the writer's time and beside the readers, what writes have worn."""
        swaps = self._indexes[name].maintain()
        if swaps:
            with self._locks[name].writing():
                for swap in swaps:
                    swap()

    def write_row(
        self, db: sqlite3.Connection, table: Table, seq: int | None, document: dict[str, Any]
    ) -> str:
        text = dumps(document)
        if seq is None:
            cursor = db.execute(table.sql_insert, (None, document[table.id_field], text))
            seq = int(cursor.lastrowid or 0)
        else:
            db.execute(table.sql_update, (text, seq))
        self._pending.append((table, seq, document))
        return text

    def delete_row(self, db: sqlite3.Connection, table: Table, seq: int) -> None:
        db.execute(table.sql_delete, (seq,))
        self._pending.append((table, seq, None))

    def create(self, table: Table, fields: Mapping[str, Any]) -> str:
        """Store a new record made of ``fields``; return its JSON."""
        stamp = now_iso()
        document: dict[str, Any] = {table.id_field: new_id(), **fields}
        for name in (table.created, table.updated):
            if name:
                document[name] = stamp
        with self.transaction() as db:
            return self.write_row(db, table, None, document)

    def insert_many(self, table: Table, documents: Iterable[dict[str, Any]]) -> int:
        """Store complete documents (id and timestamps included) in one transaction: seeding.

        The table's lists wait meanwhile; its index is built once, at the end.
        """
        name = table.name
        with self._write_lock:
            self._ready[name].wait()
            db = self._db
            try:
                with self._locks[name].writing():
                    db.execute("BEGIN IMMEDIATE")
                    try:
                        loader = Loader(self._indexes[name], table.search_text)
                        count = self._insert_rows(db, table, loader, iter(documents))
                        db.execute("COMMIT")
                    except BaseException:
                        db.execute("ROLLBACK")
                        raise
                    loader.finish()
                self._checkpoint()  # now, not inside the first ordinary write's commit
                _release_memory()
            except BaseException:
                # The loader may have touched the index: rebuild it from what is stored.
                self._indexes[name] = table.new_index()
                self._build_index(table)
                raise
            return count

    def _insert_rows(
        self,
        db: sqlite3.Connection,
        table: Table,
        loader: Loader,
        documents: Iterator[dict[str, Any]],
    ) -> int:
        last = db.execute(f"SELECT max(seq) FROM {table.name}").fetchone()[0] or 0
        known = db.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", (table.name,))
        seq = max(last, (known.fetchone() or (0,))[0])
        count = 0
        while chunk := list(islice(documents, _LOAD_CHUNK)):
            rows = []
            for document in chunk:
                seq += 1
                rows.append((seq, document[table.id_field], dumps(document)))
                loader.add(seq, document)
            db.executemany(table.sql_insert, rows)
            count += len(chunk)
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
        row = db.execute(table.sql_seq_of, (record_id,)).fetchone()
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
            row = db.execute(table.sql_seq_of, (record_id,)).fetchone()
            if row is None:
                return False
            self.delete_row(db, table, row[0])
            return True

    # -- reading ----------------------------------------------------------------

    def get(self, table: Table, record_id: str) -> str | None:
        """One record by id: a primary-key lookup on this thread's connection, no lock."""
        row = self._reader().execute(table.sql_get, (record_id,)).fetchone()
        return None if row is None else str(row[0])

    def count(self, table: Table) -> int:
        index = self.index(table)
        with self._locks[table.name].reading():
            return index.count

    def list_page(self, table: Table, query: ListQuery) -> tuple[list[str], int]:
        """One page of records (as JSON) and the number of matches over all pages.

        Raises QueryTooExpensive, before any work, when the plan costs more than the budget.
        """
        index = self.index(table)
        with self._locks[table.name].reading():
            plan = self._plan(table, index, query)
            return self._page(table, index, plan, query)

    async def list_page_async(self, table: Table, query: ListQuery) -> tuple[list[str], int]:
        """``list_page`` for the event loop: inline when provably short, else on a reader."""
        lock = self._locks[table.name]
        if self._ready[table.name].is_set() and lock.acquire_read(blocking=False):
            try:
                index = self._indexes[table.name]
                plan = self._plan(table, index, query)
                if plan.cost <= INLINE_COST:
                    return self._page(table, index, plan, query)
            finally:
                lock.release_read()
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._readers, self.list_page, table, query)

    def _plan(self, table: Table, index: Index, query: ListQuery) -> Plan:
        plan = index.plan(query.filters, query.q, table.sort_key(query.sort_by))
        allowed = int(self.query_budget * ENTRIES_PER_SECOND)
        if plan.cold > allowed:
            raise _refusal(plan, index, self.query_budget, allowed)
        return plan

    def _page(
        self, table: Table, index: Index, plan: Plan, query: ListQuery
    ) -> tuple[list[str], int]:
        matches, total = index.run(plan, self._texts_of[table.name])
        offset = (query.page - 1) * query.limit
        if offset >= total:
            return [], total
        if query.order == "asc":
            keys = matches[offset : offset + query.limit]
        else:  # descending is the ascending order read from the end
            end = total - offset
            keys = matches[max(0, end - query.limit) : end][::-1]
        # In creation order the keys are monotonic, and often consecutive.
        if query.fields:
            return self._projected(table, keys.tolist(), query.fields), total
        return self._docs(table, keys.tolist(), table.sort_key(query.sort_by) is None), total

    def _projected(self, table: Table, keys: list[int], fields: tuple[str, ...]) -> list[str]:
        """Only ``fields`` (and the id) of each record, cut out by SQLite's JSON functions:
        a third of the time of json.loads and dumps per document, the values' text kept."""
        if not keys:
            return []
        names = list(dict.fromkeys([table.id_field, *fields]))
        paths = ['$."' + n.replace("\\", "\\\\").replace('"', '\\"') + '"' for n in names]
        picks = ", ".join("?, doc -> ?" for _ in names)
        # Absent fields come out as SQL NULL: json_remove drops them (a path that names no
        # key, for the present ones, removes nothing).
        drops = ", ".join("CASE WHEN doc -> ? IS NULL THEN ? ELSE '$.\"\"' END" for _ in names)
        marks = ",".join("?" * len(keys))
        sql = (
            f"SELECT seq, json_remove(json_object({picks}), {drops}) FROM {table.name} "
            f"WHERE seq IN ({marks})"
        )
        params: list[object] = [v for pair in zip(names, paths, strict=True) for v in pair]
        params += [p for path in paths for p in (path, path)]
        docs = dict(self._reader().execute(sql, [*params, *keys]).fetchall())
        return [docs[k] for k in keys if k in docs]

    def _docs(self, table: Table, keys: list[int], monotonic: bool = False) -> list[str]:
        """The documents of ``keys`` in that order (``monotonic``: keys ascend or descend)."""
        if not keys:
            return []
        db = self._reader()
        first, last, count = keys[0], keys[-1], len(keys)
        if monotonic and abs(last - first) == count - 1:  # consecutive: one range scan
            descending = last < first
            sql = table.sql_range_desc if descending else table.sql_range_asc
            rows = db.execute(sql, (last, first) if descending else (first, last)).fetchall()
            if len(rows) == count:  # (the index and the table change together, under one lock)
                return [row[0] for row in rows]
        # IN (...) costs SQLite an ephemeral index: only where keys are scattered.
        docs = dict(db.execute(table.sql_docs(count), keys).fetchall())
        return [docs[k] for k in keys if k in docs]

    def _texts(self, table: Table, seqs: Seqs) -> dict[int, str]:
        """The search text of records (for words longer than the index keeps)."""
        texts: dict[int, str] = {}
        keys = seqs.tolist()
        for start in range(0, len(keys), _TEXT_CHUNK):
            chunk = keys[start : start + _TEXT_CHUNK]
            for seq, doc in self._reader().execute(table.sql_docs(len(chunk)), chunk):
                texts[seq] = table.search_text(json.loads(doc))
        return texts
