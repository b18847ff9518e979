"""The generated operations, through the one public surface (``client.<tag>.<method>``),
against a stub server: what each sends, what each returns, and every response kind."""

from __future__ import annotations

import datetime
import importlib.metadata
import json
import os
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any

import pytest
import yaml
from regenerate import generate_into

from icloudready import Client, InternalServerError, InvalidPathParameterError
from icloudready.models import (
    ActivityLogEntry,
    BulkUpdateResult,
    Document,
    Opportunity,
    OpportunityInput,
    OpportunityList,
    SignInResponse,
)
from icloudready_spec import load, snake

from ._stub import Stub
from .conftest import RECORD, ROOT, SPEC

ID = "609a8f85c2834915d0a5a5e9"
TOKEN = "secret-token-123"


def client_for(stub: Stub) -> Client:
    return Client(token=TOKEN, base_url=stub.url + "/api/v2", rate_limit=None, max_retries=0)


FULL_INPUT: dict[str, Any] = {
    "customer": "609a8f85c2834915d0a5a5e1",
    "lead_id": "609a8f85c2834915d0a5a5e6",
    "probability": 0.75,
    "revenue": 1000,
    "close_date": datetime.date(2023, 6, 30),
    "activity_log": [
        ActivityLogEntry(
            activity_number=1, activity="Email sent", activity_date=datetime.date(2023, 4, 19)
        )
    ],
    "documents": [
        Document(upload_date=datetime.date(2023, 4, 18), file_url="https://example.com/d.pdf")
    ],
    "notes": ["called"],
    "stage": "stage1",
}

FULL_JSON = {
    "customer": "609a8f85c2834915d0a5a5e1",
    "leadId": "609a8f85c2834915d0a5a5e6",
    "probability": 0.75,
    "revenue": 1000,
    "closeDate": "2023-06-30",
    "activityLog": [{"activityNumber": 1, "activity": "Email sent", "activityDate": "2023-04-19"}],
    "documents": [{"uploadDate": "2023-04-18", "fileUrl": "https://example.com/d.pdf"}],
    "notes": ["called"],
    "stage": "stage1",
}


def assert_common(stub: Stub, method: str, path: str, *, body: object = None) -> None:
    assert len(stub.requests) == 1
    sent = stub.requests[0]
    assert sent.method == method
    assert sent.path == path
    assert sent.headers["authorization"] == f"Bearer {TOKEN}"
    if body is None:
        assert sent.body == b""
    else:
        assert sent.headers["content-type"] == "application/json"
        assert sent.json() == body


def test_list_sends_every_query_parameter(stub: Stub) -> None:
    stub.reply(200, {"data": [RECORD], "page": 2, "limit": 5, "total": 6})
    with client_for(stub) as client:
        page = client.opportunities.list(
            limit=5,
            page=2,
            order="asc",
            sort_by="revenue",
            fields="customer,revenue",
            p="stage:won",
            q="villa",
        )
    assert_common(stub, "GET", "/api/v2/opportunities")
    assert stub.requests[0].query == {
        "limit": ["5"],
        "page": ["2"],
        "order": ["asc"],
        "sortBy": ["revenue"],
        "fields": ["customer,revenue"],
        "p": ["stage:won"],
        "q": ["villa"],
    }
    assert page.total == 6
    assert page.items[0].id == ID
    assert page.items[0].close_date == datetime.date(2023, 6, 30)


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("create", "/api/v2/opportunities"),
        ("create_without_activity", "/api/v2/opportunities/no-activity-opportunities"),
    ],
)
def test_creates_send_the_json_body(stub: Stub, method: str, path: str) -> None:
    stub.reply(201, RECORD)
    with client_for(stub) as client:
        record = getattr(client.opportunities, method)(**FULL_INPUT)
    assert_common(stub, "POST", path, body=FULL_JSON)
    assert isinstance(record, Opportunity)
    assert record.id == ID
    assert record.revenue == 1000


def test_retrieve(stub: Stub) -> None:
    stub.reply(200, {**RECORD, "futureField": {"x": 1}})
    with client_for(stub) as client:
        record = client.opportunities.retrieve(ID)
    assert_common(stub, "GET", f"/api/v2/opportunities/{ID}")
    assert record.customer == RECORD["customer"]
    assert record["futureField"] == {"x": 1}  # unknown fields stay reachable


@pytest.mark.parametrize(("method", "verb"), [("update", "PUT"), ("patch", "PATCH")])
def test_updates(stub: Stub, method: str, verb: str) -> None:
    stub.reply(200, {**RECORD, "stage": "won"})
    with client_for(stub) as client:
        record = getattr(client.opportunities, method)(ID, stage="won")
    # Only the fields set are sent: a soft update must not blank the others.
    assert_common(stub, verb, f"/api/v2/opportunities/{ID}", body={"stage": "won"})
    assert record.stage == "won"


def test_delete_uses_the_deleted_path(stub: Stub) -> None:
    stub.reply(204, b"")
    with client_for(stub) as client:
        client.opportunities.delete(ID)
    assert_common(stub, "DELETE", f"/api/v2/opportunities/deleted/{ID}")


def test_update_multiple(stub: Stub) -> None:
    outcome = {
        "updated": 1,
        "failed": 1,
        "results": [
            {"id": ID, "status": "updated"},
            {"id": "609a8f85c2834915d0a5a5e7", "status": "not_found"},
        ],
    }
    stub.reply(200, outcome)
    with client_for(stub) as client:
        result = client.opportunities.update_multiple(
            ids=[ID, "609a8f85c2834915d0a5a5e7"], update=OpportunityInput(stage="won")
        )
    assert_common(
        stub,
        "PUT",
        "/api/v2/opportunities/multiple",
        body={"ids": [ID, "609a8f85c2834915d0a5a5e7"], "update": {"stage": "won"}},
    )
    assert isinstance(result, BulkUpdateResult)
    assert [r.status for r in result.results] == ["updated", "not_found"]


def test_sign_in_sends_no_token(stub: Stub) -> None:
    stub.reply(200, {"accessToken": "abc", "tokenType": "Bearer"})
    with Client(base_url=stub.url + "/api/v2", rate_limit=None) as anonymous:
        result = anonymous.auth.sign_in(email="a@b.c", password="pw")
    sent = stub.requests[0]
    assert (sent.method, sent.path) == ("POST", "/api/v2/signin")
    assert "authorization" not in sent.headers
    assert sent.json() == {"email": "a@b.c", "password": "pw"}
    assert isinstance(result, SignInResponse)
    assert result.access_token == "abc"


@pytest.mark.parametrize(
    "bad_id", ["..", ".", "", "multiple", "deleted", "no-activity-opportunities"]
)
def test_ids_reaching_other_routes_are_refused_before_sending(stub: Stub, bad_id: str) -> None:
    with client_for(stub) as client:
        with pytest.raises(InvalidPathParameterError):
            client.opportunities.retrieve(bad_id)
        with pytest.raises(InvalidPathParameterError):
            client.opportunities.update(bad_id, stage="x")
        with pytest.raises(InvalidPathParameterError):
            client.opportunities.patch(bad_id, stage="x")
        if bad_id in {"..", ".", ""}:
            with pytest.raises(InvalidPathParameterError):
                client.opportunities.delete(bad_id)
    assert stub.requests == []


def test_odd_ids_are_percent_encoded_not_reinterpreted(stub: Stub) -> None:
    stub.reply(200, RECORD)
    with client_for(stub) as client:
        client.opportunities.retrieve("a..b c:d@e")
        assert stub.requests[0].path == "/api/v2/opportunities/a..b%20c%3Ad%40e"
        # A separator is refused, even percent-encoded: servers decode %2F before routing.
        with pytest.raises(InvalidPathParameterError, match="separator"):
            client.opportunities.retrieve("a/../b?c#d")


def test_non_iana_status_is_a_typed_error(stub: Stub) -> None:
    stub.reply(520, b"<html>origin error</html>", Content_Type="text/html")
    with client_for(stub) as client, pytest.raises(InternalServerError) as info:
        client.opportunities.retrieve(ID)
    assert info.value.status_code == 520


def test_one_public_surface() -> None:
    """No raw functions, no second client class, no generator-indexed or twin model names."""
    import icloudready
    import icloudready.models

    for gone in ("api", "client", "types", "errors"):
        with pytest.raises(ImportError):
            __import__(f"icloudready.{gone}")
    names = list(icloudready.models.__all__)
    assert not [n for n in names if "Type0" in n or "Type1" in n]
    # A free-form object is a plain dict, not a class (and not two).
    assert not [n for n in names if n.endswith("Information")]
    assert Opportunity.__annotations__["opportunity_information"] == "dict[str, Any] | None"
    assert icloudready.Client is Client


@pytest.mark.parametrize(
    ("example", "model"),
    [
        ("OpportunityInputExample", OpportunityInput),
        ("OpportunityExample", Opportunity),
        ("OpportunityListExample", OpportunityList),
    ],
)
def test_models_round_trip_the_spec_examples(example: str, model: Any) -> None:
    # from_dict passes fields positionally: a wrong order would scramble them here.
    spec = yaml.safe_load(SPEC.read_text())
    value = spec["components"]["examples"][example]["value"]
    # Datetimes come back in isoformat's spelling of UTC.
    expected = json.loads(json.dumps(value).replace('Z"', '+00:00"'))
    assert model.from_dict(value).to_dict() == expected
    if hasattr(model, "additional_keys"):
        assert model.from_dict({**value, "undocumented": [1]})["undocumented"] == [1]


# -- every response kind, every method, derived from the spec --------------------------

ID_PARAM = {"$ref": "#/components/parameters/id"}
NOT_FOUND = {"$ref": "#/components/responses/NotFound"}
# One operation per response kind the committed spec lacks (object and page it has).
RESPONSE_KINDS = {
    "/opportunities/{id}/activities": {
        "get": {
            "operationId": "listOpportunityActivities",
            "tags": ["opportunities"],
            "summary": "Activities of an opportunity (array of objects)",
            "parameters": [ID_PARAM],
            "responses": {
                "200": {
                    "description": "The activity log.",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "array",
                                "items": {"$ref": "#/components/schemas/ActivityLogEntry"},
                            }
                        }
                    },
                },
                "404": NOT_FOUND,
            },
        }
    },
    "/opportunities/{id}/tags": {
        "get": {
            "operationId": "listOpportunityTags",
            "tags": ["opportunities"],
            "summary": "Tags of an opportunity (array of primitives)",
            "x-kind": "action",
            "parameters": [ID_PARAM],
            "responses": {
                "200": {
                    "description": "The tags.",
                    "content": {
                        "application/json": {
                            "schema": {"type": "array", "items": {"type": "string"}}
                        }
                    },
                },
                "404": NOT_FOUND,
            },
        }
    },
    "/opportunities/{id}/score": {
        "get": {
            "operationId": "scoreOpportunity",
            "tags": ["opportunities"],
            "summary": "Score of an opportunity (primitive)",
            "x-kind": "action",
            "parameters": [ID_PARAM],
            "responses": {
                "200": {
                    "description": "The score.",
                    "content": {"application/json": {"schema": {"type": "integer"}}},
                },
                "404": NOT_FOUND,
            },
        }
    },
    "/opportunities/{id}/archive": {
        "post": {
            "operationId": "archiveOpportunity",
            "tags": ["opportunities"],
            "summary": "Archive an opportunity (empty; deprecated)",
            "x-kind": "action",
            "deprecated": True,
            "parameters": [ID_PARAM],
            "responses": {"204": {"description": "Archived."}, "404": NOT_FOUND},
        }
    },
}


def generated_surface(tmp_path: Path, spec: dict[str, Any]) -> dict[str, Any]:
    """Generate from ``spec`` into tmp_path, then call every method there (tests/_surface_check)."""
    spec_path = tmp_path / "openapi.yaml"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False))
    made = generate_into(spec_path, tmp_path)
    assert made.returncode == 0, made.stdout + made.stderr
    run = subprocess.run(
        [sys.executable, "-m", "tests._surface_check", str(spec_path)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(tmp_path / "generated")},
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    report: dict[str, Any] = json.loads(run.stdout)
    return report


def assert_surface_matches_the_spec(report: dict[str, Any], spec: dict[str, Any]) -> None:
    operations = {
        f"{method.upper()} {path}"
        for path, item in spec["paths"].items()
        for method in item
        if method in {"get", "put", "post", "patch", "delete"}
    }
    assert {entry["operation"] for entry in report.values()} == operations
    for method, entry in report.items():
        for variant, outcome in entry["results"].items():
            assert outcome["ok"], (method, variant, outcome)
            assert outcome["sent"] == entry["expected"], (method, variant)
        assert entry["deprecation_warned"] == entry["deprecated"], method


def test_every_method_of_the_committed_spec_returns_what_the_spec_declares(
    tmp_path: Path,
) -> None:
    spec = yaml.safe_load(SPEC.read_text())
    report = generated_surface(tmp_path, spec)
    assert_surface_matches_the_spec(report, spec)
    assert report["opportunities.list"]["results"]["sync"]["type"] == "Page"
    assert report["opportunities.delete"]["results"]["async_raw"]["type"] == "NoneType"


def test_every_response_kind_reaches_users_typed(tmp_path: Path) -> None:
    spec = yaml.safe_load(SPEC.read_text())
    spec["paths"].update(RESPONSE_KINDS)
    report = generated_surface(tmp_path, spec)
    assert_surface_matches_the_spec(report, spec)
    kinds = {name: entry["results"]["sync"]["type"] for name, entry in report.items()}
    assert kinds["opportunities.list_activities"] == "list"  # of ActivityLogEntry records
    assert kinds["opportunities.list_tags"] == "list"  # of str
    assert kinds["opportunities.score"] == "int"
    assert kinds["opportunities.archive"] == "NoneType"
    assert report["opportunities.archive"]["deprecation_warned"]
    module = (tmp_path / "generated/icloudready/resources/opportunities.py").read_text()
    assert "-> builtins.list[ActivityLogEntry]:" in module
    assert "-> builtins.list[str]:" in module
    assert "-> int:" in module


def test_a_response_the_templates_cannot_map_fails_generation_naming_the_operation(
    tmp_path: Path,
) -> None:
    spec = yaml.safe_load(SPEC.read_text())
    matrix = {"type": "array", "items": {"type": "array", "items": {"type": "integer"}}}
    spec["paths"]["/opportunities/{id}/matrix"] = {
        "get": {
            "operationId": "opportunityMatrix",
            "tags": ["opportunities"],
            "x-kind": "action",
            "parameters": [ID_PARAM],
            "responses": {
                "200": {
                    "description": "A matrix.",
                    "content": {"application/json": {"schema": matrix}},
                }
            },
        }
    }
    bad = tmp_path / "openapi.yaml"
    bad.write_text(yaml.safe_dump(spec, sort_keys=False))
    result = generate_into(bad, tmp_path)
    assert result.returncode != 0
    output = " ".join((result.stdout + result.stderr).split())
    assert "Cannot generate opportunity_matrix (GET /opportunities/{id}/matrix)" in output


def test_requests_name_the_sdk_and_its_version(stub: Stub) -> None:
    stub.reply(200, RECORD)
    with client_for(stub) as client:
        client.opportunities.retrieve(ID)
    version = importlib.metadata.version("icloudready")
    assert stub.requests[0].headers["user-agent"] == f"icloudready-python/{version}"


def test_exported_enums_are_what_the_methods_accept(stub: Stub) -> None:
    from icloudready.models import ListOpportunitiesSortBy

    accepted = typing.get_args(ListOpportunitiesSortBy)
    resource = load(SPEC).resources["/opportunities"]
    assert sorted(accepted) == sorted(snake(k) for k in resource.sort_keys)
    with client_for(stub) as client:
        for value in accepted:
            stub.reply(200, {"data": [], "page": 1, "limit": 20, "total": 0})
            client.opportunities.list(sort_by=value)
    sent = [r.query["sortBy"][0] for r in stub.requests]
    assert sent == [next(k for k in resource.sort_keys if snake(k) == v) for v in accepted]
