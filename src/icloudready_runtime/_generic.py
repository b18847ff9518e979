"""The generic call's request (``client.get(path, ...)`` and the others): for an endpoint
the spec lacks, through the same pipeline as the generated methods.

The path's ``{name}`` segments are filled from ``path_params`` by ``expand_path``, with the
refusals the generated methods apply; a literal path is sent as written below the base URL,
but never with a query or fragment (those go in ``params``) or a dot segment.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from ._coerce import check_sendable
from ._exceptions import InvalidPathParameterError
from ._options import RequestOptions, RequestSpec, Timeout
from ._paths import expand_path
from ._types import NOT_GIVEN, NotGiven

_NAMES = re.compile(r"\{([^{}/]+)\}")
# What a literal path may hold as written: RFC 3986 path characters and %-escapes.
_PATH = re.compile(r"[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*")


def generic_spec(
    method: str,
    path: str,
    routes: Iterable[str],
    *,
    params: Mapping[str, Any] | None,
    json: Any,
    path_params: Mapping[str, object] | None,
    timeout: Timeout | NotGiven | None = NOT_GIVEN,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> RequestSpec:
    where = f"{method} {path}"
    path = "/" + path.lstrip("/")
    names = _NAMES.findall(path)
    given = dict(path_params or {})
    if set(names) != set(given):
        missing, unused = sorted(set(names) - set(given)), sorted(set(given) - set(names))
        raise TypeError(
            f"{where}: path_params must fill every {{name}} of the path"
            + (f"; missing {', '.join(missing)}" if missing else "")
            + (f"; not in the path: {', '.join(unused)}" if unused else "")
        )
    literal = _NAMES.sub("", path)
    if not _PATH.fullmatch(literal) or any(s in {".", ".."} for s in literal.split("/")):
        raise InvalidPathParameterError(
            "path",
            path,
            path,
            "a literal path holds only path characters (a query goes in params=, values "
            "with other characters in path_params=) and no '.' or '..' segment",
        )
    if names:
        path = expand_path(path, routes, **given)
    body = None if json is None else check_sendable(json, f"{where}: json")
    return RequestSpec(
        method,
        path,
        dict(params) if params else None,
        body,
        RequestOptions.of(timeout, max_retries, extra_headers),
    )
