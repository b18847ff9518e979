"""Results on stdout as a table (people) or JSON, JSON Lines, CSV (scripts)."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterable
from typing import Any, TextIO

import attrs
from rich.console import Console
from rich.table import Table

FORMATS = ("table", "json", "jsonl", "csv")
_SECRET = re.compile(r"token|password|secret", re.IGNORECASE)


def default_format(stream: TextIO = sys.stdout) -> str:
    """A table for a person at a terminal, JSON for a pipe or a file."""
    return "table" if stream.isatty() else "json"


def plain(value: Any) -> Any:  # noqa: PLR0911 - one return per kind of value
    """SDK values as JSON-ready data with the API's own (wire) keys."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return plain(to_dict())
    items = getattr(value, "items", None)
    if isinstance(items, list):  # a Page
        return [plain(i) for i in items]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if attrs.has(type(value)):
        return plain(attrs.asdict(value, recurse=False))
    isoformat = getattr(value, "isoformat", None)
    if callable(isoformat):
        return isoformat()
    return str(value)


def redact(data: Any) -> Any:
    """Tokens and passwords in results show as *** (login stores them without showing them)."""
    if isinstance(data, dict):
        return {
            k: "***" if _SECRET.search(k) and isinstance(v, str) else redact(v)
            for k, v in data.items()
        }
    if isinstance(data, list):
        return [redact(v) for v in data]
    return data


def cell(value: Any) -> str:
    """One CSV or table cell: nested values as compact JSON."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def _columns(rows: Iterable[dict[str, Any]]) -> list[str]:
    seen: dict[str, None] = {}
    for row in rows:
        for key in row:
            seen.setdefault(key, None)
    return list(seen)


def write(data: Any, fmt: str, out: TextIO = sys.stdout, *, console: Console | None = None) -> None:
    """Write plain ``data`` (a record, a list of records, or any JSON value) in ``fmt``."""
    if fmt == "json":
        json.dump(data, out, indent=2, ensure_ascii=False)
        out.write("\n")
    elif fmt == "jsonl":
        for row in data if isinstance(data, list) else [data]:
            out.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
    elif fmt == "csv":
        rows = data if isinstance(data, list) else [data]
        rows = [r if isinstance(r, dict) else {"value": r} for r in rows]
        columns = _columns(rows)
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([cell(row.get(c)) for c in columns])
        out.write(buffer.getvalue())
    else:
        (console or Console(file=out)).print(table(data))


def table(data: Any) -> Table | str:
    if isinstance(data, dict):
        grid = Table(show_header=True, header_style="bold")
        grid.add_column("field", style="cyan", no_wrap=True)
        grid.add_column("value", overflow="fold")
        for key, value in data.items():
            grid.add_row(key, cell(value))
        return grid
    if isinstance(data, list):
        rows = [r for r in data if isinstance(r, dict)]
        if not rows:
            return "\n".join(cell(v) for v in data) if data else "(no records)"
        grid = Table(show_header=True, header_style="bold")
        columns = _columns(rows)
        for column in columns:
            grid.add_column(column, overflow="ellipsis", no_wrap=True, max_width=40)
        for row in rows:
            grid.add_row(*(cell(row.get(c)) for c in columns))
        return grid
    return cell(data)
