"""The SDK against the mock in every profile: when one of the spec's guesses about the
real server is wrong, the SDK still returns the same records, the same ids, complete
list_all walks without duplicates, and typed errors. Sync and async."""

from __future__ import annotations

import datetime

import pytest

import icloudready
from icloudready_mock import MockServer
from icloudready_mock._profiles import PROFILES

from ._data import above_maximum

pytestmark = pytest.mark.parametrize("icloudready_mock", sorted(PROFILES), indirect=True)
CLOSE = datetime.date(2023, 6, 30)


def options(mock: MockServer) -> dict[str, object]:
    return {"token": mock.token, "base_url": mock.base_url, "rate_limit": None, "max_retries": 0}


def test_sync(icloudready_mock: MockServer) -> None:
    with icloudready.Client(**options(icloudready_mock)) as client:  # type: ignore[arg-type]
        created = [
            client.opportunities.create(customer=f"acme {i}", revenue=i, close_date=CLOSE)
            for i in range(23)
        ]
        ids = [record.id for record in created]
        assert all(ids)
        assert len(set(ids)) == 23
        got = client.opportunities.retrieve(ids[0])
        assert (got.id, got.customer, got.close_date) == (ids[0], "acme 0", CLOSE)
        walked = [record.id for record in client.opportunities.list_all(limit=5)]
        assert sorted(walked) == sorted(ids)
        page = client.opportunities.list(limit=4)
        assert len(page.items) == 4
        assert client.opportunities.patch(ids[0], stage="won").stage == "won"
        client.opportunities.delete(ids[1])
        with pytest.raises(icloudready.NotFoundError):
            client.opportunities.retrieve(ids[1])
        with pytest.raises(icloudready.UnprocessableEntityError):
            client.opportunities.create(probability=above_maximum("probability"))
        with pytest.raises(icloudready.BadRequestError):
            client.opportunities.list(sort_by="revenue", fields="no_such_field")


async def test_async(icloudready_mock: MockServer) -> None:
    async with icloudready.AsyncClient(**options(icloudready_mock)) as client:  # type: ignore[arg-type]
        created = [
            await client.opportunities.create(customer=f"acme {i}", revenue=i, close_date=CLOSE)
            for i in range(12)
        ]
        ids = [record.id for record in created]
        assert len(set(ids)) == 12
        got = await client.opportunities.retrieve(ids[0])
        assert (got.id, got.close_date) == (ids[0], CLOSE)
        walked = [record.id async for record in client.opportunities.list_all(limit=5)]
        assert sorted(walked) == sorted(ids)
        await client.opportunities.delete(ids[1])
        with pytest.raises(icloudready.NotFoundError):
            await client.opportunities.retrieve(ids[1])
