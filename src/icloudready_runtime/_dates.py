"""Dates as the API writes them: ISO ``YYYY-MM-DD``, or the day-first ``DD/MM/YYYY`` some
resources use (contracts, reservations; declared per field with ``x-date-format``).

Users always see ``datetime.date``; each field is read and sent in its own wire format.
"""

from __future__ import annotations

import datetime
import re

DAY_FIRST = "DD/MM/YYYY"
_DAY_FIRST = re.compile(r"(\d{2})/(\d{2})/(\d{4})")


def parse(text: str, wire_format: str | None = None) -> datetime.date:
    """A date in ``wire_format`` (None: ISO, with any time part ignored); ValueError if not."""
    if wire_format == DAY_FIRST:
        match = _DAY_FIRST.fullmatch(text)
        if match is None:
            raise ValueError(f"{text!r} is not a date written {DAY_FIRST}")
        day, month, year = (int(part) for part in match.groups())
        return datetime.date(year, month, day)
    return datetime.date.fromisoformat(text[:10])


def write(value: datetime.date, wire_format: str | None = None) -> str:
    return value.strftime("%d/%m/%Y") if wire_format == DAY_FIRST else value.isoformat()
