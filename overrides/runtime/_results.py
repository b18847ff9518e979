"""How each kind of success body becomes what a method returns.

Generated methods pass one of these parsers to the client: a record (``model``), a page
of a list (``page``), an array of records or of primitives (``array``), a primitive
(``primitive``), or ``None`` for an empty (204) response. A body that does not fit
raises ``UnparseableError``, which the client reports as ``APIResponseValidationError``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from ._logging import logger
from ._pagination import Page
from ._parsing import FromDict, UnparseableError, parse_model

T = TypeVar("T")

Parser = Callable[[object], T]

__all__ = ["Parser", "array", "model", "page", "primitive"]


def model(cls: FromDict[T]) -> Parser[T]:
    def parse(body: object) -> T:
        return parse_model(cls, body)

    return parse


def page(item: FromDict[T]) -> Parser[Page[T]]:
    def parse(body: object) -> Page[T]:
        return Page.from_json(body, item)

    return parse


def primitive(kind: type[T]) -> Parser[T]:
    """str, int, float or bool; JSON's integers are floats too, its booleans are not numbers."""

    def parse(body: object) -> T:
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

    def parse(body: object) -> list[T]:
        if not isinstance(body, list):
            raise UnparseableError(f"expected a JSON array, got {type(body).__name__}")
        items: list[T] = []
        for index, entry in enumerate(body):
            try:
                items.append(item(entry))
            except UnparseableError as exc:
                logger.warning(
                    "icloudready: skipped array item %d that cannot be read: %s", index, exc
                )
        return items

    return parse


def parse_any(body: object) -> Any:
    return body
