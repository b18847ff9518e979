# Generated from openapi.yaml by openapi-python-client and overrides/templates/endpoint_init.py.jinja: do not edit; change the spec or the template and run `make generate`.
"""The lookup_values operations as methods: ``client.lookup_values.<method>(...)``."""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

from icloudready_runtime import _coerce, _results
from icloudready_runtime._options import NOT_GIVEN, NotGiven, RequestOptions, RequestSpec, Timeout
from icloudready_runtime._pagination import Page, aiterate_pages, iterate_pages
from icloudready_runtime._paths import expand_path
from icloudready_runtime._resource import (
    AsyncResource,
    SyncResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from icloudready_runtime._types import UNSET, Unset

from .._client import ROUTES
from ..models.list_lookup_values_order import ListLookupValuesOrder
from ..models.list_lookup_values_sort_by import ListLookupValuesSortBy
from ..models.lookup_value import LookupValue
from ..models.lookup_value_input import LookupValueInput
from ..models.lookup_value_list import LookupValueList

if TYPE_CHECKING:
    from icloudready_runtime._base_client import AsyncAPIClient, SyncAPIClient  # noqa: F401


# How each operation's success body is read (see _results: page, model, array, primitive, empty).
_LIST_LOOKUP_VALUES = _results.page(LookupValue, LookupValueList, page="page", limit="limit")
_CREATE_LOOKUP_VALUE = _results.model(LookupValue)
_RETRIEVE_LOOKUP_VALUE = _results.model(LookupValue)


class LookupValuesResource(SyncResource):
    """``client.lookup_values``: the lookup_values operations."""

    @cached_property
    def with_raw_response(self) -> LookupValuesResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return LookupValuesResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ListLookupValuesOrder | None = None,
        q: str | None = None,
        sort_by: ListLookupValuesSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Page[LookupValue]:
        """List all lookup values: GET /lookupvalues

        Returns a list of lookup values. The lookup values are returned in sorted order,
        with the most recent appearing first.

        Args:
            limit: The number of records to return. (int; from 1 to 100; default 20)
            page: The page number, starting at 1. (int; from 1 to 100000; default 1)
            order: The order of the records. (ListLookupValuesOrder; one of asc, desc; default desc)
            q: Search query. A record matches when every word of `q` starts a word of one of its free-text fields. Case-insensitive; a `q` without any word matches everything. (str; at most 200 characters)
            sort_by: The field the lookup values are sorted by. (one of created_at, updated_at, key, value, valid_from_date, valid_to_date; default: created_at)
            fields: "The filter of the records": a comma-separated list of the fields each lookup value carries in the response (`_id` always comes back). (str | Sequence[str]; attribute names (snake_case), sent as the API's field names)
            p: "policyFilters": comma-separated `field:value` pairs; a lookup value is listed only when each named field equals the value given (compared as text). (str | Mapping[str, object]; attribute names (snake_case), sent as the API's field names)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Page[LookupValue]
        """
        return self._client.request(
            RequestSpec(
                "GET",
                "/lookupvalues",
                {
                    "limit": limit,
                    "page": page,
                    "order": order,
                    "q": q,
                    "sortBy": None if sort_by is None else _coerce.wire_name(LookupValue, sort_by),
                    "fields": _coerce.wire_fields(LookupValue, fields),
                    "p": _coerce.wire_filters(LookupValue, p),
                },
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _LIST_LOOKUP_VALUES,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        order: ListLookupValuesOrder | None = None,
        q: str | None = None,
        sort_by: ListLookupValuesSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Iterator[LookupValue]:
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

    def create(
        self,
        *,
        lookup_object_id: str | None | Unset = UNSET,
        key: str | None | Unset = UNSET,
        lang: str | None | Unset = UNSET,
        value: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        image: str | None | Unset = UNSET,
        properties: Sequence[Any] | None | Unset = UNSET,
        active: bool | None | Unset = UNSET,
        valid_from_date: datetime.date | str | None | Unset = UNSET,
        valid_to_date: datetime.date | str | None | Unset = UNSET,
        scope: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> LookupValue:
        """Create lookup values: POST /lookupvalues

        Creates a lookup value. You need to pass through any required fields, and you can optionally pass through other fields.

        Args:
            lookup_object_id: Id of the lookup (pick list) the value belongs to. (str | None; at most 200 characters; None sends null, which clears the field)
            key: Key. (str | None; at most 200 characters; None sends null, which clears the field)
            lang: Language, e.g. "en". (str | None; at most 200 characters; None sends null, which clears the field)
            value: Value. (str | None; at most 1000 characters; None sends null, which clears the field)
            description: Description. (str | None; at most 10000 characters; None sends null, which clears the field)
            image: Image. (str | None; at most 2000 characters; None sends null, which clears the field)
            properties: Properties; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            active: Whether the value is offered. (bool | None; None sends null, which clears the field)
            valid_from_date: First day the value is valid (YYYY-MM-DD). (datetime.date | str | None; None sends null, which clears the field)
            valid_to_date: Last day the value is valid (YYYY-MM-DD). (datetime.date | str | None; None sends null, which clears the field)
            scope: Scope, e.g. "public". (str | None; at most 200 characters; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            LookupValue
        """
        return self._client.request(
            RequestSpec(
                "POST",
                "/lookupvalues",
                None,
                _coerce.body(
                    LookupValueInput,
                    {
                        "lookup_object_id": lookup_object_id,
                        "key": key,
                        "lang": lang,
                        "value": value,
                        "description": description,
                        "image": image,
                        "properties": properties,
                        "active": active,
                        "valid_from_date": valid_from_date,
                        "valid_to_date": valid_to_date,
                        "scope": scope,
                    },
                    "create",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_LOOKUP_VALUE,
        )

    def retrieve(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> LookupValue:
        """Retrieve lookup values: GET /lookupvalues/{id}

        Returns a single lookup value, which you can request by passing through an id in the url.

        Args:
            id: ID of the lookup value. (str; matching ^[0-9a-f]{24}$; required)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            LookupValue
        """
        return self._client.request(
            RequestSpec(
                "GET",
                expand_path(
                    "/lookupvalues/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _RETRIEVE_LOOKUP_VALUE,
        )


class LookupValuesResourceWithRawResponse:
    """``client.lookup_values.with_raw_response``: each method returns an ``APIResponse``."""

    def __init__(self, resource: LookupValuesResource) -> None:
        raw = LookupValuesResource(resource._client._raw_copy())
        self.list = to_raw_response_wrapper(raw.list)
        self.create = to_raw_response_wrapper(raw.create)
        self.retrieve = to_raw_response_wrapper(raw.retrieve)


class AsyncLookupValuesResource(AsyncResource):
    """``client.lookup_values`` of AsyncClient."""

    @cached_property
    def with_raw_response(self) -> AsyncLookupValuesResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return AsyncLookupValuesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ListLookupValuesOrder | None = None,
        q: str | None = None,
        sort_by: ListLookupValuesSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Page[LookupValue]:
        """List all lookup values: GET /lookupvalues

        Returns a list of lookup values. The lookup values are returned in sorted order,
        with the most recent appearing first.

        Args:
            limit: The number of records to return. (int; from 1 to 100; default 20)
            page: The page number, starting at 1. (int; from 1 to 100000; default 1)
            order: The order of the records. (ListLookupValuesOrder; one of asc, desc; default desc)
            q: Search query. A record matches when every word of `q` starts a word of one of its free-text fields. Case-insensitive; a `q` without any word matches everything. (str; at most 200 characters)
            sort_by: The field the lookup values are sorted by. (one of created_at, updated_at, key, value, valid_from_date, valid_to_date; default: created_at)
            fields: "The filter of the records": a comma-separated list of the fields each lookup value carries in the response (`_id` always comes back). (str | Sequence[str]; attribute names (snake_case), sent as the API's field names)
            p: "policyFilters": comma-separated `field:value` pairs; a lookup value is listed only when each named field equals the value given (compared as text). (str | Mapping[str, object]; attribute names (snake_case), sent as the API's field names)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Page[LookupValue]
        """
        return await self._client.request(
            RequestSpec(
                "GET",
                "/lookupvalues",
                {
                    "limit": limit,
                    "page": page,
                    "order": order,
                    "q": q,
                    "sortBy": None if sort_by is None else _coerce.wire_name(LookupValue, sort_by),
                    "fields": _coerce.wire_fields(LookupValue, fields),
                    "p": _coerce.wire_filters(LookupValue, p),
                },
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _LIST_LOOKUP_VALUES,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        order: ListLookupValuesOrder | None = None,
        q: str | None = None,
        sort_by: ListLookupValuesSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncIterator[LookupValue]:
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

    async def create(
        self,
        *,
        lookup_object_id: str | None | Unset = UNSET,
        key: str | None | Unset = UNSET,
        lang: str | None | Unset = UNSET,
        value: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        image: str | None | Unset = UNSET,
        properties: Sequence[Any] | None | Unset = UNSET,
        active: bool | None | Unset = UNSET,
        valid_from_date: datetime.date | str | None | Unset = UNSET,
        valid_to_date: datetime.date | str | None | Unset = UNSET,
        scope: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> LookupValue:
        """Create lookup values: POST /lookupvalues

        Creates a lookup value. You need to pass through any required fields, and you can optionally pass through other fields.

        Args:
            lookup_object_id: Id of the lookup (pick list) the value belongs to. (str | None; at most 200 characters; None sends null, which clears the field)
            key: Key. (str | None; at most 200 characters; None sends null, which clears the field)
            lang: Language, e.g. "en". (str | None; at most 200 characters; None sends null, which clears the field)
            value: Value. (str | None; at most 1000 characters; None sends null, which clears the field)
            description: Description. (str | None; at most 10000 characters; None sends null, which clears the field)
            image: Image. (str | None; at most 2000 characters; None sends null, which clears the field)
            properties: Properties; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            active: Whether the value is offered. (bool | None; None sends null, which clears the field)
            valid_from_date: First day the value is valid (YYYY-MM-DD). (datetime.date | str | None; None sends null, which clears the field)
            valid_to_date: Last day the value is valid (YYYY-MM-DD). (datetime.date | str | None; None sends null, which clears the field)
            scope: Scope, e.g. "public". (str | None; at most 200 characters; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            LookupValue
        """
        return await self._client.request(
            RequestSpec(
                "POST",
                "/lookupvalues",
                None,
                _coerce.body(
                    LookupValueInput,
                    {
                        "lookup_object_id": lookup_object_id,
                        "key": key,
                        "lang": lang,
                        "value": value,
                        "description": description,
                        "image": image,
                        "properties": properties,
                        "active": active,
                        "valid_from_date": valid_from_date,
                        "valid_to_date": valid_to_date,
                        "scope": scope,
                    },
                    "create",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_LOOKUP_VALUE,
        )

    async def retrieve(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> LookupValue:
        """Retrieve lookup values: GET /lookupvalues/{id}

        Returns a single lookup value, which you can request by passing through an id in the url.

        Args:
            id: ID of the lookup value. (str; matching ^[0-9a-f]{24}$; required)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            LookupValue
        """
        return await self._client.request(
            RequestSpec(
                "GET",
                expand_path(
                    "/lookupvalues/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _RETRIEVE_LOOKUP_VALUE,
        )


class AsyncLookupValuesResourceWithRawResponse:
    """``client.lookup_values.with_raw_response`` of AsyncClient."""

    def __init__(self, resource: AsyncLookupValuesResource) -> None:
        raw = AsyncLookupValuesResource(resource._client._raw_copy())
        self.list = async_to_raw_response_wrapper(raw.list)
        self.create = async_to_raw_response_wrapper(raw.create)
        self.retrieve = async_to_raw_response_wrapper(raw.retrieve)


__all__ = [
    "AsyncLookupValuesResource",
    "AsyncLookupValuesResourceWithRawResponse",
    "LookupValuesResource",
    "LookupValuesResourceWithRawResponse",
]
