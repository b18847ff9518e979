# Generated from openapi.yaml by openapi-python-client and overrides/templates/endpoint_init.py.jinja: do not edit; change the spec or the template and run `make generate`.
"""The batches operations as methods: ``client.batches.<method>(...)``."""

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
from ..models.batch import Batch
from ..models.batch_input import BatchInput
from ..models.batch_list import BatchList
from ..models.list_batches_order import ListBatchesOrder
from ..models.list_batches_sort_by import ListBatchesSortBy

if TYPE_CHECKING:
    from icloudready_runtime._base_client import AsyncAPIClient, SyncAPIClient  # noqa: F401


# How each operation's success body is read (see _results: page, model, array, primitive, empty).
_LIST_BATCHES = _results.page(Batch, BatchList, page="page", limit="limit")
_CREATE_BATCH = _results.model(Batch)
_RETRIEVE_BATCH = _results.model(Batch)
_UPDATE_BATCH = _results.model(Batch)


class BatchesResource(SyncResource):
    """``client.batches``: the batches operations."""

    @cached_property
    def with_raw_response(self) -> BatchesResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return BatchesResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ListBatchesOrder | None = None,
        q: str | None = None,
        sort_by: ListBatchesSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Page[Batch]:
        """List all batches: GET /batches

        Returns a list of batches. The batches are returned in sorted order, with the most
        recent appearing first.

        Args:
            limit: The number of records to return. (int; from 1 to 100; default 20)
            page: The page number, starting at 1. (int; from 1 to 100000; default 1)
            order: The order of the records. (ListBatchesOrder; one of asc, desc; default desc)
            q: Search query. A record matches when every word of `q` starts a word of one of its free-text fields. Case-insensitive; a `q` without any word matches everything. (str; at most 200 characters)
            sort_by: The field the batches are sorted by. (one of created_at, updated_at, batch_code, rating; default: created_at)
            fields: "The filter of the records": a comma-separated list of the fields each batch carries in the response (`_id` always comes back). (str | Sequence[str]; attribute names (snake_case), sent as the API's field names)
            p: "policyFilters": comma-separated `field:value` pairs; a batch is listed only when each named field equals the value given (compared as text). (str | Mapping[str, object]; attribute names (snake_case), sent as the API's field names)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Page[Batch]
        """
        return self._client.request(
            RequestSpec(
                "GET",
                "/batches",
                {
                    "limit": limit,
                    "page": page,
                    "order": order,
                    "q": q,
                    "sortBy": None if sort_by is None else _coerce.wire_name(Batch, sort_by),
                    "fields": _coerce.wire_fields(Batch, fields),
                    "p": _coerce.wire_filters(Batch, p),
                },
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _LIST_BATCHES,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        order: ListBatchesOrder | None = None,
        q: str | None = None,
        sort_by: ListBatchesSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Iterator[Batch]:
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
        batch_code: str | None | Unset = UNSET,
        batch_type: str | None | Unset = UNSET,
        manager: str | None | Unset = UNSET,
        assignee: str | None | Unset = UNSET,
        due_date: str | None | Unset = UNSET,
        repeated: bool | None | Unset = UNSET,
        summary: str | None | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        lead_ids: Sequence[Any] | None | Unset = UNSET,
        opportunity_ids: Sequence[Any] | None | Unset = UNSET,
        rating: int | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Batch:
        """Create batches: POST /batches

        Creates a batch. You need to pass through any required fields, and you can optionally pass through other fields.

        Args:
            batch_code: Code of the batch. (str | None; at most 200 characters; None sends null, which clears the field)
            batch_type: Type of the batch. (str | None; at most 200 characters; None sends null, which clears the field)
            manager: Manager of the batch (the page does not say whether an id or a name). (str | None; at most 200 characters; None sends null, which clears the field)
            assignee: Who the batch is assigned to (an id or a name: not documented). (str | None; at most 200 characters; None sends null, which clears the field)
            due_date: Due date; its format is not documented (the curl shows the placeholder "string"). (str | None; at most 200 characters; None sends null, which clears the field)
            repeated: Whether the batch repeats. (bool | None; None sends null, which clears the field)
            summary: Summary. (str | None; at most 10000 characters; None sends null, which clears the field)
            notes: Notes (a string here; an array in leads and opportunities). (str | None; at most 10000 characters; None sends null, which clears the field)
            lead_ids: Ids of the batch's leads; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            opportunity_ids: Ids of the batch's opportunities; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            rating: Rating. (int | None; from 0 to 1000; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Batch
        """
        return self._client.request(
            RequestSpec(
                "POST",
                "/batches",
                None,
                _coerce.body(
                    BatchInput,
                    {
                        "batch_code": batch_code,
                        "batch_type": batch_type,
                        "manager": manager,
                        "assignee": assignee,
                        "due_date": due_date,
                        "repeated": repeated,
                        "summary": summary,
                        "notes": notes,
                        "lead_ids": lead_ids,
                        "opportunity_ids": opportunity_ids,
                        "rating": rating,
                    },
                    "create",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_BATCH,
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
    ) -> Batch:
        """Retrieve batches: GET /batches/{id}

        Returns a single batch, which you can request by passing through an id in the url.

        Args:
            id: ID of the batch. (str; matching ^[0-9a-f]{24}$; required)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Batch
        """
        return self._client.request(
            RequestSpec(
                "GET",
                expand_path(
                    "/batches/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _RETRIEVE_BATCH,
        )

    def update(
        self,
        id: str,
        *,
        batch_code: str | None | Unset = UNSET,
        batch_type: str | None | Unset = UNSET,
        manager: str | None | Unset = UNSET,
        assignee: str | None | Unset = UNSET,
        due_date: str | None | Unset = UNSET,
        repeated: bool | None | Unset = UNSET,
        summary: str | None | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        lead_ids: Sequence[Any] | None | Unset = UNSET,
        opportunity_ids: Sequence[Any] | None | Unset = UNSET,
        rating: int | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Batch:
        """Update batches: PUT /batches/{id}

        Updates a batch with the fields given. Fields left out keep their value
        (the reference does not say whether PUT replaces the whole record).

        Args:
            id: ID of the batch. (str; matching ^[0-9a-f]{24}$; required)
            batch_code: Code of the batch. (str | None; at most 200 characters; None sends null, which clears the field)
            batch_type: Type of the batch. (str | None; at most 200 characters; None sends null, which clears the field)
            manager: Manager of the batch (the page does not say whether an id or a name). (str | None; at most 200 characters; None sends null, which clears the field)
            assignee: Who the batch is assigned to (an id or a name: not documented). (str | None; at most 200 characters; None sends null, which clears the field)
            due_date: Due date; its format is not documented (the curl shows the placeholder "string"). (str | None; at most 200 characters; None sends null, which clears the field)
            repeated: Whether the batch repeats. (bool | None; None sends null, which clears the field)
            summary: Summary. (str | None; at most 10000 characters; None sends null, which clears the field)
            notes: Notes (a string here; an array in leads and opportunities). (str | None; at most 10000 characters; None sends null, which clears the field)
            lead_ids: Ids of the batch's leads; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            opportunity_ids: Ids of the batch's opportunities; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            rating: Rating. (int | None; from 0 to 1000; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Batch
        """
        return self._client.request(
            RequestSpec(
                "PUT",
                expand_path(
                    "/batches/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                _coerce.body(
                    BatchInput,
                    {
                        "batch_code": batch_code,
                        "batch_type": batch_type,
                        "manager": manager,
                        "assignee": assignee,
                        "due_date": due_date,
                        "repeated": repeated,
                        "summary": summary,
                        "notes": notes,
                        "lead_ids": lead_ids,
                        "opportunity_ids": opportunity_ids,
                        "rating": rating,
                    },
                    "update",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _UPDATE_BATCH,
        )


class BatchesResourceWithRawResponse:
    """``client.batches.with_raw_response``: each method returns an ``APIResponse``."""

    def __init__(self, resource: BatchesResource) -> None:
        raw = BatchesResource(resource._client._raw_copy())
        self.list = to_raw_response_wrapper(raw.list)
        self.create = to_raw_response_wrapper(raw.create)
        self.retrieve = to_raw_response_wrapper(raw.retrieve)
        self.update = to_raw_response_wrapper(raw.update)


class AsyncBatchesResource(AsyncResource):
    """``client.batches`` of AsyncClient."""

    @cached_property
    def with_raw_response(self) -> AsyncBatchesResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return AsyncBatchesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ListBatchesOrder | None = None,
        q: str | None = None,
        sort_by: ListBatchesSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Page[Batch]:
        """List all batches: GET /batches

        Returns a list of batches. The batches are returned in sorted order, with the most
        recent appearing first.

        Args:
            limit: The number of records to return. (int; from 1 to 100; default 20)
            page: The page number, starting at 1. (int; from 1 to 100000; default 1)
            order: The order of the records. (ListBatchesOrder; one of asc, desc; default desc)
            q: Search query. A record matches when every word of `q` starts a word of one of its free-text fields. Case-insensitive; a `q` without any word matches everything. (str; at most 200 characters)
            sort_by: The field the batches are sorted by. (one of created_at, updated_at, batch_code, rating; default: created_at)
            fields: "The filter of the records": a comma-separated list of the fields each batch carries in the response (`_id` always comes back). (str | Sequence[str]; attribute names (snake_case), sent as the API's field names)
            p: "policyFilters": comma-separated `field:value` pairs; a batch is listed only when each named field equals the value given (compared as text). (str | Mapping[str, object]; attribute names (snake_case), sent as the API's field names)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Page[Batch]
        """
        return await self._client.request(
            RequestSpec(
                "GET",
                "/batches",
                {
                    "limit": limit,
                    "page": page,
                    "order": order,
                    "q": q,
                    "sortBy": None if sort_by is None else _coerce.wire_name(Batch, sort_by),
                    "fields": _coerce.wire_fields(Batch, fields),
                    "p": _coerce.wire_filters(Batch, p),
                },
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _LIST_BATCHES,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        order: ListBatchesOrder | None = None,
        q: str | None = None,
        sort_by: ListBatchesSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncIterator[Batch]:
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
        batch_code: str | None | Unset = UNSET,
        batch_type: str | None | Unset = UNSET,
        manager: str | None | Unset = UNSET,
        assignee: str | None | Unset = UNSET,
        due_date: str | None | Unset = UNSET,
        repeated: bool | None | Unset = UNSET,
        summary: str | None | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        lead_ids: Sequence[Any] | None | Unset = UNSET,
        opportunity_ids: Sequence[Any] | None | Unset = UNSET,
        rating: int | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Batch:
        """Create batches: POST /batches

        Creates a batch. You need to pass through any required fields, and you can optionally pass through other fields.

        Args:
            batch_code: Code of the batch. (str | None; at most 200 characters; None sends null, which clears the field)
            batch_type: Type of the batch. (str | None; at most 200 characters; None sends null, which clears the field)
            manager: Manager of the batch (the page does not say whether an id or a name). (str | None; at most 200 characters; None sends null, which clears the field)
            assignee: Who the batch is assigned to (an id or a name: not documented). (str | None; at most 200 characters; None sends null, which clears the field)
            due_date: Due date; its format is not documented (the curl shows the placeholder "string"). (str | None; at most 200 characters; None sends null, which clears the field)
            repeated: Whether the batch repeats. (bool | None; None sends null, which clears the field)
            summary: Summary. (str | None; at most 10000 characters; None sends null, which clears the field)
            notes: Notes (a string here; an array in leads and opportunities). (str | None; at most 10000 characters; None sends null, which clears the field)
            lead_ids: Ids of the batch's leads; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            opportunity_ids: Ids of the batch's opportunities; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            rating: Rating. (int | None; from 0 to 1000; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Batch
        """
        return await self._client.request(
            RequestSpec(
                "POST",
                "/batches",
                None,
                _coerce.body(
                    BatchInput,
                    {
                        "batch_code": batch_code,
                        "batch_type": batch_type,
                        "manager": manager,
                        "assignee": assignee,
                        "due_date": due_date,
                        "repeated": repeated,
                        "summary": summary,
                        "notes": notes,
                        "lead_ids": lead_ids,
                        "opportunity_ids": opportunity_ids,
                        "rating": rating,
                    },
                    "create",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_BATCH,
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
    ) -> Batch:
        """Retrieve batches: GET /batches/{id}

        Returns a single batch, which you can request by passing through an id in the url.

        Args:
            id: ID of the batch. (str; matching ^[0-9a-f]{24}$; required)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Batch
        """
        return await self._client.request(
            RequestSpec(
                "GET",
                expand_path(
                    "/batches/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _RETRIEVE_BATCH,
        )

    async def update(
        self,
        id: str,
        *,
        batch_code: str | None | Unset = UNSET,
        batch_type: str | None | Unset = UNSET,
        manager: str | None | Unset = UNSET,
        assignee: str | None | Unset = UNSET,
        due_date: str | None | Unset = UNSET,
        repeated: bool | None | Unset = UNSET,
        summary: str | None | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        lead_ids: Sequence[Any] | None | Unset = UNSET,
        opportunity_ids: Sequence[Any] | None | Unset = UNSET,
        rating: int | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Batch:
        """Update batches: PUT /batches/{id}

        Updates a batch with the fields given. Fields left out keep their value
        (the reference does not say whether PUT replaces the whole record).

        Args:
            id: ID of the batch. (str; matching ^[0-9a-f]{24}$; required)
            batch_code: Code of the batch. (str | None; at most 200 characters; None sends null, which clears the field)
            batch_type: Type of the batch. (str | None; at most 200 characters; None sends null, which clears the field)
            manager: Manager of the batch (the page does not say whether an id or a name). (str | None; at most 200 characters; None sends null, which clears the field)
            assignee: Who the batch is assigned to (an id or a name: not documented). (str | None; at most 200 characters; None sends null, which clears the field)
            due_date: Due date; its format is not documented (the curl shows the placeholder "string"). (str | None; at most 200 characters; None sends null, which clears the field)
            repeated: Whether the batch repeats. (bool | None; None sends null, which clears the field)
            summary: Summary. (str | None; at most 10000 characters; None sends null, which clears the field)
            notes: Notes (a string here; an array in leads and opportunities). (str | None; at most 10000 characters; None sends null, which clears the field)
            lead_ids: Ids of the batch's leads; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            opportunity_ids: Ids of the batch's opportunities; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            rating: Rating. (int | None; from 0 to 1000; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Batch
        """
        return await self._client.request(
            RequestSpec(
                "PUT",
                expand_path(
                    "/batches/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                _coerce.body(
                    BatchInput,
                    {
                        "batch_code": batch_code,
                        "batch_type": batch_type,
                        "manager": manager,
                        "assignee": assignee,
                        "due_date": due_date,
                        "repeated": repeated,
                        "summary": summary,
                        "notes": notes,
                        "lead_ids": lead_ids,
                        "opportunity_ids": opportunity_ids,
                        "rating": rating,
                    },
                    "update",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _UPDATE_BATCH,
        )


class AsyncBatchesResourceWithRawResponse:
    """``client.batches.with_raw_response`` of AsyncClient."""

    def __init__(self, resource: AsyncBatchesResource) -> None:
        raw = AsyncBatchesResource(resource._client._raw_copy())
        self.list = async_to_raw_response_wrapper(raw.list)
        self.create = async_to_raw_response_wrapper(raw.create)
        self.retrieve = async_to_raw_response_wrapper(raw.retrieve)
        self.update = async_to_raw_response_wrapper(raw.update)


__all__ = [
    "AsyncBatchesResource",
    "AsyncBatchesResourceWithRawResponse",
    "BatchesResource",
    "BatchesResourceWithRawResponse",
]
