"""The mock's semantics over real HTTP (a fresh in-memory mock per test, from the pytest plugin)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from icloudready_mock import DEMO_TOKEN, Store
from icloudready_mock._server import MockServer, build_app
from icloudready_mock._store import ListQuery
from icloudready_spec import load

from .conftest import SPEC


@pytest.fixture
def api(icloudready_mock: MockServer) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=icloudready_mock.base_url, headers={"Authorization": f"Bearer {DEMO_TOKEN}"}
    ) as client:
        yield client


def create(api: httpx.Client, **fields: Any) -> dict[str, Any]:
    response = api.post("/opportunities", json=fields)
    assert response.status_code == 201, response.text
    record: dict[str, Any] = response.json()
    return record


def test_create_retrieve_update_patch_delete(api: httpx.Client) -> None:
    record = create(api, customer="acme", revenue=10, stage="new")
    assert len(record["_id"]) == 24
    assert record["createdAt"] == record["updatedAt"]
    assert api.get(f"/opportunities/{record['_id']}").json() == record
    put = api.put(f"/opportunities/{record['_id']}", json={"revenue": 20}).json()
    assert (put["revenue"], put["stage"], put["customer"]) == (20, "new", "acme")
    patched = api.patch(f"/opportunities/{record['_id']}", json={"stage": "won"}).json()
    assert (patched["revenue"], patched["stage"]) == (20, "won")
    assert patched["updatedAt"] >= record["updatedAt"]
    assert api.delete(f"/opportunities/deleted/{record['_id']}").status_code == 204
    gone = api.get(f"/opportunities/{record['_id']}")
    assert gone.status_code == 404
    assert gone.json()["error"] == "not_found"
    assert api.delete(f"/opportunities/deleted/{record['_id']}").status_code == 404


def test_delete_is_not_at_the_item_path(api: httpx.Client) -> None:
    record = create(api)
    response = api.delete(f"/opportunities/{record['_id']}")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, HEAD, PUT, PATCH"
    assert api.get(f"/opportunities/{record['_id']}").status_code == 200


def test_create_logs_an_activity_and_the_no_activity_variant_does_not(api: httpx.Client) -> None:
    entry = {"activityNumber": 1, "activity": "Email sent", "activityDate": "2023-04-19"}
    with_log = create(api, activityLog=[entry])
    assert with_log["activityLog"][0] == entry
    assert with_log["activityLog"][1]["activity"] == "Opportunity created"
    assert with_log["activityLog"][1]["activityNumber"] == 2
    quiet = api.post("/opportunities/no-activity-opportunities", json={"activityLog": [entry]})
    assert quiet.status_code == 201
    assert quiet.json()["activityLog"] == [entry]
    assert "activityLog" not in api.post("/opportunities/no-activity-opportunities", json={}).json()


def test_literal_paths_are_routed_before_the_id(api: httpx.Client) -> None:
    assert api.get("/opportunities/multiple").status_code == 405
    assert api.get("/opportunities/no-activity-opportunities").status_code == 405
    malformed = api.get("/opportunities/not-an-id")
    assert malformed.status_code == 400
    assert malformed.json()["error"] == "invalid_id"


def test_bulk_update_reports_each_item(api: httpx.Client) -> None:
    a, b = create(api, stage="new"), create(api, stage="new")
    missing, malformed = "0" * 24, "nope"
    result = api.put(
        "/opportunities/multiple",
        json={"ids": [a["_id"], missing, b["_id"], malformed], "update": {"stage": "won"}},
    ).json()
    assert (result["updated"], result["failed"]) == (2, 2)
    assert [r["status"] for r in result["results"]] == [
        "updated",
        "not_found",
        "updated",
        "invalid_id",
    ]
    assert api.get(f"/opportunities/{a['_id']}").json()["stage"] == "won"
    assert api.get(f"/opportunities/{b['_id']}").json()["stage"] == "won"


def test_list_defaults_to_most_recent_first_and_pages(api: httpx.Client) -> None:
    ids = [create(api, revenue=i, customer=f"c{i}")["_id"] for i in range(7)]
    first = api.get("/opportunities", params={"limit": 3}).json()
    assert (first["page"], first["limit"], first["total"]) == (1, 3, 7)
    assert [r["_id"] for r in first["data"]] == ids[::-1][:3]
    third = api.get("/opportunities", params={"limit": 3, "page": 3}).json()
    assert [r["_id"] for r in third["data"]] == [ids[0]]
    beyond = api.get("/opportunities", params={"limit": 3, "page": 4}).json()
    assert beyond["data"] == []
    assert beyond["total"] == 7
    oldest_first = api.get("/opportunities", params={"order": "asc"}).json()
    assert [r["_id"] for r in oldest_first["data"]] == ids


def test_list_sort_fields_filters_and_search(api: httpx.Client) -> None:
    create(api, revenue=5, stage="won", opportunityDescription="Seaside villa with pool")
    create(api, revenue=50, stage="lost", opportunityDescription="City flat")
    create(api, revenue=500, stage="won", opportunityDescription="Mountain Villa")
    by_revenue = api.get("/opportunities", params={"sortBy": "revenue", "order": "asc"}).json()
    assert [r["revenue"] for r in by_revenue["data"]] == [5, 50, 500]
    projected = api.get("/opportunities", params={"fields": "revenue"}).json()["data"]
    assert all(set(r) == {"_id", "revenue"} for r in projected)
    won = api.get("/opportunities", params={"p": "stage:won"}).json()
    assert won["total"] == 2
    villas = api.get("/opportunities", params={"q": "VILL", "sortBy": "revenue"}).json()
    assert [r["revenue"] for r in villas["data"]] == [500, 5]
    both = api.get("/opportunities", params={"q": "villa pool"}).json()
    assert both["total"] == 1
    assert api.get("/opportunities", params={"q": "villa", "p": "stage:lost"}).json()["total"] == 0
    assert api.get("/opportunities", params={"q": "!!!"}).json()["total"] == 3


@pytest.mark.parametrize(
    "params",
    [
        {"sortBy": "revenue; DROP TABLE opportunities"},
        {"sortBy": "doc"},
        {"order": "sideways"},
        {"limit": "0"},
        {"limit": "101"},
        {"page": "0"},
        {"fields": "password"},
        {"p": "doc:1"},
    ],
)
def test_list_parameters_outside_the_spec_are_refused(
    api: httpx.Client, params: dict[str, str]
) -> None:
    response = api.get("/opportunities", params=params)
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_parameter"


def test_auth(icloudready_mock: MockServer) -> None:
    url = icloudready_mock.base_url
    missing = httpx.get(f"{url}/opportunities")
    assert missing.status_code == 401
    assert missing.json()["error"] == "unauthorized"
    assert (
        httpx.get(f"{url}/opportunities", headers={"Authorization": "Bearer wrong"}).status_code
        == 401
    )
    assert (
        httpx.get(
            f"{url}/opportunities", headers={"Authorization": f"Basic {DEMO_TOKEN}"}
        ).status_code
        == 401
    )
    wrong = httpx.post(f"{url}/signin", json={"email": "admin@example.com", "password": "nope"})
    assert wrong.status_code == 401
    signed = httpx.post(f"{url}/signin", json={"email": "admin@example.com", "password": "secret"})
    assert signed.status_code == 200
    token = signed.json()["accessToken"]
    assert signed.json()["tokenType"] == "Bearer"
    assert (
        httpx.get(f"{url}/opportunities", headers={"Authorization": f"Bearer {token}"}).status_code
        == 200
    )


def test_rate_limit_answers_429_with_retry_after() -> None:
    with MockServer(build_app(rate_limit=True, rate_limit_per_minute=5)) as server:
        headers = {"Authorization": f"Bearer {DEMO_TOKEN}"}
        statuses = [
            httpx.get(f"{server.base_url}/opportunities", headers=headers) for _ in range(7)
        ]
    assert [r.status_code for r in statuses] == [200] * 5 + [429] * 2
    assert 1 <= int(statuses[-1].headers["retry-after"]) <= 60
    assert statuses[-1].json()["error"] == "rate_limited"


def test_faults_are_injected_at_the_configured_rates() -> None:
    with MockServer(build_app(faults="503=0.3,429=0.2,drop=0.1", faults_seed=7)) as server:
        headers = {"Authorization": f"Bearer {DEMO_TOKEN}"}
        outcomes: dict[str, int] = {}
        with httpx.Client(headers=headers) as client:
            for _ in range(200):
                try:
                    key = str(client.get(f"{server.base_url}/opportunities").status_code)
                except httpx.TransportError:
                    key = "dropped"
                outcomes[key] = outcomes.get(key, 0) + 1
    assert set(outcomes) == {"200", "503", "429", "dropped"}
    assert 10 <= outcomes["dropped"] <= 35
    assert outcomes["200"] > 60


def test_spec_and_docs_are_served_offline(icloudready_mock: MockServer) -> None:
    spec = httpx.get(f"{icloudready_mock.url}/openapi.yaml")
    assert spec.status_code == 200
    assert spec.text.startswith("openapi: 3.1.0")
    page = httpx.get(f"{icloudready_mock.url}/docs")
    assert page.status_code == 200
    assert "http" not in page.text.replace("http-equiv", "")  # every asset is local
    for asset in ("/docs/swagger-ui-bundle.js", "/docs/swagger-ui.css"):
        assert httpx.get(f"{icloudready_mock.url}{asset}").status_code == 200


def test_list_uses_indexes_not_scans_at_100k_records(tmp_path: Any) -> None:
    resource = load(SPEC).resources["/opportunities"]
    store = Store(str(tmp_path / "big.sqlite3"), [resource])
    table = store.table(resource)
    with store.transaction() as db:  # bulk load directly: this test is about query plans
        for i in range(100_000):
            record = {
                "_id": f"{i:024x}",
                "customer": f"customer {i}",
                "revenue": i,
                "stage": "won" if i % 10 == 0 else "new",
                "updatedAt": "2024-01-01T00:00:00Z",
            }
            store.write_row(db, table, None, record)
    # Default order walks the primary key backwards and stops at LIMIT; sortBy walks its index;
    # q goes through the FTS5 index; q with a filter tests each filtered row against the FTS
    # matches collected once. None of them sorts the table (a TEMP B-TREE).
    revenue = table.columns["revenue"]
    plans = {
        "default": store.explain(table, ListQuery()),
        "q": store.explain(table, ListQuery(q="customer 4242")),
        "sortBy": store.explain(table, ListQuery(sort_by="revenue")),
        "q+p": store.explain(table, ListQuery(q="customer", filters=(("stage", "won"),))),
    }
    # A page is chosen by key alone: deep pages walk an index, never the documents.
    assert plans["default"] == ["SCAN o"]
    assert plans["sortBy"] == [f"SCAN o USING COVERING INDEX ix_{table.name}_{revenue}"]
    assert len(plans["q"]) == 1
    assert plans["q"][0].startswith("SCAN f VIRTUAL TABLE INDEX")
    assert not any("TEMP B-TREE" in step for plan in plans.values() for step in plan)
    # "customer" matches every record: the filter index drives, each row tested against the
    # FTS matches collected once (no scan of the table, no FTS scan per row).
    stage = table.columns["stage"]
    assert plans["q+p"][0] == f"SEARCH o USING COVERING INDEX ix_{table.name}_{stage} ({stage}=?)"
    assert plans["q+p"][1:] == ["LIST SUBQUERY 1", f"SCAN {table.fts} VIRTUAL TABLE INDEX 0:M1"]
    page, total = store.list_page(table, ListQuery(q="4242"))
    assert total == 11  # word prefixes: 4242 and 42420-42429
    page, total = store.list_page(table, ListQuery(q="customer 42421"))
    assert total == 1
    assert '"customer":"customer 42421"' in page[0]
    page, total = store.list_page(table, ListQuery(q="customer 4242", filters=(("stage", "won"),)))
    assert total == 1  # of 4242 and 42420-42429, only 42420 is a multiple of 10
    store.close()


def test_null_clears_a_field_and_is_never_stored(api: httpx.Client) -> None:
    # openapi.yaml: every input field is nullable, and null means "clear it".
    record = create(api, customer="acme", stage=None, revenue=10)
    assert "stage" not in record
    patched = api.patch(f"/opportunities/{record['_id']}", json={"revenue": None}).json()
    assert "revenue" not in patched
    assert patched["customer"] == "acme"
    bulk = api.put(
        "/opportunities/multiple", json={"ids": [record["_id"]], "update": {"customer": None}}
    )
    assert bulk.json()["updated"] == 1
    assert "customer" not in api.get(f"/opportunities/{record['_id']}").json()
