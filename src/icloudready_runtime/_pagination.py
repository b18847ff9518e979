"""Pages of a list operation, and walking every page lazily.

The documented guess is ``{"data": [...], "page": n, "limit": n, "total": n}`` (see
OpportunityList in openapi.yaml); that shape is read inline, at no extra cost. Other
plausible shapes are read too, each noted once per client as a deviation: a bare array;
the items under ``docs``, ``items``, ``results`` or ``records``; the total under
``totalCount``, ``count`` or ``totalDocs``, or none; ``hasNextPage``/``totalPages``.

Walking (``list_all``) counts pages itself and never follows the server's ``page``
echo. It stops at an empty page, a short page (fewer records than the page size: the
``limit`` asked, else the one echoed, else the first page's length), the total, or a
``hasNextPage: false``. It never yields an id twice, even when records inserted
meanwhile shift later pages. A page that brings no unseen id ends the walk: quietly when
nothing said more records remain, with ``PaginationError`` when the server claimed more
(``hasNextPage``, or a total beyond what was yielded): such a server ignores ``page``
and would otherwise be asked forever (a total of 10**12 over the same three records).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, overload

import httpx

from ._conform import checker
from ._exceptions import PaginationError
from ._logging import logger
from ._parsing import PARSE_ERRORS, Deviations, FromDict, UnparseableError, parse_model
from ._seen import SeenIds, id_hash
from ._shapes import ITEM_KEYS, TOTAL_KEYS

T = TypeVar("T")

_REPR_ITEMS = 3


@dataclass(frozen=True, slots=True)
class Declared:
    """The envelope the spec declares (a learned spec may say docs/totalDocs, or no echo):
    its keys are expected, not deviations."""

    items: str = ITEM_KEYS[0]
    total: str | None = TOTAL_KEYS[0]
    echo: bool = True  # page and limit come back


SPEC_ENVELOPE = Declared()


def _int(value: object) -> int | None:
    return value if type(value) is int else None


def asked_paging(
    request: httpx.Request, page_key: bytes = b"page=", limit_key: bytes = b"limit="
) -> tuple[int | None, int | None]:
    """The page and page size a request asked for (a walk counts by these, not by echoes).

    ``page_key``/``limit_key``: the list's paging parameters as ``b"name="`` (generated
    from the spec's list roles).
    """
    # The raw query, split by hand: URL.params would parse every parameter (10 us a page).
    page = limit = None
    for part in request.url.query.split(b"&"):
        if part.startswith(page_key):
            value = part[len(page_key) :]
            page = int(value) if value.isdigit() else None
        elif part.startswith(limit_key):
            value = part[len(limit_key) :]
            limit = int(value) if value.isdigit() else None
    return page, limit


@dataclass(frozen=True, repr=False)
class Page(Generic[T]):
    """One page of a list: ``items`` plus where it sits among all pages.

    ``page`` is the number asked for (the server's echo only when none was asked);
    ``limit`` the page size asked for, else the one the server echoed; ``total`` what the
    server reported, or None when it reported none. A page is a sequence of its items:
    ``len(page)``, ``page[0]``, ``for record in page``.
    """

    items: list[T]
    page: int
    limit: int | None
    total: int | None
    raw: Any = field(compare=False, default_factory=dict)
    # The server's own "more pages follow" flag (hasNextPage, or from totalPages), if any.
    has_more: bool | None = field(default=None, compare=False)
    # How many entries the server sent, unreadable ones included (a page is short by these).
    received: int = field(default=-1, compare=False)

    def has_next_page(self) -> bool:
        received = len(self.items) if self.received < 0 else self.received
        if not received:
            return False
        if self.has_more is not None:
            return self.has_more
        if self.limit is None:
            return False  # no page size known: a walk uses the first page's length instead
        if self.total is not None:
            return self.page * self.limit < self.total
        return received >= self.limit

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        return self.items[index]

    def __repr__(self) -> str:
        shown = ", ".join(_summary(item) for item in self.items[:_REPR_ITEMS])
        hidden = len(self.items) - _REPR_ITEMS
        more = f", ... {hidden} more" if hidden > 0 else ""
        return (
            f"Page(page={self.page}, limit={self.limit}, total={self.total}, items=[{shown}{more}])"
        )

    @classmethod
    def from_json(
        cls,
        body: object,
        item_model: FromDict[T],
        *,
        asked_page: int | None = None,
        asked_limit: int | None = None,
        deviations: Deviations | None = None,
        where: str = "the list response",
        bare: bool = False,
        declared: Declared = SPEC_ENVELOPE,
    ) -> Page[T]:
        """``bare``: the spec declares a bare array (the other shapes are then deviations);
        ``declared``: the envelope it declares otherwise."""
        if type(body) is dict and not bare and declared is SPEC_ENVELOPE:
            data = body.get("data")
            page, limit, total = body.get("page"), body.get("limit"), body.get("total")
            # The documented shape, inline: anything else goes the tolerant way.
            if (
                type(data) is list
                and type(page) is int
                and type(limit) is int
                and type(total) is int
            ):
                if asked_page is not None and page != asked_page and deviations is not None:
                    deviations.note("list envelope: 'page' does not echo the page asked", where)
                return cls(
                    items=_parse_items(data, item_model, deviations),
                    page=page if asked_page is None else asked_page,
                    limit=limit if asked_limit is None else asked_limit,
                    total=total,
                    raw=body,
                    received=len(data),
                )
        asked = (asked_page, asked_limit)
        return _tolerant_page(
            cls,
            body,
            item_model,
            asked,
            deviations=deviations,
            where=where,
            bare=bare,
            declared=declared,
        )


def _summary(item: object) -> str:
    item_id = getattr(item, "id", None)
    return f"{type(item).__name__}(id={item_id!r})" if item_id is not None else repr(item)[:60]


def _parse_items(
    data: list[Any], item_model: FromDict[T], deviations: Deviations | None
) -> list[T]:
    items: list[T] = []
    from_dict = item_model.from_dict
    conforms = checker(item_model)
    for index, entry in enumerate(data):
        # The common case inline (a page is 100 records); anything odd goes the tolerant way.
        if type(entry) is dict and conforms(entry):
            try:
                items.append(from_dict(entry))
                continue
            except PARSE_ERRORS:
                pass
        try:
            items.append(
                parse_model(item_model, entry, name=f"data[{index}]", deviations=deviations)
            )
        except UnparseableError as exc:
            logger.warning("icloudready: skipped list item %d that cannot be read: %s", index, exc)
    return items


@dataclass(slots=True)
class _Envelope:
    """What a list body says, whatever its shape."""

    data: list[Any]
    notes: list[str]
    total: int | None = None
    page: int | None = None
    limit: int | None = None
    has_more: bool | None = None


def _read_envelope(
    body: object,
    asked_page: int | None,
    bare: bool = False,
    declared: Declared = SPEC_ENVELOPE,
) -> _Envelope:
    if type(body) is list:
        return _Envelope(body, [] if bare else ["list envelope: bare array"])
    if type(body) is not dict:
        raise UnparseableError(f"expected a list, got {type(body).__name__}")
    keys = (declared.items, *ITEM_KEYS)
    key = next((k for k in keys if type(body.get(k)) is list), None)
    if key is None:
        raise UnparseableError(
            "expected a list: a JSON array, or an object with the items under "
            + "/".join(ITEM_KEYS)
        )
    found = _Envelope(
        body[key],
        [f"list envelope: items under {key!r}, not a bare array"]
        if bare
        else ([] if key == declared.items else [f"list envelope: items under {key!r}"]),
    )
    if bare:
        return found  # a declared bare array: nothing else of an envelope is expected
    totals = (declared.total, *TOTAL_KEYS) if declared.total else TOTAL_KEYS
    total_key = next((k for k in totals if _int(body.get(k)) is not None), None)
    if total_key is None:
        if declared.total is not None:
            found.notes.append("list envelope: no total")
    else:
        found.total = body[total_key]
        if total_key != declared.total:
            found.notes.append(f"list envelope: total under {total_key!r}")
    found.page, found.limit = _int(body.get("page")), _int(body.get("limit"))
    if (found.page is None or found.limit is None) and declared.echo:
        found.notes.append("list envelope: no 'page'/'limit' echo")
    elif asked_page is not None and found.page != asked_page:
        found.notes.append("list envelope: 'page' does not echo the page asked")
    next_flag, total_pages = body.get("hasNextPage"), _int(body.get("totalPages"))
    number = asked_page if asked_page is not None else found.page
    if type(next_flag) is bool:
        found.has_more = next_flag
    elif total_pages is not None and number is not None:
        found.has_more = number < total_pages
    return found


def _tolerant_page(
    cls: type[Page[T]],
    body: object,
    item_model: FromDict[T],
    asked: tuple[int | None, int | None],
    *,
    deviations: Deviations | None,
    where: str,
    bare: bool = False,
    declared: Declared = SPEC_ENVELOPE,
) -> Page[T]:
    asked_page, asked_limit = asked
    envelope = _read_envelope(body, asked_page, bare, declared)
    if deviations is not None:
        for note in envelope.notes:
            deviations.note(note, where)
    page = asked_page if asked_page is not None else envelope.page
    return cls(
        items=_parse_items(envelope.data, item_model, deviations),
        page=page if page is not None else 1,
        limit=asked_limit if asked_limit is not None else envelope.limit,
        total=envelope.total,
        raw=body,
        has_more=envelope.has_more,
        received=len(envelope.data),
    )


class _Unseen:
    """Remembers what a walk has yielded (8 bytes an id: ``_seen``)."""

    def __init__(self) -> None:
        self._seen = SeenIds()

    def filter(self, items: list[T]) -> tuple[list[T], bool]:
        """The items not yielded before, and whether any item had an id at all."""
        fresh: list[T] = []
        with_ids = False
        for item in items:
            item_id = getattr(item, "id", None)
            if isinstance(item_id, str):
                with_ids = True
                key = id_hash(item_id)
                if key in self._seen:
                    continue
                self._seen.add(key)
            fresh.append(item)
        return fresh, with_ids


class _Walk(Generic[T]):
    """The page counting and stop rules of a walk, shared by the sync and async iterators."""

    def __init__(self, first_page: int) -> None:
        self.number = first_page
        self._unseen = _Unseen()
        self._size: int | None = None
        self._yielded = 0

    def take(self, page: Page[T]) -> tuple[list[T], bool]:
        """The records of ``page`` to yield, and whether to ask for the next page."""
        fresh, with_ids = self._unseen.filter(page.items)
        self._yielded += len(fresh)
        received = len(page.items) if page.received < 0 else page.received
        if self._size is None:
            self._size = page.limit or received or None
        size = self._size
        more_claimed = page.has_more is True or (
            page.total is not None
            and self._yielded < page.total
            and (size is None or self.number * size < page.total)
        )
        number = self.number
        self.number += 1
        if not received:
            return fresh, False
        if with_ids and not fresh:
            if more_claimed:
                raise PaginationError(
                    f"page {number} repeated only records already seen ({self._yielded} "
                    f"yielded; the server reports {_claim(page)}): it seems to ignore the "
                    "page asked for, so the walk stops here"
                )
            return fresh, False
        if page.has_more is not None:
            return fresh, page.has_more
        if size is None or received < size:
            return fresh, False
        return fresh, page.total is None or number * size < page.total


def _claim(page: Page[Any]) -> str:
    if page.total is not None:
        return f"a total of {page.total}"
    return "more pages"


def iterate_pages(fetch: Callable[[int], Page[T]], first_page: int = 1) -> Iterator[T]:
    walk: _Walk[T] = _Walk(first_page)
    more = True
    while more:
        fresh, more = walk.take(fetch(walk.number))
        yield from fresh


async def aiterate_pages(
    fetch: Callable[[int], Awaitable[Page[T]]], first_page: int = 1
) -> AsyncIterator[T]:
    walk: _Walk[T] = _Walk(first_page)
    more = True
    while more:
        fresh, more = walk.take(await fetch(walk.number))
        for item in fresh:
            yield item
