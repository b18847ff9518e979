"""How each kind of success body becomes what a method returns.

Generated methods pass one of these parsers to the client: a record (``model``), a page
of a list (``page``), an array of records or of primitives (``array``), a primitive
(``primitive``), or ``None`` for an empty (204) response. A body that does not fit
raises ``UnparseableError``, which the client reports as ``APIResponseValidationError``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx

from ._logging import logger
from ._pagination import SPEC_ENVELOPE, Declared, Page, asked_paging
from ._parsing import Deviations, FromDict, UnparseableError, parse_model, schema_name

T = TypeVar("T")


@dataclass(frozen=True)
class ParseContext:
    """What a parser may need beside the body: the response, and the client's deviations."""

    response: httpx.Response
    deviations: Deviations | None = None


Parser = Callable[[object, ParseContext], T]

__all__ = ["ParseContext", "Parser", "array", "model", "page", "primitive"]


def model(cls: FromDict[T], wrapper: str | None = None) -> Parser[T]:
    """One ``cls`` record; ``wrapper``: the spec declares it wrapped, ``{wrapper: record}``."""

    def parse(body: object, context: ParseContext) -> T:
        if wrapper is not None:
            if type(body) is dict and type(body.get(wrapper)) is dict:
                body = body[wrapper]
            elif context.deviations is not None:
                context.deviations.note(
                    f"record envelope: not wrapped in {wrapper!r}", schema_name(cls)
                )
        return parse_model(cls, body, deviations=context.deviations)

    return parse


def page(
    item: FromDict[T],
    envelope: object = None,
    *,
    page: str = "page",
    limit: str = "limit",
    items: str = SPEC_ENVELOPE.items,
    total: str | None = SPEC_ENVELOPE.total,
    echo: bool = SPEC_ENVELOPE.echo,
) -> Parser[Page[T]]:
    """A page of ``item`` records; ``envelope`` (the generated list model, None for a bare
    array) names the inference; ``page`` and ``limit``: the list's paging parameters;
    ``items``, ``total`` and ``echo``: the envelope the spec declares, when not the usual."""
    names = (f"{page}=".encode(), f"{limit}=".encode())
    declared = Declared(items, total, echo)
    declared = SPEC_ENVELOPE if declared == SPEC_ENVELOPE else declared

    def parse(body: object, context: ParseContext) -> Page[T]:
        request = context.response.request
        asked_page, asked_limit = asked_paging(request, *names)
        where = (
            schema_name(envelope)
            if envelope is not None
            else f"the {request.method} {request.url.path} response (items: {schema_name(item)})"
        )
        return Page.from_json(
            body,
            item,
            asked_page=asked_page,
            asked_limit=asked_limit,
            deviations=context.deviations,
            where=where,
            bare=envelope is None,
            declared=declared,
        )

    return parse


def primitive(kind: type[T]) -> Parser[T]:
    """str, int, float or bool; JSON's integers are floats too, its booleans are not numbers."""

    def parse(body: object, context: ParseContext) -> T:
        if isinstance(body, bool) and kind is not bool:
            raise UnparseableError(f"expected {kind.__name__}, got a boolean")
        if kind is float and isinstance(body, int):
            return float(body)  # type: ignore[return-value]
        if kind is object or isinstance(body, kind):
            return body  # type: ignore[return-value]
        raise UnparseableError(f"expected {kind.__name__}, got {type(body).__name__}")

    return parse


def array(item: Parser[T]) -> Parser[list[T]]:
    """A JSON array; an item that cannot be read is skipped with a warning, like list pages."""

    def parse(body: object, context: ParseContext) -> list[T]:
        if not isinstance(body, list):
            raise UnparseableError(f"expected a JSON array, got {type(body).__name__}")
        items: list[T] = []
        for index, entry in enumerate(body):
            try:
                items.append(item(entry, context))
            except UnparseableError as exc:
                logger.warning(
                    "icloudready: skipped array item %d that cannot be read: %s", index, exc
                )
        return items

    return parse


def parse_any(body: object, context: ParseContext) -> Any:
    return body
