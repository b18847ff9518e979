"""Path expansion that cannot be steered to another route.

Quirk of this API: literal routes share their prefix with item routes
(``/opportunities/multiple`` beside ``/opportunities/{id}``, delete under
``/opportunities/deleted/{id}``), and httpx normalises ``.`` and ``..`` segments away.
An id equal to such a segment would silently reach a different endpoint, so it is
refused before any request is built.

Percent-encoding the value is not enough: servers and proxies decode ``%2F`` before
routing, strip a trailing slash, read ``\\`` as ``/``, cut at ``;``, trim spaces and
match routes case-insensitively (Express's default), so ``multiple/`` reached the bulk
update. A value is therefore refused when any form a server could make of it (decoded
up to three times, trimmed, lower-cased) contains a separator or a control character,
or is a dot segment or another route's literal.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from urllib.parse import quote, unquote

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

# What a server may read as the end of a segment, or drop from one: path separators
# (``\\`` on Windows and some proxies), ``?`` and ``#`` (after a decode), ``;`` (matrix
# parameters, cut by Java servers), and control characters.
_SEPARATORS = re.compile(r"[/\\?#;\x00-\x1f\x7f]")
# The common id (a hex ObjectId, a UUID, a slug) needs none of the checks below.
_PLAIN = re.compile(r"[A-Za-z0-9_~-][A-Za-z0-9._~-]*")
_DECODES = 3


def _why_refused(text: str, reserved: frozenset[str]) -> str | None:
    """Why ``text`` could reach another route, or None when it cannot."""
    # isalnum() first: a hex ObjectId passes it for a tenth of the regex's cost.
    if (text.isascii() and text.isalnum()) or _PLAIN.fullmatch(text):
        # The common id: only the dot segments and the literals can catch it.
        if text not in _DOT_SEGMENTS and text.lower() not in reserved:
            return None
        return _why_form(text, text, reserved)
    if any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        return "it contains a lone surrogate, which cannot be sent as UTF-8"
    form = text
    for _ in range(_DECODES + 1):
        forms = [form]
        if not form.isascii():
            # NFKC, as some servers normalise: a fullwidth solidus (U+FF0F) reads as "/".
            forms.append(unicodedata.normalize("NFKC", form))
        for variant in forms:
            why = _why_form(variant, text, reserved)
            if why is not None:
                return why
        decoded = unquote(form, errors="replace") if "%" in form else form
        if decoded == form:
            return None
        form = decoded
    return f"it is still percent-encoded after {_DECODES} decodes"


def _why_form(form: str, text: str, reserved: frozenset[str]) -> str | None:
    """Why one form a server could make of ``text`` reaches another route, or None."""
    shown = "" if form == text else f" once decoded as a server may ({form!r})"
    found = _SEPARATORS.search(form)
    if found is not None:
        why = f"it contains {found.group()!r}{shown}, which a server may read as a separator"
    elif form != form.strip():
        why = f"it starts or ends with whitespace{shown}, which a server may trim"
    elif not form:
        why = f"it is empty{shown}"
    elif form in _DOT_SEGMENTS:
        why = f"it is a dot segment{shown}, which URLs resolve away"
    elif form.lower() in reserved:
        why = f"it is another route's literal segment{shown} (routes may ignore case)"
    else:
        return None
    return why + ": the request could reach a different endpoint"


def expand_path(template: str, routes: Iterable[str], **params: object) -> str:
    """Fill ``template``'s ``{name}`` segments with percent-encoded values.

    Raises InvalidPathParameterError for a value that could reach another route: empty,
    ``.`` or ``..``, another route's literal segment at that position, or a value that a
    server could turn into one (see the module docstring), before anything is sent.
    """
    reserved = _cache.get(template)
    if reserved is None:
        found = reserved_values(template, routes)
        # Lower-cased: Express, ASP.NET and others match routes regardless of case.
        reserved = {name: frozenset(v.lower() for v in values) for name, values in found.items()}
        _cache[template] = reserved
    encoded: dict[str, str] = {}
    for name, value in params.items():
        text = str(value)
        why = _why_refused(text, reserved.get(name, _NONE))
        if why is not None:
            raise InvalidPathParameterError(name, text, template, why)
        encoded[name] = quote(text, safe="")
    return template.format(**encoded)


_NONE: frozenset[str] = frozenset()
