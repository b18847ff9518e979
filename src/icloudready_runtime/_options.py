"""The typed seam between generated operations and the request pipeline.

Generated methods build a ``RequestSpec`` (what to send) with ``RequestOptions`` (how,
for this one call); ``_base_client`` sends it. Nothing private crosses the seam.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from ._types import NOT_GIVEN, NotGiven

__all__ = ["DEFAULT_OPTIONS", "NOT_GIVEN", "NotGiven", "RequestOptions", "RequestSpec", "Timeout"]

Timeout = float | httpx.Timeout


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """Per-call options. ``timeout``: ``NOT_GIVEN`` for the client's setting, ``None`` for
    no timeout (httpx's meaning); the others: ``None`` for the client's setting."""

    timeout: Timeout | NotGiven | None = NOT_GIVEN
    max_retries: int | None = None
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, object] | None = None
    extra_body: Mapping[str, object] | None = None

    @classmethod
    def of(
        cls,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RequestOptions:
        # The common call passes no option: one shared instance, no allocation.
        if (
            timeout is NOT_GIVEN
            and max_retries is None
            and extra_headers is None
            and extra_query is None
            and extra_body is None
        ):
            return DEFAULT_OPTIONS
        if max_retries is not None and max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        return cls(timeout, max_retries, extra_headers, extra_query, extra_body)


DEFAULT_OPTIONS = RequestOptions()


@dataclass(frozen=True, slots=True)
class RequestSpec:
    """One operation's request: built by generated code, sent by the runtime."""

    method: str
    """Upper-case HTTP method."""
    path: str
    """Percent-encoded path below the base URL, ids already checked (``_paths.expand_path``)."""
    params: Mapping[str, Any] | None = None
    """Query parameters under their wire names; ``None`` values are not sent."""
    json: Any = None
    """The JSON body (wire keys); ``None`` sends no body."""
    options: RequestOptions = DEFAULT_OPTIONS
    tier: str | None = None
    """The operation's rate-limit tier (``x-rate-limit-tier``) when not the default."""
