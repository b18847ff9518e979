# Generated from openapi.yaml by openapi-python-client and overrides/templates/endpoint_module.py.jinja: do not edit; change the spec or the template and run `make generate`.
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_opportunities_order import ListOpportunitiesOrder
from ...models.list_opportunities_sort_by import ListOpportunitiesSortBy
from ...models.opportunity_list import OpportunityList
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    page: int | Unset = 1,
    order: ListOpportunitiesOrder | Unset = "desc",
    sort_by: ListOpportunitiesSortBy | Unset = "createdAt",
    fields: str | Unset = UNSET,
    p: str | Unset = UNSET,
    q: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sortBy"] = json_sort_by

    params["fields"] = fields

    params["p"] = p

    params["q"] = q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/opportunities",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OpportunityList | None:
    if response.status_code == 200:
        response_200 = OpportunityList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | OpportunityList]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, KeyError, TypeError):
        if response.is_success:
            raise
        parsed = None
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    page: int | Unset = 1,
    order: ListOpportunitiesOrder | Unset = "desc",
    sort_by: ListOpportunitiesSortBy | Unset = "createdAt",
    fields: str | Unset = UNSET,
    p: str | Unset = UNSET,
    q: str | Unset = UNSET,
) -> Response[Error | OpportunityList]:
    """List all opportunities

     Returns a list of opportunities. The opportunities are returned in sorted
    order, with the most recent appearing first.

    Args:
        limit (int | Unset):  Default: 20.
        page (int | Unset):  Default: 1.
        order (ListOpportunitiesOrder | Unset):  Default: 'desc'.
        sort_by (ListOpportunitiesSortBy | Unset):  Default: 'createdAt'.
        fields (str | Unset):
        p (str | Unset):
        q (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OpportunityList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        order=order,
        sort_by=sort_by,
        fields=fields,
        p=p,
        q=q,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    page: int | Unset = 1,
    order: ListOpportunitiesOrder | Unset = "desc",
    sort_by: ListOpportunitiesSortBy | Unset = "createdAt",
    fields: str | Unset = UNSET,
    p: str | Unset = UNSET,
    q: str | Unset = UNSET,
) -> Error | OpportunityList | None:
    """List all opportunities

     Returns a list of opportunities. The opportunities are returned in sorted
    order, with the most recent appearing first.

    Args:
        limit (int | Unset):  Default: 20.
        page (int | Unset):  Default: 1.
        order (ListOpportunitiesOrder | Unset):  Default: 'desc'.
        sort_by (ListOpportunitiesSortBy | Unset):  Default: 'createdAt'.
        fields (str | Unset):
        p (str | Unset):
        q (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OpportunityList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        page=page,
        order=order,
        sort_by=sort_by,
        fields=fields,
        p=p,
        q=q,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    page: int | Unset = 1,
    order: ListOpportunitiesOrder | Unset = "desc",
    sort_by: ListOpportunitiesSortBy | Unset = "createdAt",
    fields: str | Unset = UNSET,
    p: str | Unset = UNSET,
    q: str | Unset = UNSET,
) -> Response[Error | OpportunityList]:
    """List all opportunities

     Returns a list of opportunities. The opportunities are returned in sorted
    order, with the most recent appearing first.

    Args:
        limit (int | Unset):  Default: 20.
        page (int | Unset):  Default: 1.
        order (ListOpportunitiesOrder | Unset):  Default: 'desc'.
        sort_by (ListOpportunitiesSortBy | Unset):  Default: 'createdAt'.
        fields (str | Unset):
        p (str | Unset):
        q (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OpportunityList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        order=order,
        sort_by=sort_by,
        fields=fields,
        p=p,
        q=q,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    page: int | Unset = 1,
    order: ListOpportunitiesOrder | Unset = "desc",
    sort_by: ListOpportunitiesSortBy | Unset = "createdAt",
    fields: str | Unset = UNSET,
    p: str | Unset = UNSET,
    q: str | Unset = UNSET,
) -> Error | OpportunityList | None:
    """List all opportunities

     Returns a list of opportunities. The opportunities are returned in sorted
    order, with the most recent appearing first.

    Args:
        limit (int | Unset):  Default: 20.
        page (int | Unset):  Default: 1.
        order (ListOpportunitiesOrder | Unset):  Default: 'desc'.
        sort_by (ListOpportunitiesSortBy | Unset):  Default: 'createdAt'.
        fields (str | Unset):
        p (str | Unset):
        q (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OpportunityList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            page=page,
            order=order,
            sort_by=sort_by,
            fields=fields,
            p=p,
            q=q,
        )
    ).parsed
