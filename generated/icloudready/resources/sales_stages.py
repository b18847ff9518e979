# Generated from openapi.yaml by openapi-python-client and overrides/templates/endpoint_init.py.jinja: do not edit; change the spec or the template and run `make generate`.
"""The sales_stages operations as methods: ``client.sales_stages.<method>(...)``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING

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
from ..models.list_sales_stages_order import ListSalesStagesOrder
from ..models.list_sales_stages_sort_by import ListSalesStagesSortBy
from ..models.sales_stage import SalesStage
from ..models.sales_stage_input import SalesStageInput
from ..models.sales_stage_list import SalesStageList

if TYPE_CHECKING:
    from icloudready_runtime._base_client import AsyncAPIClient, SyncAPIClient  # noqa: F401


# How each operation's success body is read (see _results: page, model, array, primitive, empty).
_LIST_SALES_STAGES = _results.page(SalesStage, SalesStageList, page="page", limit="limit")
_CREATE_SALES_STAGE = _results.model(SalesStage)
_RETRIEVE_SALES_STAGE = _results.model(SalesStage)
_UPDATE_SALES_STAGE = _results.model(SalesStage)


class SalesStagesResource(SyncResource):
    """``client.sales_stages``: the sales_stages operations."""

    @cached_property
    def with_raw_response(self) -> SalesStagesResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return SalesStagesResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ListSalesStagesOrder | None = None,
        q: str | None = None,
        sort_by: ListSalesStagesSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Page[SalesStage]:
        """List all sales stages: GET /sales-stages

        Returns a list of sales stages. The sales stages are returned in sorted order, with
        the most recent appearing first.

        Args:
            limit: The number of records to return. (int; from 1 to 100; default 20)
            page: The page number, starting at 1. (int; from 1 to 100000; default 1)
            order: The order of the records. (ListSalesStagesOrder; one of asc, desc; default desc)
            q: Search query. A record matches when every word of `q` starts a word of one of its free-text fields. Case-insensitive; a `q` without any word matches everything. (str; at most 200 characters)
            sort_by: The field the sales stages are sorted by. (one of created_at, updated_at, stage_name, probability, order; default: created_at)
            fields: "The filter of the records": a comma-separated list of the fields each sales stage carries in the response (`_id` always comes back). (str | Sequence[str]; attribute names (snake_case), sent as the API's field names)
            p: "policyFilters": comma-separated `field:value` pairs; a sales stage is listed only when each named field equals the value given (compared as text). (str | Mapping[str, object]; attribute names (snake_case), sent as the API's field names)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Page[SalesStage]
        """
        return self._client.request(
            RequestSpec(
                "GET",
                "/sales-stages",
                {
                    "limit": limit,
                    "page": page,
                    "order": order,
                    "q": q,
                    "sortBy": None if sort_by is None else _coerce.wire_name(SalesStage, sort_by),
                    "fields": _coerce.wire_fields(SalesStage, fields),
                    "p": _coerce.wire_filters(SalesStage, p),
                },
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _LIST_SALES_STAGES,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        order: ListSalesStagesOrder | None = None,
        q: str | None = None,
        sort_by: ListSalesStagesSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Iterator[SalesStage]:
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
        stage_name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        probability: float | Decimal | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        forecast_category: str | None | Unset = UNSET,
        chart_color: str | None | Unset = UNSET,
        order: float | Decimal | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SalesStage:
        """Create sales stages: POST /sales-stages

        Creates a sales stage. You need to pass through any required fields, and you can optionally pass through other fields.

        Args:
            stage_name: Name of the stage. (str | None; at most 200 characters; None sends null, which clears the field)
            description: Description. (str | None; at most 10000 characters; None sends null, which clears the field)
            probability: Probability of winning at this stage, 0 to 1 (the reference's example is 0.75). (float | Decimal | None; from 0 to 1; None sends null, which clears the field)
            type_: Type, e.g. "Closed-Lost". (str | None; at most 200 characters; None sends null, which clears the field)
            forecast_category: Forecast category, e.g. "Omitted". (str | None; at most 200 characters; None sends null, which clears the field)
            chart_color: Colour of the stage in charts. (str | None; at most 200 characters; None sends null, which clears the field)
            order: Position of the stage in the pipeline. (float | Decimal | None; from 0 to 1000000; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            SalesStage
        """
        return self._client.request(
            RequestSpec(
                "POST",
                "/sales-stages",
                None,
                _coerce.body(
                    SalesStageInput,
                    {
                        "stage_name": stage_name,
                        "description": description,
                        "probability": probability,
                        "type_": type_,
                        "forecast_category": forecast_category,
                        "chart_color": chart_color,
                        "order": order,
                    },
                    "create",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_SALES_STAGE,
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
    ) -> SalesStage:
        """Retrieve sales stages: GET /sales-stages/{id}

        Returns a single sales stage, which you can request by passing through an id in the url.

        Args:
            id: ID of the sales stage. (str; matching ^[0-9a-f]{24}$; required)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            SalesStage
        """
        return self._client.request(
            RequestSpec(
                "GET",
                expand_path(
                    "/sales-stages/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _RETRIEVE_SALES_STAGE,
        )

    def update(
        self,
        id: str,
        *,
        stage_name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        probability: float | Decimal | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        forecast_category: str | None | Unset = UNSET,
        chart_color: str | None | Unset = UNSET,
        order: float | Decimal | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SalesStage:
        """Update sales stages: PUT /sales-stages/{id}

        Updates a sales stage with the fields given. Fields left out keep their value
        (the reference does not say whether PUT replaces the whole record).

        Args:
            id: ID of the sales stage. (str; matching ^[0-9a-f]{24}$; required)
            stage_name: Name of the stage. (str | None; at most 200 characters; None sends null, which clears the field)
            description: Description. (str | None; at most 10000 characters; None sends null, which clears the field)
            probability: Probability of winning at this stage, 0 to 1 (the reference's example is 0.75). (float | Decimal | None; from 0 to 1; None sends null, which clears the field)
            type_: Type, e.g. "Closed-Lost". (str | None; at most 200 characters; None sends null, which clears the field)
            forecast_category: Forecast category, e.g. "Omitted". (str | None; at most 200 characters; None sends null, which clears the field)
            chart_color: Colour of the stage in charts. (str | None; at most 200 characters; None sends null, which clears the field)
            order: Position of the stage in the pipeline. (float | Decimal | None; from 0 to 1000000; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            SalesStage
        """
        return self._client.request(
            RequestSpec(
                "PUT",
                expand_path(
                    "/sales-stages/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                _coerce.body(
                    SalesStageInput,
                    {
                        "stage_name": stage_name,
                        "description": description,
                        "probability": probability,
                        "type_": type_,
                        "forecast_category": forecast_category,
                        "chart_color": chart_color,
                        "order": order,
                    },
                    "update",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _UPDATE_SALES_STAGE,
        )


class SalesStagesResourceWithRawResponse:
    """``client.sales_stages.with_raw_response``: each method returns an ``APIResponse``."""

    def __init__(self, resource: SalesStagesResource) -> None:
        raw = SalesStagesResource(resource._client._raw_copy())
        self.list = to_raw_response_wrapper(raw.list)
        self.create = to_raw_response_wrapper(raw.create)
        self.retrieve = to_raw_response_wrapper(raw.retrieve)
        self.update = to_raw_response_wrapper(raw.update)


class AsyncSalesStagesResource(AsyncResource):
    """``client.sales_stages`` of AsyncClient."""

    @cached_property
    def with_raw_response(self) -> AsyncSalesStagesResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return AsyncSalesStagesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ListSalesStagesOrder | None = None,
        q: str | None = None,
        sort_by: ListSalesStagesSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Page[SalesStage]:
        """List all sales stages: GET /sales-stages

        Returns a list of sales stages. The sales stages are returned in sorted order, with
        the most recent appearing first.

        Args:
            limit: The number of records to return. (int; from 1 to 100; default 20)
            page: The page number, starting at 1. (int; from 1 to 100000; default 1)
            order: The order of the records. (ListSalesStagesOrder; one of asc, desc; default desc)
            q: Search query. A record matches when every word of `q` starts a word of one of its free-text fields. Case-insensitive; a `q` without any word matches everything. (str; at most 200 characters)
            sort_by: The field the sales stages are sorted by. (one of created_at, updated_at, stage_name, probability, order; default: created_at)
            fields: "The filter of the records": a comma-separated list of the fields each sales stage carries in the response (`_id` always comes back). (str | Sequence[str]; attribute names (snake_case), sent as the API's field names)
            p: "policyFilters": comma-separated `field:value` pairs; a sales stage is listed only when each named field equals the value given (compared as text). (str | Mapping[str, object]; attribute names (snake_case), sent as the API's field names)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Page[SalesStage]
        """
        return await self._client.request(
            RequestSpec(
                "GET",
                "/sales-stages",
                {
                    "limit": limit,
                    "page": page,
                    "order": order,
                    "q": q,
                    "sortBy": None if sort_by is None else _coerce.wire_name(SalesStage, sort_by),
                    "fields": _coerce.wire_fields(SalesStage, fields),
                    "p": _coerce.wire_filters(SalesStage, p),
                },
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _LIST_SALES_STAGES,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        order: ListSalesStagesOrder | None = None,
        q: str | None = None,
        sort_by: ListSalesStagesSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncIterator[SalesStage]:
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
        stage_name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        probability: float | Decimal | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        forecast_category: str | None | Unset = UNSET,
        chart_color: str | None | Unset = UNSET,
        order: float | Decimal | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SalesStage:
        """Create sales stages: POST /sales-stages

        Creates a sales stage. You need to pass through any required fields, and you can optionally pass through other fields.

        Args:
            stage_name: Name of the stage. (str | None; at most 200 characters; None sends null, which clears the field)
            description: Description. (str | None; at most 10000 characters; None sends null, which clears the field)
            probability: Probability of winning at this stage, 0 to 1 (the reference's example is 0.75). (float | Decimal | None; from 0 to 1; None sends null, which clears the field)
            type_: Type, e.g. "Closed-Lost". (str | None; at most 200 characters; None sends null, which clears the field)
            forecast_category: Forecast category, e.g. "Omitted". (str | None; at most 200 characters; None sends null, which clears the field)
            chart_color: Colour of the stage in charts. (str | None; at most 200 characters; None sends null, which clears the field)
            order: Position of the stage in the pipeline. (float | Decimal | None; from 0 to 1000000; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            SalesStage
        """
        return await self._client.request(
            RequestSpec(
                "POST",
                "/sales-stages",
                None,
                _coerce.body(
                    SalesStageInput,
                    {
                        "stage_name": stage_name,
                        "description": description,
                        "probability": probability,
                        "type_": type_,
                        "forecast_category": forecast_category,
                        "chart_color": chart_color,
                        "order": order,
                    },
                    "create",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_SALES_STAGE,
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
    ) -> SalesStage:
        """Retrieve sales stages: GET /sales-stages/{id}

        Returns a single sales stage, which you can request by passing through an id in the url.

        Args:
            id: ID of the sales stage. (str; matching ^[0-9a-f]{24}$; required)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            SalesStage
        """
        return await self._client.request(
            RequestSpec(
                "GET",
                expand_path(
                    "/sales-stages/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _RETRIEVE_SALES_STAGE,
        )

    async def update(
        self,
        id: str,
        *,
        stage_name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        probability: float | Decimal | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        forecast_category: str | None | Unset = UNSET,
        chart_color: str | None | Unset = UNSET,
        order: float | Decimal | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SalesStage:
        """Update sales stages: PUT /sales-stages/{id}

        Updates a sales stage with the fields given. Fields left out keep their value
        (the reference does not say whether PUT replaces the whole record).

        Args:
            id: ID of the sales stage. (str; matching ^[0-9a-f]{24}$; required)
            stage_name: Name of the stage. (str | None; at most 200 characters; None sends null, which clears the field)
            description: Description. (str | None; at most 10000 characters; None sends null, which clears the field)
            probability: Probability of winning at this stage, 0 to 1 (the reference's example is 0.75). (float | Decimal | None; from 0 to 1; None sends null, which clears the field)
            type_: Type, e.g. "Closed-Lost". (str | None; at most 200 characters; None sends null, which clears the field)
            forecast_category: Forecast category, e.g. "Omitted". (str | None; at most 200 characters; None sends null, which clears the field)
            chart_color: Colour of the stage in charts. (str | None; at most 200 characters; None sends null, which clears the field)
            order: Position of the stage in the pipeline. (float | Decimal | None; from 0 to 1000000; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            SalesStage
        """
        return await self._client.request(
            RequestSpec(
                "PUT",
                expand_path(
                    "/sales-stages/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                _coerce.body(
                    SalesStageInput,
                    {
                        "stage_name": stage_name,
                        "description": description,
                        "probability": probability,
                        "type_": type_,
                        "forecast_category": forecast_category,
                        "chart_color": chart_color,
                        "order": order,
                    },
                    "update",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _UPDATE_SALES_STAGE,
        )


class AsyncSalesStagesResourceWithRawResponse:
    """``client.sales_stages.with_raw_response`` of AsyncClient."""

    def __init__(self, resource: AsyncSalesStagesResource) -> None:
        raw = AsyncSalesStagesResource(resource._client._raw_copy())
        self.list = async_to_raw_response_wrapper(raw.list)
        self.create = async_to_raw_response_wrapper(raw.create)
        self.retrieve = async_to_raw_response_wrapper(raw.retrieve)
        self.update = async_to_raw_response_wrapper(raw.update)


__all__ = [
    "AsyncSalesStagesResource",
    "AsyncSalesStagesResourceWithRawResponse",
    "SalesStagesResource",
    "SalesStagesResourceWithRawResponse",
]
