# Generated from openapi.yaml by openapi-python-client and overrides/templates/endpoint_init.py.jinja: do not edit; change the spec or the template and run `make generate`.
"""The customers operations as methods: ``client.customers.<method>(...)``."""

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
from ..models.customer import Customer
from ..models.customer_input import CustomerInput
from ..models.customer_list import CustomerList
from ..models.list_customers_order import ListCustomersOrder
from ..models.list_customers_sort_by import ListCustomersSortBy

if TYPE_CHECKING:
    from icloudready_runtime._base_client import AsyncAPIClient, SyncAPIClient  # noqa: F401


# How each operation's success body is read (see _results: page, model, array, primitive, empty).
_LIST_CUSTOMERS = _results.page(Customer, CustomerList, page="page", limit="limit")
_CREATE_CUSTOMER = _results.model(Customer)
_RETRIEVE_CUSTOMER = _results.model(Customer)
_UPDATE_CUSTOMER = _results.model(Customer)


class CustomersResource(SyncResource):
    """``client.customers``: the customers operations."""

    @cached_property
    def with_raw_response(self) -> CustomersResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return CustomersResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ListCustomersOrder | None = None,
        q: str | None = None,
        sort_by: ListCustomersSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Page[Customer]:
        """List all customers: GET /customers

        Returns a list of customers. The customers are returned in sorted order, with the
        most recent appearing first.

        Args:
            limit: The number of records to return. (int; from 1 to 100; default 20)
            page: The page number, starting at 1. (int; from 1 to 100000; default 1)
            order: The order of the records. (ListCustomersOrder; one of asc, desc; default desc)
            q: Search query. A record matches when every word of `q` starts a word of one of its free-text fields. Case-insensitive; a `q` without any word matches everything. (str; at most 200 characters)
            sort_by: The field the customers are sorted by. (one of created_at, updated_at, capital, un_number, name, status; default: created_at)
            fields: "The filter of the records": a comma-separated list of the fields each customer carries in the response (`_id` always comes back). (str | Sequence[str]; attribute names (snake_case), sent as the API's field names)
            p: "policyFilters": comma-separated `field:value` pairs; a customer is listed only when each named field equals the value given (compared as text). (str | Mapping[str, object]; attribute names (snake_case), sent as the API's field names)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Page[Customer]
        """
        return self._client.request(
            RequestSpec(
                "GET",
                "/customers",
                {
                    "limit": limit,
                    "page": page,
                    "order": order,
                    "q": q,
                    "sortBy": None if sort_by is None else _coerce.wire_name(Customer, sort_by),
                    "fields": _coerce.wire_fields(Customer, fields),
                    "p": _coerce.wire_filters(Customer, p),
                },
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _LIST_CUSTOMERS,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        order: ListCustomersOrder | None = None,
        q: str | None = None,
        sort_by: ListCustomersSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Iterator[Customer]:
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
        is_company: bool | None | Unset = UNSET,
        capital: int | None | Unset = UNSET,
        un_number: int | None | Unset = UNSET,
        manager: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        name_ar: str | None | Unset = UNSET,
        address_ar: str | None | Unset = UNSET,
        street1: str | None | Unset = UNSET,
        street2: str | None | Unset = UNSET,
        zip_code: str | None | Unset = UNSET,
        city: str | None | Unset = UNSET,
        siret: str | None | Unset = UNSET,
        rcs: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        subject: str | None | Unset = UNSET,
        category: str | None | Unset = UNSET,
        contacts: Sequence[Any] | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Customer:
        """Create customer: POST /customers

        Creates a customer. You need to pass through any required fields, and you can optionally pass through other fields.

        Args:
            is_company: Whether the customer is a company. (bool | None; None sends null, which clears the field)
            capital: Capital (the reference's example is 2000000). (int | None; from 0 to 1000000000000000; None sends null, which clears the field)
            un_number: UN number. (int | None; from 0 to 1000000000000000; None sends null, which clears the field)
            manager: Manager of the customer (an id or a name: not documented). (str | None; at most 200 characters; None sends null, which clears the field)
            name: Name. (str | None; at most 200 characters; None sends null, which clears the field)
            name_ar: Name, in Arabic (snake_case on the wire). (str | None; at most 200 characters; None sends null, which clears the field)
            address_ar: Address, in Arabic (snake_case on the wire). (str | None; at most 1000 characters; None sends null, which clears the field)
            street1: Street, first line. (str | None; at most 1000 characters; None sends null, which clears the field)
            street2: Street, second line. (str | None; at most 1000 characters; None sends null, which clears the field)
            zip_code: Postal code. (str | None; at most 200 characters; None sends null, which clears the field)
            city: City. (str | None; at most 200 characters; None sends null, which clears the field)
            siret: SIRET number. (str | None; at most 200 characters; None sends null, which clears the field)
            rcs: RCS (trade register) number. (str | None; at most 200 characters; None sends null, which clears the field)
            status: Status. (str | None; at most 200 characters; None sends null, which clears the field)
            subject: Subject. (str | None; at most 1000 characters; None sends null, which clears the field)
            category: Category. (str | None; at most 200 characters; None sends null, which clears the field)
            contacts: Contacts; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Customer
        """
        return self._client.request(
            RequestSpec(
                "POST",
                "/customers",
                None,
                _coerce.body(
                    CustomerInput,
                    {
                        "is_company": is_company,
                        "capital": capital,
                        "un_number": un_number,
                        "manager": manager,
                        "name": name,
                        "name_ar": name_ar,
                        "address_ar": address_ar,
                        "street1": street1,
                        "street2": street2,
                        "zip_code": zip_code,
                        "city": city,
                        "siret": siret,
                        "rcs": rcs,
                        "status": status,
                        "subject": subject,
                        "category": category,
                        "contacts": contacts,
                    },
                    "create",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_CUSTOMER,
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
    ) -> Customer:
        """Retrieve customer: GET /customers/{id}

        Returns a single customer, which you can request by passing through an id in the url.

        Args:
            id: ID of the customer. (str; matching ^[0-9a-f]{24}$; required)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Customer
        """
        return self._client.request(
            RequestSpec(
                "GET",
                expand_path(
                    "/customers/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _RETRIEVE_CUSTOMER,
        )

    def update(
        self,
        id: str,
        *,
        is_company: bool | None | Unset = UNSET,
        capital: int | None | Unset = UNSET,
        un_number: int | None | Unset = UNSET,
        manager: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        name_ar: str | None | Unset = UNSET,
        address_ar: str | None | Unset = UNSET,
        street1: str | None | Unset = UNSET,
        street2: str | None | Unset = UNSET,
        zip_code: str | None | Unset = UNSET,
        city: str | None | Unset = UNSET,
        siret: str | None | Unset = UNSET,
        rcs: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        subject: str | None | Unset = UNSET,
        category: str | None | Unset = UNSET,
        contacts: Sequence[Any] | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Customer:
        """Update customer: PUT /customers/{id}

        Updates a customer with the fields given. Fields left out keep their value
        (the reference does not say whether PUT replaces the whole record).

        Args:
            id: ID of the customer. (str; matching ^[0-9a-f]{24}$; required)
            is_company: Whether the customer is a company. (bool | None; None sends null, which clears the field)
            capital: Capital (the reference's example is 2000000). (int | None; from 0 to 1000000000000000; None sends null, which clears the field)
            un_number: UN number. (int | None; from 0 to 1000000000000000; None sends null, which clears the field)
            manager: Manager of the customer (an id or a name: not documented). (str | None; at most 200 characters; None sends null, which clears the field)
            name: Name. (str | None; at most 200 characters; None sends null, which clears the field)
            name_ar: Name, in Arabic (snake_case on the wire). (str | None; at most 200 characters; None sends null, which clears the field)
            address_ar: Address, in Arabic (snake_case on the wire). (str | None; at most 1000 characters; None sends null, which clears the field)
            street1: Street, first line. (str | None; at most 1000 characters; None sends null, which clears the field)
            street2: Street, second line. (str | None; at most 1000 characters; None sends null, which clears the field)
            zip_code: Postal code. (str | None; at most 200 characters; None sends null, which clears the field)
            city: City. (str | None; at most 200 characters; None sends null, which clears the field)
            siret: SIRET number. (str | None; at most 200 characters; None sends null, which clears the field)
            rcs: RCS (trade register) number. (str | None; at most 200 characters; None sends null, which clears the field)
            status: Status. (str | None; at most 200 characters; None sends null, which clears the field)
            subject: Subject. (str | None; at most 1000 characters; None sends null, which clears the field)
            category: Category. (str | None; at most 200 characters; None sends null, which clears the field)
            contacts: Contacts; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Customer
        """
        return self._client.request(
            RequestSpec(
                "PUT",
                expand_path(
                    "/customers/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                _coerce.body(
                    CustomerInput,
                    {
                        "is_company": is_company,
                        "capital": capital,
                        "un_number": un_number,
                        "manager": manager,
                        "name": name,
                        "name_ar": name_ar,
                        "address_ar": address_ar,
                        "street1": street1,
                        "street2": street2,
                        "zip_code": zip_code,
                        "city": city,
                        "siret": siret,
                        "rcs": rcs,
                        "status": status,
                        "subject": subject,
                        "category": category,
                        "contacts": contacts,
                    },
                    "update",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _UPDATE_CUSTOMER,
        )


class CustomersResourceWithRawResponse:
    """``client.customers.with_raw_response``: each method returns an ``APIResponse``."""

    def __init__(self, resource: CustomersResource) -> None:
        raw = CustomersResource(resource._client._raw_copy())
        self.list = to_raw_response_wrapper(raw.list)
        self.create = to_raw_response_wrapper(raw.create)
        self.retrieve = to_raw_response_wrapper(raw.retrieve)
        self.update = to_raw_response_wrapper(raw.update)


class AsyncCustomersResource(AsyncResource):
    """``client.customers`` of AsyncClient."""

    @cached_property
    def with_raw_response(self) -> AsyncCustomersResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return AsyncCustomersResourceWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ListCustomersOrder | None = None,
        q: str | None = None,
        sort_by: ListCustomersSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Page[Customer]:
        """List all customers: GET /customers

        Returns a list of customers. The customers are returned in sorted order, with the
        most recent appearing first.

        Args:
            limit: The number of records to return. (int; from 1 to 100; default 20)
            page: The page number, starting at 1. (int; from 1 to 100000; default 1)
            order: The order of the records. (ListCustomersOrder; one of asc, desc; default desc)
            q: Search query. A record matches when every word of `q` starts a word of one of its free-text fields. Case-insensitive; a `q` without any word matches everything. (str; at most 200 characters)
            sort_by: The field the customers are sorted by. (one of created_at, updated_at, capital, un_number, name, status; default: created_at)
            fields: "The filter of the records": a comma-separated list of the fields each customer carries in the response (`_id` always comes back). (str | Sequence[str]; attribute names (snake_case), sent as the API's field names)
            p: "policyFilters": comma-separated `field:value` pairs; a customer is listed only when each named field equals the value given (compared as text). (str | Mapping[str, object]; attribute names (snake_case), sent as the API's field names)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Page[Customer]
        """
        return await self._client.request(
            RequestSpec(
                "GET",
                "/customers",
                {
                    "limit": limit,
                    "page": page,
                    "order": order,
                    "q": q,
                    "sortBy": None if sort_by is None else _coerce.wire_name(Customer, sort_by),
                    "fields": _coerce.wire_fields(Customer, fields),
                    "p": _coerce.wire_filters(Customer, p),
                },
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _LIST_CUSTOMERS,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        order: ListCustomersOrder | None = None,
        q: str | None = None,
        sort_by: ListCustomersSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncIterator[Customer]:
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
        is_company: bool | None | Unset = UNSET,
        capital: int | None | Unset = UNSET,
        un_number: int | None | Unset = UNSET,
        manager: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        name_ar: str | None | Unset = UNSET,
        address_ar: str | None | Unset = UNSET,
        street1: str | None | Unset = UNSET,
        street2: str | None | Unset = UNSET,
        zip_code: str | None | Unset = UNSET,
        city: str | None | Unset = UNSET,
        siret: str | None | Unset = UNSET,
        rcs: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        subject: str | None | Unset = UNSET,
        category: str | None | Unset = UNSET,
        contacts: Sequence[Any] | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Customer:
        """Create customer: POST /customers

        Creates a customer. You need to pass through any required fields, and you can optionally pass through other fields.

        Args:
            is_company: Whether the customer is a company. (bool | None; None sends null, which clears the field)
            capital: Capital (the reference's example is 2000000). (int | None; from 0 to 1000000000000000; None sends null, which clears the field)
            un_number: UN number. (int | None; from 0 to 1000000000000000; None sends null, which clears the field)
            manager: Manager of the customer (an id or a name: not documented). (str | None; at most 200 characters; None sends null, which clears the field)
            name: Name. (str | None; at most 200 characters; None sends null, which clears the field)
            name_ar: Name, in Arabic (snake_case on the wire). (str | None; at most 200 characters; None sends null, which clears the field)
            address_ar: Address, in Arabic (snake_case on the wire). (str | None; at most 1000 characters; None sends null, which clears the field)
            street1: Street, first line. (str | None; at most 1000 characters; None sends null, which clears the field)
            street2: Street, second line. (str | None; at most 1000 characters; None sends null, which clears the field)
            zip_code: Postal code. (str | None; at most 200 characters; None sends null, which clears the field)
            city: City. (str | None; at most 200 characters; None sends null, which clears the field)
            siret: SIRET number. (str | None; at most 200 characters; None sends null, which clears the field)
            rcs: RCS (trade register) number. (str | None; at most 200 characters; None sends null, which clears the field)
            status: Status. (str | None; at most 200 characters; None sends null, which clears the field)
            subject: Subject. (str | None; at most 1000 characters; None sends null, which clears the field)
            category: Category. (str | None; at most 200 characters; None sends null, which clears the field)
            contacts: Contacts; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Customer
        """
        return await self._client.request(
            RequestSpec(
                "POST",
                "/customers",
                None,
                _coerce.body(
                    CustomerInput,
                    {
                        "is_company": is_company,
                        "capital": capital,
                        "un_number": un_number,
                        "manager": manager,
                        "name": name,
                        "name_ar": name_ar,
                        "address_ar": address_ar,
                        "street1": street1,
                        "street2": street2,
                        "zip_code": zip_code,
                        "city": city,
                        "siret": siret,
                        "rcs": rcs,
                        "status": status,
                        "subject": subject,
                        "category": category,
                        "contacts": contacts,
                    },
                    "create",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_CUSTOMER,
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
    ) -> Customer:
        """Retrieve customer: GET /customers/{id}

        Returns a single customer, which you can request by passing through an id in the url.

        Args:
            id: ID of the customer. (str; matching ^[0-9a-f]{24}$; required)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Customer
        """
        return await self._client.request(
            RequestSpec(
                "GET",
                expand_path(
                    "/customers/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _RETRIEVE_CUSTOMER,
        )

    async def update(
        self,
        id: str,
        *,
        is_company: bool | None | Unset = UNSET,
        capital: int | None | Unset = UNSET,
        un_number: int | None | Unset = UNSET,
        manager: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        name_ar: str | None | Unset = UNSET,
        address_ar: str | None | Unset = UNSET,
        street1: str | None | Unset = UNSET,
        street2: str | None | Unset = UNSET,
        zip_code: str | None | Unset = UNSET,
        city: str | None | Unset = UNSET,
        siret: str | None | Unset = UNSET,
        rcs: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        subject: str | None | Unset = UNSET,
        category: str | None | Unset = UNSET,
        contacts: Sequence[Any] | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Customer:
        """Update customer: PUT /customers/{id}

        Updates a customer with the fields given. Fields left out keep their value
        (the reference does not say whether PUT replaces the whole record).

        Args:
            id: ID of the customer. (str; matching ^[0-9a-f]{24}$; required)
            is_company: Whether the customer is a company. (bool | None; None sends null, which clears the field)
            capital: Capital (the reference's example is 2000000). (int | None; from 0 to 1000000000000000; None sends null, which clears the field)
            un_number: UN number. (int | None; from 0 to 1000000000000000; None sends null, which clears the field)
            manager: Manager of the customer (an id or a name: not documented). (str | None; at most 200 characters; None sends null, which clears the field)
            name: Name. (str | None; at most 200 characters; None sends null, which clears the field)
            name_ar: Name, in Arabic (snake_case on the wire). (str | None; at most 200 characters; None sends null, which clears the field)
            address_ar: Address, in Arabic (snake_case on the wire). (str | None; at most 1000 characters; None sends null, which clears the field)
            street1: Street, first line. (str | None; at most 1000 characters; None sends null, which clears the field)
            street2: Street, second line. (str | None; at most 1000 characters; None sends null, which clears the field)
            zip_code: Postal code. (str | None; at most 200 characters; None sends null, which clears the field)
            city: City. (str | None; at most 200 characters; None sends null, which clears the field)
            siret: SIRET number. (str | None; at most 200 characters; None sends null, which clears the field)
            rcs: RCS (trade register) number. (str | None; at most 200 characters; None sends null, which clears the field)
            status: Status. (str | None; at most 200 characters; None sends null, which clears the field)
            subject: Subject. (str | None; at most 1000 characters; None sends null, which clears the field)
            category: Category. (str | None; at most 200 characters; None sends null, which clears the field)
            contacts: Contacts; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Customer
        """
        return await self._client.request(
            RequestSpec(
                "PUT",
                expand_path(
                    "/customers/{id}",
                    ROUTES,
                    id=id,
                ),
                None,
                _coerce.body(
                    CustomerInput,
                    {
                        "is_company": is_company,
                        "capital": capital,
                        "un_number": un_number,
                        "manager": manager,
                        "name": name,
                        "name_ar": name_ar,
                        "address_ar": address_ar,
                        "street1": street1,
                        "street2": street2,
                        "zip_code": zip_code,
                        "city": city,
                        "siret": siret,
                        "rcs": rcs,
                        "status": status,
                        "subject": subject,
                        "category": category,
                        "contacts": contacts,
                    },
                    "update",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _UPDATE_CUSTOMER,
        )


class AsyncCustomersResourceWithRawResponse:
    """``client.customers.with_raw_response`` of AsyncClient."""

    def __init__(self, resource: AsyncCustomersResource) -> None:
        raw = AsyncCustomersResource(resource._client._raw_copy())
        self.list = async_to_raw_response_wrapper(raw.list)
        self.create = async_to_raw_response_wrapper(raw.create)
        self.retrieve = async_to_raw_response_wrapper(raw.retrieve)
        self.update = async_to_raw_response_wrapper(raw.update)


__all__ = [
    "AsyncCustomersResource",
    "AsyncCustomersResourceWithRawResponse",
    "CustomersResource",
    "CustomersResourceWithRawResponse",
]
