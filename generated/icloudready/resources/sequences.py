# Generated from openapi.yaml by openapi-python-client and overrides/templates/endpoint_init.py.jinja: do not edit; change the spec or the template and run `make generate`.
"""The sequences operations as methods: ``client.sequences.<method>(...)``."""

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
from ..models.list_sequences_order import ListSequencesOrder
from ..models.list_sequences_sort_by import ListSequencesSortBy
from ..models.sequence_input import SequenceInput
from ..models.sequence_list import SequenceList
from ..models.sequence_record import SequenceRecord

if TYPE_CHECKING:
    from icloudready_runtime._base_client import AsyncAPIClient, SyncAPIClient  # noqa: F401


# How each operation's success body is read (see _results: page, model, array, primitive, empty).
_LIST_SEQUENCES = _results.page(SequenceRecord, SequenceList, page="page", limit="limit")
_CREATE_SEQUENCE = _results.model(SequenceRecord)
_RETRIEVE_SEQUENCE = _results.model(SequenceRecord)
_UPDATE_SEQUENCE = _results.model(SequenceRecord)


class SequencesResource(SyncResource):
    """``client.sequences``: the sequences operations."""

    @cached_property
    def with_raw_response(self) -> SequencesResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return SequencesResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ListSequencesOrder | None = None,
        q: str | None = None,
        sort_by: ListSequencesSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Page[SequenceRecord]:
        """List all sequences: GET /sequences

        Returns a list of sequences. The sequences are returned in sorted order, with the
        most recent appearing first.

        Args:
            limit: The number of records to return. (int; from 1 to 100; default 20)
            page: The page number, starting at 1. (int; from 1 to 100000; default 1)
            order: The order of the records. (ListSequencesOrder; one of asc, desc; default desc)
            q: Search query. A record matches when every word of `q` starts a word of one of its free-text fields. Case-insensitive; a `q` without any word matches everything. (str; at most 200 characters)
            sort_by: The field the sequences are sorted by. (one of created_at, updated_at, name, code, status, max_contacts; default: created_at)
            fields: "The filter of the records": a comma-separated list of the fields each sequence carries in the response (`_id` always comes back). (str | Sequence[str]; attribute names (snake_case), sent as the API's field names)
            p: "policyFilters": comma-separated `field:value` pairs; a sequence is listed only when each named field equals the value given (compared as text). (str | Mapping[str, object]; attribute names (snake_case), sent as the API's field names)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Page[SequenceRecord]
        """
        return self._client.request(
            RequestSpec(
                "GET",
                "/sequences",
                {
                    "limit": limit,
                    "page": page,
                    "order": order,
                    "q": q,
                    "sortBy": None
                    if sort_by is None
                    else _coerce.wire_name(SequenceRecord, sort_by),
                    "fields": _coerce.wire_fields(SequenceRecord, fields),
                    "p": _coerce.wire_filters(SequenceRecord, p),
                },
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _LIST_SEQUENCES,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        order: ListSequencesOrder | None = None,
        q: str | None = None,
        sort_by: ListSequencesSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Iterator[SequenceRecord]:
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
        code: str | None | Unset = UNSET,
        schedule: Mapping[str, Any] | None | Unset = UNSET,
        priority: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        owner: Mapping[str, Any] | None | Unset = UNSET,
        email_from: Mapping[str, Any] | None | Unset = UNSET,
        template: str | None | Unset = UNSET,
        max_contacts: int | None | Unset = UNSET,
        start_date: str | None | Unset = UNSET,
        end_date: str | None | Unset = UNSET,
        deleted: str | None | Unset = UNSET,
        tags: Sequence[Any] | None | Unset = UNSET,
        steps: Sequence[Any] | None | Unset = UNSET,
        contacts: Sequence[Any] | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SequenceRecord:
        """Create sequences: POST /sequences

        Creates a sequence. You need to pass through any required fields, and you can optionally pass through other fields.

        Args:
            name: Name. (str | None; at most 200 characters; None sends null, which clears the field)
            code: Code. (str | None; at most 200 characters; None sends null, which clears the field)
            schedule: Free-form schedule. (mapping | None; None sends null, which clears the field)
            priority: Priority (a string). (str | None; at most 200 characters; None sends null, which clears the field)
            type_: Type. (str | None; at most 200 characters; None sends null, which clears the field)
            status: Status. (str | None; at most 200 characters; None sends null, which clears the field)
            owner: Free-form owner. (mapping | None; None sends null, which clears the field)
            email_from: Free-form sender. (mapping | None; None sends null, which clears the field)
            template: Template. (str | None; at most 10000 characters; None sends null, which clears the field)
            max_contacts: Most contacts the sequence reaches. (int | None; from 0 to 1000000000; None sends null, which clears the field)
            start_date: Start date; its format is not documented (the curl shows the placeholder "string"). (str | None; at most 200 characters; None sends null, which clears the field)
            end_date: End date; its format is not documented (the curl shows the placeholder "string"). (str | None; at most 200 characters; None sends null, which clears the field)
            deleted: Deletion mark (a string, not a boolean). (str | None; at most 200 characters; None sends null, which clears the field)
            tags: Tags; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            steps: Steps; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            contacts: Contacts; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            SequenceRecord
        """
        return self._client.request(
            RequestSpec(
                "POST",
                "/sequences",
                None,
                _coerce.body(
                    SequenceInput,
                    {
                        "name": name,
                        "code": code,
                        "schedule": schedule,
                        "priority": priority,
                        "type_": type_,
                        "status": status,
                        "owner": owner,
                        "email_from": email_from,
                        "template": template,
                        "max_contacts": max_contacts,
                        "start_date": start_date,
                        "end_date": end_date,
                        "deleted": deleted,
                        "tags": tags,
                        "steps": steps,
                        "contacts": contacts,
                    },
                    "create",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_SEQUENCE,
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
    ) -> SequenceRecord:
        """Retrieve sequences: GET /sequences/{id}

        Returns a single sequence, which you can request by passing through an id in the url.

        Args:
            id: ID of the sequence. (str; matching ^[0-9a-f]{24}$; required)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            SequenceRecord
        """
        return self._client.request(
            RequestSpec(
                "GET",
                expand_path(
                    "/sequences/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _RETRIEVE_SEQUENCE,
        )

    def update(
        self,
        id: str,
        *,
        name: str | None | Unset = UNSET,
        code: str | None | Unset = UNSET,
        schedule: Mapping[str, Any] | None | Unset = UNSET,
        priority: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        owner: Mapping[str, Any] | None | Unset = UNSET,
        email_from: Mapping[str, Any] | None | Unset = UNSET,
        template: str | None | Unset = UNSET,
        max_contacts: int | None | Unset = UNSET,
        start_date: str | None | Unset = UNSET,
        end_date: str | None | Unset = UNSET,
        deleted: str | None | Unset = UNSET,
        tags: Sequence[Any] | None | Unset = UNSET,
        steps: Sequence[Any] | None | Unset = UNSET,
        contacts: Sequence[Any] | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SequenceRecord:
        """Update sequences: PUT /sequences/{id}

        Updates a sequence with the fields given. Fields left out keep their value
        (the reference does not say whether PUT replaces the whole record).

        Args:
            id: ID of the sequence. (str; matching ^[0-9a-f]{24}$; required)
            name: Name. (str | None; at most 200 characters; None sends null, which clears the field)
            code: Code. (str | None; at most 200 characters; None sends null, which clears the field)
            schedule: Free-form schedule. (mapping | None; None sends null, which clears the field)
            priority: Priority (a string). (str | None; at most 200 characters; None sends null, which clears the field)
            type_: Type. (str | None; at most 200 characters; None sends null, which clears the field)
            status: Status. (str | None; at most 200 characters; None sends null, which clears the field)
            owner: Free-form owner. (mapping | None; None sends null, which clears the field)
            email_from: Free-form sender. (mapping | None; None sends null, which clears the field)
            template: Template. (str | None; at most 10000 characters; None sends null, which clears the field)
            max_contacts: Most contacts the sequence reaches. (int | None; from 0 to 1000000000; None sends null, which clears the field)
            start_date: Start date; its format is not documented (the curl shows the placeholder "string"). (str | None; at most 200 characters; None sends null, which clears the field)
            end_date: End date; its format is not documented (the curl shows the placeholder "string"). (str | None; at most 200 characters; None sends null, which clears the field)
            deleted: Deletion mark (a string, not a boolean). (str | None; at most 200 characters; None sends null, which clears the field)
            tags: Tags; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            steps: Steps; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            contacts: Contacts; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            SequenceRecord
        """
        return self._client.request(
            RequestSpec(
                "PUT",
                expand_path(
                    "/sequences/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                _coerce.body(
                    SequenceInput,
                    {
                        "name": name,
                        "code": code,
                        "schedule": schedule,
                        "priority": priority,
                        "type_": type_,
                        "status": status,
                        "owner": owner,
                        "email_from": email_from,
                        "template": template,
                        "max_contacts": max_contacts,
                        "start_date": start_date,
                        "end_date": end_date,
                        "deleted": deleted,
                        "tags": tags,
                        "steps": steps,
                        "contacts": contacts,
                    },
                    "update",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _UPDATE_SEQUENCE,
        )


class SequencesResourceWithRawResponse:
    """``client.sequences.with_raw_response``: each method returns an ``APIResponse``."""

    def __init__(self, resource: SequencesResource) -> None:
        raw = SequencesResource(resource._client._raw_copy())
        self.list = to_raw_response_wrapper(raw.list)
        self.create = to_raw_response_wrapper(raw.create)
        self.retrieve = to_raw_response_wrapper(raw.retrieve)
        self.update = to_raw_response_wrapper(raw.update)


class AsyncSequencesResource(AsyncResource):
    """``client.sequences`` of AsyncClient."""

    @cached_property
    def with_raw_response(self) -> AsyncSequencesResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return AsyncSequencesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ListSequencesOrder | None = None,
        q: str | None = None,
        sort_by: ListSequencesSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Page[SequenceRecord]:
        """List all sequences: GET /sequences

        Returns a list of sequences. The sequences are returned in sorted order, with the
        most recent appearing first.

        Args:
            limit: The number of records to return. (int; from 1 to 100; default 20)
            page: The page number, starting at 1. (int; from 1 to 100000; default 1)
            order: The order of the records. (ListSequencesOrder; one of asc, desc; default desc)
            q: Search query. A record matches when every word of `q` starts a word of one of its free-text fields. Case-insensitive; a `q` without any word matches everything. (str; at most 200 characters)
            sort_by: The field the sequences are sorted by. (one of created_at, updated_at, name, code, status, max_contacts; default: created_at)
            fields: "The filter of the records": a comma-separated list of the fields each sequence carries in the response (`_id` always comes back). (str | Sequence[str]; attribute names (snake_case), sent as the API's field names)
            p: "policyFilters": comma-separated `field:value` pairs; a sequence is listed only when each named field equals the value given (compared as text). (str | Mapping[str, object]; attribute names (snake_case), sent as the API's field names)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Page[SequenceRecord]
        """
        return await self._client.request(
            RequestSpec(
                "GET",
                "/sequences",
                {
                    "limit": limit,
                    "page": page,
                    "order": order,
                    "q": q,
                    "sortBy": None
                    if sort_by is None
                    else _coerce.wire_name(SequenceRecord, sort_by),
                    "fields": _coerce.wire_fields(SequenceRecord, fields),
                    "p": _coerce.wire_filters(SequenceRecord, p),
                },
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _LIST_SEQUENCES,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        order: ListSequencesOrder | None = None,
        q: str | None = None,
        sort_by: ListSequencesSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncIterator[SequenceRecord]:
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
        code: str | None | Unset = UNSET,
        schedule: Mapping[str, Any] | None | Unset = UNSET,
        priority: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        owner: Mapping[str, Any] | None | Unset = UNSET,
        email_from: Mapping[str, Any] | None | Unset = UNSET,
        template: str | None | Unset = UNSET,
        max_contacts: int | None | Unset = UNSET,
        start_date: str | None | Unset = UNSET,
        end_date: str | None | Unset = UNSET,
        deleted: str | None | Unset = UNSET,
        tags: Sequence[Any] | None | Unset = UNSET,
        steps: Sequence[Any] | None | Unset = UNSET,
        contacts: Sequence[Any] | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SequenceRecord:
        """Create sequences: POST /sequences

        Creates a sequence. You need to pass through any required fields, and you can optionally pass through other fields.

        Args:
            name: Name. (str | None; at most 200 characters; None sends null, which clears the field)
            code: Code. (str | None; at most 200 characters; None sends null, which clears the field)
            schedule: Free-form schedule. (mapping | None; None sends null, which clears the field)
            priority: Priority (a string). (str | None; at most 200 characters; None sends null, which clears the field)
            type_: Type. (str | None; at most 200 characters; None sends null, which clears the field)
            status: Status. (str | None; at most 200 characters; None sends null, which clears the field)
            owner: Free-form owner. (mapping | None; None sends null, which clears the field)
            email_from: Free-form sender. (mapping | None; None sends null, which clears the field)
            template: Template. (str | None; at most 10000 characters; None sends null, which clears the field)
            max_contacts: Most contacts the sequence reaches. (int | None; from 0 to 1000000000; None sends null, which clears the field)
            start_date: Start date; its format is not documented (the curl shows the placeholder "string"). (str | None; at most 200 characters; None sends null, which clears the field)
            end_date: End date; its format is not documented (the curl shows the placeholder "string"). (str | None; at most 200 characters; None sends null, which clears the field)
            deleted: Deletion mark (a string, not a boolean). (str | None; at most 200 characters; None sends null, which clears the field)
            tags: Tags; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            steps: Steps; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            contacts: Contacts; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            SequenceRecord
        """
        return await self._client.request(
            RequestSpec(
                "POST",
                "/sequences",
                None,
                _coerce.body(
                    SequenceInput,
                    {
                        "name": name,
                        "code": code,
                        "schedule": schedule,
                        "priority": priority,
                        "type_": type_,
                        "status": status,
                        "owner": owner,
                        "email_from": email_from,
                        "template": template,
                        "max_contacts": max_contacts,
                        "start_date": start_date,
                        "end_date": end_date,
                        "deleted": deleted,
                        "tags": tags,
                        "steps": steps,
                        "contacts": contacts,
                    },
                    "create",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_SEQUENCE,
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
    ) -> SequenceRecord:
        """Retrieve sequences: GET /sequences/{id}

        Returns a single sequence, which you can request by passing through an id in the url.

        Args:
            id: ID of the sequence. (str; matching ^[0-9a-f]{24}$; required)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            SequenceRecord
        """
        return await self._client.request(
            RequestSpec(
                "GET",
                expand_path(
                    "/sequences/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _RETRIEVE_SEQUENCE,
        )

    async def update(
        self,
        id: str,
        *,
        name: str | None | Unset = UNSET,
        code: str | None | Unset = UNSET,
        schedule: Mapping[str, Any] | None | Unset = UNSET,
        priority: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        owner: Mapping[str, Any] | None | Unset = UNSET,
        email_from: Mapping[str, Any] | None | Unset = UNSET,
        template: str | None | Unset = UNSET,
        max_contacts: int | None | Unset = UNSET,
        start_date: str | None | Unset = UNSET,
        end_date: str | None | Unset = UNSET,
        deleted: str | None | Unset = UNSET,
        tags: Sequence[Any] | None | Unset = UNSET,
        steps: Sequence[Any] | None | Unset = UNSET,
        contacts: Sequence[Any] | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SequenceRecord:
        """Update sequences: PUT /sequences/{id}

        Updates a sequence with the fields given. Fields left out keep their value
        (the reference does not say whether PUT replaces the whole record).

        Args:
            id: ID of the sequence. (str; matching ^[0-9a-f]{24}$; required)
            name: Name. (str | None; at most 200 characters; None sends null, which clears the field)
            code: Code. (str | None; at most 200 characters; None sends null, which clears the field)
            schedule: Free-form schedule. (mapping | None; None sends null, which clears the field)
            priority: Priority (a string). (str | None; at most 200 characters; None sends null, which clears the field)
            type_: Type. (str | None; at most 200 characters; None sends null, which clears the field)
            status: Status. (str | None; at most 200 characters; None sends null, which clears the field)
            owner: Free-form owner. (mapping | None; None sends null, which clears the field)
            email_from: Free-form sender. (mapping | None; None sends null, which clears the field)
            template: Template. (str | None; at most 10000 characters; None sends null, which clears the field)
            max_contacts: Most contacts the sequence reaches. (int | None; from 0 to 1000000000; None sends null, which clears the field)
            start_date: Start date; its format is not documented (the curl shows the placeholder "string"). (str | None; at most 200 characters; None sends null, which clears the field)
            end_date: End date; its format is not documented (the curl shows the placeholder "string"). (str | None; at most 200 characters; None sends null, which clears the field)
            deleted: Deletion mark (a string, not a boolean). (str | None; at most 200 characters; None sends null, which clears the field)
            tags: Tags; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            steps: Steps; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            contacts: Contacts; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            SequenceRecord
        """
        return await self._client.request(
            RequestSpec(
                "PUT",
                expand_path(
                    "/sequences/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                _coerce.body(
                    SequenceInput,
                    {
                        "name": name,
                        "code": code,
                        "schedule": schedule,
                        "priority": priority,
                        "type_": type_,
                        "status": status,
                        "owner": owner,
                        "email_from": email_from,
                        "template": template,
                        "max_contacts": max_contacts,
                        "start_date": start_date,
                        "end_date": end_date,
                        "deleted": deleted,
                        "tags": tags,
                        "steps": steps,
                        "contacts": contacts,
                    },
                    "update",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _UPDATE_SEQUENCE,
        )


class AsyncSequencesResourceWithRawResponse:
    """``client.sequences.with_raw_response`` of AsyncClient."""

    def __init__(self, resource: AsyncSequencesResource) -> None:
        raw = AsyncSequencesResource(resource._client._raw_copy())
        self.list = async_to_raw_response_wrapper(raw.list)
        self.create = async_to_raw_response_wrapper(raw.create)
        self.retrieve = async_to_raw_response_wrapper(raw.retrieve)
        self.update = async_to_raw_response_wrapper(raw.update)


__all__ = [
    "AsyncSequencesResource",
    "AsyncSequencesResourceWithRawResponse",
    "SequencesResource",
    "SequencesResourceWithRawResponse",
]
