"""The SDK against the real mock over HTTP: every operation, sync and async."""

from __future__ import annotations

import datetime

import pytest

import icloudready
from icloudready import AsyncClient, Client
from icloudready.models import ActivityLogEntry, Opportunity
from icloudready_mock._server import MockServer


def sync_client(mock: MockServer) -> Client:
    return Client(token=mock.token, base_url=mock.base_url, rate_limit=None)


def test_every_operation_sync(icloudready_mock: MockServer) -> None:
    with Client.sign_in(
        "admin@example.com", "secret", base_url=icloudready_mock.base_url
    ) as client:
        created = client.opportunities.create(
            customer="609a8f85c2834915d0a5a5e1",
            revenue=1000,
            close_date=datetime.date(2023, 6, 30),
            activity_log=[ActivityLogEntry(activity_number=1, activity="Email sent")],
            opportunity_information={"budget": 1},
            opportunity_description="Seaside villa",
        )
        assert isinstance(created, Opportunity)
        assert created.close_date == datetime.date(2023, 6, 30)
        assert isinstance(created.activity_log, list)
        assert [e.activity for e in created.activity_log] == ["Email sent", "Opportunity created"]
        quiet = client.opportunities.create_without_activity(customer="quiet")
        assert quiet.activity_log is None
        assert client.opportunities.retrieve(created.id).to_dict() == created.to_dict()
        updated = client.opportunities.update(created.id, revenue=2000)
        assert (updated.revenue, updated.customer) == (2000, "609a8f85c2834915d0a5a5e1")
        patched = client.opportunities.patch(created.id, stage="won")
        assert (patched.stage, patched.revenue) == ("won", 2000)
        bulk = client.opportunities.update_multiple(
            ids=[created.id, quiet.id, "0" * 24], update={"status": "closed"}
        )
        assert (bulk.updated, bulk.failed) == (2, 1)
        page = client.opportunities.list(q="villa")
        assert [o.id for o in page.items] == [created.id]
        assert (page.page, page.total, page.has_next_page()) == (1, 1, False)
        assert {o.id for o in client.opportunities.list_all(limit=1)} == {created.id, quiet.id}
        raw = client.opportunities.with_raw_response.retrieve(created.id)
        assert raw.status_code == 200
        assert raw.request_id
        client.opportunities.delete(quiet.id)
        with pytest.raises(icloudready.NotFoundError) as info:
            client.opportunities.retrieve(quiet.id)
        assert info.value.request_id
        with pytest.raises(icloudready.UnprocessableEntityError) as invalid:
            client.opportunities.create(probability=7)
        assert invalid.value.details[0].field == "probability"
        assert "probability:" in str(invalid.value)


def test_wrong_credentials_and_token(icloudready_mock: MockServer) -> None:
    with pytest.raises(icloudready.AuthenticationError):
        Client.sign_in("admin@example.com", "wrong", base_url=icloudready_mock.base_url)
    with (
        Client(token="nope", base_url=icloudready_mock.base_url) as client,
        pytest.raises(icloudready.AuthenticationError),
    ):
        client.opportunities.list()


async def test_every_operation_async(icloudready_mock: MockServer) -> None:
    client = await AsyncClient.sign_in(
        "admin@example.com", "secret", base_url=icloudready_mock.base_url
    )
    async with client:
        created = await client.opportunities.create(
            customer="acme", revenue=5, opportunity_description="villa"
        )
        quiet = await client.opportunities.create_without_activity(customer="quiet")
        assert (await client.opportunities.retrieve(created.id)).id == created.id
        assert (await client.opportunities.update(created.id, revenue=6)).revenue == 6
        assert (await client.opportunities.patch(created.id, stage="won")).stage == "won"
        bulk = await client.opportunities.update_multiple(ids=[created.id], update={"stage": "x"})
        assert bulk.updated == 1
        page = await client.opportunities.list(q="villa")
        assert page.total == 1
        assert {o.id async for o in client.opportunities.list_all(limit=1)} == {
            created.id,
            quiet.id,
        }
        raw = await client.opportunities.with_raw_response.list()
        assert raw.parse().total == 2
        await client.opportunities.delete(created.id)
        with pytest.raises(icloudready.NotFoundError):
            await client.opportunities.retrieve(created.id)


def test_pagination_over_1234_records_returns_1234_distinct_ids(
    icloudready_mock: MockServer,
) -> None:
    store = icloudready_mock.app.store
    store.insert_many(
        store.tables["/opportunities"],
        (
            {"_id": f"{i:024x}", "customer": f"c{i}", "updatedAt": "2024-01-01T00:00:00Z"}
            for i in range(1234)
        ),
    )
    with sync_client(icloudready_mock) as client:
        ids = [o.id for o in client.opportunities.list_all(limit=100)]
        assert len(ids) == 1234
        assert len(set(ids)) == 1234
        filtered = [o.id for o in client.opportunities.list_all(limit=7, q="c12")]
        assert len(filtered) == len(set(filtered)) == 1 + 10 + 34  # c12, c120-c129, c1200-c1233
