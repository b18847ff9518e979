"""``<tag> import FILE``: rows from CSV or JSON Lines, checked here first, then sent.

Every row is validated and coerced against the create method's parameters (names in the
API's camelCase or the SDK's snake_case; types from the SDK's hints) before it is sent;
a bad row goes to the error file (line number, field, message) and never stops the
others. Rows are then created (or patched, where ``--update-by id`` and the row has an id)
by a few threads sharing one client, hence one pacing and one connection pool.

Resuming without duplicates. A journal beside the file records ``P <line>`` before a
row's request is sent and ``D <line> <id>`` after it succeeded. A crash between the two
leaves a row whose fate is unknown: the server may have created it. So each created
record carries a marker, ``icr-<run>-<line>``, in one string field the list operation can
filter on with ``p`` (``--marker-field``, default below; a row that sets that field keeps
its own value and is recognised by it plus its other scalar fields). On ``--resume`` every
``P`` row without its ``D`` is looked up with ``p=<field>:<marker>``: found, it is
journaled as done; not found, it is sent again. Updates are PATCHes, which repeat safely.
The journal is flushed before each batch is sent (so a kill -9 loses nothing) and synced
to disk once a second.
"""

from __future__ import annotations

import csv
import importlib
import json
import os
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from icloudready import (
    APIConnectionError,
    APIStatusError,
    BadRequestError,
    InternalServerError,
    RateLimitError,
    UnprocessableEntityError,
)
from icloudready_runtime import _coerce
from icloudready_runtime._table import Operation, Param

from ._output import plain
from ._surface import CLEAR, ConversionError, body_check, kind_of, wire_names

# The filterable string field an import from another system is least likely to fill: the id
# of a related iDengager request. Any other field that `p` accepts can be named instead.
MARKER_PREFERENCE = ("idengager_request_id",)
JOURNAL_VERSION = 1


class ImportUsageError(Exception):
    """The file or the options cannot be used (exit code 2)."""


class ImportAborted(Exception):
    """The server or the network failed for good; the journal allows --resume."""


@dataclass
class RowError:
    line: int
    field: str
    message: str

    def to_json(self, row: object) -> str:
        return json.dumps(
            {"line": self.line, "field": self.field, "message": self.message, "row": row},
            ensure_ascii=False,
            default=str,
        )


@dataclass
class Row:
    line: int
    raw: dict[str, Any]
    kwargs: dict[str, Any] = field(default_factory=dict)
    record_id: str | None = None
    errors: list[RowError] = field(default_factory=list)


def csv_header(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return next(csv.reader(handle), [])


def read_rows(path: Path, fmt: str) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """(line number, row) pairs; a row that cannot be read comes back as its error text."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        if fmt == "csv":
            yield from _csv_rows(handle)
        else:
            for number, text in enumerate(handle, start=1):
                if not text.strip():
                    continue
                try:
                    value = json.loads(text)
                except ValueError as exc:
                    yield number, f"not valid JSON: {exc}"
                    continue
                yield number, value if isinstance(value, dict) else "not a JSON object"


def _csv_rows(handle: TextIO) -> Iterator[tuple[int, dict[str, Any] | str]]:
    reader = csv.reader(handle)
    header = next(reader, None)
    if not header:
        return
    line = reader.line_num
    for values in reader:
        start, line = line + 1, reader.line_num  # a quoted cell may span several lines
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(header):
            yield start, f"{len(values)} cells for {len(header)} columns"
            continue
        # Empty cells are absent fields: CSV has no other way to leave one out.
        yield start, {k: v for k, v in zip(header, values, strict=True) if v != ""}


class RowChecker:
    """Validates and coerces rows against a create method's parameters."""

    def __init__(self, create: Operation, item_model: str | None, id_column: str | None) -> None:
        self.params: dict[str, Param] = {p.name: p for p in create.params if p.location != "path"}
        wire = wire_names(item_model) if item_model else {}
        self.by_key: dict[str, str] = {}
        for attr, key in wire.items():
            self.by_key[key] = attr
            self.by_key[attr] = attr
        for name in self.params:
            self.by_key[name] = name
        self.id_attr = None if id_column is None else self.by_key.get(id_column, id_column)
        self.ignored: set[str] = set()

    def unknown(self, columns: list[str]) -> list[str]:
        """Columns that name no field (a CSV header is checked once, before any row)."""
        return [c for c in columns if c and c not in self.by_key and c != self.id_attr]

    def check(self, line: int, raw: dict[str, Any] | str) -> Row:
        if isinstance(raw, str):
            return Row(line, {}, errors=[RowError(line, "", raw)])
        row = Row(line, raw)
        for key, value in raw.items():
            if value == "":
                continue  # an empty CSV cell: the field is left out
            attr = self.by_key.get(key)
            if attr is not None and attr == self.id_attr:
                if not isinstance(value, str):
                    row.errors.append(RowError(line, key, "an id must be text"))
                else:
                    row.record_id = value
                continue
            param = self.params.get(attr) if attr else None
            if param is None:
                if attr is not None:  # a read-only field of the record (createdAt, _id ...)
                    self.ignored.add(key)
                    continue
                row.errors.append(RowError(line, key, "unknown field"))
                continue
            try:
                converted = kind_of(param).convert(value)
            except ConversionError as exc:
                row.errors.append(RowError(line, key, str(exc)))
                continue
            if converted is CLEAR or value is None:
                # JSON null or "null": sent as null, which clears the field (a patch) or
                # leaves it out (a create); null where the spec allows none is refused.
                if converted is not CLEAR:
                    row.errors.append(RowError(line, key, "null is not allowed here"))
                row.kwargs[param.name] = None
            else:
                row.kwargs[param.name] = converted
        return row

    def validate(self, row: Row, op: Operation) -> None:
        """What the SDK (before sending) and then the server (the spec's schema, the
        mock's own check) would refuse in ``row``: the dry run's errors, added to it."""
        model = getattr(importlib.import_module("icloudready.models"), op.body_model or "", None)
        if model is None:
            return
        try:
            wire = _coerce.body(model, row.kwargs, op.name)
        except TypeError as exc:
            field = str(exc).split(": ", 2)[1] if str(exc).count(": ") >= 2 else ""
            row.errors.append(RowError(row.line, field.split("[")[0], str(exc)))
            return
        check = body_check(op.operation_id)
        for detail in check.details(wire) if check is not None else []:
            row.errors.append(RowError(row.line, detail["field"], detail["message"]))


class Journal:
    """``P <line>`` before sending, ``D <line> <id>`` after; a header names the run."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._handle: TextIO | None = None
        self._last_sync = 0.0

    def read(self) -> tuple[dict[str, Any], set[int], dict[int, str], set[int], bool]:
        """Header, rows in doubt (sent, no outcome), rows done (line -> id), rows failed."""
        header: dict[str, Any] = {}
        pending: set[int] = set()
        done: dict[int, str] = {}
        failed: set[int] = set()
        complete = False
        with self.path.open(encoding="utf-8") as handle:
            for number, text in enumerate(handle):
                if number == 0:
                    header = json.loads(text)
                    continue
                parts = text.split()
                if len(parts) < 2 or not text.endswith("\n"):
                    continue  # a line cut by the crash
                if parts[0] == "P":
                    pending.add(int(parts[1]))
                elif parts[0] == "D":
                    done[int(parts[1])] = parts[2] if len(parts) > 2 else ""
                elif parts[0] == "E":
                    failed.add(int(parts[1]))
                elif parts[0] == "C":
                    complete = True
        return header, pending - set(done) - failed, done, failed, complete

    def open(self, header: dict[str, Any] | None) -> None:
        if header is not None:
            self._handle = self.path.open("w", encoding="utf-8")
            self._handle.write(json.dumps(header) + "\n")
        else:
            self._handle = self.path.open("a", encoding="utf-8")
        self.sync(force=True)

    def write(self, lines: list[str], *, force_sync: bool = False) -> None:
        with self._lock:
            assert self._handle is not None
            self._handle.write("".join(line + "\n" for line in lines))
            self._handle.flush()
            self.sync(force=force_sync)

    def sync(self, *, force: bool = False) -> None:
        now = time.monotonic()
        if self._handle is not None and (force or now - self._last_sync >= 1.0):
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self._last_sync = now

    def close(self) -> None:
        if self._handle is not None:
            self.sync(force=True)
            self._handle.close()
            self._handle = None


@dataclass
class ImportResult:
    rows: int = 0
    created: int = 0
    updated: int = 0
    failed: int = 0
    already_done: int = 0
    recovered: int = 0  # rows found on the server at resume (created, journal entry lost)
    ignored_columns: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        return {
            "rows": self.rows,
            "created": self.created,
            "updated": self.updated,
            "failed": self.failed,
            "already_done": self.already_done,
            "recovered_at_resume": self.recovered,
        }


_TRANSIENT = (APIConnectionError, RateLimitError, InternalServerError)
_Sent = Future[tuple[Row, str | None, Exception | None]]


def _api_errors(line: int, exc: Exception) -> list[RowError]:
    if isinstance(exc, UnprocessableEntityError) and exc.details:
        return [RowError(line, d.field, d.message) for d in exc.details]
    if isinstance(exc, APIStatusError):
        return [RowError(line, "", str(exc))]
    return [RowError(line, "", f"{type(exc).__name__}: {exc}")]


@dataclass
class Importer:
    """One import run; ``create``/``update``/``find`` are the bound SDK methods."""

    create: Callable[..., Any]
    update: Callable[..., Any] | None
    find: Callable[..., Any] | None  # the list method, for marker look-ups at resume
    checker: RowChecker
    marker_attr: str | None
    marker_wire: str | None
    errors_path: Path
    journal: Journal
    concurrency: int = 1
    progress: Callable[[ImportResult], None] = lambda result: None
    result: ImportResult = field(default_factory=ImportResult)
    _error_lock: threading.Lock = field(default_factory=threading.Lock)
    _errors: TextIO | None = None
    _run: str = ""

    def _record_errors(self, row: Row, errors: list[RowError]) -> None:
        with self._error_lock:
            assert self._errors is not None
            for error in errors:
                self._errors.write(error.to_json(row.raw) + "\n")
            self._errors.flush()
            self.result.failed += 1

    def _marker(self, line: int) -> str:
        return f"icr-{self._run}-{line}"

    def _send(self, row: Row) -> tuple[Row, str | None, Exception | None]:
        try:
            if row.record_id is not None and self.update is not None:
                record = self.update(row.record_id, **row.kwargs)
            else:
                kwargs = row.kwargs
                if self.marker_attr and self.marker_attr not in kwargs:
                    kwargs = {**kwargs, self.marker_attr: self._marker(row.line)}
                record = self.create(**kwargs)
        except _TRANSIENT:
            raise
        except Exception as exc:  # noqa: BLE001 - a row's own failure: reported, never fatal
            return row, None, exc
        return row, str(getattr(record, "id", "")), None

    def _find(self, row: Row) -> str | None:
        """The record a pending row created before the crash, if any (see module doc)."""
        if self.find is None or self.marker_wire is None or self.marker_attr is None:
            return None
        own = row.kwargs.get(self.marker_attr)
        value = own if isinstance(own, str) else self._marker(row.line)
        if "," in value:
            return None  # p cannot express it; the row is sent again
        page = None
        # The API's field name first; an SDK that takes its own snake_case names in `p`
        # may refuse it before sending, and then gets that name instead.
        for name in dict.fromkeys((self.marker_wire, self.marker_attr)):
            try:
                page = self.find(p=f"{name}:{value}", limit=100)
                break
            except (TypeError, ValueError, BadRequestError):
                continue
        if page is None:
            raise ImportAborted(
                f"cannot look up line {row.line} by its marker (p={self.marker_wire}:...): "
                "sending it again could create it twice"
            )
        for record in page.items:
            data = plain(record)
            if own is None or self._same(row, data):
                return str(record.id)
        return None

    def _same(self, row: Row, data: dict[str, Any]) -> bool:
        wire = {attr: key for key, attr in self.checker.by_key.items() if key != attr}
        for attr, value in row.kwargs.items():
            sent = plain(value)
            if isinstance(sent, dict | list):
                continue  # the server may add to nested values (e.g. an activity log)
            if data.get(wire.get(attr, attr)) != sent:
                return False
        return True

    def run(self, rows: Iterator[tuple[int, dict[str, Any] | str]], *, resume: bool) -> None:
        done: dict[int, str] = {}
        pending: set[int] = set()
        failed_before: set[int] = set()
        if resume and self.journal.path.exists():
            header, pending, done, failed, _ = self.journal.read()
            self._run = str(header["run"])
            self.journal.open(None)
            failed_before = failed | _failed_lines(self.errors_path)
        else:
            self._run = secrets.token_hex(4)
            self.journal.open({"version": JOURNAL_VERSION, "run": self._run})
            self.errors_path.unlink(missing_ok=True)
        self._errors = self.errors_path.open("a", encoding="utf-8")
        try:
            self._run_rows(rows, done, pending, failed_before)
            self.journal.write(["C 0"], force_sync=True)
        finally:
            self.journal.close()
            self._errors.close()
            self.result.ignored_columns = sorted(self.checker.ignored)

    def _run_rows(
        self,
        rows: Iterator[tuple[int, dict[str, Any] | str]],
        done: dict[int, str],
        pending: set[int],
        failed_before: set[int],
    ) -> None:
        chunk_size = max(8, 2 * self.concurrency)
        in_flight: set[_Sent] = set()
        aborted: list[BaseException] = []
        pool = ThreadPoolExecutor(self.concurrency, thread_name_prefix="import")
        clean = False
        try:
            chunk: list[Row] = []

            def drain(limit: int) -> None:
                while len(in_flight) > limit:
                    finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                    for future in finished:
                        in_flight.discard(future)
                        self._finish(future, aborted)

            def flush_chunk() -> None:
                if not chunk:
                    return
                self.journal.write([f"P {row.line}" for row in chunk])
                for row in chunk:
                    drain(self.concurrency - 1)
                    if aborted:
                        break
                    in_flight.add(pool.submit(self._send, row))
                chunk.clear()

            for line, raw in rows:
                if aborted:
                    break
                self.result.rows += 1
                if line in done or line in failed_before:
                    self.result.already_done += 1
                    continue
                row = self.checker.check(line, raw)
                if row.errors:
                    self._record_errors(row, row.errors)
                    continue
                if line in pending and row.record_id is None:
                    found = self._find(row)
                    if found is not None:
                        self.journal.write([f"D {line} {found}"])
                        self.result.recovered += 1
                        continue
                chunk.append(row)
                if len(chunk) >= chunk_size:
                    flush_chunk()
                self.progress(self.result)
            flush_chunk()
            drain(0)
            clean = True
        finally:
            # After Ctrl-C, do not wait for requests sleeping on the pacing (up to a minute):
            # their rows have P entries, and --resume settles them by marker.
            pool.shutdown(wait=clean, cancel_futures=True)
        self.progress(self.result)
        if aborted:
            raise ImportAborted(str(aborted[0])) from aborted[0]

    def _finish(self, future: _Sent, aborted: list[BaseException]) -> None:
        try:
            row, record_id, failure = future.result()
        except _TRANSIENT as exc:
            aborted.append(exc)
            return
        if failure is not None:
            self._record_errors(row, _api_errors(row.line, failure))
            self.journal.write([f"E {row.line}"])
            return
        self.journal.write([f"D {row.line} {record_id}"])
        if row.record_id is not None and self.update is not None:
            self.result.updated += 1
        else:
            self.result.created += 1
        self.progress(self.result)


def _failed_lines(path: Path) -> set[int]:
    lines: set[int] = set()
    try:
        with path.open(encoding="utf-8") as handle:
            for text in handle:
                try:
                    lines.add(int(json.loads(text)["line"]))
                except (ValueError, KeyError, TypeError):
                    continue
    except FileNotFoundError:
        pass
    return lines
