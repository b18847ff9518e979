# Generated from openapi.yaml by openapi-python-client and overrides/templates/endpoint_init.py.jinja: do not edit; change the spec or the template and run `make generate`.
"""The audiences operations as methods: ``client.audiences.<method>(...)``."""

from __future__ import annotations

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
from ..models.audience import Audience
from ..models.audience_input import AudienceInput
from ..models.audience_list import AudienceList
from ..models.list_audiences_order import ListAudiencesOrder
from ..models.list_audiences_sort_by import ListAudiencesSortBy

if TYPE_CHECKING:
    from icloudready_runtime._base_client import AsyncAPIClient, SyncAPIClient  # noqa: F401


# How each operation's success body is read (see _results: page, model, array, primitive, empty).
_LIST_AUDIENCES = _results.page(Audience, AudienceList, page="page", limit="limit")
_CREATE_AUDIENCE = _results.model(Audience)
_RETRIEVE_AUDIENCE = _results.model(Audience)
_UPDATE_AUDIENCE = _results.model(Audience)
_PATCH_AUDIENCE = _results.model(Audience)


class AudiencesResource(SyncResource):
    """``client.audiences``: the audiences operations."""

    @cached_property
    def with_raw_response(self) -> AudiencesResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return AudiencesResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ListAudiencesOrder | None = None,
        q: str | None = None,
        sort_by: ListAudiencesSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Page[Audience]:
        """List all audiences: GET /audiences

        Returns a list of audiences. The audiences are returned in sorted order, with the
        most recent appearing first.

        Args:
            limit: The number of records to return. (int; from 1 to 100; default 20)
            page: The page number, starting at 1. (int; from 1 to 100000; default 1)
            order: The order of the records. (ListAudiencesOrder; one of asc, desc; default desc)
            q: Search query. A record matches when every word of `q` starts a word of one of its free-text fields. Case-insensitive; a `q` without any word matches everything. (str; at most 200 characters)
            sort_by: The field the audiences are sorted by. (one of created_at, updated_at, name; default: created_at)
            fields: "The filter of the records": a comma-separated list of the fields each audience carries in the response (`_id` always comes back). (str | Sequence[str]; attribute names (snake_case), sent as the API's field names)
            p: "policyFilters": comma-separated `field:value` pairs; a audience is listed only when each named field equals the value given (compared as text). (str | Mapping[str, object]; attribute names (snake_case), sent as the API's field names)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Page[Audience]
        """
        return self._client.request(
            RequestSpec(
                "GET",
                "/audiences",
                {
                    "limit": limit,
                    "page": page,
                    "order": order,
                    "q": q,
                    "sortBy": None if sort_by is None else _coerce.wire_name(Audience, sort_by),
                    "fields": _coerce.wire_fields(Audience, fields),
                    "p": _coerce.wire_filters(Audience, p),
                },
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _LIST_AUDIENCES,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        order: ListAudiencesOrder | None = None,
        q: str | None = None,
        sort_by: ListAudiencesSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Iterator[Audience]:
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
        name: str | None | Unset = UNSET,
        category: str | None | Unset = UNSET,
        tags: Sequence[Any] | None | Unset = UNSET,
        contacts: Sequence[Any] | None | Unset = UNSET,
        active: bool | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Audience:
        """Create audiences: POST /audiences

        Creates an audience. You need to pass through any required fields, and you can optionally pass through other fields.

        Args:
            name: Name of the audience. (str | None; at most 200 characters; None sends null, which clears the field)
            category: Category. (str | None; at most 200 characters; None sends null, which clears the field)
            tags: Tags; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            contacts: Contacts; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            active: Whether the audience is active. (bool | None; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Audience
        """
        return self._client.request(
            RequestSpec(
                "POST",
                "/audiences",
                None,
                _coerce.body(
                    AudienceInput,
                    {
                        "name": name,
                        "category": category,
                        "tags": tags,
                        "contacts": contacts,
                        "active": active,
                    },
                    "create",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_AUDIENCE,
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
    ) -> Audience:
        """Retrieve audiences: GET /audiences/{id}

        Returns a single audience, which you can request by passing through an id in the url.

        Args:
            id: ID of the audience. (str; matching ^[0-9a-f]{24}$; required)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Audience
        """
        return self._client.request(
            RequestSpec(
                "GET",
                expand_path(
                    "/audiences/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _RETRIEVE_AUDIENCE,
        )

    def update(
        self,
        id: str,
        *,
        name: str | None | Unset = UNSET,
        category: str | None | Unset = UNSET,
        tags: Sequence[Any] | None | Unset = UNSET,
        contacts: Sequence[Any] | None | Unset = UNSET,
        active: bool | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Audience:
        """Update audiences: PUT /audiences/{id}

        Updates an audience with the fields given. Fields left out keep their value
        (the reference does not say whether PUT replaces the whole record).

        Args:
            id: ID of the audience. (str; matching ^[0-9a-f]{24}$; required)
            name: Name of the audience. (str | None; at most 200 characters; None sends null, which clears the field)
            category: Category. (str | None; at most 200 characters; None sends null, which clears the field)
            tags: Tags; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            contacts: Contacts; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            active: Whether the audience is active. (bool | None; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Audience
        """
        return self._client.request(
            RequestSpec(
                "PUT",
                expand_path(
                    "/audiences/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                _coerce.body(
                    AudienceInput,
                    {
                        "name": name,
                        "category": category,
                        "tags": tags,
                        "contacts": contacts,
                        "active": active,
                    },
                    "update",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _UPDATE_AUDIENCE,
        )

    def patch(
        self,
        id: str,
        *,
        name: str | None | Unset = UNSET,
        category: str | None | Unset = UNSET,
        tags: Sequence[Any] | None | Unset = UNSET,
        contacts: Sequence[Any] | None | Unset = UNSET,
        active: bool | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Audience:
        """Update audiences soft: PATCH /audiences/{id}

        Update audience soft by setting the values of the parameters passed. Any
        parameters not set will be unchanged.

        Args:
            id: ID of the audience. (str; matching ^[0-9a-f]{24}$; required)
            name: Name of the audience. (str | None; at most 200 characters; None sends null, which clears the field)
            category: Category. (str | None; at most 200 characters; None sends null, which clears the field)
            tags: Tags; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            contacts: Contacts; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            active: Whether the audience is active. (bool | None; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Audience
        """
        return self._client.request(
            RequestSpec(
                "PATCH",
                expand_path(
                    "/audiences/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                _coerce.body(
                    AudienceInput,
                    {
                        "name": name,
                        "category": category,
                        "tags": tags,
                        "contacts": contacts,
                        "active": active,
                    },
                    "patch",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _PATCH_AUDIENCE,
        )


class AudiencesResourceWithRawResponse:
    """``client.audiences.with_raw_response``: each method returns an ``APIResponse``."""

    def __init__(self, resource: AudiencesResource) -> None:
        raw = AudiencesResource(resource._client._raw_copy())
        self.list = to_raw_response_wrapper(raw.list)
        self.create = to_raw_response_wrapper(raw.create)
        self.retrieve = to_raw_response_wrapper(raw.retrieve)
        self.update = to_raw_response_wrapper(raw.update)
        self.patch = to_raw_response_wrapper(raw.patch)


class AsyncAudiencesResource(AsyncResource):
    """``client.audiences`` of AsyncClient."""

    @cached_property
    def with_raw_response(self) -> AsyncAudiencesResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return AsyncAudiencesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ListAudiencesOrder | None = None,
        q: str | None = None,
        sort_by: ListAudiencesSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Page[Audience]:
        """List all audiences: GET /audiences

        Returns a list of audiences. The audiences are returned in sorted order, with the
        most recent appearing first.

        Args:
            limit: The number of records to return. (int; from 1 to 100; default 20)
            page: The page number, starting at 1. (int; from 1 to 100000; default 1)
            order: The order of the records. (ListAudiencesOrder; one of asc, desc; default desc)
            q: Search query. A record matches when every word of `q` starts a word of one of its free-text fields. Case-insensitive; a `q` without any word matches everything. (str; at most 200 characters)
            sort_by: The field the audiences are sorted by. (one of created_at, updated_at, name; default: created_at)
            fields: "The filter of the records": a comma-separated list of the fields each audience carries in the response (`_id` always comes back). (str | Sequence[str]; attribute names (snake_case), sent as the API's field names)
            p: "policyFilters": comma-separated `field:value` pairs; a audience is listed only when each named field equals the value given (compared as text). (str | Mapping[str, object]; attribute names (snake_case), sent as the API's field names)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Page[Audience]
        """
        return await self._client.request(
            RequestSpec(
                "GET",
                "/audiences",
                {
                    "limit": limit,
                    "page": page,
                    "order": order,
                    "q": q,
                    "sortBy": None if sort_by is None else _coerce.wire_name(Audience, sort_by),
                    "fields": _coerce.wire_fields(Audience, fields),
                    "p": _coerce.wire_filters(Audience, p),
                },
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _LIST_AUDIENCES,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        order: ListAudiencesOrder | None = None,
        q: str | None = None,
        sort_by: ListAudiencesSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncIterator[Audience]:
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
        name: str | None | Unset = UNSET,
        category: str | None | Unset = UNSET,
        tags: Sequence[Any] | None | Unset = UNSET,
        contacts: Sequence[Any] | None | Unset = UNSET,
        active: bool | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Audience:
        """Create audiences: POST /audiences

        Creates an audience. You need to pass through any required fields, and you can optionally pass through other fields.

        Args:
            name: Name of the audience. (str | None; at most 200 characters; None sends null, which clears the field)
            category: Category. (str | None; at most 200 characters; None sends null, which clears the field)
            tags: Tags; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            contacts: Contacts; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            active: Whether the audience is active. (bool | None; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Audience
        """
        return await self._client.request(
            RequestSpec(
                "POST",
                "/audiences",
                None,
                _coerce.body(
                    AudienceInput,
                    {
                        "name": name,
                        "category": category,
                        "tags": tags,
                        "contacts": contacts,
                        "active": active,
                    },
                    "create",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_AUDIENCE,
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
    ) -> Audience:
        """Retrieve audiences: GET /audiences/{id}

        Returns a single audience, which you can request by passing through an id in the url.

        Args:
            id: ID of the audience. (str; matching ^[0-9a-f]{24}$; required)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Audience
        """
        return await self._client.request(
            RequestSpec(
                "GET",
                expand_path(
                    "/audiences/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _RETRIEVE_AUDIENCE,
        )

    async def update(
        self,
        id: str,
        *,
        name: str | None | Unset = UNSET,
        category: str | None | Unset = UNSET,
        tags: Sequence[Any] | None | Unset = UNSET,
        contacts: Sequence[Any] | None | Unset = UNSET,
        active: bool | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Audience:
        """Update audiences: PUT /audiences/{id}

        Updates an audience with the fields given. Fields left out keep their value
        (the reference does not say whether PUT replaces the whole record).

        Args:
            id: ID of the audience. (str; matching ^[0-9a-f]{24}$; required)
            name: Name of the audience. (str | None; at most 200 characters; None sends null, which clears the field)
            category: Category. (str | None; at most 200 characters; None sends null, which clears the field)
            tags: Tags; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            contacts: Contacts; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            active: Whether the audience is active. (bool | None; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Audience
        """
        return await self._client.request(
            RequestSpec(
                "PUT",
                expand_path(
                    "/audiences/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                _coerce.body(
                    AudienceInput,
                    {
                        "name": name,
                        "category": category,
                        "tags": tags,
                        "contacts": contacts,
                        "active": active,
                    },
                    "update",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _UPDATE_AUDIENCE,
        )

    async def patch(
        self,
        id: str,
        *,
        name: str | None | Unset = UNSET,
        category: str | None | Unset = UNSET,
        tags: Sequence[Any] | None | Unset = UNSET,
        contacts: Sequence[Any] | None | Unset = UNSET,
        active: bool | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Audience:
        """Update audiences soft: PATCH /audiences/{id}

        Update audience soft by setting the values of the parameters passed. Any
        parameters not set will be unchanged.

        Args:
            id: ID of the audience. (str; matching ^[0-9a-f]{24}$; required)
            name: Name of the audience. (str | None; at most 200 characters; None sends null, which clears the field)
            category: Category. (str | None; at most 200 characters; None sends null, which clears the field)
            tags: Tags; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            contacts: Contacts; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            active: Whether the audience is active. (bool | None; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Audience
        """
        return await self._client.request(
            RequestSpec(
                "PATCH",
                expand_path(
                    "/audiences/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                _coerce.body(
                    AudienceInput,
                    {
                        "name": name,
                        "category": category,
                        "tags": tags,
                        "contacts": contacts,
                        "active": active,
                    },
                    "patch",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _PATCH_AUDIENCE,
        )


class AsyncAudiencesResourceWithRawResponse:
    """``client.audiences.with_raw_response`` of AsyncClient."""

    def __init__(self, resource: AsyncAudiencesResource) -> None:
        raw = AsyncAudiencesResource(resource._client._raw_copy())
        self.list = async_to_raw_response_wrapper(raw.list)
        self.create = async_to_raw_response_wrapper(raw.create)
        self.retrieve = async_to_raw_response_wrapper(raw.retrieve)
        self.update = async_to_raw_response_wrapper(raw.update)
        self.patch = async_to_raw_response_wrapper(raw.patch)


__all__ = [
    "AsyncAudiencesResource",
    "AsyncAudiencesResourceWithRawResponse",
    "AudiencesResource",
    "AudiencesResourceWithRawResponse",
]
