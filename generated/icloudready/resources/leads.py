# Generated from openapi.yaml by openapi-python-client and overrides/templates/endpoint_init.py.jinja: do not edit; change the spec or the template and run `make generate`.
"""The leads operations as methods: ``client.leads.<method>(...)``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

from icloudready_runtime import _coerce, _results
from icloudready_runtime._coerce import SupportsToDict
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
from ..models.lead import Lead
from ..models.lead_input import LeadInput
from ..models.lead_list import LeadList
from ..models.list_leads_order import ListLeadsOrder
from ..models.list_leads_sort_by import ListLeadsSortBy

if TYPE_CHECKING:
    from icloudready_runtime._base_client import AsyncAPIClient, SyncAPIClient  # noqa: F401

    from ..models.document import DocumentParam, DocumentWireParam
    from ..models.lead_activity_log_entry import (
        LeadActivityLogEntryParam,
        LeadActivityLogEntryWireParam,
    )


# How each operation's success body is read (see _results: page, model, array, primitive, empty).
_LIST_LEADS = _results.page(Lead, LeadList, page="page", limit="limit")
_CREATE_LEAD = _results.model(Lead)
_RETRIEVE_LEAD = _results.model(Lead)


class LeadsResource(SyncResource):
    """``client.leads``: the leads operations."""

    @cached_property
    def with_raw_response(self) -> LeadsResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return LeadsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ListLeadsOrder | None = None,
        q: str | None = None,
        sort_by: ListLeadsSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Page[Lead]:
        """List all leads: GET /leads

        Returns a list of leads. The leads are returned in sorted order, with the most
        recent appearing first.

        Args:
            limit: The number of records to return. (int; from 1 to 100; default 20)
            page: The page number, starting at 1. (int; from 1 to 100000; default 1)
            order: The order of the records. (ListLeadsOrder; one of asc, desc; default desc)
            q: Search query. A record matches when every word of `q` starts a word of one of its free-text fields. Case-insensitive; a `q` without any word matches everything. (str; at most 200 characters)
            sort_by: The field the leads are sorted by. (one of created_at, updated_at, status, lead_rating; default: created_at)
            fields: "The filter of the records": a comma-separated list of the fields each lead carries in the response (`_id` always comes back). (str | Sequence[str]; attribute names (snake_case), sent as the API's field names)
            p: "policyFilters": comma-separated `field:value` pairs; a lead is listed only when each named field equals the value given (compared as text). (str | Mapping[str, object]; attribute names (snake_case), sent as the API's field names)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Page[Lead]
        """
        return self._client.request(
            RequestSpec(
                "GET",
                "/leads",
                {
                    "limit": limit,
                    "page": page,
                    "order": order,
                    "q": q,
                    "sortBy": None if sort_by is None else _coerce.wire_name(Lead, sort_by),
                    "fields": _coerce.wire_fields(Lead, fields),
                    "p": _coerce.wire_filters(Lead, p),
                },
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _LIST_LEADS,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        order: ListLeadsOrder | None = None,
        q: str | None = None,
        sort_by: ListLeadsSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Iterator[Lead]:
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
        lead_information: Mapping[str, Any] | None | Unset = UNSET,
        customer: str | None | Unset = UNSET,
        unit_id: str | None | Unset = UNSET,
        lead_owner: str | None | Unset = UNSET,
        task_id: str | None | Unset = UNSET,
        promo_id: str | None | Unset = UNSET,
        lead_type: str | None | Unset = UNSET,
        lead_source: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        lead_rating: int | None | Unset = UNSET,
        history: Sequence[Any] | None | Unset = UNSET,
        activity_log: Sequence[
            LeadActivityLogEntryParam | LeadActivityLogEntryWireParam | SupportsToDict
        ]
        | None
        | Unset = UNSET,
        lead_description: str | None | Unset = UNSET,
        notes: Sequence[str] | None | Unset = UNSET,
        documents: Sequence[DocumentParam | DocumentWireParam | SupportsToDict]
        | None
        | Unset = UNSET,
        idengager_request_id: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Lead:
        """Create lead: POST /leads

        Creates a lead. You need to pass through any required fields, and you can optionally pass through other fields.

        Args:
            lead_information: Free-form information about the lead. (mapping | None; None sends null, which clears the field)
            customer: Id of the customer. (str | None; at most 200 characters; None sends null, which clears the field)
            unit_id: Id of the unit the lead is about. (str | None; at most 200 characters; None sends null, which clears the field)
            lead_owner: Id of the user who owns the lead. (str | None; at most 200 characters; None sends null, which clears the field)
            task_id: Id of a related task. (str | None; at most 200 characters; None sends null, which clears the field)
            promo_id: Id of the promotion. (str | None; at most 200 characters; None sends null, which clears the field)
            lead_type: Type, e.g. "new". (str | None; at most 200 characters; None sends null, which clears the field)
            lead_source: Source, e.g. "website". (str | None; at most 200 characters; None sends null, which clears the field)
            status: Status, e.g. "active". (str | None; at most 200 characters; None sends null, which clears the field)
            lead_rating: Rating (the reference's example is 4). (int | None; from 0 to 1000; None sends null, which clears the field)
            history: History entries; the item shape is not documented (the example is an empty array). (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            activity_log: Activity-log entries (`activityNumber` is a string here). (Sequence[LeadActivityLogEntry (a mapping or record)] | None; at most 1000 items; None sends null, which clears the field)
            lead_description: Description. (str | None; at most 10000 characters; None sends null, which clears the field)
            notes: Notes (the example is an array of strings). (Sequence[str] | None; at most 1000 items; None sends null, which clears the field)
            documents: Documents attached to the lead. (Sequence[Document (a mapping or record)] | None; at most 1000 items; None sends null, which clears the field)
            idengager_request_id: Id of the related iDengager request. (str | None; at most 200 characters; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Lead
        """
        return self._client.request(
            RequestSpec(
                "POST",
                "/leads",
                None,
                _coerce.body(
                    LeadInput,
                    {
                        "lead_information": lead_information,
                        "customer": customer,
                        "unit_id": unit_id,
                        "lead_owner": lead_owner,
                        "task_id": task_id,
                        "promo_id": promo_id,
                        "lead_type": lead_type,
                        "lead_source": lead_source,
                        "status": status,
                        "lead_rating": lead_rating,
                        "history": history,
                        "activity_log": activity_log,
                        "lead_description": lead_description,
                        "notes": notes,
                        "documents": documents,
                        "idengager_request_id": idengager_request_id,
                    },
                    "create",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_LEAD,
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
    ) -> Lead:
        """Retrieve lead: GET /leads/{id}

        Returns a single lead, which you can request by passing through an id in the url.

        Args:
            id: ID of the lead. (str; matching ^[0-9a-f]{24}$; required)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Lead
        """
        return self._client.request(
            RequestSpec(
                "GET",
                expand_path(
                    "/leads/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _RETRIEVE_LEAD,
        )


class LeadsResourceWithRawResponse:
    """``client.leads.with_raw_response``: each method returns an ``APIResponse``."""

    def __init__(self, resource: LeadsResource) -> None:
        raw = LeadsResource(resource._client._raw_copy())
        self.list = to_raw_response_wrapper(raw.list)
        self.create = to_raw_response_wrapper(raw.create)
        self.retrieve = to_raw_response_wrapper(raw.retrieve)


class AsyncLeadsResource(AsyncResource):
    """``client.leads`` of AsyncClient."""

    @cached_property
    def with_raw_response(self) -> AsyncLeadsResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return AsyncLeadsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ListLeadsOrder | None = None,
        q: str | None = None,
        sort_by: ListLeadsSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Page[Lead]:
        """List all leads: GET /leads

        Returns a list of leads. The leads are returned in sorted order, with the most
        recent appearing first.

        Args:
            limit: The number of records to return. (int; from 1 to 100; default 20)
            page: The page number, starting at 1. (int; from 1 to 100000; default 1)
            order: The order of the records. (ListLeadsOrder; one of asc, desc; default desc)
            q: Search query. A record matches when every word of `q` starts a word of one of its free-text fields. Case-insensitive; a `q` without any word matches everything. (str; at most 200 characters)
            sort_by: The field the leads are sorted by. (one of created_at, updated_at, status, lead_rating; default: created_at)
            fields: "The filter of the records": a comma-separated list of the fields each lead carries in the response (`_id` always comes back). (str | Sequence[str]; attribute names (snake_case), sent as the API's field names)
            p: "policyFilters": comma-separated `field:value` pairs; a lead is listed only when each named field equals the value given (compared as text). (str | Mapping[str, object]; attribute names (snake_case), sent as the API's field names)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Page[Lead]
        """
        return await self._client.request(
            RequestSpec(
                "GET",
                "/leads",
                {
                    "limit": limit,
                    "page": page,
                    "order": order,
                    "q": q,
                    "sortBy": None if sort_by is None else _coerce.wire_name(Lead, sort_by),
                    "fields": _coerce.wire_fields(Lead, fields),
                    "p": _coerce.wire_filters(Lead, p),
                },
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _LIST_LEADS,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        order: ListLeadsOrder | None = None,
        q: str | None = None,
        sort_by: ListLeadsSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncIterator[Lead]:
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
        lead_information: Mapping[str, Any] | None | Unset = UNSET,
        customer: str | None | Unset = UNSET,
        unit_id: str | None | Unset = UNSET,
        lead_owner: str | None | Unset = UNSET,
        task_id: str | None | Unset = UNSET,
        promo_id: str | None | Unset = UNSET,
        lead_type: str | None | Unset = UNSET,
        lead_source: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        lead_rating: int | None | Unset = UNSET,
        history: Sequence[Any] | None | Unset = UNSET,
        activity_log: Sequence[
            LeadActivityLogEntryParam | LeadActivityLogEntryWireParam | SupportsToDict
        ]
        | None
        | Unset = UNSET,
        lead_description: str | None | Unset = UNSET,
        notes: Sequence[str] | None | Unset = UNSET,
        documents: Sequence[DocumentParam | DocumentWireParam | SupportsToDict]
        | None
        | Unset = UNSET,
        idengager_request_id: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Lead:
        """Create lead: POST /leads

        Creates a lead. You need to pass through any required fields, and you can optionally pass through other fields.

        Args:
            lead_information: Free-form information about the lead. (mapping | None; None sends null, which clears the field)
            customer: Id of the customer. (str | None; at most 200 characters; None sends null, which clears the field)
            unit_id: Id of the unit the lead is about. (str | None; at most 200 characters; None sends null, which clears the field)
            lead_owner: Id of the user who owns the lead. (str | None; at most 200 characters; None sends null, which clears the field)
            task_id: Id of a related task. (str | None; at most 200 characters; None sends null, which clears the field)
            promo_id: Id of the promotion. (str | None; at most 200 characters; None sends null, which clears the field)
            lead_type: Type, e.g. "new". (str | None; at most 200 characters; None sends null, which clears the field)
            lead_source: Source, e.g. "website". (str | None; at most 200 characters; None sends null, which clears the field)
            status: Status, e.g. "active". (str | None; at most 200 characters; None sends null, which clears the field)
            lead_rating: Rating (the reference's example is 4). (int | None; from 0 to 1000; None sends null, which clears the field)
            history: History entries; the item shape is not documented (the example is an empty array). (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            activity_log: Activity-log entries (`activityNumber` is a string here). (Sequence[LeadActivityLogEntry (a mapping or record)] | None; at most 1000 items; None sends null, which clears the field)
            lead_description: Description. (str | None; at most 10000 characters; None sends null, which clears the field)
            notes: Notes (the example is an array of strings). (Sequence[str] | None; at most 1000 items; None sends null, which clears the field)
            documents: Documents attached to the lead. (Sequence[Document (a mapping or record)] | None; at most 1000 items; None sends null, which clears the field)
            idengager_request_id: Id of the related iDengager request. (str | None; at most 200 characters; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Lead
        """
        return await self._client.request(
            RequestSpec(
                "POST",
                "/leads",
                None,
                _coerce.body(
                    LeadInput,
                    {
                        "lead_information": lead_information,
                        "customer": customer,
                        "unit_id": unit_id,
                        "lead_owner": lead_owner,
                        "task_id": task_id,
                        "promo_id": promo_id,
                        "lead_type": lead_type,
                        "lead_source": lead_source,
                        "status": status,
                        "lead_rating": lead_rating,
                        "history": history,
                        "activity_log": activity_log,
                        "lead_description": lead_description,
                        "notes": notes,
                        "documents": documents,
                        "idengager_request_id": idengager_request_id,
                    },
                    "create",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_LEAD,
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
    ) -> Lead:
        """Retrieve lead: GET /leads/{id}

        Returns a single lead, which you can request by passing through an id in the url.

        Args:
            id: ID of the lead. (str; matching ^[0-9a-f]{24}$; required)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Lead
        """
        return await self._client.request(
            RequestSpec(
                "GET",
                expand_path(
                    "/leads/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _RETRIEVE_LEAD,
        )


class AsyncLeadsResourceWithRawResponse:
    """``client.leads.with_raw_response`` of AsyncClient."""

    def __init__(self, resource: AsyncLeadsResource) -> None:
        raw = AsyncLeadsResource(resource._client._raw_copy())
        self.list = async_to_raw_response_wrapper(raw.list)
        self.create = async_to_raw_response_wrapper(raw.create)
        self.retrieve = async_to_raw_response_wrapper(raw.retrieve)


__all__ = [
    "AsyncLeadsResource",
    "AsyncLeadsResourceWithRawResponse",
    "LeadsResource",
    "LeadsResourceWithRawResponse",
]
