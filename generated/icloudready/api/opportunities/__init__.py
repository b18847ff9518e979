"""The opportunities operations as methods: ``client.opportunities.<method>(...)``."""

from __future__ import annotations

# builtins.list in annotations: the `list` method would shadow the builtin inside the classes.
import builtins
import datetime
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ..._runtime._pagination import Page, aiterate_pages, iterate_pages
from ..._runtime._resource import AsyncResource, SyncResource, given
from ..._runtime._response import APIResponse
from ...models.activity_log_entry import ActivityLogEntry
from ...models.bulk_update_request import BulkUpdateRequest
from ...models.bulk_update_result import BulkUpdateResult
from ...models.document import Document
from ...models.error import Error
from ...models.list_opportunities_order import (
    ListOpportunitiesOrder,
    check_list_opportunities_order,
)
from ...models.list_opportunities_sort_by import (
    ListOpportunitiesSortBy,
    check_list_opportunities_sort_by,
)
from ...models.opportunity import Opportunity
from ...models.opportunity_input import OpportunityInput
from ...models.opportunity_input_opportunity_information import (
    OpportunityInputOpportunityInformation,
)
from ...models.opportunity_list import OpportunityList
from ...types import UNSET, Unset
from . import create_opportunity as _create_opportunity
from . import create_opportunity_without_activity as _create_opportunity_without_activity
from . import delete_opportunity as _delete_opportunity
from . import list_opportunities as _list_opportunities
from . import patch_opportunity as _patch_opportunity
from . import retrieve_opportunity as _retrieve_opportunity
from . import update_multiple_opportunities as _update_multiple_opportunities
from . import update_opportunity as _update_opportunity

if TYPE_CHECKING:
    from ..._runtime._base_client import AsyncAPIClient, SyncAPIClient  # noqa: F401


class OpportunitiesResource(SyncResource):
    """``client.opportunities``: the opportunities operations."""

    @property
    def with_raw_response(self) -> OpportunitiesResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, body)."""
        return OpportunitiesResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        limit: int | None | Unset = UNSET,
        page: int | None | Unset = UNSET,
        order: ListOpportunitiesOrder | None | Unset = UNSET,
        sort_by: ListOpportunitiesSortBy | None | Unset = UNSET,
        fields: str | None | Unset = UNSET,
        p: str | None | Unset = UNSET,
        q: str | None | Unset = UNSET,
    ) -> Page[Opportunity]:
        """List all opportunities: GET /opportunities

        Returns a list of opportunities. The opportunities are returned in sorted
        order, with the most recent appearing first.

        """
        kwargs = _list_opportunities._get_kwargs(
            limit=given(limit),
            page=given(page),
            order=given(order),
            sort_by=given(sort_by),
            fields=given(fields),
            p=given(p),
            q=given(q),
        )
        return self._client.request_page(kwargs, Opportunity)

    def list_all(
        self,
        *,
        limit: int | None | Unset = UNSET,
        order: ListOpportunitiesOrder | None | Unset = UNSET,
        sort_by: ListOpportunitiesSortBy | None | Unset = UNSET,
        fields: str | None | Unset = UNSET,
        p: str | None | Unset = UNSET,
        q: str | None | Unset = UNSET,
    ) -> Iterator[Opportunity]:
        """Every opportunity that ``list`` finds, page after page, fetched lazily."""
        return iterate_pages(
            lambda page: self.list(
                limit=limit, order=order, sort_by=sort_by, fields=fields, p=p, q=q, page=page
            )
        )

    def create(
        self,
        *,
        customer: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        opportunity_information: OpportunityInputOpportunityInformation | Unset = UNSET,
        opportunity_owner: str | Unset = UNSET,
        probability: float | Unset = UNSET,
        discount: float | Unset = UNSET,
        revenue: float | Unset = UNSET,
        close_date: datetime.date | Unset = UNSET,
        units: builtins.list[Any] | Unset = UNSET,
        promo_id: str | Unset = UNSET,
        opportunity_type: str | Unset = UNSET,
        opportunity_source: str | Unset = UNSET,
        status: str | Unset = UNSET,
        opportunity_rating: float | Unset = UNSET,
        activity_log: builtins.list[ActivityLogEntry] | Unset = UNSET,
        notes: builtins.list[Any] | Unset = UNSET,
        documents: builtins.list[Document] | Unset = UNSET,
        task_id: str | Unset = UNSET,
        idengager_request_id: str | Unset = UNSET,
        opportunity_description: str | Unset = UNSET,
        stage: str | Unset = UNSET,
        forecast_category: str | Unset = UNSET,
    ) -> Opportunity:
        """Create opportunity: POST /opportunities

        Creates an opportunity. The server also appends an entry to its activity log
        recording the creation (that is what the no-activity variant leaves out).

        """
        kwargs = _create_opportunity._get_kwargs(
            body=OpportunityInput(
                customer=customer,
                lead_id=lead_id,
                opportunity_information=opportunity_information,
                opportunity_owner=opportunity_owner,
                probability=probability,
                discount=discount,
                revenue=revenue,
                close_date=close_date,
                units=units,
                promo_id=promo_id,
                opportunity_type=opportunity_type,
                opportunity_source=opportunity_source,
                status=status,
                opportunity_rating=opportunity_rating,
                activity_log=activity_log,
                notes=notes,
                documents=documents,
                task_id=task_id,
                idengager_request_id=idengager_request_id,
                opportunity_description=opportunity_description,
                stage=stage,
                forecast_category=forecast_category,
            ),
        )
        return self._client.request(kwargs, Opportunity)

    def create_without_activity(
        self,
        *,
        customer: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        opportunity_information: OpportunityInputOpportunityInformation | Unset = UNSET,
        opportunity_owner: str | Unset = UNSET,
        probability: float | Unset = UNSET,
        discount: float | Unset = UNSET,
        revenue: float | Unset = UNSET,
        close_date: datetime.date | Unset = UNSET,
        units: builtins.list[Any] | Unset = UNSET,
        promo_id: str | Unset = UNSET,
        opportunity_type: str | Unset = UNSET,
        opportunity_source: str | Unset = UNSET,
        status: str | Unset = UNSET,
        opportunity_rating: float | Unset = UNSET,
        activity_log: builtins.list[ActivityLogEntry] | Unset = UNSET,
        notes: builtins.list[Any] | Unset = UNSET,
        documents: builtins.list[Document] | Unset = UNSET,
        task_id: str | Unset = UNSET,
        idengager_request_id: str | Unset = UNSET,
        opportunity_description: str | Unset = UNSET,
        stage: str | Unset = UNSET,
        forecast_category: str | Unset = UNSET,
    ) -> Opportunity:
        """Create opportunity no activity: POST /opportunities/no-activity-opportunities

        Creates an opportunity exactly as given: unlike create, the server appends no
        activity-log entry of its own.

        """
        kwargs = _create_opportunity_without_activity._get_kwargs(
            body=OpportunityInput(
                customer=customer,
                lead_id=lead_id,
                opportunity_information=opportunity_information,
                opportunity_owner=opportunity_owner,
                probability=probability,
                discount=discount,
                revenue=revenue,
                close_date=close_date,
                units=units,
                promo_id=promo_id,
                opportunity_type=opportunity_type,
                opportunity_source=opportunity_source,
                status=status,
                opportunity_rating=opportunity_rating,
                activity_log=activity_log,
                notes=notes,
                documents=documents,
                task_id=task_id,
                idengager_request_id=idengager_request_id,
                opportunity_description=opportunity_description,
                stage=stage,
                forecast_category=forecast_category,
            ),
        )
        return self._client.request(kwargs, Opportunity)

    def update_multiple(
        self,
        *,
        ids: builtins.list[str],
        update: OpportunityInput,
    ) -> BulkUpdateResult:
        """Update opportunity (bulk): PUT /opportunities/multiple

        Applies one set of field values to several opportunities. Each id is reported
        on its own: an id that does not exist fails alone and the others are updated.

        """
        kwargs = _update_multiple_opportunities._get_kwargs(
            body=BulkUpdateRequest(
                ids=ids,
                update=update,
            ),
        )
        return self._client.request(kwargs, BulkUpdateResult)

    def retrieve(
        self,
        id: str,
    ) -> Opportunity:
        """Retrieve opportunity: GET /opportunities/{id}

        Returns a single opportunity, which you can request by passing through an id in the url.
        """
        kwargs = _retrieve_opportunity._get_kwargs(
            id=id,
        )
        return self._client.request(kwargs, Opportunity)

    def update(
        self,
        id: str,
        *,
        customer: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        opportunity_information: OpportunityInputOpportunityInformation | Unset = UNSET,
        opportunity_owner: str | Unset = UNSET,
        probability: float | Unset = UNSET,
        discount: float | Unset = UNSET,
        revenue: float | Unset = UNSET,
        close_date: datetime.date | Unset = UNSET,
        units: builtins.list[Any] | Unset = UNSET,
        promo_id: str | Unset = UNSET,
        opportunity_type: str | Unset = UNSET,
        opportunity_source: str | Unset = UNSET,
        status: str | Unset = UNSET,
        opportunity_rating: float | Unset = UNSET,
        activity_log: builtins.list[ActivityLogEntry] | Unset = UNSET,
        notes: builtins.list[Any] | Unset = UNSET,
        documents: builtins.list[Document] | Unset = UNSET,
        task_id: str | Unset = UNSET,
        idengager_request_id: str | Unset = UNSET,
        opportunity_description: str | Unset = UNSET,
        stage: str | Unset = UNSET,
        forecast_category: str | Unset = UNSET,
    ) -> Opportunity:
        """Update opportunity: PUT /opportunities/{id}

        Updates an opportunity with the fields given. Fields left out keep their value
        (the reference does not say whether PUT replaces the whole record).

        """
        kwargs = _update_opportunity._get_kwargs(
            id=id,
            body=OpportunityInput(
                customer=customer,
                lead_id=lead_id,
                opportunity_information=opportunity_information,
                opportunity_owner=opportunity_owner,
                probability=probability,
                discount=discount,
                revenue=revenue,
                close_date=close_date,
                units=units,
                promo_id=promo_id,
                opportunity_type=opportunity_type,
                opportunity_source=opportunity_source,
                status=status,
                opportunity_rating=opportunity_rating,
                activity_log=activity_log,
                notes=notes,
                documents=documents,
                task_id=task_id,
                idengager_request_id=idengager_request_id,
                opportunity_description=opportunity_description,
                stage=stage,
                forecast_category=forecast_category,
            ),
        )
        return self._client.request(kwargs, Opportunity)

    def patch(
        self,
        id: str,
        *,
        customer: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        opportunity_information: OpportunityInputOpportunityInformation | Unset = UNSET,
        opportunity_owner: str | Unset = UNSET,
        probability: float | Unset = UNSET,
        discount: float | Unset = UNSET,
        revenue: float | Unset = UNSET,
        close_date: datetime.date | Unset = UNSET,
        units: builtins.list[Any] | Unset = UNSET,
        promo_id: str | Unset = UNSET,
        opportunity_type: str | Unset = UNSET,
        opportunity_source: str | Unset = UNSET,
        status: str | Unset = UNSET,
        opportunity_rating: float | Unset = UNSET,
        activity_log: builtins.list[ActivityLogEntry] | Unset = UNSET,
        notes: builtins.list[Any] | Unset = UNSET,
        documents: builtins.list[Document] | Unset = UNSET,
        task_id: str | Unset = UNSET,
        idengager_request_id: str | Unset = UNSET,
        opportunity_description: str | Unset = UNSET,
        stage: str | Unset = UNSET,
        forecast_category: str | Unset = UNSET,
    ) -> Opportunity:
        """Update opportunity soft: PATCH /opportunities/{id}

        Update opportunity soft by setting the values of the parameters passed. Any
        parameters not set will be unchanged.

        """
        kwargs = _patch_opportunity._get_kwargs(
            id=id,
            body=OpportunityInput(
                customer=customer,
                lead_id=lead_id,
                opportunity_information=opportunity_information,
                opportunity_owner=opportunity_owner,
                probability=probability,
                discount=discount,
                revenue=revenue,
                close_date=close_date,
                units=units,
                promo_id=promo_id,
                opportunity_type=opportunity_type,
                opportunity_source=opportunity_source,
                status=status,
                opportunity_rating=opportunity_rating,
                activity_log=activity_log,
                notes=notes,
                documents=documents,
                task_id=task_id,
                idengager_request_id=idengager_request_id,
                opportunity_description=opportunity_description,
                stage=stage,
                forecast_category=forecast_category,
            ),
        )
        return self._client.request(kwargs, Opportunity)

    def delete(
        self,
        id: str,
    ) -> None:
        """Delete opportunity: DELETE /opportunities/deleted/{id}

        Deletes an opportunity. Note the path: delete lives under `/opportunities/deleted/`,
        not at the item path. Afterwards, retrieving the id answers 404.

        """
        kwargs = _delete_opportunity._get_kwargs(
            id=id,
        )
        return self._client.request(kwargs, None)


class OpportunitiesResourceWithRawResponse(SyncResource):
    """``client.opportunities.with_raw_response``."""

    def list(
        self,
        *,
        limit: int | None | Unset = UNSET,
        page: int | None | Unset = UNSET,
        order: ListOpportunitiesOrder | None | Unset = UNSET,
        sort_by: ListOpportunitiesSortBy | None | Unset = UNSET,
        fields: str | None | Unset = UNSET,
        p: str | None | Unset = UNSET,
        q: str | None | Unset = UNSET,
    ) -> APIResponse[Page[Opportunity]]:
        """List all opportunities: GET /opportunities

        Returns a list of opportunities. The opportunities are returned in sorted
        order, with the most recent appearing first.

        """
        kwargs = _list_opportunities._get_kwargs(
            limit=given(limit),
            page=given(page),
            order=given(order),
            sort_by=given(sort_by),
            fields=given(fields),
            p=given(p),
            q=given(q),
        )
        return self._client.request_page_raw(kwargs, Opportunity)

    def create(
        self,
        *,
        customer: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        opportunity_information: OpportunityInputOpportunityInformation | Unset = UNSET,
        opportunity_owner: str | Unset = UNSET,
        probability: float | Unset = UNSET,
        discount: float | Unset = UNSET,
        revenue: float | Unset = UNSET,
        close_date: datetime.date | Unset = UNSET,
        units: builtins.list[Any] | Unset = UNSET,
        promo_id: str | Unset = UNSET,
        opportunity_type: str | Unset = UNSET,
        opportunity_source: str | Unset = UNSET,
        status: str | Unset = UNSET,
        opportunity_rating: float | Unset = UNSET,
        activity_log: builtins.list[ActivityLogEntry] | Unset = UNSET,
        notes: builtins.list[Any] | Unset = UNSET,
        documents: builtins.list[Document] | Unset = UNSET,
        task_id: str | Unset = UNSET,
        idengager_request_id: str | Unset = UNSET,
        opportunity_description: str | Unset = UNSET,
        stage: str | Unset = UNSET,
        forecast_category: str | Unset = UNSET,
    ) -> APIResponse[Opportunity]:
        """Create opportunity: POST /opportunities

        Creates an opportunity. The server also appends an entry to its activity log
        recording the creation (that is what the no-activity variant leaves out).

        """
        kwargs = _create_opportunity._get_kwargs(
            body=OpportunityInput(
                customer=customer,
                lead_id=lead_id,
                opportunity_information=opportunity_information,
                opportunity_owner=opportunity_owner,
                probability=probability,
                discount=discount,
                revenue=revenue,
                close_date=close_date,
                units=units,
                promo_id=promo_id,
                opportunity_type=opportunity_type,
                opportunity_source=opportunity_source,
                status=status,
                opportunity_rating=opportunity_rating,
                activity_log=activity_log,
                notes=notes,
                documents=documents,
                task_id=task_id,
                idengager_request_id=idengager_request_id,
                opportunity_description=opportunity_description,
                stage=stage,
                forecast_category=forecast_category,
            ),
        )
        return self._client.request_raw(kwargs, Opportunity)

    def create_without_activity(
        self,
        *,
        customer: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        opportunity_information: OpportunityInputOpportunityInformation | Unset = UNSET,
        opportunity_owner: str | Unset = UNSET,
        probability: float | Unset = UNSET,
        discount: float | Unset = UNSET,
        revenue: float | Unset = UNSET,
        close_date: datetime.date | Unset = UNSET,
        units: builtins.list[Any] | Unset = UNSET,
        promo_id: str | Unset = UNSET,
        opportunity_type: str | Unset = UNSET,
        opportunity_source: str | Unset = UNSET,
        status: str | Unset = UNSET,
        opportunity_rating: float | Unset = UNSET,
        activity_log: builtins.list[ActivityLogEntry] | Unset = UNSET,
        notes: builtins.list[Any] | Unset = UNSET,
        documents: builtins.list[Document] | Unset = UNSET,
        task_id: str | Unset = UNSET,
        idengager_request_id: str | Unset = UNSET,
        opportunity_description: str | Unset = UNSET,
        stage: str | Unset = UNSET,
        forecast_category: str | Unset = UNSET,
    ) -> APIResponse[Opportunity]:
        """Create opportunity no activity: POST /opportunities/no-activity-opportunities

        Creates an opportunity exactly as given: unlike create, the server appends no
        activity-log entry of its own.

        """
        kwargs = _create_opportunity_without_activity._get_kwargs(
            body=OpportunityInput(
                customer=customer,
                lead_id=lead_id,
                opportunity_information=opportunity_information,
                opportunity_owner=opportunity_owner,
                probability=probability,
                discount=discount,
                revenue=revenue,
                close_date=close_date,
                units=units,
                promo_id=promo_id,
                opportunity_type=opportunity_type,
                opportunity_source=opportunity_source,
                status=status,
                opportunity_rating=opportunity_rating,
                activity_log=activity_log,
                notes=notes,
                documents=documents,
                task_id=task_id,
                idengager_request_id=idengager_request_id,
                opportunity_description=opportunity_description,
                stage=stage,
                forecast_category=forecast_category,
            ),
        )
        return self._client.request_raw(kwargs, Opportunity)

    def update_multiple(
        self,
        *,
        ids: builtins.list[str],
        update: OpportunityInput,
    ) -> APIResponse[BulkUpdateResult]:
        """Update opportunity (bulk): PUT /opportunities/multiple

        Applies one set of field values to several opportunities. Each id is reported
        on its own: an id that does not exist fails alone and the others are updated.

        """
        kwargs = _update_multiple_opportunities._get_kwargs(
            body=BulkUpdateRequest(
                ids=ids,
                update=update,
            ),
        )
        return self._client.request_raw(kwargs, BulkUpdateResult)

    def retrieve(
        self,
        id: str,
    ) -> APIResponse[Opportunity]:
        """Retrieve opportunity: GET /opportunities/{id}

        Returns a single opportunity, which you can request by passing through an id in the url.
        """
        kwargs = _retrieve_opportunity._get_kwargs(
            id=id,
        )
        return self._client.request_raw(kwargs, Opportunity)

    def update(
        self,
        id: str,
        *,
        customer: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        opportunity_information: OpportunityInputOpportunityInformation | Unset = UNSET,
        opportunity_owner: str | Unset = UNSET,
        probability: float | Unset = UNSET,
        discount: float | Unset = UNSET,
        revenue: float | Unset = UNSET,
        close_date: datetime.date | Unset = UNSET,
        units: builtins.list[Any] | Unset = UNSET,
        promo_id: str | Unset = UNSET,
        opportunity_type: str | Unset = UNSET,
        opportunity_source: str | Unset = UNSET,
        status: str | Unset = UNSET,
        opportunity_rating: float | Unset = UNSET,
        activity_log: builtins.list[ActivityLogEntry] | Unset = UNSET,
        notes: builtins.list[Any] | Unset = UNSET,
        documents: builtins.list[Document] | Unset = UNSET,
        task_id: str | Unset = UNSET,
        idengager_request_id: str | Unset = UNSET,
        opportunity_description: str | Unset = UNSET,
        stage: str | Unset = UNSET,
        forecast_category: str | Unset = UNSET,
    ) -> APIResponse[Opportunity]:
        """Update opportunity: PUT /opportunities/{id}

        Updates an opportunity with the fields given. Fields left out keep their value
        (the reference does not say whether PUT replaces the whole record).

        """
        kwargs = _update_opportunity._get_kwargs(
            id=id,
            body=OpportunityInput(
                customer=customer,
                lead_id=lead_id,
                opportunity_information=opportunity_information,
                opportunity_owner=opportunity_owner,
                probability=probability,
                discount=discount,
                revenue=revenue,
                close_date=close_date,
                units=units,
                promo_id=promo_id,
                opportunity_type=opportunity_type,
                opportunity_source=opportunity_source,
                status=status,
                opportunity_rating=opportunity_rating,
                activity_log=activity_log,
                notes=notes,
                documents=documents,
                task_id=task_id,
                idengager_request_id=idengager_request_id,
                opportunity_description=opportunity_description,
                stage=stage,
                forecast_category=forecast_category,
            ),
        )
        return self._client.request_raw(kwargs, Opportunity)

    def patch(
        self,
        id: str,
        *,
        customer: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        opportunity_information: OpportunityInputOpportunityInformation | Unset = UNSET,
        opportunity_owner: str | Unset = UNSET,
        probability: float | Unset = UNSET,
        discount: float | Unset = UNSET,
        revenue: float | Unset = UNSET,
        close_date: datetime.date | Unset = UNSET,
        units: builtins.list[Any] | Unset = UNSET,
        promo_id: str | Unset = UNSET,
        opportunity_type: str | Unset = UNSET,
        opportunity_source: str | Unset = UNSET,
        status: str | Unset = UNSET,
        opportunity_rating: float | Unset = UNSET,
        activity_log: builtins.list[ActivityLogEntry] | Unset = UNSET,
        notes: builtins.list[Any] | Unset = UNSET,
        documents: builtins.list[Document] | Unset = UNSET,
        task_id: str | Unset = UNSET,
        idengager_request_id: str | Unset = UNSET,
        opportunity_description: str | Unset = UNSET,
        stage: str | Unset = UNSET,
        forecast_category: str | Unset = UNSET,
    ) -> APIResponse[Opportunity]:
        """Update opportunity soft: PATCH /opportunities/{id}

        Update opportunity soft by setting the values of the parameters passed. Any
        parameters not set will be unchanged.

        """
        kwargs = _patch_opportunity._get_kwargs(
            id=id,
            body=OpportunityInput(
                customer=customer,
                lead_id=lead_id,
                opportunity_information=opportunity_information,
                opportunity_owner=opportunity_owner,
                probability=probability,
                discount=discount,
                revenue=revenue,
                close_date=close_date,
                units=units,
                promo_id=promo_id,
                opportunity_type=opportunity_type,
                opportunity_source=opportunity_source,
                status=status,
                opportunity_rating=opportunity_rating,
                activity_log=activity_log,
                notes=notes,
                documents=documents,
                task_id=task_id,
                idengager_request_id=idengager_request_id,
                opportunity_description=opportunity_description,
                stage=stage,
                forecast_category=forecast_category,
            ),
        )
        return self._client.request_raw(kwargs, Opportunity)

    def delete(
        self,
        id: str,
    ) -> APIResponse[None]:
        """Delete opportunity: DELETE /opportunities/deleted/{id}

        Deletes an opportunity. Note the path: delete lives under `/opportunities/deleted/`,
        not at the item path. Afterwards, retrieving the id answers 404.

        """
        kwargs = _delete_opportunity._get_kwargs(
            id=id,
        )
        return self._client.request_raw(kwargs, None)


class AsyncOpportunitiesResource(AsyncResource):
    """``client.opportunities`` of AsyncClient."""

    @property
    def with_raw_response(self) -> AsyncOpportunitiesResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, body)."""
        return AsyncOpportunitiesResourceWithRawResponse(self._client)

    async def list(
        self,
        *,
        limit: int | None | Unset = UNSET,
        page: int | None | Unset = UNSET,
        order: ListOpportunitiesOrder | None | Unset = UNSET,
        sort_by: ListOpportunitiesSortBy | None | Unset = UNSET,
        fields: str | None | Unset = UNSET,
        p: str | None | Unset = UNSET,
        q: str | None | Unset = UNSET,
    ) -> Page[Opportunity]:
        """List all opportunities: GET /opportunities

        Returns a list of opportunities. The opportunities are returned in sorted
        order, with the most recent appearing first.

        """
        kwargs = _list_opportunities._get_kwargs(
            limit=given(limit),
            page=given(page),
            order=given(order),
            sort_by=given(sort_by),
            fields=given(fields),
            p=given(p),
            q=given(q),
        )
        return await self._client.request_page(kwargs, Opportunity)

    def list_all(
        self,
        *,
        limit: int | None | Unset = UNSET,
        order: ListOpportunitiesOrder | None | Unset = UNSET,
        sort_by: ListOpportunitiesSortBy | None | Unset = UNSET,
        fields: str | None | Unset = UNSET,
        p: str | None | Unset = UNSET,
        q: str | None | Unset = UNSET,
    ) -> AsyncIterator[Opportunity]:
        """Every opportunity that ``list`` finds, page after page, fetched lazily."""
        return aiterate_pages(
            lambda page: self.list(
                limit=limit, order=order, sort_by=sort_by, fields=fields, p=p, q=q, page=page
            )
        )

    async def create(
        self,
        *,
        customer: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        opportunity_information: OpportunityInputOpportunityInformation | Unset = UNSET,
        opportunity_owner: str | Unset = UNSET,
        probability: float | Unset = UNSET,
        discount: float | Unset = UNSET,
        revenue: float | Unset = UNSET,
        close_date: datetime.date | Unset = UNSET,
        units: builtins.list[Any] | Unset = UNSET,
        promo_id: str | Unset = UNSET,
        opportunity_type: str | Unset = UNSET,
        opportunity_source: str | Unset = UNSET,
        status: str | Unset = UNSET,
        opportunity_rating: float | Unset = UNSET,
        activity_log: builtins.list[ActivityLogEntry] | Unset = UNSET,
        notes: builtins.list[Any] | Unset = UNSET,
        documents: builtins.list[Document] | Unset = UNSET,
        task_id: str | Unset = UNSET,
        idengager_request_id: str | Unset = UNSET,
        opportunity_description: str | Unset = UNSET,
        stage: str | Unset = UNSET,
        forecast_category: str | Unset = UNSET,
    ) -> Opportunity:
        """Create opportunity: POST /opportunities

        Creates an opportunity. The server also appends an entry to its activity log
        recording the creation (that is what the no-activity variant leaves out).

        """
        kwargs = _create_opportunity._get_kwargs(
            body=OpportunityInput(
                customer=customer,
                lead_id=lead_id,
                opportunity_information=opportunity_information,
                opportunity_owner=opportunity_owner,
                probability=probability,
                discount=discount,
                revenue=revenue,
                close_date=close_date,
                units=units,
                promo_id=promo_id,
                opportunity_type=opportunity_type,
                opportunity_source=opportunity_source,
                status=status,
                opportunity_rating=opportunity_rating,
                activity_log=activity_log,
                notes=notes,
                documents=documents,
                task_id=task_id,
                idengager_request_id=idengager_request_id,
                opportunity_description=opportunity_description,
                stage=stage,
                forecast_category=forecast_category,
            ),
        )
        return await self._client.request(kwargs, Opportunity)

    async def create_without_activity(
        self,
        *,
        customer: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        opportunity_information: OpportunityInputOpportunityInformation | Unset = UNSET,
        opportunity_owner: str | Unset = UNSET,
        probability: float | Unset = UNSET,
        discount: float | Unset = UNSET,
        revenue: float | Unset = UNSET,
        close_date: datetime.date | Unset = UNSET,
        units: builtins.list[Any] | Unset = UNSET,
        promo_id: str | Unset = UNSET,
        opportunity_type: str | Unset = UNSET,
        opportunity_source: str | Unset = UNSET,
        status: str | Unset = UNSET,
        opportunity_rating: float | Unset = UNSET,
        activity_log: builtins.list[ActivityLogEntry] | Unset = UNSET,
        notes: builtins.list[Any] | Unset = UNSET,
        documents: builtins.list[Document] | Unset = UNSET,
        task_id: str | Unset = UNSET,
        idengager_request_id: str | Unset = UNSET,
        opportunity_description: str | Unset = UNSET,
        stage: str | Unset = UNSET,
        forecast_category: str | Unset = UNSET,
    ) -> Opportunity:
        """Create opportunity no activity: POST /opportunities/no-activity-opportunities

        Creates an opportunity exactly as given: unlike create, the server appends no
        activity-log entry of its own.

        """
        kwargs = _create_opportunity_without_activity._get_kwargs(
            body=OpportunityInput(
                customer=customer,
                lead_id=lead_id,
                opportunity_information=opportunity_information,
                opportunity_owner=opportunity_owner,
                probability=probability,
                discount=discount,
                revenue=revenue,
                close_date=close_date,
                units=units,
                promo_id=promo_id,
                opportunity_type=opportunity_type,
                opportunity_source=opportunity_source,
                status=status,
                opportunity_rating=opportunity_rating,
                activity_log=activity_log,
                notes=notes,
                documents=documents,
                task_id=task_id,
                idengager_request_id=idengager_request_id,
                opportunity_description=opportunity_description,
                stage=stage,
                forecast_category=forecast_category,
            ),
        )
        return await self._client.request(kwargs, Opportunity)

    async def update_multiple(
        self,
        *,
        ids: builtins.list[str],
        update: OpportunityInput,
    ) -> BulkUpdateResult:
        """Update opportunity (bulk): PUT /opportunities/multiple

        Applies one set of field values to several opportunities. Each id is reported
        on its own: an id that does not exist fails alone and the others are updated.

        """
        kwargs = _update_multiple_opportunities._get_kwargs(
            body=BulkUpdateRequest(
                ids=ids,
                update=update,
            ),
        )
        return await self._client.request(kwargs, BulkUpdateResult)

    async def retrieve(
        self,
        id: str,
    ) -> Opportunity:
        """Retrieve opportunity: GET /opportunities/{id}

        Returns a single opportunity, which you can request by passing through an id in the url.
        """
        kwargs = _retrieve_opportunity._get_kwargs(
            id=id,
        )
        return await self._client.request(kwargs, Opportunity)

    async def update(
        self,
        id: str,
        *,
        customer: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        opportunity_information: OpportunityInputOpportunityInformation | Unset = UNSET,
        opportunity_owner: str | Unset = UNSET,
        probability: float | Unset = UNSET,
        discount: float | Unset = UNSET,
        revenue: float | Unset = UNSET,
        close_date: datetime.date | Unset = UNSET,
        units: builtins.list[Any] | Unset = UNSET,
        promo_id: str | Unset = UNSET,
        opportunity_type: str | Unset = UNSET,
        opportunity_source: str | Unset = UNSET,
        status: str | Unset = UNSET,
        opportunity_rating: float | Unset = UNSET,
        activity_log: builtins.list[ActivityLogEntry] | Unset = UNSET,
        notes: builtins.list[Any] | Unset = UNSET,
        documents: builtins.list[Document] | Unset = UNSET,
        task_id: str | Unset = UNSET,
        idengager_request_id: str | Unset = UNSET,
        opportunity_description: str | Unset = UNSET,
        stage: str | Unset = UNSET,
        forecast_category: str | Unset = UNSET,
    ) -> Opportunity:
        """Update opportunity: PUT /opportunities/{id}

        Updates an opportunity with the fields given. Fields left out keep their value
        (the reference does not say whether PUT replaces the whole record).

        """
        kwargs = _update_opportunity._get_kwargs(
            id=id,
            body=OpportunityInput(
                customer=customer,
                lead_id=lead_id,
                opportunity_information=opportunity_information,
                opportunity_owner=opportunity_owner,
                probability=probability,
                discount=discount,
                revenue=revenue,
                close_date=close_date,
                units=units,
                promo_id=promo_id,
                opportunity_type=opportunity_type,
                opportunity_source=opportunity_source,
                status=status,
                opportunity_rating=opportunity_rating,
                activity_log=activity_log,
                notes=notes,
                documents=documents,
                task_id=task_id,
                idengager_request_id=idengager_request_id,
                opportunity_description=opportunity_description,
                stage=stage,
                forecast_category=forecast_category,
            ),
        )
        return await self._client.request(kwargs, Opportunity)

    async def patch(
        self,
        id: str,
        *,
        customer: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        opportunity_information: OpportunityInputOpportunityInformation | Unset = UNSET,
        opportunity_owner: str | Unset = UNSET,
        probability: float | Unset = UNSET,
        discount: float | Unset = UNSET,
        revenue: float | Unset = UNSET,
        close_date: datetime.date | Unset = UNSET,
        units: builtins.list[Any] | Unset = UNSET,
        promo_id: str | Unset = UNSET,
        opportunity_type: str | Unset = UNSET,
        opportunity_source: str | Unset = UNSET,
        status: str | Unset = UNSET,
        opportunity_rating: float | Unset = UNSET,
        activity_log: builtins.list[ActivityLogEntry] | Unset = UNSET,
        notes: builtins.list[Any] | Unset = UNSET,
        documents: builtins.list[Document] | Unset = UNSET,
        task_id: str | Unset = UNSET,
        idengager_request_id: str | Unset = UNSET,
        opportunity_description: str | Unset = UNSET,
        stage: str | Unset = UNSET,
        forecast_category: str | Unset = UNSET,
    ) -> Opportunity:
        """Update opportunity soft: PATCH /opportunities/{id}

        Update opportunity soft by setting the values of the parameters passed. Any
        parameters not set will be unchanged.

        """
        kwargs = _patch_opportunity._get_kwargs(
            id=id,
            body=OpportunityInput(
                customer=customer,
                lead_id=lead_id,
                opportunity_information=opportunity_information,
                opportunity_owner=opportunity_owner,
                probability=probability,
                discount=discount,
                revenue=revenue,
                close_date=close_date,
                units=units,
                promo_id=promo_id,
                opportunity_type=opportunity_type,
                opportunity_source=opportunity_source,
                status=status,
                opportunity_rating=opportunity_rating,
                activity_log=activity_log,
                notes=notes,
                documents=documents,
                task_id=task_id,
                idengager_request_id=idengager_request_id,
                opportunity_description=opportunity_description,
                stage=stage,
                forecast_category=forecast_category,
            ),
        )
        return await self._client.request(kwargs, Opportunity)

    async def delete(
        self,
        id: str,
    ) -> None:
        """Delete opportunity: DELETE /opportunities/deleted/{id}

        Deletes an opportunity. Note the path: delete lives under `/opportunities/deleted/`,
        not at the item path. Afterwards, retrieving the id answers 404.

        """
        kwargs = _delete_opportunity._get_kwargs(
            id=id,
        )
        return await self._client.request(kwargs, None)


class AsyncOpportunitiesResourceWithRawResponse(AsyncResource):
    """``client.opportunities.with_raw_response`` of AsyncClient."""

    async def list(
        self,
        *,
        limit: int | None | Unset = UNSET,
        page: int | None | Unset = UNSET,
        order: ListOpportunitiesOrder | None | Unset = UNSET,
        sort_by: ListOpportunitiesSortBy | None | Unset = UNSET,
        fields: str | None | Unset = UNSET,
        p: str | None | Unset = UNSET,
        q: str | None | Unset = UNSET,
    ) -> APIResponse[Page[Opportunity]]:
        """List all opportunities: GET /opportunities

        Returns a list of opportunities. The opportunities are returned in sorted
        order, with the most recent appearing first.

        """
        kwargs = _list_opportunities._get_kwargs(
            limit=given(limit),
            page=given(page),
            order=given(order),
            sort_by=given(sort_by),
            fields=given(fields),
            p=given(p),
            q=given(q),
        )
        return await self._client.request_page_raw(kwargs, Opportunity)

    async def create(
        self,
        *,
        customer: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        opportunity_information: OpportunityInputOpportunityInformation | Unset = UNSET,
        opportunity_owner: str | Unset = UNSET,
        probability: float | Unset = UNSET,
        discount: float | Unset = UNSET,
        revenue: float | Unset = UNSET,
        close_date: datetime.date | Unset = UNSET,
        units: builtins.list[Any] | Unset = UNSET,
        promo_id: str | Unset = UNSET,
        opportunity_type: str | Unset = UNSET,
        opportunity_source: str | Unset = UNSET,
        status: str | Unset = UNSET,
        opportunity_rating: float | Unset = UNSET,
        activity_log: builtins.list[ActivityLogEntry] | Unset = UNSET,
        notes: builtins.list[Any] | Unset = UNSET,
        documents: builtins.list[Document] | Unset = UNSET,
        task_id: str | Unset = UNSET,
        idengager_request_id: str | Unset = UNSET,
        opportunity_description: str | Unset = UNSET,
        stage: str | Unset = UNSET,
        forecast_category: str | Unset = UNSET,
    ) -> APIResponse[Opportunity]:
        """Create opportunity: POST /opportunities

        Creates an opportunity. The server also appends an entry to its activity log
        recording the creation (that is what the no-activity variant leaves out).

        """
        kwargs = _create_opportunity._get_kwargs(
            body=OpportunityInput(
                customer=customer,
                lead_id=lead_id,
                opportunity_information=opportunity_information,
                opportunity_owner=opportunity_owner,
                probability=probability,
                discount=discount,
                revenue=revenue,
                close_date=close_date,
                units=units,
                promo_id=promo_id,
                opportunity_type=opportunity_type,
                opportunity_source=opportunity_source,
                status=status,
                opportunity_rating=opportunity_rating,
                activity_log=activity_log,
                notes=notes,
                documents=documents,
                task_id=task_id,
                idengager_request_id=idengager_request_id,
                opportunity_description=opportunity_description,
                stage=stage,
                forecast_category=forecast_category,
            ),
        )
        return await self._client.request_raw(kwargs, Opportunity)

    async def create_without_activity(
        self,
        *,
        customer: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        opportunity_information: OpportunityInputOpportunityInformation | Unset = UNSET,
        opportunity_owner: str | Unset = UNSET,
        probability: float | Unset = UNSET,
        discount: float | Unset = UNSET,
        revenue: float | Unset = UNSET,
        close_date: datetime.date | Unset = UNSET,
        units: builtins.list[Any] | Unset = UNSET,
        promo_id: str | Unset = UNSET,
        opportunity_type: str | Unset = UNSET,
        opportunity_source: str | Unset = UNSET,
        status: str | Unset = UNSET,
        opportunity_rating: float | Unset = UNSET,
        activity_log: builtins.list[ActivityLogEntry] | Unset = UNSET,
        notes: builtins.list[Any] | Unset = UNSET,
        documents: builtins.list[Document] | Unset = UNSET,
        task_id: str | Unset = UNSET,
        idengager_request_id: str | Unset = UNSET,
        opportunity_description: str | Unset = UNSET,
        stage: str | Unset = UNSET,
        forecast_category: str | Unset = UNSET,
    ) -> APIResponse[Opportunity]:
        """Create opportunity no activity: POST /opportunities/no-activity-opportunities

        Creates an opportunity exactly as given: unlike create, the server appends no
        activity-log entry of its own.

        """
        kwargs = _create_opportunity_without_activity._get_kwargs(
            body=OpportunityInput(
                customer=customer,
                lead_id=lead_id,
                opportunity_information=opportunity_information,
                opportunity_owner=opportunity_owner,
                probability=probability,
                discount=discount,
                revenue=revenue,
                close_date=close_date,
                units=units,
                promo_id=promo_id,
                opportunity_type=opportunity_type,
                opportunity_source=opportunity_source,
                status=status,
                opportunity_rating=opportunity_rating,
                activity_log=activity_log,
                notes=notes,
                documents=documents,
                task_id=task_id,
                idengager_request_id=idengager_request_id,
                opportunity_description=opportunity_description,
                stage=stage,
                forecast_category=forecast_category,
            ),
        )
        return await self._client.request_raw(kwargs, Opportunity)

    async def update_multiple(
        self,
        *,
        ids: builtins.list[str],
        update: OpportunityInput,
    ) -> APIResponse[BulkUpdateResult]:
        """Update opportunity (bulk): PUT /opportunities/multiple

        Applies one set of field values to several opportunities. Each id is reported
        on its own: an id that does not exist fails alone and the others are updated.

        """
        kwargs = _update_multiple_opportunities._get_kwargs(
            body=BulkUpdateRequest(
                ids=ids,
                update=update,
            ),
        )
        return await self._client.request_raw(kwargs, BulkUpdateResult)

    async def retrieve(
        self,
        id: str,
    ) -> APIResponse[Opportunity]:
        """Retrieve opportunity: GET /opportunities/{id}

        Returns a single opportunity, which you can request by passing through an id in the url.
        """
        kwargs = _retrieve_opportunity._get_kwargs(
            id=id,
        )
        return await self._client.request_raw(kwargs, Opportunity)

    async def update(
        self,
        id: str,
        *,
        customer: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        opportunity_information: OpportunityInputOpportunityInformation | Unset = UNSET,
        opportunity_owner: str | Unset = UNSET,
        probability: float | Unset = UNSET,
        discount: float | Unset = UNSET,
        revenue: float | Unset = UNSET,
        close_date: datetime.date | Unset = UNSET,
        units: builtins.list[Any] | Unset = UNSET,
        promo_id: str | Unset = UNSET,
        opportunity_type: str | Unset = UNSET,
        opportunity_source: str | Unset = UNSET,
        status: str | Unset = UNSET,
        opportunity_rating: float | Unset = UNSET,
        activity_log: builtins.list[ActivityLogEntry] | Unset = UNSET,
        notes: builtins.list[Any] | Unset = UNSET,
        documents: builtins.list[Document] | Unset = UNSET,
        task_id: str | Unset = UNSET,
        idengager_request_id: str | Unset = UNSET,
        opportunity_description: str | Unset = UNSET,
        stage: str | Unset = UNSET,
        forecast_category: str | Unset = UNSET,
    ) -> APIResponse[Opportunity]:
        """Update opportunity: PUT /opportunities/{id}

        Updates an opportunity with the fields given. Fields left out keep their value
        (the reference does not say whether PUT replaces the whole record).

        """
        kwargs = _update_opportunity._get_kwargs(
            id=id,
            body=OpportunityInput(
                customer=customer,
                lead_id=lead_id,
                opportunity_information=opportunity_information,
                opportunity_owner=opportunity_owner,
                probability=probability,
                discount=discount,
                revenue=revenue,
                close_date=close_date,
                units=units,
                promo_id=promo_id,
                opportunity_type=opportunity_type,
                opportunity_source=opportunity_source,
                status=status,
                opportunity_rating=opportunity_rating,
                activity_log=activity_log,
                notes=notes,
                documents=documents,
                task_id=task_id,
                idengager_request_id=idengager_request_id,
                opportunity_description=opportunity_description,
                stage=stage,
                forecast_category=forecast_category,
            ),
        )
        return await self._client.request_raw(kwargs, Opportunity)

    async def patch(
        self,
        id: str,
        *,
        customer: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        opportunity_information: OpportunityInputOpportunityInformation | Unset = UNSET,
        opportunity_owner: str | Unset = UNSET,
        probability: float | Unset = UNSET,
        discount: float | Unset = UNSET,
        revenue: float | Unset = UNSET,
        close_date: datetime.date | Unset = UNSET,
        units: builtins.list[Any] | Unset = UNSET,
        promo_id: str | Unset = UNSET,
        opportunity_type: str | Unset = UNSET,
        opportunity_source: str | Unset = UNSET,
        status: str | Unset = UNSET,
        opportunity_rating: float | Unset = UNSET,
        activity_log: builtins.list[ActivityLogEntry] | Unset = UNSET,
        notes: builtins.list[Any] | Unset = UNSET,
        documents: builtins.list[Document] | Unset = UNSET,
        task_id: str | Unset = UNSET,
        idengager_request_id: str | Unset = UNSET,
        opportunity_description: str | Unset = UNSET,
        stage: str | Unset = UNSET,
        forecast_category: str | Unset = UNSET,
    ) -> APIResponse[Opportunity]:
        """Update opportunity soft: PATCH /opportunities/{id}

        Update opportunity soft by setting the values of the parameters passed. Any
        parameters not set will be unchanged.

        """
        kwargs = _patch_opportunity._get_kwargs(
            id=id,
            body=OpportunityInput(
                customer=customer,
                lead_id=lead_id,
                opportunity_information=opportunity_information,
                opportunity_owner=opportunity_owner,
                probability=probability,
                discount=discount,
                revenue=revenue,
                close_date=close_date,
                units=units,
                promo_id=promo_id,
                opportunity_type=opportunity_type,
                opportunity_source=opportunity_source,
                status=status,
                opportunity_rating=opportunity_rating,
                activity_log=activity_log,
                notes=notes,
                documents=documents,
                task_id=task_id,
                idengager_request_id=idengager_request_id,
                opportunity_description=opportunity_description,
                stage=stage,
                forecast_category=forecast_category,
            ),
        )
        return await self._client.request_raw(kwargs, Opportunity)

    async def delete(
        self,
        id: str,
    ) -> APIResponse[None]:
        """Delete opportunity: DELETE /opportunities/deleted/{id}

        Deletes an opportunity. Note the path: delete lives under `/opportunities/deleted/`,
        not at the item path. Afterwards, retrieving the id answers 404.

        """
        kwargs = _delete_opportunity._get_kwargs(
            id=id,
        )
        return await self._client.request_raw(kwargs, None)


__all__ = [
    "AsyncOpportunitiesResource",
    "AsyncOpportunitiesResourceWithRawResponse",
    "OpportunitiesResource",
    "OpportunitiesResourceWithRawResponse",
]
