# Generated from openapi.yaml by openapi-python-client and overrides/templates/endpoint_init.py.jinja: do not edit; change the spec or the template and run `make generate`.
"""The subprojects operations as methods: ``client.subprojects.<method>(...)``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from decimal import Decimal
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
from ..models.list_subprojects_order import ListSubprojectsOrder
from ..models.list_subprojects_sort_by import ListSubprojectsSortBy
from ..models.subproject import Subproject
from ..models.subproject_input import SubprojectInput
from ..models.subproject_list import SubprojectList

if TYPE_CHECKING:
    from icloudready_runtime._base_client import AsyncAPIClient, SyncAPIClient  # noqa: F401


# How each operation's success body is read (see _results: page, model, array, primitive, empty).
_LIST_SUBPROJECTS = _results.page(Subproject, SubprojectList, page="page", limit="limit")
_CREATE_SUBPROJECT = _results.model(Subproject)
_RETRIEVE_SUBPROJECT = _results.model(Subproject)


class SubprojectsResource(SyncResource):
    """``client.subprojects``: the subprojects operations."""

    @cached_property
    def with_raw_response(self) -> SubprojectsResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return SubprojectsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ListSubprojectsOrder | None = None,
        q: str | None = None,
        sort_by: ListSubprojectsSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Page[Subproject]:
        """List all subprojects: GET /subprojects

        Returns a list of subprojects. The subprojects are returned in sorted order, with
        the most recent appearing first.

        Args:
            limit: The number of records to return. (int; from 1 to 100; default 20)
            page: The page number, starting at 1. (int; from 1 to 100000; default 1)
            order: The order of the records. (ListSubprojectsOrder; one of asc, desc; default desc)
            q: Search query. A record matches when every word of `q` starts a word of one of its free-text fields. Case-insensitive; a `q` without any word matches everything. (str; at most 200 characters)
            sort_by: The field the subprojects are sorted by. (one of created_at, updated_at, sub_project_name, price, starting_price, max_price; default: created_at)
            fields: "The filter of the records": a comma-separated list of the fields each subproject carries in the response (`_id` always comes back). (str | Sequence[str]; attribute names (snake_case), sent as the API's field names)
            p: "policyFilters": comma-separated `field:value` pairs; a subproject is listed only when each named field equals the value given (compared as text). (str | Mapping[str, object]; attribute names (snake_case), sent as the API's field names)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Page[Subproject]
        """
        return self._client.request(
            RequestSpec(
                "GET",
                "/subprojects",
                {
                    "limit": limit,
                    "page": page,
                    "order": order,
                    "q": q,
                    "sortBy": None if sort_by is None else _coerce.wire_name(Subproject, sort_by),
                    "fields": _coerce.wire_fields(Subproject, fields),
                    "p": _coerce.wire_filters(Subproject, p),
                },
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _LIST_SUBPROJECTS,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        order: ListSubprojectsOrder | None = None,
        q: str | None = None,
        sort_by: ListSubprojectsSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Iterator[Subproject]:
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
        sub_project_name: str | None | Unset = UNSET,
        sub_project_type: str | None | Unset = UNSET,
        address: str | None | Unset = UNSET,
        city: str | None | Unset = UNSET,
        state: str | None | Unset = UNSET,
        country: str | None | Unset = UNSET,
        zip_: str | None | Unset = UNSET,
        rental_owners: Sequence[Any] | None | Unset = UNSET,
        bank_info: str | None | Unset = UNSET,
        manager: str | None | Unset = UNSET,
        project_id: str | None | Unset = UNSET,
        sub_project_image_url: str | None | Unset = UNSET,
        sub_project_location: str | None | Unset = UNSET,
        sub_project_name_ar: str | None | Unset = UNSET,
        sub_project_desc: str | None | Unset = UNSET,
        sub_project_desc_ar: str | None | Unset = UNSET,
        price: float | Decimal | None | Unset = UNSET,
        starting_price: float | Decimal | None | Unset = UNSET,
        max_price: float | Decimal | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Subproject:
        """Create subproject: POST /subprojects

        Creates a subproject. You need to pass through any required fields, and you can optionally pass through other fields.

        Args:
            sub_project_name: Name. (str | None; at most 200 characters; None sends null, which clears the field)
            sub_project_type: Type. (str | None; at most 200 characters; None sends null, which clears the field)
            address: Address. (str | None; at most 1000 characters; None sends null, which clears the field)
            city: City. (str | None; at most 200 characters; None sends null, which clears the field)
            state: State. (str | None; at most 200 characters; None sends null, which clears the field)
            country: Country. (str | None; at most 200 characters; None sends null, which clears the field)
            zip_: Postal code. (str | None; at most 200 characters; None sends null, which clears the field)
            rental_owners: Rental owners; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            bank_info: Bank information (a string, an ObjectId in the example; "any" in realms, an object in contracts). (str | None; at most 200 characters; None sends null, which clears the field)
            manager: Manager (the example is a name, not an id). (str | None; at most 200 characters; None sends null, which clears the field)
            project_id: Id of the project. (str | None; at most 200 characters; None sends null, which clears the field)
            sub_project_image_url: Image of the subproject. (str | None; at most 2000 characters; None sends null, which clears the field)
            sub_project_location: Location. (str | None; at most 1000 characters; None sends null, which clears the field)
            sub_project_name_ar: Name, in Arabic. (str | None; at most 200 characters; None sends null, which clears the field)
            sub_project_desc: Description. (str | None; at most 10000 characters; None sends null, which clears the field)
            sub_project_desc_ar: Description, in Arabic. (str | None; at most 10000 characters; None sends null, which clears the field)
            price: Price. (float | Decimal | None; from 0 to 1000000000000000; None sends null, which clears the field)
            starting_price: Lowest price. (float | Decimal | None; from 0 to 1000000000000000; None sends null, which clears the field)
            max_price: Highest price. (float | Decimal | None; from 0 to 1000000000000000; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Subproject
        """
        return self._client.request(
            RequestSpec(
                "POST",
                "/subprojects",
                None,
                _coerce.body(
                    SubprojectInput,
                    {
                        "sub_project_name": sub_project_name,
                        "sub_project_type": sub_project_type,
                        "address": address,
                        "city": city,
                        "state": state,
                        "country": country,
                        "zip_": zip_,
                        "rental_owners": rental_owners,
                        "bank_info": bank_info,
                        "manager": manager,
                        "project_id": project_id,
                        "sub_project_image_url": sub_project_image_url,
                        "sub_project_location": sub_project_location,
                        "sub_project_name_ar": sub_project_name_ar,
                        "sub_project_desc": sub_project_desc,
                        "sub_project_desc_ar": sub_project_desc_ar,
                        "price": price,
                        "starting_price": starting_price,
                        "max_price": max_price,
                    },
                    "create",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_SUBPROJECT,
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
    ) -> Subproject:
        """Retrieve subproject: GET /subprojects/{id}

        Returns a single subproject, which you can request by passing through an id in the url.

        Args:
            id: ID of the subproject. (str; matching ^[0-9a-f]{24}$; required)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Subproject
        """
        return self._client.request(
            RequestSpec(
                "GET",
                expand_path(
                    "/subprojects/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _RETRIEVE_SUBPROJECT,
        )


class SubprojectsResourceWithRawResponse:
    """``client.subprojects.with_raw_response``: each method returns an ``APIResponse``."""

    def __init__(self, resource: SubprojectsResource) -> None:
        raw = SubprojectsResource(resource._client._raw_copy())
        self.list = to_raw_response_wrapper(raw.list)
        self.create = to_raw_response_wrapper(raw.create)
        self.retrieve = to_raw_response_wrapper(raw.retrieve)


class AsyncSubprojectsResource(AsyncResource):
    """``client.subprojects`` of AsyncClient."""

    @cached_property
    def with_raw_response(self) -> AsyncSubprojectsResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return AsyncSubprojectsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ListSubprojectsOrder | None = None,
        q: str | None = None,
        sort_by: ListSubprojectsSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Page[Subproject]:
        """List all subprojects: GET /subprojects

        Returns a list of subprojects. The subprojects are returned in sorted order, with
        the most recent appearing first.

        Args:
            limit: The number of records to return. (int; from 1 to 100; default 20)
            page: The page number, starting at 1. (int; from 1 to 100000; default 1)
            order: The order of the records. (ListSubprojectsOrder; one of asc, desc; default desc)
            q: Search query. A record matches when every word of `q` starts a word of one of its free-text fields. Case-insensitive; a `q` without any word matches everything. (str; at most 200 characters)
            sort_by: The field the subprojects are sorted by. (one of created_at, updated_at, sub_project_name, price, starting_price, max_price; default: created_at)
            fields: "The filter of the records": a comma-separated list of the fields each subproject carries in the response (`_id` always comes back). (str | Sequence[str]; attribute names (snake_case), sent as the API's field names)
            p: "policyFilters": comma-separated `field:value` pairs; a subproject is listed only when each named field equals the value given (compared as text). (str | Mapping[str, object]; attribute names (snake_case), sent as the API's field names)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Page[Subproject]
        """
        return await self._client.request(
            RequestSpec(
                "GET",
                "/subprojects",
                {
                    "limit": limit,
                    "page": page,
                    "order": order,
                    "q": q,
                    "sortBy": None if sort_by is None else _coerce.wire_name(Subproject, sort_by),
                    "fields": _coerce.wire_fields(Subproject, fields),
                    "p": _coerce.wire_filters(Subproject, p),
                },
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _LIST_SUBPROJECTS,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        order: ListSubprojectsOrder | None = None,
        q: str | None = None,
        sort_by: ListSubprojectsSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncIterator[Subproject]:
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
        sub_project_name: str | None | Unset = UNSET,
        sub_project_type: str | None | Unset = UNSET,
        address: str | None | Unset = UNSET,
        city: str | None | Unset = UNSET,
        state: str | None | Unset = UNSET,
        country: str | None | Unset = UNSET,
        zip_: str | None | Unset = UNSET,
        rental_owners: Sequence[Any] | None | Unset = UNSET,
        bank_info: str | None | Unset = UNSET,
        manager: str | None | Unset = UNSET,
        project_id: str | None | Unset = UNSET,
        sub_project_image_url: str | None | Unset = UNSET,
        sub_project_location: str | None | Unset = UNSET,
        sub_project_name_ar: str | None | Unset = UNSET,
        sub_project_desc: str | None | Unset = UNSET,
        sub_project_desc_ar: str | None | Unset = UNSET,
        price: float | Decimal | None | Unset = UNSET,
        starting_price: float | Decimal | None | Unset = UNSET,
        max_price: float | Decimal | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Subproject:
        """Create subproject: POST /subprojects

        Creates a subproject. You need to pass through any required fields, and you can optionally pass through other fields.

        Args:
            sub_project_name: Name. (str | None; at most 200 characters; None sends null, which clears the field)
            sub_project_type: Type. (str | None; at most 200 characters; None sends null, which clears the field)
            address: Address. (str | None; at most 1000 characters; None sends null, which clears the field)
            city: City. (str | None; at most 200 characters; None sends null, which clears the field)
            state: State. (str | None; at most 200 characters; None sends null, which clears the field)
            country: Country. (str | None; at most 200 characters; None sends null, which clears the field)
            zip_: Postal code. (str | None; at most 200 characters; None sends null, which clears the field)
            rental_owners: Rental owners; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            bank_info: Bank information (a string, an ObjectId in the example; "any" in realms, an object in contracts). (str | None; at most 200 characters; None sends null, which clears the field)
            manager: Manager (the example is a name, not an id). (str | None; at most 200 characters; None sends null, which clears the field)
            project_id: Id of the project. (str | None; at most 200 characters; None sends null, which clears the field)
            sub_project_image_url: Image of the subproject. (str | None; at most 2000 characters; None sends null, which clears the field)
            sub_project_location: Location. (str | None; at most 1000 characters; None sends null, which clears the field)
            sub_project_name_ar: Name, in Arabic. (str | None; at most 200 characters; None sends null, which clears the field)
            sub_project_desc: Description. (str | None; at most 10000 characters; None sends null, which clears the field)
            sub_project_desc_ar: Description, in Arabic. (str | None; at most 10000 characters; None sends null, which clears the field)
            price: Price. (float | Decimal | None; from 0 to 1000000000000000; None sends null, which clears the field)
            starting_price: Lowest price. (float | Decimal | None; from 0 to 1000000000000000; None sends null, which clears the field)
            max_price: Highest price. (float | Decimal | None; from 0 to 1000000000000000; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Subproject
        """
        return await self._client.request(
            RequestSpec(
                "POST",
                "/subprojects",
                None,
                _coerce.body(
                    SubprojectInput,
                    {
                        "sub_project_name": sub_project_name,
                        "sub_project_type": sub_project_type,
                        "address": address,
                        "city": city,
                        "state": state,
                        "country": country,
                        "zip_": zip_,
                        "rental_owners": rental_owners,
                        "bank_info": bank_info,
                        "manager": manager,
                        "project_id": project_id,
                        "sub_project_image_url": sub_project_image_url,
                        "sub_project_location": sub_project_location,
                        "sub_project_name_ar": sub_project_name_ar,
                        "sub_project_desc": sub_project_desc,
                        "sub_project_desc_ar": sub_project_desc_ar,
                        "price": price,
                        "starting_price": starting_price,
                        "max_price": max_price,
                    },
                    "create",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_SUBPROJECT,
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
    ) -> Subproject:
        """Retrieve subproject: GET /subprojects/{id}

        Returns a single subproject, which you can request by passing through an id in the url.

        Args:
            id: ID of the subproject. (str; matching ^[0-9a-f]{24}$; required)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Subproject
        """
        return await self._client.request(
            RequestSpec(
                "GET",
                expand_path(
                    "/subprojects/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _RETRIEVE_SUBPROJECT,
        )


class AsyncSubprojectsResourceWithRawResponse:
    """``client.subprojects.with_raw_response`` of AsyncClient."""

    def __init__(self, resource: AsyncSubprojectsResource) -> None:
        raw = AsyncSubprojectsResource(resource._client._raw_copy())
        self.list = async_to_raw_response_wrapper(raw.list)
        self.create = async_to_raw_response_wrapper(raw.create)
        self.retrieve = async_to_raw_response_wrapper(raw.retrieve)


__all__ = [
    "AsyncSubprojectsResource",
    "AsyncSubprojectsResourceWithRawResponse",
    "SubprojectsResource",
    "SubprojectsResourceWithRawResponse",
]
