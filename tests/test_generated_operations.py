"""Every generated operation, called through the raw generated functions against a stub.

Checks the exact method, path, query, headers and JSON body sent, and the parsed result.
"""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
from http import HTTPStatus
from pathlib import Path
from typing import Any

import pytest
import yaml
from regenerate import generate_into

from icloudready import InvalidPathParameterError, UnexpectedStatus
from icloudready.api.auth import sign_in
from icloudready.api.opportunities import (
    create_opportunity,
    create_opportunity_without_activity,
    delete_opportunity,
    list_opportunities,
    patch_opportunity,
    retrieve_opportunity,
    update_multiple_opportunities,
    update_opportunity,
)
from icloudready.client import AuthenticatedClient, Client
from icloudready.models import (
    ActivityLogEntry,
    BulkUpdateRequest,
    BulkUpdateResult,
    Document,
    Opportunity,
    OpportunityInput,
    OpportunityList,
    SignInRequest,
    SignInResponse,
)

from ._stub import Stub
from .conftest import RECORD, ROOT, SPEC

ID = "609a8f85c2834915d0a5a5e9"
TOKEN = "secret-token-123"


def client_for(stub: Stub, **kwargs: object) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=stub.url + "/api/v2", token=TOKEN, **kwargs)  # type: ignore[arg-type]


def full_input() -> OpportunityInput:
    return OpportunityInput(
        customer="609a8f85c2834915d0a5a5e1",
        lead_id="609a8f85c2834915d0a5a5e6",
        probability=0.75,
        revenue=1000,
        close_date=datetime.date(2023, 6, 30),
        activity_log=[
            ActivityLogEntry(
                activity_number=1, activity="Email sent", activity_date=datetime.date(2023, 4, 19)
            )
        ],
        documents=[
            Document(upload_date=datetime.date(2023, 4, 18), file_url="https://example.com/d.pdf")
        ],
        notes=["called"],
        stage="stage1",
    )


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
    result = list_opportunities.sync_detailed(
        client=client_for(stub),
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
    assert result.status_code == HTTPStatus.OK
    assert isinstance(result.parsed, OpportunityList)
    assert result.parsed.total == 6
    assert result.parsed.data[0].id == ID
    assert result.parsed.data[0].close_date == datetime.date(2023, 6, 30)


@pytest.mark.parametrize(
    ("module", "path"),
    [
        (create_opportunity, "/api/v2/opportunities"),
        (create_opportunity_without_activity, "/api/v2/opportunities/no-activity-opportunities"),
    ],
)
def test_creates_send_the_json_body(stub: Stub, module: object, path: str) -> None:
    stub.reply(201, RECORD)
    result = module.sync_detailed(client=client_for(stub), body=full_input())  # type: ignore[attr-defined]
    assert_common(stub, "POST", path, body=FULL_JSON)
    assert result.status_code == 201
    assert isinstance(result.parsed, Opportunity)
    assert result.parsed.id == ID
    assert result.parsed.revenue == 1000


def test_retrieve(stub: Stub) -> None:
    stub.reply(200, {**RECORD, "futureField": {"x": 1}})
    result = retrieve_opportunity.sync_detailed(ID, client=client_for(stub))
    assert_common(stub, "GET", f"/api/v2/opportunities/{ID}")
    assert isinstance(result.parsed, Opportunity)
    assert result.parsed.customer == RECORD["customer"]
    assert result.parsed["futureField"] == {"x": 1}  # unknown fields stay reachable


@pytest.mark.parametrize(
    ("module", "method"), [(update_opportunity, "PUT"), (patch_opportunity, "PATCH")]
)
def test_updates(stub: Stub, module: object, method: str) -> None:
    stub.reply(200, {**RECORD, "stage": "won"})
    result = module.sync_detailed(ID, client=client_for(stub), body=OpportunityInput(stage="won"))  # type: ignore[attr-defined]
    # Only the fields set are sent: a soft update must not blank the others.
    assert_common(stub, method, f"/api/v2/opportunities/{ID}", body={"stage": "won"})
    assert isinstance(result.parsed, Opportunity)
    assert result.parsed.stage == "won"


def test_delete_uses_the_deleted_path(stub: Stub) -> None:
    stub.reply(204, b"")
    result = delete_opportunity.sync_detailed(ID, client=client_for(stub))
    assert_common(stub, "DELETE", f"/api/v2/opportunities/deleted/{ID}")
    assert result.status_code == 204
    assert result.parsed is None


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
    body = BulkUpdateRequest(
        ids=[ID, "609a8f85c2834915d0a5a5e7"], update=OpportunityInput(stage="won")
    )
    result = update_multiple_opportunities.sync_detailed(client=client_for(stub), body=body)
    assert_common(
        stub,
        "PUT",
        "/api/v2/opportunities/multiple",
        body={"ids": [ID, "609a8f85c2834915d0a5a5e7"], "update": {"stage": "won"}},
    )
    assert isinstance(result.parsed, BulkUpdateResult)
    assert [r.status for r in result.parsed.results] == ["updated", "not_found"]


def test_sign_in_sends_no_token(stub: Stub) -> None:
    stub.reply(200, {"accessToken": "abc", "tokenType": "Bearer"})
    result = sign_in.sync_detailed(
        client=Client(base_url=stub.url + "/api/v2"),
        body=SignInRequest(email="a@b.c", password="pw"),
    )
    sent = stub.requests[0]
    assert (sent.method, sent.path) == ("POST", "/api/v2/signin")
    assert "authorization" not in sent.headers
    assert sent.json() == {"email": "a@b.c", "password": "pw"}
    assert isinstance(result.parsed, SignInResponse)
    assert result.parsed.access_token == "abc"


@pytest.mark.parametrize(
    "bad_id", ["..", ".", "", "multiple", "deleted", "no-activity-opportunities"]
)
def test_ids_reaching_other_routes_are_refused_before_sending(stub: Stub, bad_id: str) -> None:
    client = client_for(stub)
    with pytest.raises(InvalidPathParameterError):
        retrieve_opportunity.sync_detailed(bad_id, client=client)
    with pytest.raises(InvalidPathParameterError):
        update_opportunity.sync_detailed(bad_id, client=client, body=OpportunityInput())
    with pytest.raises(InvalidPathParameterError):
        patch_opportunity.sync_detailed(bad_id, client=client, body=OpportunityInput())
    if bad_id in {"..", ".", ""}:
        with pytest.raises(InvalidPathParameterError):
            delete_opportunity.sync_detailed(bad_id, client=client)
    assert stub.requests == []


def test_odd_ids_are_percent_encoded_not_reinterpreted(stub: Stub) -> None:
    stub.reply(404, {"error": "not_found", "message": "no"})
    retrieve_opportunity.sync_detailed("a/../b?c#d", client=client_for(stub))
    assert stub.requests[0].path == "/api/v2/opportunities/a%2F..%2Fb%3Fc%23d"


def test_non_iana_status_does_not_crash(stub: Stub) -> None:
    stub.reply(520, b"<html>origin error</html>", Content_Type="text/html")
    result = retrieve_opportunity.sync_detailed(ID, client=client_for(stub))
    assert result.status_code == 520
    assert result.parsed is None


def test_unexpected_status_raises_when_asked(stub: Stub) -> None:
    stub.reply(418, b"teapot", Content_Type="text/plain")
    with pytest.raises(UnexpectedStatus) as info:
        retrieve_opportunity.sync_detailed(
            ID, client=client_for(stub, raise_on_unexpected_status=True)
        )
    assert info.value.status_code == 418


def test_raw_client_repr_hides_the_token() -> None:
    client = AuthenticatedClient(base_url="http://127.0.0.1:1", token=TOKEN)
    assert TOKEN not in repr(client)


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
    module = (tmp_path / "generated/icloudready/api/opportunities/__init__.py").read_text()
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
