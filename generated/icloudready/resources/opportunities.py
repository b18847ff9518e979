# Generated from openapi.yaml by openapi-python-client and overrides/templates/endpoint_init.py.jinja: do not edit; change the spec or the template and run `make generate`.
"""The opportunities operations as methods: ``client.opportunities.<method>(...)``."""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from decimal import Decimal
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
from ..models.bulk_update_request import BulkUpdateRequest
from ..models.bulk_update_result import BulkUpdateResult
from ..models.list_opportunities_order import ListOpportunitiesOrder
from ..models.list_opportunities_sort_by import ListOpportunitiesSortBy
from ..models.opportunity import Opportunity
from ..models.opportunity_input import OpportunityInput
from ..models.opportunity_list import OpportunityList

if TYPE_CHECKING:
    from icloudready_runtime._base_client import AsyncAPIClient, SyncAPIClient  # noqa: F401

    from ..models.activity_log_entry import ActivityLogEntryParam, ActivityLogEntryWireParam
    from ..models.document import DocumentParam, DocumentWireParam
    from ..models.opportunity_input import OpportunityInputParam, OpportunityInputWireParam


# How each operation's success body is read (see _results: page, model, array, primitive, empty).
_LIST_OPPORTUNITIES = _results.page(Opportunity, OpportunityList, page="page", limit="limit")
_CREATE_OPPORTUNITY = _results.model(Opportunity)
_CREATE_OPPORTUNITY_WITHOUT_ACTIVITY = _results.model(Opportunity)
_UPDATE_MULTIPLE_OPPORTUNITIES = _results.model(BulkUpdateResult)
_RETRIEVE_OPPORTUNITY = _results.model(Opportunity)
_UPDATE_OPPORTUNITY = _results.model(Opportunity)
_PATCH_OPPORTUNITY = _results.model(Opportunity)
_DELETE_OPPORTUNITY = None


class OpportunitiesResource(SyncResource):
    """``client.opportunities``: the opportunities operations."""

    @cached_property
    def with_raw_response(self) -> OpportunitiesResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return OpportunitiesResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ListOpportunitiesOrder | None = None,
        q: str | None = None,
        sort_by: ListOpportunitiesSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Page[Opportunity]:
        """List all opportunities: GET /opportunities

        Returns a list of opportunities. The opportunities are returned in sorted
        order, with the most recent appearing first.

        Args:
            limit: The number of records to return. (int; from 1 to 100; default 20)
            page: The page number, starting at 1. (int; from 1 to 100000; default 1)
            order: The order of the records. (ListOpportunitiesOrder; one of asc, desc; default desc)
            q: Search query. A record matches when every word of `q` starts a word of one of its free-text fields. Case-insensitive; a `q` without any word matches everything. (str; at most 200 characters)
            sort_by: The field the opportunities are sorted by. (one of created_at, updated_at, probability, discount, revenue, close_date, status, opportunity_rating, stage; default: created_at)
            fields: "The filter of the records": a comma-separated list of the fields each opportunity carries in the response (`_id` always comes back). (str | Sequence[str]; attribute names (snake_case), sent as the API's field names)
            p: "policyFilters": comma-separated `field:value` pairs; an opportunity is listed only when each named field equals the value given (compared as text). (str | Mapping[str, object]; attribute names (snake_case), sent as the API's field names)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Page[Opportunity]
        """
        return self._client.request(
            RequestSpec(
                "GET",
                "/opportunities",
                {
                    "limit": limit,
                    "page": page,
                    "order": order,
                    "q": q,
                    "sortBy": None if sort_by is None else _coerce.wire_name(Opportunity, sort_by),
                    "fields": _coerce.wire_fields(Opportunity, fields),
                    "p": _coerce.wire_filters(Opportunity, p),
                },
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _LIST_OPPORTUNITIES,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        order: ListOpportunitiesOrder | None = None,
        q: str | None = None,
        sort_by: ListOpportunitiesSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Iterator[Opportunity]:
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
        customer: str | None | Unset = UNSET,
        lead_id: str | None | Unset = UNSET,
        opportunity_information: Mapping[str, Any] | None | Unset = UNSET,
        opportunity_owner: str | None | Unset = UNSET,
        probability: float | Decimal | None | Unset = UNSET,
        discount: float | Decimal | None | Unset = UNSET,
        revenue: float | Decimal | None | Unset = UNSET,
        close_date: datetime.date | str | None | Unset = UNSET,
        units: Sequence[Any] | None | Unset = UNSET,
        promo_id: str | None | Unset = UNSET,
        opportunity_type: str | None | Unset = UNSET,
        opportunity_source: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        opportunity_rating: float | Decimal | None | Unset = UNSET,
        activity_log: Sequence[ActivityLogEntryParam | ActivityLogEntryWireParam | SupportsToDict]
        | None
        | Unset = UNSET,
        notes: Sequence[Any] | None | Unset = UNSET,
        documents: Sequence[DocumentParam | DocumentWireParam | SupportsToDict]
        | None
        | Unset = UNSET,
        task_id: str | None | Unset = UNSET,
        idengager_request_id: str | None | Unset = UNSET,
        opportunity_description: str | None | Unset = UNSET,
        stage: str | None | Unset = UNSET,
        forecast_category: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Opportunity:
        """Create opportunity: POST /opportunities

        Creates an opportunity. The server also appends an entry to its activity log
        recording the creation (that is what the no-activity variant leaves out).

        Args:
            customer: Id of the customer. (str | None; at most 200 characters; None sends null, which clears the field)
            lead_id: Id of the lead the opportunity came from. (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_information: Free-form information about the opportunity. (mapping | None; None sends null, which clears the field)
            opportunity_owner: Id of the user who owns the opportunity. (str | None; at most 200 characters; None sends null, which clears the field)
            probability: Probability of winning, 0 to 1 (the reference's example is 0.75). (float | Decimal | None; from 0 to 1; None sends null, which clears the field)
            discount: Discount. (float | Decimal | None; from 0 to 1000000000000; None sends null, which clears the field)
            revenue: Expected revenue. (float | Decimal | None; from -1000000000000000 to 1000000000000000; None sends null, which clears the field)
            close_date: Expected close date (YYYY-MM-DD). (datetime.date | str | None; None sends null, which clears the field)
            units: Units (products, properties) of the opportunity; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            promo_id: Id of the promotion. (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_type: Type, e.g. "new". (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_source: Source, e.g. "website". (str | None; at most 200 characters; None sends null, which clears the field)
            status: Status, e.g. "active". (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_rating: Rating (the reference's example is 4). (float | Decimal | None; from 0 to 1000; None sends null, which clears the field)
            activity_log: Activity-log entries. (Sequence[ActivityLogEntry (a mapping or record)] | None; at most 1000 items; None sends null, which clears the field)
            notes: Notes; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            documents: Documents attached to the opportunity. (Sequence[Document (a mapping or record)] | None; at most 1000 items; None sends null, which clears the field)
            task_id: Id of a related task. (str | None; at most 200 characters; None sends null, which clears the field)
            idengager_request_id: Id of the related iDengager request. (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_description: Description. (str | None; at most 10000 characters; None sends null, which clears the field)
            stage: Sales stage. (str | None; at most 200 characters; None sends null, which clears the field)
            forecast_category: Forecast category. (str | None; at most 200 characters; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Opportunity
        """
        return self._client.request(
            RequestSpec(
                "POST",
                "/opportunities",
                None,
                _coerce.body(
                    OpportunityInput,
                    {
                        "customer": customer,
                        "lead_id": lead_id,
                        "opportunity_information": opportunity_information,
                        "opportunity_owner": opportunity_owner,
                        "probability": probability,
                        "discount": discount,
                        "revenue": revenue,
                        "close_date": close_date,
                        "units": units,
                        "promo_id": promo_id,
                        "opportunity_type": opportunity_type,
                        "opportunity_source": opportunity_source,
                        "status": status,
                        "opportunity_rating": opportunity_rating,
                        "activity_log": activity_log,
                        "notes": notes,
                        "documents": documents,
                        "task_id": task_id,
                        "idengager_request_id": idengager_request_id,
                        "opportunity_description": opportunity_description,
                        "stage": stage,
                        "forecast_category": forecast_category,
                    },
                    "create",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_OPPORTUNITY,
        )

    def create_without_activity(
        self,
        *,
        customer: str | None | Unset = UNSET,
        lead_id: str | None | Unset = UNSET,
        opportunity_information: Mapping[str, Any] | None | Unset = UNSET,
        opportunity_owner: str | None | Unset = UNSET,
        probability: float | Decimal | None | Unset = UNSET,
        discount: float | Decimal | None | Unset = UNSET,
        revenue: float | Decimal | None | Unset = UNSET,
        close_date: datetime.date | str | None | Unset = UNSET,
        units: Sequence[Any] | None | Unset = UNSET,
        promo_id: str | None | Unset = UNSET,
        opportunity_type: str | None | Unset = UNSET,
        opportunity_source: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        opportunity_rating: float | Decimal | None | Unset = UNSET,
        activity_log: Sequence[ActivityLogEntryParam | ActivityLogEntryWireParam | SupportsToDict]
        | None
        | Unset = UNSET,
        notes: Sequence[Any] | None | Unset = UNSET,
        documents: Sequence[DocumentParam | DocumentWireParam | SupportsToDict]
        | None
        | Unset = UNSET,
        task_id: str | None | Unset = UNSET,
        idengager_request_id: str | None | Unset = UNSET,
        opportunity_description: str | None | Unset = UNSET,
        stage: str | None | Unset = UNSET,
        forecast_category: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Opportunity:
        """Create opportunity no activity: POST /opportunities/no-activity-opportunities

        Creates an opportunity exactly as given: unlike create, the server appends no
        activity-log entry of its own.

        Args:
            customer: Id of the customer. (str | None; at most 200 characters; None sends null, which clears the field)
            lead_id: Id of the lead the opportunity came from. (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_information: Free-form information about the opportunity. (mapping | None; None sends null, which clears the field)
            opportunity_owner: Id of the user who owns the opportunity. (str | None; at most 200 characters; None sends null, which clears the field)
            probability: Probability of winning, 0 to 1 (the reference's example is 0.75). (float | Decimal | None; from 0 to 1; None sends null, which clears the field)
            discount: Discount. (float | Decimal | None; from 0 to 1000000000000; None sends null, which clears the field)
            revenue: Expected revenue. (float | Decimal | None; from -1000000000000000 to 1000000000000000; None sends null, which clears the field)
            close_date: Expected close date (YYYY-MM-DD). (datetime.date | str | None; None sends null, which clears the field)
            units: Units (products, properties) of the opportunity; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            promo_id: Id of the promotion. (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_type: Type, e.g. "new". (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_source: Source, e.g. "website". (str | None; at most 200 characters; None sends null, which clears the field)
            status: Status, e.g. "active". (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_rating: Rating (the reference's example is 4). (float | Decimal | None; from 0 to 1000; None sends null, which clears the field)
            activity_log: Activity-log entries. (Sequence[ActivityLogEntry (a mapping or record)] | None; at most 1000 items; None sends null, which clears the field)
            notes: Notes; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            documents: Documents attached to the opportunity. (Sequence[Document (a mapping or record)] | None; at most 1000 items; None sends null, which clears the field)
            task_id: Id of a related task. (str | None; at most 200 characters; None sends null, which clears the field)
            idengager_request_id: Id of the related iDengager request. (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_description: Description. (str | None; at most 10000 characters; None sends null, which clears the field)
            stage: Sales stage. (str | None; at most 200 characters; None sends null, which clears the field)
            forecast_category: Forecast category. (str | None; at most 200 characters; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Opportunity
        """
        return self._client.request(
            RequestSpec(
                "POST",
                "/opportunities/no-activity-opportunities",
                None,
                _coerce.body(
                    OpportunityInput,
                    {
                        "customer": customer,
                        "lead_id": lead_id,
                        "opportunity_information": opportunity_information,
                        "opportunity_owner": opportunity_owner,
                        "probability": probability,
                        "discount": discount,
                        "revenue": revenue,
                        "close_date": close_date,
                        "units": units,
                        "promo_id": promo_id,
                        "opportunity_type": opportunity_type,
                        "opportunity_source": opportunity_source,
                        "status": status,
                        "opportunity_rating": opportunity_rating,
                        "activity_log": activity_log,
                        "notes": notes,
                        "documents": documents,
                        "task_id": task_id,
                        "idengager_request_id": idengager_request_id,
                        "opportunity_description": opportunity_description,
                        "stage": stage,
                        "forecast_category": forecast_category,
                    },
                    "create_without_activity",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_OPPORTUNITY_WITHOUT_ACTIVITY,
        )

    def update_multiple(
        self,
        *,
        ids: Sequence[str],
        update: OpportunityInputParam | OpportunityInputWireParam | SupportsToDict,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> BulkUpdateResult:
        """Update opportunity (bulk): PUT /opportunities/multiple

        Applies one set of field values to several opportunities. Each id is reported
        on its own: an id that does not exist fails alone and the others are updated.

        Args:
            ids: Ids of the opportunities to update. (Sequence[str]; at least 1 items; at most 100 items; required)
            update: The 22 body fields of create, update, patch and bulk update. The reference names no required field, so none is required here. A field sent as `null` is cleared: the stored record no longer has it. (OpportunityInput (a mapping or record); required)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            BulkUpdateResult
        """
        return self._client.request(
            RequestSpec(
                "PUT",
                "/opportunities/multiple",
                None,
                _coerce.body(
                    BulkUpdateRequest,
                    {
                        "ids": ids,
                        "update": update,
                    },
                    "update_multiple",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _UPDATE_MULTIPLE_OPPORTUNITIES,
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
    ) -> Opportunity:
        """Retrieve opportunity: GET /opportunities/{id}

        Returns a single opportunity, which you can request by passing through an id in the url.

        Args:
            id: ID of the opportunity. Values that are another route's literal segment (`multiple`, `deleted`, `no-activity-opportunities`) or `.`/`..` would reach a different endpoint, so clients refuse them before sending. (str; matching ^[0-9a-f]{24}$; required)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Opportunity
        """
        return self._client.request(
            RequestSpec(
                "GET",
                expand_path(
                    "/opportunities/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _RETRIEVE_OPPORTUNITY,
        )

    def update(
        self,
        id: str,
        *,
        customer: str | None | Unset = UNSET,
        lead_id: str | None | Unset = UNSET,
        opportunity_information: Mapping[str, Any] | None | Unset = UNSET,
        opportunity_owner: str | None | Unset = UNSET,
        probability: float | Decimal | None | Unset = UNSET,
        discount: float | Decimal | None | Unset = UNSET,
        revenue: float | Decimal | None | Unset = UNSET,
        close_date: datetime.date | str | None | Unset = UNSET,
        units: Sequence[Any] | None | Unset = UNSET,
        promo_id: str | None | Unset = UNSET,
        opportunity_type: str | None | Unset = UNSET,
        opportunity_source: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        opportunity_rating: float | Decimal | None | Unset = UNSET,
        activity_log: Sequence[ActivityLogEntryParam | ActivityLogEntryWireParam | SupportsToDict]
        | None
        | Unset = UNSET,
        notes: Sequence[Any] | None | Unset = UNSET,
        documents: Sequence[DocumentParam | DocumentWireParam | SupportsToDict]
        | None
        | Unset = UNSET,
        task_id: str | None | Unset = UNSET,
        idengager_request_id: str | None | Unset = UNSET,
        opportunity_description: str | None | Unset = UNSET,
        stage: str | None | Unset = UNSET,
        forecast_category: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Opportunity:
        """Update opportunity: PUT /opportunities/{id}

        Updates an opportunity with the fields given. Fields left out keep their value
        (the reference does not say whether PUT replaces the whole record).

        Args:
            id: ID of the opportunity. Values that are another route's literal segment (`multiple`, `deleted`, `no-activity-opportunities`) or `.`/`..` would reach a different endpoint, so clients refuse them before sending. (str; matching ^[0-9a-f]{24}$; required)
            customer: Id of the customer. (str | None; at most 200 characters; None sends null, which clears the field)
            lead_id: Id of the lead the opportunity came from. (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_information: Free-form information about the opportunity. (mapping | None; None sends null, which clears the field)
            opportunity_owner: Id of the user who owns the opportunity. (str | None; at most 200 characters; None sends null, which clears the field)
            probability: Probability of winning, 0 to 1 (the reference's example is 0.75). (float | Decimal | None; from 0 to 1; None sends null, which clears the field)
            discount: Discount. (float | Decimal | None; from 0 to 1000000000000; None sends null, which clears the field)
            revenue: Expected revenue. (float | Decimal | None; from -1000000000000000 to 1000000000000000; None sends null, which clears the field)
            close_date: Expected close date (YYYY-MM-DD). (datetime.date | str | None; None sends null, which clears the field)
            units: Units (products, properties) of the opportunity; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            promo_id: Id of the promotion. (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_type: Type, e.g. "new". (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_source: Source, e.g. "website". (str | None; at most 200 characters; None sends null, which clears the field)
            status: Status, e.g. "active". (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_rating: Rating (the reference's example is 4). (float | Decimal | None; from 0 to 1000; None sends null, which clears the field)
            activity_log: Activity-log entries. (Sequence[ActivityLogEntry (a mapping or record)] | None; at most 1000 items; None sends null, which clears the field)
            notes: Notes; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            documents: Documents attached to the opportunity. (Sequence[Document (a mapping or record)] | None; at most 1000 items; None sends null, which clears the field)
            task_id: Id of a related task. (str | None; at most 200 characters; None sends null, which clears the field)
            idengager_request_id: Id of the related iDengager request. (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_description: Description. (str | None; at most 10000 characters; None sends null, which clears the field)
            stage: Sales stage. (str | None; at most 200 characters; None sends null, which clears the field)
            forecast_category: Forecast category. (str | None; at most 200 characters; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Opportunity
        """
        return self._client.request(
            RequestSpec(
                "PUT",
                expand_path(
                    "/opportunities/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                _coerce.body(
                    OpportunityInput,
                    {
                        "customer": customer,
                        "lead_id": lead_id,
                        "opportunity_information": opportunity_information,
                        "opportunity_owner": opportunity_owner,
                        "probability": probability,
                        "discount": discount,
                        "revenue": revenue,
                        "close_date": close_date,
                        "units": units,
                        "promo_id": promo_id,
                        "opportunity_type": opportunity_type,
                        "opportunity_source": opportunity_source,
                        "status": status,
                        "opportunity_rating": opportunity_rating,
                        "activity_log": activity_log,
                        "notes": notes,
                        "documents": documents,
                        "task_id": task_id,
                        "idengager_request_id": idengager_request_id,
                        "opportunity_description": opportunity_description,
                        "stage": stage,
                        "forecast_category": forecast_category,
                    },
                    "update",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _UPDATE_OPPORTUNITY,
        )

    def patch(
        self,
        id: str,
        *,
        customer: str | None | Unset = UNSET,
        lead_id: str | None | Unset = UNSET,
        opportunity_information: Mapping[str, Any] | None | Unset = UNSET,
        opportunity_owner: str | None | Unset = UNSET,
        probability: float | Decimal | None | Unset = UNSET,
        discount: float | Decimal | None | Unset = UNSET,
        revenue: float | Decimal | None | Unset = UNSET,
        close_date: datetime.date | str | None | Unset = UNSET,
        units: Sequence[Any] | None | Unset = UNSET,
        promo_id: str | None | Unset = UNSET,
        opportunity_type: str | None | Unset = UNSET,
        opportunity_source: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        opportunity_rating: float | Decimal | None | Unset = UNSET,
        activity_log: Sequence[ActivityLogEntryParam | ActivityLogEntryWireParam | SupportsToDict]
        | None
        | Unset = UNSET,
        notes: Sequence[Any] | None | Unset = UNSET,
        documents: Sequence[DocumentParam | DocumentWireParam | SupportsToDict]
        | None
        | Unset = UNSET,
        task_id: str | None | Unset = UNSET,
        idengager_request_id: str | None | Unset = UNSET,
        opportunity_description: str | None | Unset = UNSET,
        stage: str | None | Unset = UNSET,
        forecast_category: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Opportunity:
        """Update opportunity soft: PATCH /opportunities/{id}

        Update opportunity soft by setting the values of the parameters passed. Any
        parameters not set will be unchanged.

        Args:
            id: ID of the opportunity. Values that are another route's literal segment (`multiple`, `deleted`, `no-activity-opportunities`) or `.`/`..` would reach a different endpoint, so clients refuse them before sending. (str; matching ^[0-9a-f]{24}$; required)
            customer: Id of the customer. (str | None; at most 200 characters; None sends null, which clears the field)
            lead_id: Id of the lead the opportunity came from. (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_information: Free-form information about the opportunity. (mapping | None; None sends null, which clears the field)
            opportunity_owner: Id of the user who owns the opportunity. (str | None; at most 200 characters; None sends null, which clears the field)
            probability: Probability of winning, 0 to 1 (the reference's example is 0.75). (float | Decimal | None; from 0 to 1; None sends null, which clears the field)
            discount: Discount. (float | Decimal | None; from 0 to 1000000000000; None sends null, which clears the field)
            revenue: Expected revenue. (float | Decimal | None; from -1000000000000000 to 1000000000000000; None sends null, which clears the field)
            close_date: Expected close date (YYYY-MM-DD). (datetime.date | str | None; None sends null, which clears the field)
            units: Units (products, properties) of the opportunity; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            promo_id: Id of the promotion. (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_type: Type, e.g. "new". (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_source: Source, e.g. "website". (str | None; at most 200 characters; None sends null, which clears the field)
            status: Status, e.g. "active". (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_rating: Rating (the reference's example is 4). (float | Decimal | None; from 0 to 1000; None sends null, which clears the field)
            activity_log: Activity-log entries. (Sequence[ActivityLogEntry (a mapping or record)] | None; at most 1000 items; None sends null, which clears the field)
            notes: Notes; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            documents: Documents attached to the opportunity. (Sequence[Document (a mapping or record)] | None; at most 1000 items; None sends null, which clears the field)
            task_id: Id of a related task. (str | None; at most 200 characters; None sends null, which clears the field)
            idengager_request_id: Id of the related iDengager request. (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_description: Description. (str | None; at most 10000 characters; None sends null, which clears the field)
            stage: Sales stage. (str | None; at most 200 characters; None sends null, which clears the field)
            forecast_category: Forecast category. (str | None; at most 200 characters; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Opportunity
        """
        return self._client.request(
            RequestSpec(
                "PATCH",
                expand_path(
                    "/opportunities/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                _coerce.body(
                    OpportunityInput,
                    {
                        "customer": customer,
                        "lead_id": lead_id,
                        "opportunity_information": opportunity_information,
                        "opportunity_owner": opportunity_owner,
                        "probability": probability,
                        "discount": discount,
                        "revenue": revenue,
                        "close_date": close_date,
                        "units": units,
                        "promo_id": promo_id,
                        "opportunity_type": opportunity_type,
                        "opportunity_source": opportunity_source,
                        "status": status,
                        "opportunity_rating": opportunity_rating,
                        "activity_log": activity_log,
                        "notes": notes,
                        "documents": documents,
                        "task_id": task_id,
                        "idengager_request_id": idengager_request_id,
                        "opportunity_description": opportunity_description,
                        "stage": stage,
                        "forecast_category": forecast_category,
                    },
                    "patch",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _PATCH_OPPORTUNITY,
        )

    def delete(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete opportunity: DELETE /opportunities/deleted/{id}

        Deletes an opportunity. Note the path: delete lives under `/opportunities/deleted/`,
        not at the item path. Afterwards, retrieving the id answers 404.

        Args:
            id: ID of the opportunity. Values that are another route's literal segment (`multiple`, `deleted`, `no-activity-opportunities`) or `.`/`..` would reach a different endpoint, so clients refuse them before sending. (str; matching ^[0-9a-f]{24}$; required)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            None
        """
        return self._client.request(
            RequestSpec(
                "DELETE",
                expand_path(
                    "/opportunities/deleted/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _DELETE_OPPORTUNITY,
        )


class OpportunitiesResourceWithRawResponse:
    """``client.opportunities.with_raw_response``: each method returns an ``APIResponse``."""

    def __init__(self, resource: OpportunitiesResource) -> None:
        raw = OpportunitiesResource(resource._client._raw_copy())
        self.list = to_raw_response_wrapper(raw.list)
        self.create = to_raw_response_wrapper(raw.create)
        self.create_without_activity = to_raw_response_wrapper(raw.create_without_activity)
        self.update_multiple = to_raw_response_wrapper(raw.update_multiple)
        self.retrieve = to_raw_response_wrapper(raw.retrieve)
        self.update = to_raw_response_wrapper(raw.update)
        self.patch = to_raw_response_wrapper(raw.patch)
        self.delete = to_raw_response_wrapper(raw.delete)


class AsyncOpportunitiesResource(AsyncResource):
    """``client.opportunities`` of AsyncClient."""

    @cached_property
    def with_raw_response(self) -> AsyncOpportunitiesResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return AsyncOpportunitiesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ListOpportunitiesOrder | None = None,
        q: str | None = None,
        sort_by: ListOpportunitiesSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Page[Opportunity]:
        """List all opportunities: GET /opportunities

        Returns a list of opportunities. The opportunities are returned in sorted
        order, with the most recent appearing first.

        Args:
            limit: The number of records to return. (int; from 1 to 100; default 20)
            page: The page number, starting at 1. (int; from 1 to 100000; default 1)
            order: The order of the records. (ListOpportunitiesOrder; one of asc, desc; default desc)
            q: Search query. A record matches when every word of `q` starts a word of one of its free-text fields. Case-insensitive; a `q` without any word matches everything. (str; at most 200 characters)
            sort_by: The field the opportunities are sorted by. (one of created_at, updated_at, probability, discount, revenue, close_date, status, opportunity_rating, stage; default: created_at)
            fields: "The filter of the records": a comma-separated list of the fields each opportunity carries in the response (`_id` always comes back). (str | Sequence[str]; attribute names (snake_case), sent as the API's field names)
            p: "policyFilters": comma-separated `field:value` pairs; an opportunity is listed only when each named field equals the value given (compared as text). (str | Mapping[str, object]; attribute names (snake_case), sent as the API's field names)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Page[Opportunity]
        """
        return await self._client.request(
            RequestSpec(
                "GET",
                "/opportunities",
                {
                    "limit": limit,
                    "page": page,
                    "order": order,
                    "q": q,
                    "sortBy": None if sort_by is None else _coerce.wire_name(Opportunity, sort_by),
                    "fields": _coerce.wire_fields(Opportunity, fields),
                    "p": _coerce.wire_filters(Opportunity, p),
                },
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _LIST_OPPORTUNITIES,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        order: ListOpportunitiesOrder | None = None,
        q: str | None = None,
        sort_by: ListOpportunitiesSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncIterator[Opportunity]:
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
        customer: str | None | Unset = UNSET,
        lead_id: str | None | Unset = UNSET,
        opportunity_information: Mapping[str, Any] | None | Unset = UNSET,
        opportunity_owner: str | None | Unset = UNSET,
        probability: float | Decimal | None | Unset = UNSET,
        discount: float | Decimal | None | Unset = UNSET,
        revenue: float | Decimal | None | Unset = UNSET,
        close_date: datetime.date | str | None | Unset = UNSET,
        units: Sequence[Any] | None | Unset = UNSET,
        promo_id: str | None | Unset = UNSET,
        opportunity_type: str | None | Unset = UNSET,
        opportunity_source: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        opportunity_rating: float | Decimal | None | Unset = UNSET,
        activity_log: Sequence[ActivityLogEntryParam | ActivityLogEntryWireParam | SupportsToDict]
        | None
        | Unset = UNSET,
        notes: Sequence[Any] | None | Unset = UNSET,
        documents: Sequence[DocumentParam | DocumentWireParam | SupportsToDict]
        | None
        | Unset = UNSET,
        task_id: str | None | Unset = UNSET,
        idengager_request_id: str | None | Unset = UNSET,
        opportunity_description: str | None | Unset = UNSET,
        stage: str | None | Unset = UNSET,
        forecast_category: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Opportunity:
        """Create opportunity: POST /opportunities

        Creates an opportunity. The server also appends an entry to its activity log
        recording the creation (that is what the no-activity variant leaves out).

        Args:
            customer: Id of the customer. (str | None; at most 200 characters; None sends null, which clears the field)
            lead_id: Id of the lead the opportunity came from. (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_information: Free-form information about the opportunity. (mapping | None; None sends null, which clears the field)
            opportunity_owner: Id of the user who owns the opportunity. (str | None; at most 200 characters; None sends null, which clears the field)
            probability: Probability of winning, 0 to 1 (the reference's example is 0.75). (float | Decimal | None; from 0 to 1; None sends null, which clears the field)
            discount: Discount. (float | Decimal | None; from 0 to 1000000000000; None sends null, which clears the field)
            revenue: Expected revenue. (float | Decimal | None; from -1000000000000000 to 1000000000000000; None sends null, which clears the field)
            close_date: Expected close date (YYYY-MM-DD). (datetime.date | str | None; None sends null, which clears the field)
            units: Units (products, properties) of the opportunity; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            promo_id: Id of the promotion. (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_type: Type, e.g. "new". (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_source: Source, e.g. "website". (str | None; at most 200 characters; None sends null, which clears the field)
            status: Status, e.g. "active". (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_rating: Rating (the reference's example is 4). (float | Decimal | None; from 0 to 1000; None sends null, which clears the field)
            activity_log: Activity-log entries. (Sequence[ActivityLogEntry (a mapping or record)] | None; at most 1000 items; None sends null, which clears the field)
            notes: Notes; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            documents: Documents attached to the opportunity. (Sequence[Document (a mapping or record)] | None; at most 1000 items; None sends null, which clears the field)
            task_id: Id of a related task. (str | None; at most 200 characters; None sends null, which clears the field)
            idengager_request_id: Id of the related iDengager request. (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_description: Description. (str | None; at most 10000 characters; None sends null, which clears the field)
            stage: Sales stage. (str | None; at most 200 characters; None sends null, which clears the field)
            forecast_category: Forecast category. (str | None; at most 200 characters; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Opportunity
        """
        return await self._client.request(
            RequestSpec(
                "POST",
                "/opportunities",
                None,
                _coerce.body(
                    OpportunityInput,
                    {
                        "customer": customer,
                        "lead_id": lead_id,
                        "opportunity_information": opportunity_information,
                        "opportunity_owner": opportunity_owner,
                        "probability": probability,
                        "discount": discount,
                        "revenue": revenue,
                        "close_date": close_date,
                        "units": units,
                        "promo_id": promo_id,
                        "opportunity_type": opportunity_type,
                        "opportunity_source": opportunity_source,
                        "status": status,
                        "opportunity_rating": opportunity_rating,
                        "activity_log": activity_log,
                        "notes": notes,
                        "documents": documents,
                        "task_id": task_id,
                        "idengager_request_id": idengager_request_id,
                        "opportunity_description": opportunity_description,
                        "stage": stage,
                        "forecast_category": forecast_category,
                    },
                    "create",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_OPPORTUNITY,
        )

    async def create_without_activity(
        self,
        *,
        customer: str | None | Unset = UNSET,
        lead_id: str | None | Unset = UNSET,
        opportunity_information: Mapping[str, Any] | None | Unset = UNSET,
        opportunity_owner: str | None | Unset = UNSET,
        probability: float | Decimal | None | Unset = UNSET,
        discount: float | Decimal | None | Unset = UNSET,
        revenue: float | Decimal | None | Unset = UNSET,
        close_date: datetime.date | str | None | Unset = UNSET,
        units: Sequence[Any] | None | Unset = UNSET,
        promo_id: str | None | Unset = UNSET,
        opportunity_type: str | None | Unset = UNSET,
        opportunity_source: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        opportunity_rating: float | Decimal | None | Unset = UNSET,
        activity_log: Sequence[ActivityLogEntryParam | ActivityLogEntryWireParam | SupportsToDict]
        | None
        | Unset = UNSET,
        notes: Sequence[Any] | None | Unset = UNSET,
        documents: Sequence[DocumentParam | DocumentWireParam | SupportsToDict]
        | None
        | Unset = UNSET,
        task_id: str | None | Unset = UNSET,
        idengager_request_id: str | None | Unset = UNSET,
        opportunity_description: str | None | Unset = UNSET,
        stage: str | None | Unset = UNSET,
        forecast_category: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Opportunity:
        """Create opportunity no activity: POST /opportunities/no-activity-opportunities

        Creates an opportunity exactly as given: unlike create, the server appends no
        activity-log entry of its own.

        Args:
            customer: Id of the customer. (str | None; at most 200 characters; None sends null, which clears the field)
            lead_id: Id of the lead the opportunity came from. (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_information: Free-form information about the opportunity. (mapping | None; None sends null, which clears the field)
            opportunity_owner: Id of the user who owns the opportunity. (str | None; at most 200 characters; None sends null, which clears the field)
            probability: Probability of winning, 0 to 1 (the reference's example is 0.75). (float | Decimal | None; from 0 to 1; None sends null, which clears the field)
            discount: Discount. (float | Decimal | None; from 0 to 1000000000000; None sends null, which clears the field)
            revenue: Expected revenue. (float | Decimal | None; from -1000000000000000 to 1000000000000000; None sends null, which clears the field)
            close_date: Expected close date (YYYY-MM-DD). (datetime.date | str | None; None sends null, which clears the field)
            units: Units (products, properties) of the opportunity; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            promo_id: Id of the promotion. (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_type: Type, e.g. "new". (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_source: Source, e.g. "website". (str | None; at most 200 characters; None sends null, which clears the field)
            status: Status, e.g. "active". (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_rating: Rating (the reference's example is 4). (float | Decimal | None; from 0 to 1000; None sends null, which clears the field)
            activity_log: Activity-log entries. (Sequence[ActivityLogEntry (a mapping or record)] | None; at most 1000 items; None sends null, which clears the field)
            notes: Notes; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            documents: Documents attached to the opportunity. (Sequence[Document (a mapping or record)] | None; at most 1000 items; None sends null, which clears the field)
            task_id: Id of a related task. (str | None; at most 200 characters; None sends null, which clears the field)
            idengager_request_id: Id of the related iDengager request. (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_description: Description. (str | None; at most 10000 characters; None sends null, which clears the field)
            stage: Sales stage. (str | None; at most 200 characters; None sends null, which clears the field)
            forecast_category: Forecast category. (str | None; at most 200 characters; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Opportunity
        """
        return await self._client.request(
            RequestSpec(
                "POST",
                "/opportunities/no-activity-opportunities",
                None,
                _coerce.body(
                    OpportunityInput,
                    {
                        "customer": customer,
                        "lead_id": lead_id,
                        "opportunity_information": opportunity_information,
                        "opportunity_owner": opportunity_owner,
                        "probability": probability,
                        "discount": discount,
                        "revenue": revenue,
                        "close_date": close_date,
                        "units": units,
                        "promo_id": promo_id,
                        "opportunity_type": opportunity_type,
                        "opportunity_source": opportunity_source,
                        "status": status,
                        "opportunity_rating": opportunity_rating,
                        "activity_log": activity_log,
                        "notes": notes,
                        "documents": documents,
                        "task_id": task_id,
                        "idengager_request_id": idengager_request_id,
                        "opportunity_description": opportunity_description,
                        "stage": stage,
                        "forecast_category": forecast_category,
                    },
                    "create_without_activity",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_OPPORTUNITY_WITHOUT_ACTIVITY,
        )

    async def update_multiple(
        self,
        *,
        ids: Sequence[str],
        update: OpportunityInputParam | OpportunityInputWireParam | SupportsToDict,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> BulkUpdateResult:
        """Update opportunity (bulk): PUT /opportunities/multiple

        Applies one set of field values to several opportunities. Each id is reported
        on its own: an id that does not exist fails alone and the others are updated.

        Args:
            ids: Ids of the opportunities to update. (Sequence[str]; at least 1 items; at most 100 items; required)
            update: The 22 body fields of create, update, patch and bulk update. The reference names no required field, so none is required here. A field sent as `null` is cleared: the stored record no longer has it. (OpportunityInput (a mapping or record); required)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            BulkUpdateResult
        """
        return await self._client.request(
            RequestSpec(
                "PUT",
                "/opportunities/multiple",
                None,
                _coerce.body(
                    BulkUpdateRequest,
                    {
                        "ids": ids,
                        "update": update,
                    },
                    "update_multiple",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _UPDATE_MULTIPLE_OPPORTUNITIES,
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
    ) -> Opportunity:
        """Retrieve opportunity: GET /opportunities/{id}

        Returns a single opportunity, which you can request by passing through an id in the url.

        Args:
            id: ID of the opportunity. Values that are another route's literal segment (`multiple`, `deleted`, `no-activity-opportunities`) or `.`/`..` would reach a different endpoint, so clients refuse them before sending. (str; matching ^[0-9a-f]{24}$; required)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Opportunity
        """
        return await self._client.request(
            RequestSpec(
                "GET",
                expand_path(
                    "/opportunities/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _RETRIEVE_OPPORTUNITY,
        )

    async def update(
        self,
        id: str,
        *,
        customer: str | None | Unset = UNSET,
        lead_id: str | None | Unset = UNSET,
        opportunity_information: Mapping[str, Any] | None | Unset = UNSET,
        opportunity_owner: str | None | Unset = UNSET,
        probability: float | Decimal | None | Unset = UNSET,
        discount: float | Decimal | None | Unset = UNSET,
        revenue: float | Decimal | None | Unset = UNSET,
        close_date: datetime.date | str | None | Unset = UNSET,
        units: Sequence[Any] | None | Unset = UNSET,
        promo_id: str | None | Unset = UNSET,
        opportunity_type: str | None | Unset = UNSET,
        opportunity_source: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        opportunity_rating: float | Decimal | None | Unset = UNSET,
        activity_log: Sequence[ActivityLogEntryParam | ActivityLogEntryWireParam | SupportsToDict]
        | None
        | Unset = UNSET,
        notes: Sequence[Any] | None | Unset = UNSET,
        documents: Sequence[DocumentParam | DocumentWireParam | SupportsToDict]
        | None
        | Unset = UNSET,
        task_id: str | None | Unset = UNSET,
        idengager_request_id: str | None | Unset = UNSET,
        opportunity_description: str | None | Unset = UNSET,
        stage: str | None | Unset = UNSET,
        forecast_category: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Opportunity:
        """Update opportunity: PUT /opportunities/{id}

        Updates an opportunity with the fields given. Fields left out keep their value
        (the reference does not say whether PUT replaces the whole record).

        Args:
            id: ID of the opportunity. Values that are another route's literal segment (`multiple`, `deleted`, `no-activity-opportunities`) or `.`/`..` would reach a different endpoint, so clients refuse them before sending. (str; matching ^[0-9a-f]{24}$; required)
            customer: Id of the customer. (str | None; at most 200 characters; None sends null, which clears the field)
            lead_id: Id of the lead the opportunity came from. (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_information: Free-form information about the opportunity. (mapping | None; None sends null, which clears the field)
            opportunity_owner: Id of the user who owns the opportunity. (str | None; at most 200 characters; None sends null, which clears the field)
            probability: Probability of winning, 0 to 1 (the reference's example is 0.75). (float | Decimal | None; from 0 to 1; None sends null, which clears the field)
            discount: Discount. (float | Decimal | None; from 0 to 1000000000000; None sends null, which clears the field)
            revenue: Expected revenue. (float | Decimal | None; from -1000000000000000 to 1000000000000000; None sends null, which clears the field)
            close_date: Expected close date (YYYY-MM-DD). (datetime.date | str | None; None sends null, which clears the field)
            units: Units (products, properties) of the opportunity; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            promo_id: Id of the promotion. (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_type: Type, e.g. "new". (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_source: Source, e.g. "website". (str | None; at most 200 characters; None sends null, which clears the field)
            status: Status, e.g. "active". (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_rating: Rating (the reference's example is 4). (float | Decimal | None; from 0 to 1000; None sends null, which clears the field)
            activity_log: Activity-log entries. (Sequence[ActivityLogEntry (a mapping or record)] | None; at most 1000 items; None sends null, which clears the field)
            notes: Notes; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            documents: Documents attached to the opportunity. (Sequence[Document (a mapping or record)] | None; at most 1000 items; None sends null, which clears the field)
            task_id: Id of a related task. (str | None; at most 200 characters; None sends null, which clears the field)
            idengager_request_id: Id of the related iDengager request. (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_description: Description. (str | None; at most 10000 characters; None sends null, which clears the field)
            stage: Sales stage. (str | None; at most 200 characters; None sends null, which clears the field)
            forecast_category: Forecast category. (str | None; at most 200 characters; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Opportunity
        """
        return await self._client.request(
            RequestSpec(
                "PUT",
                expand_path(
                    "/opportunities/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                _coerce.body(
                    OpportunityInput,
                    {
                        "customer": customer,
                        "lead_id": lead_id,
                        "opportunity_information": opportunity_information,
                        "opportunity_owner": opportunity_owner,
                        "probability": probability,
                        "discount": discount,
                        "revenue": revenue,
                        "close_date": close_date,
                        "units": units,
                        "promo_id": promo_id,
                        "opportunity_type": opportunity_type,
                        "opportunity_source": opportunity_source,
                        "status": status,
                        "opportunity_rating": opportunity_rating,
                        "activity_log": activity_log,
                        "notes": notes,
                        "documents": documents,
                        "task_id": task_id,
                        "idengager_request_id": idengager_request_id,
                        "opportunity_description": opportunity_description,
                        "stage": stage,
                        "forecast_category": forecast_category,
                    },
                    "update",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _UPDATE_OPPORTUNITY,
        )

    async def patch(
        self,
        id: str,
        *,
        customer: str | None | Unset = UNSET,
        lead_id: str | None | Unset = UNSET,
        opportunity_information: Mapping[str, Any] | None | Unset = UNSET,
        opportunity_owner: str | None | Unset = UNSET,
        probability: float | Decimal | None | Unset = UNSET,
        discount: float | Decimal | None | Unset = UNSET,
        revenue: float | Decimal | None | Unset = UNSET,
        close_date: datetime.date | str | None | Unset = UNSET,
        units: Sequence[Any] | None | Unset = UNSET,
        promo_id: str | None | Unset = UNSET,
        opportunity_type: str | None | Unset = UNSET,
        opportunity_source: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        opportunity_rating: float | Decimal | None | Unset = UNSET,
        activity_log: Sequence[ActivityLogEntryParam | ActivityLogEntryWireParam | SupportsToDict]
        | None
        | Unset = UNSET,
        notes: Sequence[Any] | None | Unset = UNSET,
        documents: Sequence[DocumentParam | DocumentWireParam | SupportsToDict]
        | None
        | Unset = UNSET,
        task_id: str | None | Unset = UNSET,
        idengager_request_id: str | None | Unset = UNSET,
        opportunity_description: str | None | Unset = UNSET,
        stage: str | None | Unset = UNSET,
        forecast_category: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Opportunity:
        """Update opportunity soft: PATCH /opportunities/{id}

        Update opportunity soft by setting the values of the parameters passed. Any
        parameters not set will be unchanged.

        Args:
            id: ID of the opportunity. Values that are another route's literal segment (`multiple`, `deleted`, `no-activity-opportunities`) or `.`/`..` would reach a different endpoint, so clients refuse them before sending. (str; matching ^[0-9a-f]{24}$; required)
            customer: Id of the customer. (str | None; at most 200 characters; None sends null, which clears the field)
            lead_id: Id of the lead the opportunity came from. (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_information: Free-form information about the opportunity. (mapping | None; None sends null, which clears the field)
            opportunity_owner: Id of the user who owns the opportunity. (str | None; at most 200 characters; None sends null, which clears the field)
            probability: Probability of winning, 0 to 1 (the reference's example is 0.75). (float | Decimal | None; from 0 to 1; None sends null, which clears the field)
            discount: Discount. (float | Decimal | None; from 0 to 1000000000000; None sends null, which clears the field)
            revenue: Expected revenue. (float | Decimal | None; from -1000000000000000 to 1000000000000000; None sends null, which clears the field)
            close_date: Expected close date (YYYY-MM-DD). (datetime.date | str | None; None sends null, which clears the field)
            units: Units (products, properties) of the opportunity; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            promo_id: Id of the promotion. (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_type: Type, e.g. "new". (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_source: Source, e.g. "website". (str | None; at most 200 characters; None sends null, which clears the field)
            status: Status, e.g. "active". (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_rating: Rating (the reference's example is 4). (float | Decimal | None; from 0 to 1000; None sends null, which clears the field)
            activity_log: Activity-log entries. (Sequence[ActivityLogEntry (a mapping or record)] | None; at most 1000 items; None sends null, which clears the field)
            notes: Notes; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            documents: Documents attached to the opportunity. (Sequence[Document (a mapping or record)] | None; at most 1000 items; None sends null, which clears the field)
            task_id: Id of a related task. (str | None; at most 200 characters; None sends null, which clears the field)
            idengager_request_id: Id of the related iDengager request. (str | None; at most 200 characters; None sends null, which clears the field)
            opportunity_description: Description. (str | None; at most 10000 characters; None sends null, which clears the field)
            stage: Sales stage. (str | None; at most 200 characters; None sends null, which clears the field)
            forecast_category: Forecast category. (str | None; at most 200 characters; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Opportunity
        """
        return await self._client.request(
            RequestSpec(
                "PATCH",
                expand_path(
                    "/opportunities/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                _coerce.body(
                    OpportunityInput,
                    {
                        "customer": customer,
                        "lead_id": lead_id,
                        "opportunity_information": opportunity_information,
                        "opportunity_owner": opportunity_owner,
                        "probability": probability,
                        "discount": discount,
                        "revenue": revenue,
                        "close_date": close_date,
                        "units": units,
                        "promo_id": promo_id,
                        "opportunity_type": opportunity_type,
                        "opportunity_source": opportunity_source,
                        "status": status,
                        "opportunity_rating": opportunity_rating,
                        "activity_log": activity_log,
                        "notes": notes,
                        "documents": documents,
                        "task_id": task_id,
                        "idengager_request_id": idengager_request_id,
                        "opportunity_description": opportunity_description,
                        "stage": stage,
                        "forecast_category": forecast_category,
                    },
                    "patch",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _PATCH_OPPORTUNITY,
        )

    async def delete(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete opportunity: DELETE /opportunities/deleted/{id}

        Deletes an opportunity. Note the path: delete lives under `/opportunities/deleted/`,
        not at the item path. Afterwards, retrieving the id answers 404.

        Args:
            id: ID of the opportunity. Values that are another route's literal segment (`multiple`, `deleted`, `no-activity-opportunities`) or `.`/`..` would reach a different endpoint, so clients refuse them before sending. (str; matching ^[0-9a-f]{24}$; required)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            None
        """
        return await self._client.request(
            RequestSpec(
                "DELETE",
                expand_path(
                    "/opportunities/deleted/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _DELETE_OPPORTUNITY,
        )


class AsyncOpportunitiesResourceWithRawResponse:
    """``client.opportunities.with_raw_response`` of AsyncClient."""

    def __init__(self, resource: AsyncOpportunitiesResource) -> None:
        raw = AsyncOpportunitiesResource(resource._client._raw_copy())
        self.list = async_to_raw_response_wrapper(raw.list)
        self.create = async_to_raw_response_wrapper(raw.create)
        self.create_without_activity = async_to_raw_response_wrapper(raw.create_without_activity)
        self.update_multiple = async_to_raw_response_wrapper(raw.update_multiple)
        self.retrieve = async_to_raw_response_wrapper(raw.retrieve)
        self.update = async_to_raw_response_wrapper(raw.update)
        self.patch = async_to_raw_response_wrapper(raw.patch)
        self.delete = async_to_raw_response_wrapper(raw.delete)


__all__ = [
    "AsyncOpportunitiesResource",
    "AsyncOpportunitiesResourceWithRawResponse",
    "OpportunitiesResource",
    "OpportunitiesResourceWithRawResponse",
]
