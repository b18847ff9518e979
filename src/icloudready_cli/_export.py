"""``<tag> export``: every record of a list, streamed to JSONL or CSV, resumable, exact.

The guarantee: every record present for the whole export is written exactly once, even
while other clients insert and delete, with nothing but offset pages (``page``/``limit``).

- **Order.** Pages are read in ascending creation order (``order=asc`` with the server's
  default sort, creation time): a record inserted during the export sorts after every
  record already present, so inserts never shift what is still to be read.
- **No repeats.** Every written id is remembered as an 8-byte hash (in memory and in the
  checkpoint's ``.ids`` file, 800 kB per 100,000 records); an id seen before is skipped.
- **No gaps.** A delete before the cursor shifts later records into offsets already read,
  so a plain ``page + 1`` would skip them. Instead each request overlaps the last one: it
  is chosen (``limit`` between half and all of ``--page-size``, ``page`` so that the
  offset is a multiple of it) to start at or before the last record written. A page is
  accepted only when its first record was already written: the page is one contiguous
  slice of the list, so everything between that record and the page's end is then known,
  and nothing present between the last record written and the first new one can have
  been missed. Otherwise (deletes shifted more than the overlap) the cursor steps back a
  page and reads again. The price: offsets must be multiples of the limit, so the overlap
  averages 12 records and 100,000 records take 1,143 requests instead of 1,000 (the
  fewest possible under that rule: a search over every choice finds the same number).
- **Resume.** The data and the id hashes are flushed, then a checkpoint (cursor, bytes
  written, ids written) replaces the previous one atomically: after a page, at most every
  0.25 s; fsync'd with the data every 2 s. ``--resume`` truncates the output and the id
  file to the checkpoint, so a kill -9 or a network failure anywhere loses nothing and
  repeats nothing.
"""

from __future__ import annotations

import csv
import io
import json
import os
import time
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from icloudready_runtime._seen import SeenIds, id_hash

from ._output import cell

CHECKPOINT_VERSION = 1
SAVE_EVERY = 0.25  # seconds between checkpoints
SYNC_EVERY = 2.0  # seconds between fsyncs (a power loss may cost that much of the file)


class ExportError(Exception):
    """A checkpoint that does not match, or an output that cannot be resumed."""


def next_request(position: int, page_size: int) -> tuple[int, int, int]:
    """(page, limit, offset) of the next read: overlapping the record at ``position - 1``.

    The offset is ``(page - 1) * limit``; it must be <= position - 1 so the last record
    written comes back, and the page must reach past ``position``. Among the limits from
    ``page_size`` down to half of it, the one bringing the most new records wins.
    """
    if position <= 0:
        return 1, page_size, 0
    best = (0, 1, position - 1)  # (new records, limit, offset)
    for limit in range(page_size, max(1, page_size // 2) - 1, -1):
        offset = (position - 1) // limit * limit
        new = offset + limit - position
        if new > best[0]:
            best = (new, limit, offset)
            if new == limit - 1:
                break  # the most a page can bring with one record of overlap
    _, limit, offset = best
    return offset // limit + 1, limit, offset


@dataclass
class Checkpoint:
    query: dict[str, Any]
    position: int = 0
    written: int = 0
    out_bytes: int = 0
    ids: int = 0
    total: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"version": CHECKPOINT_VERSION, **self.__dict__}


class _Files:
    """The output, the id-hash file and the checkpoint, kept consistent with each other."""

    def __init__(self, out: Path) -> None:
        self.out_path = out
        self.checkpoint_path = out.with_name(out.name + ".checkpoint.json")
        self.ids_path = out.with_name(out.name + ".checkpoint.ids")
        self._last_sync = self._last_save = 0.0

    def load(self) -> Checkpoint | None:
        try:
            data = json.loads(self.checkpoint_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except ValueError as exc:
            raise ExportError(f"unreadable checkpoint {self.checkpoint_path}: {exc}") from None
        if data.pop("version", None) != CHECKPOINT_VERSION:
            raise ExportError(f"{self.checkpoint_path} was written by another version")
        return Checkpoint(**data)

    def open(self, checkpoint: Checkpoint | None) -> tuple[BinaryIO, BinaryIO, SeenIds]:
        """Open for appending at the checkpoint; what came after it is cut off."""
        seen = SeenIds()
        if checkpoint is None:
            out = self.out_path.open("w+b")
            ids = self.ids_path.open("w+b")
            return out, ids, seen
        if self.out_path.stat().st_size < checkpoint.out_bytes:
            raise ExportError(f"{self.out_path} is shorter than its checkpoint says")
        out = self.out_path.open("r+b")
        out.truncate(checkpoint.out_bytes)
        out.seek(checkpoint.out_bytes)
        hashes = array("Q")
        try:
            with self.ids_path.open("rb") as source:
                hashes.fromfile(source, checkpoint.ids)
        except (OSError, EOFError):
            raise ExportError(f"{self.ids_path} is shorter than its checkpoint says") from None
        seen = SeenIds(hashes)
        ids = self.ids_path.open("r+b")
        ids.truncate(checkpoint.ids * 8)
        ids.seek(checkpoint.ids * 8)
        return out, ids, seen

    def save(self, checkpoint: Checkpoint, out: BinaryIO, ids: BinaryIO, *, force: bool) -> None:
        now = time.monotonic()
        if not force and now - self._last_save < SAVE_EVERY:
            return  # a resume then re-reads a few pages more; a write per page cost 5% here
        self._last_save = now
        out.flush()
        ids.flush()
        durable = force or now - self._last_sync >= SYNC_EVERY
        if durable:  # the checkpoint may only name bytes that are on disk
            os.fsync(out.fileno())
            os.fsync(ids.fileno())
            self._last_sync = now
        tmp = self.checkpoint_path.with_name(self.checkpoint_path.name + ".tmp")
        with tmp.open("w", encoding="utf-8") as handle:
            json.dump(checkpoint.to_json(), handle)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, self.checkpoint_path)

    def finish(self) -> None:
        self.checkpoint_path.unlink(missing_ok=True)
        self.ids_path.unlink(missing_ok=True)


class _Encoder:
    """Records as bytes of JSON Lines or CSV (one column per field, nested values as JSON)."""

    def __init__(self, fmt: str, columns: list[str]) -> None:
        self.fmt = fmt
        self.columns = columns
        self._dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode

    def header(self) -> bytes:
        if self.fmt != "csv":
            return b""
        return self._csv([self.columns])

    def encode(self, rows: list[dict[str, Any]]) -> bytes:
        if self.fmt == "csv":
            columns = self.columns
            return self._csv([[cell(row.get(c)) for c in columns] for row in rows])
        dumps = self._dumps
        return "".join([dumps(row) + "\n" for row in rows]).encode()

    @staticmethod
    def _csv(rows: list[list[str]]) -> bytes:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(rows)
        return buffer.getvalue().encode()


@dataclass
class ExportResult:
    written: int
    requests: int
    step_backs: int
    resumed: bool


def export(
    fetch: Callable[..., Any],
    *,
    out: Path,
    fmt: str,
    columns: list[str],
    query: dict[str, Any],
    page_size: int,
    resume: bool,
    progress: Callable[[int, int | None, float], None] = lambda done, total, left: None,
    on_request: Callable[[], None] = lambda: None,
) -> ExportResult:
    """Walk ``fetch(page=, limit=, **query)`` (ascending) into ``out``; see the module doc."""
    files = _Files(out)
    saved_query = {"format": fmt, "page_size": page_size, "columns": columns, **query}
    checkpoint = files.load()
    if checkpoint is not None and not resume:
        raise ExportError(
            f"{out} is an interrupted export: add --resume to continue it, or delete "
            f"{files.checkpoint_path} to start over"
        )
    if checkpoint is not None and checkpoint.query != saved_query:
        raise ExportError(
            f"{files.checkpoint_path} is for another export ({checkpoint.query}); "
            "run the same command to resume it, or drop --resume to start over"
        )
    state = checkpoint or Checkpoint(query=saved_query)
    encoder = _Encoder(fmt, columns)
    out_file, ids_file, seen = files.open(checkpoint)
    result = ExportResult(0, 0, 0, resumed=checkpoint is not None)
    try:
        if checkpoint is None:
            state.out_bytes = out_file.write(encoder.header())
            files.save(state, out_file, ids_file, force=True)
        finished = False
        while not finished:
            page_no, limit, offset = next_request(state.position, page_size)
            page = fetch(page=page_no, limit=limit, **query)
            items, state.total = list(page.items), getattr(page, "total", None)
            result.requests += 1
            on_request()
            first_id = getattr(items[0], "id", None) if items else None
            if offset > 0 and (not isinstance(first_id, str) or id_hash(first_id) not in seen):
                # The slice starts past the last record written (deletes moved the list
                # more than the overlap), or the list now ends before it: read further back.
                state.position = max(0, offset - page_size)
                result.step_backs += 1
                continue
            fresh, new_hashes = _unseen(items, seen)
            if fresh:
                state.out_bytes += out_file.write(encoder.encode(fresh))
                new_hashes.tofile(ids_file)
                state.ids += len(new_hashes)
                state.written += len(fresh)
            state.position = offset + len(items)
            finished = len(items) < limit  # the end of the list, in this page's snapshot
            files.save(state, out_file, ids_file, force=finished)
            progress(state.written, state.total, 0.0 if finished else _requests_left(state, limit))
    finally:
        out_file.close()
        ids_file.close()
    files.finish()
    result.written = state.written
    return result


def _unseen(items: list[Any], seen: SeenIds) -> tuple[list[dict[str, Any]], array[int]]:
    """The records not written yet, as dicts, and their id hashes (now remembered)."""
    fresh: list[dict[str, Any]] = []
    new_hashes = array("Q")
    for item in items:
        item_id = getattr(item, "id", None)
        if isinstance(item_id, str):
            key = id_hash(item_id)
            if key in seen:
                continue
            seen.add(key)
            new_hashes.append(key)
        fresh.append(item.to_dict())
    return fresh, new_hashes


def _requests_left(state: Checkpoint, limit: int) -> float:
    if state.total is None:
        return 0.0
    return max(0, state.total - state.position) / max(1, limit - 2) + 1
