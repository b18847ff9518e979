# Generated from openapi.yaml by openapi-python-client and overrides/templates/endpoint_init.py.jinja: do not edit; change the spec or the template and run `make generate`.
"""The units operations as methods: ``client.units.<method>(...)``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from icloudready_runtime import _coerce, _results
from icloudready_runtime._options import NOT_GIVEN, NotGiven, RequestOptions, RequestSpec, Timeout
from icloudready_runtime._pagination import Page, aiterate_pages, iterate_pages
from icloudready_runtime._resource import (
    AsyncResource,
    SyncResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)

from ..models.list_units_order import ListUnitsOrder
from ..models.list_units_sort_by import ListUnitsSortBy
from ..models.unit import Unit

if TYPE_CHECKING:
    from icloudready_runtime._base_client import AsyncAPIClient, SyncAPIClient  # noqa: F401


# How each operation's success body is read (see _results: page, model, array, primitive, empty).
_LIST_UNITS = _results.page(Unit, None, page="page", limit="limit")


class UnitsResource(SyncResource):
    """``client.units``: the units operations."""

    @cached_property
    def with_raw_response(self) -> UnitsResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return UnitsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ListUnitsOrder | None = None,
        q: str | None = None,
        sort_by: ListUnitsSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Page[Unit]:
        """List all units: GET /units/

        Retrieves real-estate units from the property-management system. The reference
        keeps this endpoint mainly for backward compatibility and advises limited use:
        for ad-hoc queries and aggregations it points to "the Query endpoint", for large
        exports to "CDP/Batch Exports" (no page documents either). The path keeps the
        trailing slash of the reference's curl. A legacy page (Arabic site only)
        documents the same list as `GET https://app.icloud-ready.com/api/units/` (another
        host, no `/v2`, no query parameters).

        Args:
            limit: The number of records to return. (int; from 1 to 100; default 20)
            page: The page number, starting at 1. (int; from 1 to 100000; default 1)
            order: The order of the records. (ListUnitsOrder; one of asc, desc; default desc)
            q: Search query. A record matches when every word of `q` starts a word of one of its free-text fields. Case-insensitive; a `q` without any word matches everything. (str; at most 200 characters)
            sort_by: The field the units are sorted by. (one of name, price, surface, starting_price, max_price; default: none)
            fields: "The filter of the records": a comma-separated list of the fields each unit carries in the response (`_id` always comes back). (str | Sequence[str]; attribute names (snake_case), sent as the API's field names)
            p: "policyFilters": comma-separated `field:value` pairs; a unit is listed only when each named field equals the value given (compared as text). (str | Mapping[str, object]; attribute names (snake_case), sent as the API's field names)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Page[Unit]
        """
        return self._client.request(
            RequestSpec(
                "GET",
                "/units/",
                {
                    "limit": limit,
                    "page": page,
                    "order": order,
                    "q": q,
                    "sortBy": None if sort_by is None else _coerce.wire_name(Unit, sort_by),
                    "fields": _coerce.wire_fields(Unit, fields),
                    "p": _coerce.wire_filters(Unit, p),
                },
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
                tier="intensive",
            ),
            _LIST_UNITS,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        order: ListUnitsOrder | None = None,
        q: str | None = None,
        sort_by: ListUnitsSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Iterator[Unit]:
        """Every record ``list`` finds, page after page, fetched lazily; ids already yielded are skipped."""
        return iterate_pages(
            lambda page: self.list(
                limit=limit,
                order=order,
                q=q,
                sort_by=sort_by,
                fields=fields,
                p=p,
                page=page,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        )


class UnitsResourceWithRawResponse:
    """``client.units.with_raw_response``: each method returns an ``APIResponse``."""

    def __init__(self, resource: UnitsResource) -> None:
        raw = UnitsResource(resource._client._raw_copy())
        self.list = to_raw_response_wrapper(raw.list)


class AsyncUnitsResource(AsyncResource):
    """``client.units`` of AsyncClient."""

    @cached_property
    def with_raw_response(self) -> AsyncUnitsResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return AsyncUnitsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ListUnitsOrder | None = None,
        q: str | None = None,
        sort_by: ListUnitsSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Page[Unit]:
        """List all units: GET /units/

        Retrieves real-estate units from the property-management system. The reference
        keeps this endpoint mainly for backward compatibility and advises limited use:
        for ad-hoc queries and aggregations it points to "the Query endpoint", for large
        exports to "CDP/Batch Exports" (no page documents either). The path keeps the
        trailing slash of the reference's curl. A legacy page (Arabic site only)
        documents the same list as `GET https://app.icloud-ready.com/api/units/` (another
        host, no `/v2`, no query parameters).

        Args:
            limit: The number of records to return. (int; from 1 to 100; default 20)
            page: The page number, starting at 1. (int; from 1 to 100000; default 1)
            order: The order of the records. (ListUnitsOrder; one of asc, desc; default desc)
            q: Search query. A record matches when every word of `q` starts a word of one of its free-text fields. Case-insensitive; a `q` without any word matches everything. (str; at most 200 characters)
            sort_by: The field the units are sorted by. (one of name, price, surface, starting_price, max_price; default: none)
            fields: "The filter of the records": a comma-separated list of the fields each unit carries in the response (`_id` always comes back). (str | Sequence[str]; attribute names (snake_case), sent as the API's field names)
            p: "policyFilters": comma-separated `field:value` pairs; a unit is listed only when each named field equals the value given (compared as text). (str | Mapping[str, object]; attribute names (snake_case), sent as the API's field names)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Page[Unit]
        """
        return await self._client.request(
            RequestSpec(
                "GET",
                "/units/",
                {
                    "limit": limit,
                    "page": page,
                    "order": order,
                    "q": q,
                    "sortBy": None if sort_by is None else _coerce.wire_name(Unit, sort_by),
                    "fields": _coerce.wire_fields(Unit, fields),
                    "p": _coerce.wire_filters(Unit, p),
                },
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
                tier="intensive",
            ),
            _LIST_UNITS,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        order: ListUnitsOrder | None = None,
        q: str | None = None,
        sort_by: ListUnitsSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncIterator[Unit]:
        """Every record ``list`` finds, page after page, fetched lazily; ids already yielded are skipped."""
        return aiterate_pages(
            lambda page: self.list(
                limit=limit,
                order=order,
                q=q,
                sort_by=sort_by,
                fields=fields,
                p=p,
                page=page,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        )


class AsyncUnitsResourceWithRawResponse:
    """``client.units.with_raw_response`` of AsyncClient."""

    def __init__(self, resource: AsyncUnitsResource) -> None:
        raw = AsyncUnitsResource(resource._client._raw_copy())
        self.list = async_to_raw_response_wrapper(raw.list)


__all__ = [
    "AsyncUnitsResource",
    "AsyncUnitsResourceWithRawResponse",
    "UnitsResource",
    "UnitsResourceWithRawResponse",
]
