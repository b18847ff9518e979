# Generated from openapi.yaml by openapi-python-client and overrides/templates/endpoint_init.py.jinja: do not edit; change the spec or the template and run `make generate`.
"""The contracts operations as methods: ``client.contracts.<method>(...)``."""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING, Any

from icloudready_runtime import _coerce, _results
from icloudready_runtime._options import NOT_GIVEN, NotGiven, RequestOptions, RequestSpec, Timeout
from icloudready_runtime._pagination import Page, aiterate_pages, iterate_pages
from icloudready_runtime._resource import (
    AsyncResource,
    SyncResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from icloudready_runtime._types import UNSET, Unset

from ..models.contract import Contract
from ..models.contract_input import ContractInput
from ..models.contract_list import ContractList
from ..models.list_contracts_order import ListContractsOrder
from ..models.list_contracts_sort_by import ListContractsSortBy

if TYPE_CHECKING:
    from icloudready_runtime._base_client import AsyncAPIClient, SyncAPIClient  # noqa: F401


# How each operation's success body is read (see _results: page, model, array, primitive, empty).
_LIST_CONTRACTS = _results.page(Contract, ContractList, page="page", limit="limit")
_CREATE_CONTRACT = _results.model(Contract)


class ContractsResource(SyncResource):
    """``client.contracts``: the contracts operations."""

    @cached_property
    def with_raw_response(self) -> ContractsResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return ContractsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ListContractsOrder | None = None,
        q: str | None = None,
        sort_by: ListContractsSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Page[Contract]:
        """Retrieve all: GET /contracts

        Retrieve all contracts (the page's title; its description, "Returns a single al...",
        is a slip: this lists contracts, most recent first).

        Args:
            limit: The number of records to return. (int; from 1 to 100; default 20)
            page: The page number, starting at 1. (int; from 1 to 100000; default 1)
            order: The order of the records. (ListContractsOrder; one of asc, desc; default desc)
            q: Search query. A record matches when every word of `q` starts a word of one of its free-text fields. Case-insensitive; a `q` without any word matches everything. (str; at most 200 characters)
            sort_by: The field the contracts are sorted by. (one of created_at, updated_at, capital, name, guaranty_payback, guaranty, reference, discount; default: created_at)
            fields: "The filter of the records": a comma-separated list of the fields each contract carries in the response (`_id` always comes back). (str | Sequence[str]; attribute names (snake_case), sent as the API's field names)
            p: "policyFilters": comma-separated `field:value` pairs; a contract is listed only when each named field equals the value given (compared as text). (str | Mapping[str, object]; attribute names (snake_case), sent as the API's field names)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Page[Contract]
        """
        return self._client.request(
            RequestSpec(
                "GET",
                "/contracts",
                {
                    "limit": limit,
                    "page": page,
                    "order": order,
                    "q": q,
                    "sortBy": None if sort_by is None else _coerce.wire_name(Contract, sort_by),
                    "fields": _coerce.wire_fields(Contract, fields),
                    "p": _coerce.wire_filters(Contract, p),
                },
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _LIST_CONTRACTS,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        order: ListContractsOrder | None = None,
        q: str | None = None,
        sort_by: ListContractsSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Iterator[Contract]:
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
        manager: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        street1: str | None | Unset = UNSET,
        street2: str | None | Unset = UNSET,
        zip_code: str | None | Unset = UNSET,
        city: str | None | Unset = UNSET,
        contacts: Sequence[Any] | None | Unset = UNSET,
        contract: str | None | Unset = UNSET,
        frequency: str | None | Unset = UNSET,
        begin_date: datetime.date | str | None | Unset = UNSET,
        end_date: datetime.date | str | None | Unset = UNSET,
        termination_date: datetime.date | str | None | Unset = UNSET,
        guaranty_payback: float | Decimal | None | Unset = UNSET,
        customer: Sequence[Any] | None | Unset = UNSET,
        units: Sequence[Any] | None | Unset = UNSET,
        guaranty: float | Decimal | None | Unset = UNSET,
        reference: str | None | Unset = UNSET,
        is_vat: bool | None | Unset = UNSET,
        vat_ratio: float | Decimal | None | Unset = UNSET,
        commissione_ratio: float | Decimal | None | Unset = UNSET,
        discount: float | Decimal | None | Unset = UNSET,
        legal_form: str | None | Unset = UNSET,
        siret: str | None | Unset = UNSET,
        documents: Sequence[Any] | None | Unset = UNSET,
        contract_date: str | None | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        record_source: str | None | Unset = UNSET,
        reservation_id: str | None | Unset = UNSET,
        customer_id: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        terms: Sequence[Any] | None | Unset = UNSET,
        bank_info: Mapping[str, Any] | None | Unset = UNSET,
        attachments: Sequence[Any] | None | Unset = UNSET,
        manual: bool | None | Unset = UNSET,
        manual_terms: Sequence[Any] | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Contract:
        """Create contract: POST /contracts

        Creates a contract. You need to pass through any required fields, and you can optionally pass through other fields.

        Args:
            is_company: Whether the customer is a company. (bool | None; None sends null, which clears the field)
            capital: Capital (the reference's example is 500000). (int | None; from 0 to 1000000000000000; None sends null, which clears the field)
            manager: Manager (an id or a name: not documented). (str | None; at most 200 characters; None sends null, which clears the field)
            name: Name. (str | None; at most 200 characters; None sends null, which clears the field)
            street1: Street, first line. (str | None; at most 1000 characters; None sends null, which clears the field)
            street2: Street, second line. (str | None; at most 1000 characters; None sends null, which clears the field)
            zip_code: Postal code. (str | None; at most 200 characters; None sends null, which clears the field)
            city: City. (str | None; at most 200 characters; None sends null, which clears the field)
            contacts: Contacts; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            contract: The contract itself (its meaning is not documented). (str | None; at most 10000 characters; None sends null, which clears the field)
            frequency: Payment frequency, e.g. "days". (str | None; at most 200 characters; None sends null, which clears the field)
            begin_date: First day of the contract, day first (DD/MM/YYYY). (datetime.date | str | None; matching ^\\d{2}/\\d{2}/\\d{4}$; None sends null, which clears the field)
            end_date: Last day of the contract, day first (DD/MM/YYYY). (datetime.date | str | None; matching ^\\d{2}/\\d{2}/\\d{4}$; None sends null, which clears the field)
            termination_date: Termination date, day first (DD/MM/YYYY). (datetime.date | str | None; matching ^\\d{2}/\\d{2}/\\d{4}$; None sends null, which clears the field)
            guaranty_payback: Guaranty paid back. (float | Decimal | None; from 0 to 1000000000000000; None sends null, which clears the field)
            customer: The contract's customers (an array here; a string id in leads and opportunities); the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            units: Units of the contract; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            guaranty: Guaranty (the reference's example is 2000). (float | Decimal | None; from 0 to 1000000000000000; None sends null, which clears the field)
            reference: Reference of the contract. (str | None; at most 200 characters; None sends null, which clears the field)
            is_vat: Whether VAT applies. (bool | None; None sends null, which clears the field)
            vat_ratio: VAT ratio. (float | Decimal | None; from 0 to 100; None sends null, which clears the field)
            commissione_ratio: Commission ratio (spelt so on the wire). (float | Decimal | None; from 0 to 100; None sends null, which clears the field)
            discount: Discount. (float | Decimal | None; from 0 to 1000000000000; None sends null, which clears the field)
            legal_form: Legal form. (str | None; at most 200 characters; None sends null, which clears the field)
            siret: SIRET number. (str | None; at most 200 characters; None sends null, which clears the field)
            documents: Documents; the item shape is not shown on this page. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            contract_date: Date of the contract; its format is not shown (the page's other dates are DD/MM/YYYY). (str | None; at most 200 characters; None sends null, which clears the field)
            notes: Notes (a string here; an array in leads and opportunities). (str | None; at most 10000 characters; None sends null, which clears the field)
            record_source: Where the record came from. (str | None; at most 200 characters; None sends null, which clears the field)
            reservation_id: Id of the reservation the contract follows. (str | None; at most 200 characters; None sends null, which clears the field)
            customer_id: Id of the main customer. (str | None; at most 200 characters; None sends null, which clears the field)
            description: Description. (str | None; at most 10000 characters; None sends null, which clears the field)
            terms: Terms of the contract; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            bank_info: Bank information (an object here; "any" in realms, a string in subprojects). (mapping | None; None sends null, which clears the field)
            attachments: Attachments; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            manual: Whether the contract was written by hand. (bool | None; None sends null, which clears the field)
            manual_terms: Hand-written terms; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Contract
        """
        return self._client.request(
            RequestSpec(
                "POST",
                "/contracts",
                None,
                _coerce.body(
                    ContractInput,
                    {
                        "is_company": is_company,
                        "capital": capital,
                        "manager": manager,
                        "name": name,
                        "street1": street1,
                        "street2": street2,
                        "zip_code": zip_code,
                        "city": city,
                        "contacts": contacts,
                        "contract": contract,
                        "frequency": frequency,
                        "begin_date": begin_date,
                        "end_date": end_date,
                        "termination_date": termination_date,
                        "guaranty_payback": guaranty_payback,
                        "customer": customer,
                        "units": units,
                        "guaranty": guaranty,
                        "reference": reference,
                        "is_vat": is_vat,
                        "vat_ratio": vat_ratio,
                        "commissione_ratio": commissione_ratio,
                        "discount": discount,
                        "legal_form": legal_form,
                        "siret": siret,
                        "documents": documents,
                        "contract_date": contract_date,
                        "notes": notes,
                        "record_source": record_source,
                        "reservation_id": reservation_id,
                        "customer_id": customer_id,
                        "description": description,
                        "terms": terms,
                        "bank_info": bank_info,
                        "attachments": attachments,
                        "manual": manual,
                        "manual_terms": manual_terms,
                    },
                    "create",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_CONTRACT,
        )


class ContractsResourceWithRawResponse:
    """``client.contracts.with_raw_response``: each method returns an ``APIResponse``."""

    def __init__(self, resource: ContractsResource) -> None:
        raw = ContractsResource(resource._client._raw_copy())
        self.list = to_raw_response_wrapper(raw.list)
        self.create = to_raw_response_wrapper(raw.create)


class AsyncContractsResource(AsyncResource):
    """``client.contracts`` of AsyncClient."""

    @cached_property
    def with_raw_response(self) -> AsyncContractsResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, ``parse()``)."""
        return AsyncContractsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order: ListContractsOrder | None = None,
        q: str | None = None,
        sort_by: ListContractsSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Page[Contract]:
        """Retrieve all: GET /contracts

        Retrieve all contracts (the page's title; its description, "Returns a single al...",
        is a slip: this lists contracts, most recent first).

        Args:
            limit: The number of records to return. (int; from 1 to 100; default 20)
            page: The page number, starting at 1. (int; from 1 to 100000; default 1)
            order: The order of the records. (ListContractsOrder; one of asc, desc; default desc)
            q: Search query. A record matches when every word of `q` starts a word of one of its free-text fields. Case-insensitive; a `q` without any word matches everything. (str; at most 200 characters)
            sort_by: The field the contracts are sorted by. (one of created_at, updated_at, capital, name, guaranty_payback, guaranty, reference, discount; default: created_at)
            fields: "The filter of the records": a comma-separated list of the fields each contract carries in the response (`_id` always comes back). (str | Sequence[str]; attribute names (snake_case), sent as the API's field names)
            p: "policyFilters": comma-separated `field:value` pairs; a contract is listed only when each named field equals the value given (compared as text). (str | Mapping[str, object]; attribute names (snake_case), sent as the API's field names)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Page[Contract]
        """
        return await self._client.request(
            RequestSpec(
                "GET",
                "/contracts",
                {
                    "limit": limit,
                    "page": page,
                    "order": order,
                    "q": q,
                    "sortBy": None if sort_by is None else _coerce.wire_name(Contract, sort_by),
                    "fields": _coerce.wire_fields(Contract, fields),
                    "p": _coerce.wire_filters(Contract, p),
                },
                None,
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _LIST_CONTRACTS,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        order: ListContractsOrder | None = None,
        q: str | None = None,
        sort_by: ListContractsSortBy | None = None,
        fields: str | Sequence[str] | None = None,
        p: str | Mapping[str, object] | None = None,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncIterator[Contract]:
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
        manager: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        street1: str | None | Unset = UNSET,
        street2: str | None | Unset = UNSET,
        zip_code: str | None | Unset = UNSET,
        city: str | None | Unset = UNSET,
        contacts: Sequence[Any] | None | Unset = UNSET,
        contract: str | None | Unset = UNSET,
        frequency: str | None | Unset = UNSET,
        begin_date: datetime.date | str | None | Unset = UNSET,
        end_date: datetime.date | str | None | Unset = UNSET,
        termination_date: datetime.date | str | None | Unset = UNSET,
        guaranty_payback: float | Decimal | None | Unset = UNSET,
        customer: Sequence[Any] | None | Unset = UNSET,
        units: Sequence[Any] | None | Unset = UNSET,
        guaranty: float | Decimal | None | Unset = UNSET,
        reference: str | None | Unset = UNSET,
        is_vat: bool | None | Unset = UNSET,
        vat_ratio: float | Decimal | None | Unset = UNSET,
        commissione_ratio: float | Decimal | None | Unset = UNSET,
        discount: float | Decimal | None | Unset = UNSET,
        legal_form: str | None | Unset = UNSET,
        siret: str | None | Unset = UNSET,
        documents: Sequence[Any] | None | Unset = UNSET,
        contract_date: str | None | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        record_source: str | None | Unset = UNSET,
        reservation_id: str | None | Unset = UNSET,
        customer_id: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        terms: Sequence[Any] | None | Unset = UNSET,
        bank_info: Mapping[str, Any] | None | Unset = UNSET,
        attachments: Sequence[Any] | None | Unset = UNSET,
        manual: bool | None | Unset = UNSET,
        manual_terms: Sequence[Any] | None | Unset = UNSET,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,  # noqa: ASYNC109 - the per-call HTTP timeout; None: none, as in httpx
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Contract:
        """Create contract: POST /contracts

        Creates a contract. You need to pass through any required fields, and you can optionally pass through other fields.

        Args:
            is_company: Whether the customer is a company. (bool | None; None sends null, which clears the field)
            capital: Capital (the reference's example is 500000). (int | None; from 0 to 1000000000000000; None sends null, which clears the field)
            manager: Manager (an id or a name: not documented). (str | None; at most 200 characters; None sends null, which clears the field)
            name: Name. (str | None; at most 200 characters; None sends null, which clears the field)
            street1: Street, first line. (str | None; at most 1000 characters; None sends null, which clears the field)
            street2: Street, second line. (str | None; at most 1000 characters; None sends null, which clears the field)
            zip_code: Postal code. (str | None; at most 200 characters; None sends null, which clears the field)
            city: City. (str | None; at most 200 characters; None sends null, which clears the field)
            contacts: Contacts; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            contract: The contract itself (its meaning is not documented). (str | None; at most 10000 characters; None sends null, which clears the field)
            frequency: Payment frequency, e.g. "days". (str | None; at most 200 characters; None sends null, which clears the field)
            begin_date: First day of the contract, day first (DD/MM/YYYY). (datetime.date | str | None; matching ^\\d{2}/\\d{2}/\\d{4}$; None sends null, which clears the field)
            end_date: Last day of the contract, day first (DD/MM/YYYY). (datetime.date | str | None; matching ^\\d{2}/\\d{2}/\\d{4}$; None sends null, which clears the field)
            termination_date: Termination date, day first (DD/MM/YYYY). (datetime.date | str | None; matching ^\\d{2}/\\d{2}/\\d{4}$; None sends null, which clears the field)
            guaranty_payback: Guaranty paid back. (float | Decimal | None; from 0 to 1000000000000000; None sends null, which clears the field)
            customer: The contract's customers (an array here; a string id in leads and opportunities); the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            units: Units of the contract; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            guaranty: Guaranty (the reference's example is 2000). (float | Decimal | None; from 0 to 1000000000000000; None sends null, which clears the field)
            reference: Reference of the contract. (str | None; at most 200 characters; None sends null, which clears the field)
            is_vat: Whether VAT applies. (bool | None; None sends null, which clears the field)
            vat_ratio: VAT ratio. (float | Decimal | None; from 0 to 100; None sends null, which clears the field)
            commissione_ratio: Commission ratio (spelt so on the wire). (float | Decimal | None; from 0 to 100; None sends null, which clears the field)
            discount: Discount. (float | Decimal | None; from 0 to 1000000000000; None sends null, which clears the field)
            legal_form: Legal form. (str | None; at most 200 characters; None sends null, which clears the field)
            siret: SIRET number. (str | None; at most 200 characters; None sends null, which clears the field)
            documents: Documents; the item shape is not shown on this page. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            contract_date: Date of the contract; its format is not shown (the page's other dates are DD/MM/YYYY). (str | None; at most 200 characters; None sends null, which clears the field)
            notes: Notes (a string here; an array in leads and opportunities). (str | None; at most 10000 characters; None sends null, which clears the field)
            record_source: Where the record came from. (str | None; at most 200 characters; None sends null, which clears the field)
            reservation_id: Id of the reservation the contract follows. (str | None; at most 200 characters; None sends null, which clears the field)
            customer_id: Id of the main customer. (str | None; at most 200 characters; None sends null, which clears the field)
            description: Description. (str | None; at most 10000 characters; None sends null, which clears the field)
            terms: Terms of the contract; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            bank_info: Bank information (an object here; "any" in realms, a string in subprojects). (mapping | None; None sends null, which clears the field)
            attachments: Attachments; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            manual: Whether the contract was written by hand. (bool | None; None sends null, which clears the field)
            manual_terms: Hand-written terms; the item shape is not documented. (Sequence[Any] | None; at most 1000 items; None sends null, which clears the field)
            timeout, max_retries, extra_headers, extra_query, extra_body: options for this call
                only (the client's settings otherwise; see ``Client.with_options``);
                ``timeout=None`` is no timeout.

        Returns:
            Contract
        """
        return await self._client.request(
            RequestSpec(
                "POST",
                "/contracts",
                None,
                _coerce.body(
                    ContractInput,
                    {
                        "is_company": is_company,
                        "capital": capital,
                        "manager": manager,
                        "name": name,
                        "street1": street1,
                        "street2": street2,
                        "zip_code": zip_code,
                        "city": city,
                        "contacts": contacts,
                        "contract": contract,
                        "frequency": frequency,
                        "begin_date": begin_date,
                        "end_date": end_date,
                        "termination_date": termination_date,
                        "guaranty_payback": guaranty_payback,
                        "customer": customer,
                        "units": units,
                        "guaranty": guaranty,
                        "reference": reference,
                        "is_vat": is_vat,
                        "vat_ratio": vat_ratio,
                        "commissione_ratio": commissione_ratio,
                        "discount": discount,
                        "legal_form": legal_form,
                        "siret": siret,
                        "documents": documents,
                        "contract_date": contract_date,
                        "notes": notes,
                        "record_source": record_source,
                        "reservation_id": reservation_id,
                        "customer_id": customer_id,
                        "description": description,
                        "terms": terms,
                        "bank_info": bank_info,
                        "attachments": attachments,
                        "manual": manual,
                        "manual_terms": manual_terms,
                    },
                    "create",
                ),
                RequestOptions.of(timeout, max_retries, extra_headers, extra_query, extra_body),
            ),
            _CREATE_CONTRACT,
        )


class AsyncContractsResourceWithRawResponse:
    """``client.contracts.with_raw_response`` of AsyncClient."""

    def __init__(self, resource: AsyncContractsResource) -> None:
        raw = AsyncContractsResource(resource._client._raw_copy())
        self.list = async_to_raw_response_wrapper(raw.list)
        self.create = async_to_raw_response_wrapper(raw.create)


__all__ = [
    "AsyncContractsResource",
    "AsyncContractsResourceWithRawResponse",
    "ContractsResource",
    "ContractsResourceWithRawResponse",
]
