# Generated from openapi.yaml by openapi-python-client and overrides/templates/endpoint_init.py.jinja: do not edit; change the spec or the template and run `make generate`.
"""The reservations operations as methods: ``client.reservations.<method>(...)``."""

from __future__ import annotations

import datetime
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
from ..models.list_reservations_order import ListReservationsOrder
from ..models.list_reservations_sort_by import ListReservationsSortBy
from ..models.reservation import Reservation
from ..models.reservation_input import ReservationInput
from ..models.reservation_list import ReservationList

if TYPE_CHECKING:
    from icloudready_runtime._base_client import AsyncAPIClient, SyncAPIClient  # noqa: F401


# How each operation's success body is read (see _results: page, model, array, primitive, empty).
_LIST_RESERVATIONS = _results.page(Reservation, ReservationList, page="page", limit="limit")
_CREATE_RESERVATION = _results.model(Reservation)
_RETRIEVE_RESERVATION = _results.model(Reservation)
_UPDATE_RESERVATION = _results.model(Reservation)


class ReservationsResource(SyncResource):
    """``client.reservations``: the reservations operations."""

    @cached_property
    def with_raw_response(self) -> ReservationsResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return ReservationsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ListReservationsOrder | None = None,
        q: str | None = None,
        sort_by: ListReservationsSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Page[Reservation]:
        """List all reservations: GET /reservations

        Returns a list of reservations. The reservations are returned in sorted order, with
        the most recent appearing first.

        Args:
            limit: The number of records to return. (int; from 1 to 100; default 20)
            page: The page number, starting at 1. (int; from 1 to 100000; default 1)
            order: The order of the records. (ListReservationsOrder; one of asc, desc; default desc)
            q: Search query. A record matches when every word of `q` starts a word of one of its free-text fields. Case-insensitive; a `q` without any word matches everything. (str; at most 200 characters)
            sort_by: The field the reservations are sorted by. (one of created_at, updated_at, customer_name, status, down_payment, reservation_fees; default: created_at)
            fields: "The filter of the records": a comma-separated list of the fields each reservation carries in the response (`_id` always comes back). (str | Sequence[str]; attribute names (snake_case), sent as the API's field names)
            p: "policyFilters": comma-separated `field:value` pairs; a reservation is listed only when each named field equals the value given (compared as text). (str | Mapping[str, object]; attribute names (snake_case), sent as the API's field names)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Page[Reservation]
        """
        return self._client.request(
            RequestSpec(
                "GET",
                "/reservations",
                {
                    "limit": limit,
                    "page": page,
                    "order": order,
                    "q": q,
                    "sortBy": None if sort_by is None else _coerce.wire_name(Reservation, sort_by),
                    "fields": _coerce.wire_fields(Reservation, fields),
                    "p": _coerce.wire_filters(Reservation, p),
                },
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _LIST_RESERVATIONS,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        order: ListReservationsOrder | None = None,
        q: str | None = None,
        sort_by: ListReservationsSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Iterator[Reservation]:
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
        customer_id: str | None | Unset = UNSET,
        customer_name: str | None | Unset = UNSET,
        contacts: Sequence[Any] | None | Unset = UNSET,
        sales_man: str | None | Unset = UNSET,
        unit_id: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        reservation_date: datetime.date | str | None | Unset = UNSET,
        valid_to_date: datetime.date | str | None | Unset = UNSET,
        down_payment: float | Decimal | None | Unset = UNSET,
        reservation_fees: float | Decimal | None | Unset = UNSET,
        account_id: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Reservation:
        """Create reservation: POST /reservations

        Creates a reservation. You need to pass through any required fields, and you can optionally pass through other fields.

        Args:
            customer_id: Id of the customer. (str | None; at most 200 characters; None sends null, which clears the field)
            customer_name: Name of the customer. (str | None; at most 200 characters; None sends null, which clears the field)
            contacts: Contacts (capital C on the wire); the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            sales_man: Salesman (the example is a name). (str | None; at most 200 characters; None sends null, which clears the field)
            unit_id: Id of the reserved unit. (str | None; at most 200 characters; None sends null, which clears the field)
            status: Status, e.g. "Success". (str | None; at most 200 characters; None sends null, which clears the field)
            reservation_date: Day of the reservation, day first (DD/MM/YYYY). (datetime.date | str | None; matching ^\\d{2}/\\d{2}/\\d{4}$; None sends null, which clears the field)
            valid_to_date: Last day the reservation holds, day first (DD/MM/YYYY). (datetime.date | str | None; matching ^\\d{2}/\\d{2}/\\d{4}$; None sends null, which clears the field)
            down_payment: Down payment. (float | Decimal | None; from 0 to 1000000000000000; None sends null, which clears the field)
            reservation_fees: Reservation fees. (float | Decimal | None; from 0 to 1000000000000000; None sends null, which clears the field)
            account_id: Account id (the example is not an ObjectId). (str | None; at most 200 characters; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Reservation
        """
        return self._client.request(
            RequestSpec(
                "POST",
                "/reservations",
                None,
                _coerce.body(
                    ReservationInput,
                    {
                        "customer_id": customer_id,
                        "customer_name": customer_name,
                        "contacts": contacts,
                        "sales_man": sales_man,
                        "unit_id": unit_id,
                        "status": status,
                        "reservation_date": reservation_date,
                        "valid_to_date": valid_to_date,
                        "down_payment": down_payment,
                        "reservation_fees": reservation_fees,
                        "account_id": account_id,
                    },
                    "create",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_RESERVATION,
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
    ) -> Reservation:
        """Retrieve reservation: GET /reservations/{id}

        Returns a single reservation, which you can request by passing through an id in the url.

        Args:
            id: ID of the reservation. (str; matching ^[0-9a-f]{24}$; required)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Reservation
        """
        return self._client.request(
            RequestSpec(
                "GET",
                expand_path(
                    "/reservations/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _RETRIEVE_RESERVATION,
        )

    def update(
        self,
        id: str,
        *,
        customer_id: str | None | Unset = UNSET,
        customer_name: str | None | Unset = UNSET,
        contacts: Sequence[Any] | None | Unset = UNSET,
        sales_man: str | None | Unset = UNSET,
        unit_id: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        reservation_date: datetime.date | str | None | Unset = UNSET,
        valid_to_date: datetime.date | str | None | Unset = UNSET,
        down_payment: float | Decimal | None | Unset = UNSET,
        reservation_fees: float | Decimal | None | Unset = UNSET,
        account_id: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Reservation:
        """Update reservation: PUT /reservations/{id}

        Updates a reservation with the fields given. Fields left out keep their value
        (the reference does not say whether PUT replaces the whole record).

        Args:
            id: ID of the reservation. (str; matching ^[0-9a-f]{24}$; required)
            customer_id: Id of the customer. (str | None; at most 200 characters; None sends null, which clears the field)
            customer_name: Name of the customer. (str | None; at most 200 characters; None sends null, which clears the field)
            contacts: Contacts (capital C on the wire); the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            sales_man: Salesman (the example is a name). (str | None; at most 200 characters; None sends null, which clears the field)
            unit_id: Id of the reserved unit. (str | None; at most 200 characters; None sends null, which clears the field)
            status: Status, e.g. "Success". (str | None; at most 200 characters; None sends null, which clears the field)
            reservation_date: Day of the reservation, day first (DD/MM/YYYY). (datetime.date | str | None; matching ^\\d{2}/\\d{2}/\\d{4}$; None sends null, which clears the field)
            valid_to_date: Last day the reservation holds, day first (DD/MM/YYYY). (datetime.date | str | None; matching ^\\d{2}/\\d{2}/\\d{4}$; None sends null, which clears the field)
            down_payment: Down payment. (float | Decimal | None; from 0 to 1000000000000000; None sends null, which clears the field)
            reservation_fees: Reservation fees. (float | Decimal | None; from 0 to 1000000000000000; None sends null, which clears the field)
            account_id: Account id (the example is not an ObjectId). (str | None; at most 200 characters; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Reservation
        """
        return self._client.request(
            RequestSpec(
                "PUT",
                expand_path(
                    "/reservations/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                _coerce.body(
                    ReservationInput,
                    {
                        "customer_id": customer_id,
                        "customer_name": customer_name,
                        "contacts": contacts,
                        "sales_man": sales_man,
                        "unit_id": unit_id,
                        "status": status,
                        "reservation_date": reservation_date,
                        "valid_to_date": valid_to_date,
                        "down_payment": down_payment,
                        "reservation_fees": reservation_fees,
                        "account_id": account_id,
                    },
                    "update",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _UPDATE_RESERVATION,
        )


class ReservationsResourceWithRawResponse:
    """``client.reservations.with_raw_response``: each method returns an ``APIResponse``."""

    def __init__(self, resource: ReservationsResource) -> None:
        raw = ReservationsResource(resource._client._raw_copy())
        self.list = to_raw_response_wrapper(raw.list)
        self.create = to_raw_response_wrapper(raw.create)
        self.retrieve = to_raw_response_wrapper(raw.retrieve)
        self.update = to_raw_response_wrapper(raw.update)


class AsyncReservationsResource(AsyncResource):
    """``client.reservations`` of AsyncClient."""

    @cached_property
    def with_raw_response(self) -> AsyncReservationsResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return AsyncReservationsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ListReservationsOrder | None = None,
        q: str | None = None,
        sort_by: ListReservationsSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Page[Reservation]:
        """List all reservations: GET /reservations

        Returns a list of reservations. The reservations are returned in sorted order, with
        the most recent appearing first.

        Args:
            limit: The number of records to return. (int; from 1 to 100; default 20)
            page: The page number, starting at 1. (int; from 1 to 100000; default 1)
            order: The order of the records. (ListReservationsOrder; one of asc, desc; default desc)
            q: Search query. A record matches when every word of `q` starts a word of one of its free-text fields. Case-insensitive; a `q` without any word matches everything. (str; at most 200 characters)
            sort_by: The field the reservations are sorted by. (one of created_at, updated_at, customer_name, status, down_payment, reservation_fees; default: created_at)
            fields: "The filter of the records": a comma-separated list of the fields each reservation carries in the response (`_id` always comes back). (str | Sequence[str]; attribute names (snake_case), sent as the API's field names)
            p: "policyFilters": comma-separated `field:value` pairs; a reservation is listed only when each named field equals the value given (compared as text). (str | Mapping[str, object]; attribute names (snake_case), sent as the API's field names)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Page[Reservation]
        """
        return await self._client.request(
            RequestSpec(
                "GET",
                "/reservations",
                {
                    "limit": limit,
                    "page": page,
                    "order": order,
                    "q": q,
                    "sortBy": None if sort_by is None else _coerce.wire_name(Reservation, sort_by),
                    "fields": _coerce.wire_fields(Reservation, fields),
                    "p": _coerce.wire_filters(Reservation, p),
                },
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _LIST_RESERVATIONS,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        order: ListReservationsOrder | None = None,
        q: str | None = None,
        sort_by: ListReservationsSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncIterator[Reservation]:
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
        customer_id: str | None | Unset = UNSET,
        customer_name: str | None | Unset = UNSET,
        contacts: Sequence[Any] | None | Unset = UNSET,
        sales_man: str | None | Unset = UNSET,
        unit_id: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        reservation_date: datetime.date | str | None | Unset = UNSET,
        valid_to_date: datetime.date | str | None | Unset = UNSET,
        down_payment: float | Decimal | None | Unset = UNSET,
        reservation_fees: float | Decimal | None | Unset = UNSET,
        account_id: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Reservation:
        """Create reservation: POST /reservations

        Creates a reservation. You need to pass through any required fields, and you can optionally pass through other fields.

        Args:
            customer_id: Id of the customer. (str | None; at most 200 characters; None sends null, which clears the field)
            customer_name: Name of the customer. (str | None; at most 200 characters; None sends null, which clears the field)
            contacts: Contacts (capital C on the wire); the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            sales_man: Salesman (the example is a name). (str | None; at most 200 characters; None sends null, which clears the field)
            unit_id: Id of the reserved unit. (str | None; at most 200 characters; None sends null, which clears the field)
            status: Status, e.g. "Success". (str | None; at most 200 characters; None sends null, which clears the field)
            reservation_date: Day of the reservation, day first (DD/MM/YYYY). (datetime.date | str | None; matching ^\\d{2}/\\d{2}/\\d{4}$; None sends null, which clears the field)
            valid_to_date: Last day the reservation holds, day first (DD/MM/YYYY). (datetime.date | str | None; matching ^\\d{2}/\\d{2}/\\d{4}$; None sends null, which clears the field)
            down_payment: Down payment. (float | Decimal | None; from 0 to 1000000000000000; None sends null, which clears the field)
            reservation_fees: Reservation fees. (float | Decimal | None; from 0 to 1000000000000000; None sends null, which clears the field)
            account_id: Account id (the example is not an ObjectId). (str | None; at most 200 characters; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Reservation
        """
        return await self._client.request(
            RequestSpec(
                "POST",
                "/reservations",
                None,
                _coerce.body(
                    ReservationInput,
                    {
                        "customer_id": customer_id,
                        "customer_name": customer_name,
                        "contacts": contacts,
                        "sales_man": sales_man,
                        "unit_id": unit_id,
                        "status": status,
                        "reservation_date": reservation_date,
                        "valid_to_date": valid_to_date,
                        "down_payment": down_payment,
                        "reservation_fees": reservation_fees,
                        "account_id": account_id,
                    },
                    "create",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_RESERVATION,
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
    ) -> Reservation:
        """Retrieve reservation: GET /reservations/{id}

        Returns a single reservation, which you can request by passing through an id in the url.

        Args:
            id: ID of the reservation. (str; matching ^[0-9a-f]{24}$; required)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Reservation
        """
        return await self._client.request(
            RequestSpec(
                "GET",
                expand_path(
                    "/reservations/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _RETRIEVE_RESERVATION,
        )

    async def update(
        self,
        id: str,
        *,
        customer_id: str | None | Unset = UNSET,
        customer_name: str | None | Unset = UNSET,
        contacts: Sequence[Any] | None | Unset = UNSET,
        sales_man: str | None | Unset = UNSET,
        unit_id: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        reservation_date: datetime.date | str | None | Unset = UNSET,
        valid_to_date: datetime.date | str | None | Unset = UNSET,
        down_payment: float | Decimal | None | Unset = UNSET,
        reservation_fees: float | Decimal | None | Unset = UNSET,
        account_id: str | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Reservation:
        """Update reservation: PUT /reservations/{id}

        Updates a reservation with the fields given. Fields left out keep their value
        (the reference does not say whether PUT replaces the whole record).

        Args:
            id: ID of the reservation. (str; matching ^[0-9a-f]{24}$; required)
            customer_id: Id of the customer. (str | None; at most 200 characters; None sends null, which clears the field)
            customer_name: Name of the customer. (str | None; at most 200 characters; None sends null, which clears the field)
            contacts: Contacts (capital C on the wire); the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            sales_man: Salesman (the example is a name). (str | None; at most 200 characters; None sends null, which clears the field)
            unit_id: Id of the reserved unit. (str | None; at most 200 characters; None sends null, which clears the field)
            status: Status, e.g. "Success". (str | None; at most 200 characters; None sends null, which clears the field)
            reservation_date: Day of the reservation, day first (DD/MM/YYYY). (datetime.date | str | None; matching ^\\d{2}/\\d{2}/\\d{4}$; None sends null, which clears the field)
            valid_to_date: Last day the reservation holds, day first (DD/MM/YYYY). (datetime.date | str | None; matching ^\\d{2}/\\d{2}/\\d{4}$; None sends null, which clears the field)
            down_payment: Down payment. (float | Decimal | None; from 0 to 1000000000000000; None sends null, which clears the field)
            reservation_fees: Reservation fees. (float | Decimal | None; from 0 to 1000000000000000; None sends null, which clears the field)
            account_id: Account id (the example is not an ObjectId). (str | None; at most 200 characters; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Reservation
        """
        return await self._client.request(
            RequestSpec(
                "PUT",
                expand_path(
                    "/reservations/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                _coerce.body(
                    ReservationInput,
                    {
                        "customer_id": customer_id,
                        "customer_name": customer_name,
                        "contacts": contacts,
                        "sales_man": sales_man,
                        "unit_id": unit_id,
                        "status": status,
                        "reservation_date": reservation_date,
                        "valid_to_date": valid_to_date,
                        "down_payment": down_payment,
                        "reservation_fees": reservation_fees,
                        "account_id": account_id,
                    },
                    "update",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _UPDATE_RESERVATION,
        )


class AsyncReservationsResourceWithRawResponse:
    """``client.reservations.with_raw_response`` of AsyncClient."""

    def __init__(self, resource: AsyncReservationsResource) -> None:
        raw = AsyncReservationsResource(resource._client._raw_copy())
        self.list = async_to_raw_response_wrapper(raw.list)
        self.create = async_to_raw_response_wrapper(raw.create)
        self.retrieve = async_to_raw_response_wrapper(raw.retrieve)
        self.update = async_to_raw_response_wrapper(raw.update)


__all__ = [
    "AsyncReservationsResource",
    "AsyncReservationsResourceWithRawResponse",
    "ReservationsResource",
    "ReservationsResourceWithRawResponse",
]
