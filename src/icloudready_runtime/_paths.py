"""Path expansion that cannot be steered to another route.

Quirk of this API: literal routes share their prefix with item routes
(``/opportunities/multiple`` beside ``/opportunities/{id}``, delete under
``/opportunities/deleted/{id}``), and httpx normalises ``.`` and ``..`` segments away.
An id equal to such a segment would silently reach a different endpoint, so it is
refused before any request is built.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import quote

from ._exceptions import InvalidPathParameterError

_DOT_SEGMENTS = frozenset({".", ".."})


def _segments(path: str) -> list[str]:
    return path.strip("/").split("/")


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def reserved_values(template: str, routes: Iterable[str]) -> dict[str, frozenset[str]]:
    """For each parameter of ``template``, the values that would reach another route.

    A value is reserved when some other route has a literal segment at the parameter's
    position after the same leading segments (a parameter matches any segment there).
    """
    own = _segments(template)
    reserved: dict[str, set[str]] = {}
    for index, segment in enumerate(own):
        if not _is_param(segment):
            continue
        values = reserved.setdefault(segment[1:-1], set())
        for route in routes:
            other = _segments(route)
            if len(other) <= index or _is_param(other[index]):
                continue
            same_prefix = all(
                a == b or _is_param(a) or _is_param(b)
                for a, b in zip(own[:index], other[:index], strict=True)
            )
            if same_prefix:
                values.add(other[index])
    return {name: frozenset(values) for name, values in reserved.items()}


_cache: dict[str, dict[str, frozenset[str]]] = {}


def expand_path(template: str, routes: Iterable[str], **params: object) -> str:
    """Fill ``template``'s ``{name}`` segments with percent-encoded values.

    Raises InvalidPathParameterError for an empty value, ``.`` or ``..``, or a value
    that another route uses as a literal segment at that position.
    """
    reserved = _cache.get(template)
    if reserved is None:
        reserved = _cache[template] = reserved_values(template, routes)
    encoded: dict[str, str] = {}
    for name, value in params.items():
        text = str(value)
        if not text or text in _DOT_SEGMENTS or text in reserved.get(name, ()):
            raise InvalidPathParameterError(name, text, template)
        encoded[name] = quote(text, safe="")
    return template.format(**encoded)
