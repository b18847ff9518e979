"""The plausible shapes of what the reference never documents: the one list of them.

openapi.yaml infers one shape for each list, record and error body (each marked
``x-inferred``); a real server may answer another. The SDK reads these alternatives (and
warns, naming the inference), the mock's profiles serve them, the spec model and the
inference report recognise them: all from the names here.
"""

from __future__ import annotations

from dataclasses import dataclass

# Where a list response puts its records, and its total; the spec's own come first.
ITEM_KEYS = ("data", "docs", "items", "results", "records")
TOTAL_KEYS = ("total", "totalCount", "count", "totalDocs")
# Where a server may wrap the one record it returns, and the other name of an id key.
RECORD_WRAPPERS = ("data", "result")
ID_ALIASES = {"_id": "id", "id": "_id"}


@dataclass(frozen=True)
class ListEnvelope:
    """Where one paginator style puts the records and the paging numbers (None: absent)."""

    items: str | None  # None: a bare JSON array
    total: str | None = None
    page: str | None = None
    limit: str | None = None
    total_pages: str | None = None
    has_next: str | None = None


# The list envelopes of common paginators, beside the spec's {data, page, limit, total}.
PAGINATORS = {
    "bare": ListEnvelope(items=None),
    "docs": ListEnvelope("docs", "totalDocs", "page", "limit", "totalPages", "hasNextPage"),
    "data-total": ListEnvelope("data", "totalCount"),
}
