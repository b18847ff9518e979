"""Pages of a list operation, and walking every page lazily.

The list envelope is ``{"data": [...], "page": n, "limit": n, "total": n}`` (see
OpportunityList in openapi.yaml). Walking stops at the last page and never yields an
id twice, even when records inserted meanwhile shift later pages.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from ._logging import logger
from ._parsing import PARSE_ERRORS, FromDict, UnparseableError, parse_model

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list: ``items`` plus where it sits among all pages."""

    items: list[T]
    page: int
    limit: int
    total: int
    raw: dict[str, Any] = field(repr=False, compare=False, default_factory=dict)

    def has_next_page(self) -> bool:
        return bool(self.items) and self.page * self.limit < self.total

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    @classmethod
    def from_json(cls, body: object, item_model: FromDict[T]) -> Page[T]:
        if not isinstance(body, dict):
            raise UnparseableError(f"expected a list envelope object, got {type(body).__name__}")
        data = body.get("data")
        numbers = [body.get(key) for key in ("page", "limit", "total")]
        if not isinstance(data, list) or not all(
            isinstance(n, int) and not isinstance(n, bool) for n in numbers
        ):
            raise UnparseableError("list envelope needs data (array) and integer page/limit/total")
        items: list[T] = []
        from_dict = item_model.from_dict
        for index, entry in enumerate(data):
            # The common case inline (a page is 100 records); anything odd goes the tolerant way.
            if type(entry) is dict:
                try:
                    items.append(from_dict(entry))
                    continue
                except PARSE_ERRORS:
                    pass
            try:
                items.append(parse_model(item_model, entry, name=f"data[{index}]"))
            except UnparseableError as exc:
                logger.warning(
                    "icloudready: skipped list item %d that cannot be read: %s", index, exc
                )
        page, limit, total = (int(n) for n in numbers)  # type: ignore[arg-type]
        return cls(items=items, page=page, limit=limit, total=total, raw=body)


class _Unseen:
    """Remembers what a walk has yielded; 8-byte hashes, not ids: 100,000 records cost a few MB."""

    def __init__(self) -> None:
        self._seen: set[int] = set()

    def filter(self, items: list[T]) -> list[T]:
        fresh: list[T] = []
        for item in items:
            item_id = getattr(item, "id", None)
            if isinstance(item_id, str):
                key = hash(item_id)
                if key in self._seen:
                    continue
                self._seen.add(key)
            fresh.append(item)
        return fresh


def iterate_pages(fetch: Callable[[int], Page[T]], first_page: int = 1) -> Iterator[T]:
    unseen = _Unseen()
    page = fetch(first_page)
    yield from unseen.filter(page.items)
    while page.has_next_page():
        page = fetch(page.page + 1)
        yield from unseen.filter(page.items)


async def aiterate_pages(
    fetch: Callable[[int], Awaitable[Page[T]]], first_page: int = 1
) -> AsyncIterator[T]:
    unseen = _Unseen()
    page = await fetch(first_page)
    for item in unseen.filter(page.items):
        yield item
    while page.has_next_page():
        page = await fetch(page.page + 1)
        for item in unseen.filter(page.items):
            yield item
