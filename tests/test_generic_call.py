"""``client.get/post/put/patch/delete(path, ...)``: an endpoint the spec lacks, through the
same pipeline as the generated methods (auth, retries, pacing, deadline, limits, errors)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from icloudready import (
    APIStatusError,
    AsyncClient,
    BadRequestError,
    Client,
    InternalServerError,
    InvalidPathParameterError,
    NotFoundError,
)
from icloudready_mock import MockProcess

from ._stub import Stub


@pytest.fixture(scope="module")
def mock() -> Iterator[MockProcess]:
    process = MockProcess(Path(":memory:"))
    yield process
    process.stop()


def client_of(mock: MockProcess) -> Client:
    return Client(token=mock.token, base_url=mock.base_url, rate_limit=None)


def test_a_record_round_trip_by_path(mock: MockProcess) -> None:
    with client_of(mock) as client:
        created = client.post("/leads", json={"customer": "generic", "leadRating": 3})
        assert created["customer"] == "generic"
        lead = client.get("/leads/{id}", path_params={"id": created["_id"]})
        assert lead == created
        page = client.get("leads", params={"p": "customer:generic", "limit": 5})
        assert [r["_id"] for r in page["data"]] == [created["_id"]]
        # What the generated method reads is what the generic call got.
        assert client.leads.retrieve(created["_id"]).customer == "generic"
        # No page documents an update of a lead: the call is sent, the answer typed.
        with pytest.raises(APIStatusError) as info:
            client.put("/leads/{id}", path_params={"id": created["_id"]}, json={})
        assert info.value.status_code == 405


def test_an_empty_body_is_none(mock: MockProcess) -> None:
    with client_of(mock) as client:
        created = client.post("/opportunities", json={"customer": "to delete"})
        gone = client.delete("/opportunities/deleted/{id}", path_params={"id": created["_id"]})
        assert gone is None
        with pytest.raises(NotFoundError):
            client.get("/opportunities/{id}", path_params={"id": created["_id"]})


def test_errors_are_the_typed_ones(mock: MockProcess) -> None:
    with client_of(mock) as client:
        with pytest.raises(BadRequestError) as info:
            client.get("/opportunities", params={"limit": "lots"})
        assert info.value.status_code == 400
        with pytest.raises(NotFoundError):
            client.get("/no-such-endpoint")


@pytest.mark.parametrize("value", ["multiple", "a/b", "..", "x%2Fy", " padded"])
def test_path_params_that_could_reach_another_route_are_refused(
    mock: MockProcess, value: str
) -> None:
    with client_of(mock) as client, pytest.raises(InvalidPathParameterError):
        client.put("/opportunities/{id}", path_params={"id": value}, json={})


@pytest.mark.parametrize(
    ("path", "path_params"),
    [
        ("/opportunities?limit=1", None),  # the query goes in params=
        ("/opportunities/../signin", None),
        ("/opportunities/{id}", None),  # a {name} without its value
        ("/opportunities", {"id": "x"}),  # a value for no {name}
    ],
)
def test_a_malformed_path_is_refused_before_sending(
    stub: Stub, path: str, path_params: dict[str, Any] | None
) -> None:
    with (
        Client(token="t", base_url=stub.url, rate_limit=None) as client,
        pytest.raises((InvalidPathParameterError, TypeError)),
    ):
        client.get(path, path_params=path_params)
    assert stub.requests == []


def test_retries_follow_the_post_rule(stub: Stub) -> None:
    with Client(token="t", base_url=stub.url, rate_limit=None, max_retries=2) as client:
        for _ in range(4):
            stub.reply(500, {"message": "down"})
        with pytest.raises(InternalServerError):
            client.post("/anything", json={"a": 1})
        assert len(stub.requests) == 1, "a POST the server may have processed is not retried"
        stub.requests.clear()
        with pytest.raises(InternalServerError):
            client.get("/anything")
        assert len(stub.requests) == 3, "a GET is retried"
        assert stub.requests[0].headers["authorization"] == "Bearer t"


def test_a_json_body_that_json_cannot_carry_is_a_type_error(stub: Stub) -> None:
    with (
        Client(token="t", base_url=stub.url, rate_limit=None) as client,
        pytest.raises(TypeError, match="json"),
    ):
        client.post("/anything", json={"value": float("nan")})
    assert stub.requests == []


async def test_the_async_client_has_the_same_calls(mock: MockProcess) -> None:
    async with AsyncClient(token=mock.token, base_url=mock.base_url, rate_limit=None) as client:
        created = await client.post("/customers", json={"name": "async generic"})
        record_id = created["_id"]
        got = await client.get("/customers/{id}", path_params={"id": record_id})
        assert got["_id"] == record_id
        replaced = await client.put(
            "/customers/{id}", path_params={"id": record_id}, json={"name": "renamed"}
        )
        assert replaced["name"] == "renamed"
        with pytest.raises(InvalidPathParameterError):
            await client.patch("/customers/{id}", path_params={"id": "../x"}, json={})
        listed = await client.get("/customers", params={"limit": 2})
        assert listed["data"]
