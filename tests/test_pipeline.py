"""The regeneration pipeline: openapi.yaml + overrides/ -> generated/, with no hand-written step.

The drills are API changes a maintainer makes, each on a copy of the spec with zero
hand-written lines elsewhere: the SDK generated from the copy calls the changed
operations, the mock started on the copy serves them statefully, and schemathesis
passes on them.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml
from check_spec import problems_of
from regenerate import generate_into
from writeback import write_back

from icloudready_mock import MockProcess
from icloudready_spec import SpecError, build

from ._stub import Stub
from .conftest import RECORD, ROOT, SPEC

Spec = dict[str, Any]

NEW_OPERATION = {
    "post": {
        "operationId": "archiveOpportunity",
        "tags": ["opportunities"],
        # Not a shape of the convention (an action on a record): declared, else generation fails.
        "x-kind": "action",
        "summary": "Archive opportunity",
        "description": "A new operation, added only to the spec.",
        "parameters": [{"$ref": "#/components/parameters/id"}],
        "responses": {
            "200": {"$ref": "#/components/responses/OpportunityOk"},
            "404": {"$ref": "#/components/responses/NotFound"},
        },
    }
}

USE_IT = """
import json, sys
from icloudready import Client
from icloudready._operations import OPERATIONS
with Client(token="t0k3n", base_url=sys.argv[1], max_retries=0) as client:
    record = client.opportunities.archive("609a8f85c2834915d0a5a5e9")
    kind = next(op.kind for op in OPERATIONS if op.operation_id == "archiveOpportunity")
    print(json.dumps({"id": record.id, "kind": kind}))
"""


def original() -> Spec:
    spec: Spec = yaml.safe_load(SPEC.read_text())
    return spec


def write(spec: Spec, folder: Path) -> Path:
    path = folder / "openapi.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True))
    return path


def run_sdk(generated: Path, code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        env={**os.environ, "PYTHONPATH": str(generated)},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_a_new_operation_in_the_spec_reaches_users_without_hand_written_code(
    tmp_path: Path, stub: Stub
) -> None:
    spec = original()
    spec["paths"]["/opportunities/{id}/archive"] = NEW_OPERATION
    result = generate_into(write(spec, tmp_path), tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "action       POST /opportunities/{id}/archive" in result.stdout  # the kinds printed
    module = (tmp_path / "generated/icloudready/resources/opportunities.py").read_text()
    assert "def archive(" in module

    stub.reply(200, RECORD)
    run = run_sdk(tmp_path / "generated", USE_IT, stub.url + "/api/v2")
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == {"id": RECORD["_id"], "kind": "action"}
    sent = stub.requests[0]
    assert (sent.method, sent.path) == ("POST", f"/api/v2/opportunities/{RECORD['_id']}/archive")
    assert sent.headers["authorization"] == "Bearer t0k3n"


def test_methods_that_would_collide_fail_generation_naming_them(tmp_path: Path) -> None:
    spec = original()
    spec["paths"]["/opportunities"]["get"]["operationId"] = "list_opportunities"
    spec["paths"]["/opportunities/{id}"]["get"]["operationId"] = "listOpportunities"
    with pytest.raises(SpecError, match=r"opportunities\.list is list_opportunities's too"):
        build(spec)
    result = generate_into(write(spec, tmp_path), tmp_path)
    assert result.returncode != 0
    assert "declare x-method-name" in result.stderr
    assert not (tmp_path / "generated" / "icloudready").exists()


def test_an_operation_no_convention_or_declaration_classifies_fails_generation(
    tmp_path: Path,
) -> None:
    spec = original()
    spec["paths"]["/opportunities/{id}/archive"] = copy.deepcopy(NEW_OPERATION)
    del spec["paths"]["/opportunities/{id}/archive"]["post"]["x-kind"]
    result = generate_into(write(spec, tmp_path), tmp_path)
    assert result.returncode != 0
    assert "archiveOpportunity (POST /opportunities/{id}/archive): no kind" in result.stderr
    assert "declare x-kind" in result.stderr
    assert not (tmp_path / "generated" / "icloudready").exists()


def test_a_declaration_wins_over_the_convention() -> None:
    spec = original()
    spec["paths"]["/opportunities/{id}"]["patch"]["x-kind"] = "action"
    spec["paths"]["/opportunities/{id}"]["patch"]["x-method-name"] = "soft_update"
    op = build(spec).operation("patchOpportunity")
    assert (op.kind, op.method_name) == ("action", "soft_update")


def test_the_spec_model_refuses_what_it_does_not_handle() -> None:
    spec = original()
    schemas = spec["components"]["schemas"]
    schemas["OpportunityInput"]["properties"]["stage"]["x-sortabel"] = True
    schemas["Document"]["oneOf"] = [{"type": "object"}]
    with pytest.raises(SpecError) as info:
        build(spec)
    problems = "\n".join(info.value.problems)
    assert (
        "OpportunityInput/properties/stage: unsupported schema extension 'x-sortabel'" in problems
    )
    assert "Document: unsupported schema keyword 'oneOf'" in problems


def test_the_real_spec_passes_its_checks() -> None:
    assert problems_of(build(original())) == []


def test_restated_facts_are_written_back_and_drift_fails_the_check(tmp_path: Path) -> None:
    """A field added to the create body only: write-back adds it to the record and to the
    list's fields pattern; until it has run, check_spec reports what differs."""
    spec = original()
    spec["components"]["schemas"]["OpportunityInput"]["properties"]["currency"] = {
        "type": ["string", "null"],
        "x-filterable": True,
        "description": "ISO 4217 code.",
    }
    path = write(spec, tmp_path)
    check = [sys.executable, "tools/check_spec.py", str(path)]
    drift = subprocess.run(check, cwd=ROOT, capture_output=True, text=True, check=False)
    assert drift.returncode == 1
    assert "components.schemas.Opportunity.properties differs from" in drift.stderr
    written, changed = write_back(path.read_text())
    assert len(changed) == 3, changed  # the record, the fields pattern, the p pattern
    model = build(yaml.safe_load(written))
    record = model.resources["/opportunities"]
    assert record.properties["currency"].type == "string"  # never null in a record
    assert "currency" in record.projection_fields
    assert "currency" in record.filter_fields
    path.write_text(written)
    again = subprocess.run(check, cwd=ROOT, capture_output=True, text=True, check=False)
    assert again.returncode == 0, again.stderr
    assert write_back(written) == (written, [])  # idempotent


def test_declarations_the_record_contradicts_fail_the_check() -> None:
    spec = original()
    inputs = spec["components"]["schemas"]["OpportunityInput"]["properties"]
    inputs["revenue"]["x-filterable"] = True
    inputs["notes"]["x-sortable"] = True
    spec["components"]["schemas"]["Opportunity"]["properties"]["serverScore"] = {"type": "number"}
    problems = "\n".join(problems_of(build(spec)))
    assert "revenue is x-filterable but not a string" in problems
    assert "notes is x-sortable but not a string or a number" in problems
    assert "serverScore is neither a field of OpportunityInput nor readOnly" in problems


def test_every_inference_has_a_reason() -> None:
    found = build(original()).inferences
    assert len(found) > 20
    assert all(inference.reason != "(no reason given)" for inference in found)


def test_generation_is_deterministic(tmp_path: Path) -> None:
    assert generate_into(SPEC, tmp_path).returncode == 0
    diff = subprocess.run(
        [
            "diff",
            "-r",
            "--no-dereference",
            "--exclude=__pycache__",
            str(ROOT / "generated"),
            str(tmp_path / "generated"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert diff.returncode == 0, diff.stdout[:3000]


# -- the drills -------------------------------------------------------------------------


CURRENCY = {
    "type": ["string", "null"],
    "maxLength": 3,
    "x-sortable": True,
    "x-filterable": True,
    "description": "ISO 4217 code of the revenue's currency.",
}


def add_currency(spec: Spec) -> None:
    """One edit: a new optional field of the create body (the record and the list's
    restated patterns and enum follow by write-back)."""
    spec["components"]["schemas"]["OpportunityInput"]["properties"]["currency"] = dict(CURRENCY)


def day_first_date(spec: Spec) -> None:
    """A date the API writes DD/MM/YYYY (as contracts do): one field, one declaration."""
    spec["components"]["schemas"]["OpportunityInput"]["properties"]["signedOn"] = {
        "type": ["string", "null"],
        "x-date-format": "DD/MM/YYYY",
        "x-inferred": True,
        "x-inferred-reason": "The example writes 20/12/2022.",
        "description": "When the contract was signed.",
    }


def probability_as_integer(spec: Spec) -> None:
    schemas = spec["components"]["schemas"]
    schemas["OpportunityInput"]["properties"]["probability"] = {
        "type": "integer",
        "minimum": 0,
        "maximum": 100,
        "x-sortable": True,
        "description": "Probability of winning, in percent.",
    }
    examples = spec["components"]["examples"]
    examples["OpportunityInputExample"]["value"]["probability"] = 75
    examples["OpportunityExample"]["value"]["probability"] = 75
    bulk = spec["paths"]["/opportunities/multiple"]["put"]["requestBody"]["content"]
    bulk["application/json"]["examples"]["bulk"]["value"]["update"]["probability"] = 100


def activities_subresource(spec: Spec) -> None:
    links = spec["components"]["responses"]["OpportunityCreated"]["links"]
    links["ListActivities"] = {
        "operationId": "listOpportunityActivities",
        "parameters": {"id": "$response.body#/_id"},
        "description": "The new record's activities.",
    }
    spec["paths"]["/opportunities/{id}/activities"] = {
        "parameters": [{"$ref": "#/components/parameters/id"}],
        "get": {
            "operationId": "listOpportunityActivities",
            "tags": ["opportunities"],
            "summary": "List an opportunity's activities",
            "description": "The activity log of one opportunity.",
            "responses": {
                "200": {
                    "description": "The activity-log entries.",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "array",
                                "items": {"$ref": "#/components/schemas/ActivityLogEntry"},
                            }
                        }
                    },
                },
                "400": {"$ref": "#/components/responses/BadRequest"},
                "401": {"$ref": "#/components/responses/Unauthorized"},
                "404": {"$ref": "#/components/responses/NotFound"},
            },
        },
    }


def _prospect_responses(ok: str, status: str = "200") -> dict[str, Any]:
    return {
        status: {"$ref": f"#/components/responses/{ok}"},
        "400": {"$ref": "#/components/responses/BadRequest"},
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "404": {"$ref": "#/components/responses/NotFound"},
        "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
        "422": {"$ref": "#/components/responses/UnprocessableEntity"},
    }


def prospects_tag(spec: Spec) -> None:
    """A new tag with list, create, retrieve, update and delete, and a literal sibling route."""
    spec["tags"].append({"name": "prospects", "description": "Sales prospects."})
    components = spec["components"]
    components["parameters"]["prospectId"] = {
        "name": "prospectId",
        "in": "path",
        "required": True,
        "description": "ID of the prospect.",
        "schema": {"type": "string", "pattern": "^[0-9a-f]{24}$"},
    }
    text = {"type": "string", "maxLength": 200}
    components["schemas"]["ProspectInput"] = {
        "type": "object",
        "description": "The fields of a prospect.",
        "additionalProperties": False,
        "properties": {"name": dict(text), "email": dict(text)},
    }
    stamp = {"type": "string", "format": "date-time", "readOnly": True}
    components["schemas"]["Prospect"] = {
        "type": "object",
        "description": "A stored prospect.",
        "required": ["_id"],
        "properties": {
            "_id": {"type": "string", "readOnly": True},
            "name": {"type": "string"},
            "email": {"type": "string"},
            "createdAt": dict(stamp),
            "updatedAt": dict(stamp),
        },
    }
    components["schemas"]["ProspectList"] = {
        "type": "object",
        "description": "One page of prospects.",
        "required": ["data", "page", "limit", "total"],
        "properties": {
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/Prospect"}},
            "page": {"type": "integer"},
            "limit": {"type": "integer"},
            "total": {"type": "integer"},
        },
    }
    record = {"application/json": {"schema": {"$ref": "#/components/schemas/Prospect"}}}
    links = {
        name: {"operationId": op, "parameters": {"prospectId": "$response.body#/_id"}}
        for name, op in (
            ("RetrieveProspect", "retrieveProspect"),
            ("UpdateProspect", "updateProspect"),
            ("DeleteProspect", "deleteProspect"),
        )
    }
    components["responses"]["ProspectOk"] = {"description": "The prospect.", "content": record}
    components["responses"]["ProspectCreated"] = {
        "description": "Created.",
        "content": record,
        "links": links,
    }
    body = {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ProspectInput"}}},
    }
    item = [{"$ref": "#/components/parameters/prospectId"}]

    def op(op_id: str, summary: str, responses: dict[str, Any], **extra: Any) -> dict[str, Any]:
        operation = {
            "operationId": op_id,
            "tags": ["prospects"],
            "summary": summary,
            "description": summary + ".",
            "responses": responses,
        }
        return {**operation, **extra}

    listed = {
        "200": {
            "description": "A page of prospects.",
            "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/ProspectList"}}
            },
        },
        "400": {"$ref": "#/components/responses/BadRequest"},
        "401": {"$ref": "#/components/responses/Unauthorized"},
    }
    paging = [{"$ref": f"#/components/parameters/{n}"} for n in ("limit", "page", "order", "q")]
    spec["paths"]["/prospects"] = {
        "get": op("listProspects", "List prospects", listed, parameters=paging),
        "post": op(
            "createProspect",
            "Create prospect",
            _prospect_responses("ProspectCreated", "201"),
            requestBody=body,
        ),
    }
    spec["paths"]["/prospects/no-activity-prospects"] = {
        "post": op(
            "createProspectWithoutActivity",
            "Create prospect without activity",
            _prospect_responses("ProspectCreated", "201"),
            requestBody=body,
            **{"x-kind": "create"},  # a create beside the collection: declared
        )
    }
    spec["paths"]["/prospects/{prospectId}"] = {
        "parameters": item,
        "get": op("retrieveProspect", "Retrieve prospect", _prospect_responses("ProspectOk")),
        "put": op(
            "updateProspect", "Update prospect", _prospect_responses("ProspectOk"), requestBody=body
        ),
        "delete": op(
            "deleteProspect",
            "Delete prospect",
            {
                "204": {"description": "Deleted."},
                "400": {"$ref": "#/components/responses/BadRequest"},
                "401": {"$ref": "#/components/responses/Unauthorized"},
                "404": {"$ref": "#/components/responses/NotFound"},
            },
        ),
    }


def remove_bulk_update(spec: Spec) -> None:
    del spec["paths"]["/opportunities/multiple"]


@dataclass
class Drill:
    name: str
    edit: Callable[[Spec], None]
    # Runs with the generated SDK importable; argv: base URL, token. Raises on failure.
    use: str
    operations: list[str] = field(default_factory=list)  # schemathesis runs on these


DRILLS = [
    Drill(
        "new optional field, one edit",
        add_currency,
        """
import sys, icloudready
with icloudready.Client(token=sys.argv[2], base_url=sys.argv[1], rate_limit=None) as client:
    created = client.opportunities.create(customer="acme", currency="EUR")
    client.opportunities.create(customer="bolt", currency="USD")
    assert client.opportunities.retrieve(created.id).currency == "EUR"
    page = client.opportunities.list(fields="currency", p={"currency": "EUR"})
    assert [o.currency for o in page.items] == ["EUR"], page
    assert page.items[0].customer is None  # projected away
    ordered = client.opportunities.list(sort_by="currency", order="asc")
    assert [o.currency for o in ordered.items] == ["EUR", "USD"], ordered
""",
        ["createOpportunity", "retrieveOpportunity", "listOpportunities"],
    ),
    Drill(
        "day-first date",
        day_first_date,
        """
import datetime, sys, httpx, icloudready
with icloudready.Client(token=sys.argv[2], base_url=sys.argv[1], rate_limit=None) as client:
    created = client.opportunities.create(signed_on=datetime.date(2022, 12, 20))
    assert created.signed_on == datetime.date(2022, 12, 20), created
    raw = httpx.Client(base_url=sys.argv[1], headers={"Authorization": "Bearer " + sys.argv[2]})
    assert raw.get(f"/opportunities/{created.id}").json()["signedOn"] == "20/12/2022"
    assert client.opportunities.patch(created.id, signed_on="2023-01-31").signed_on.month == 1
    assert raw.post("/opportunities", json={"signedOn": "2022-12-20"}).status_code == 422
    try:
        client.opportunities.create(signed_on="31/02/2022")
    except TypeError as exc:
        assert "signed_on" in str(exc)
    else:
        raise AssertionError("an impossible date was sent")
""",
        ["createOpportunity", "retrieveOpportunity"],
    ),
    Drill(
        "number narrowed to integer",
        probability_as_integer,
        """
import sys, httpx, icloudready
with icloudready.Client(token=sys.argv[2], base_url=sys.argv[1], rate_limit=None) as client:
    created = client.opportunities.create(probability=90)
    got = client.opportunities.retrieve(created.id).probability
    assert got == 90 and isinstance(got, int), got
    raw = httpx.Client(base_url=sys.argv[1], headers={"Authorization": "Bearer " + sys.argv[2]})
    # JSON Schema: 90.0 is an integer; 90.5 is not.
    assert raw.post("/opportunities", json={"probability": 90.0}).status_code == 201
    assert raw.post("/opportunities", json={"probability": 90.5}).status_code == 422
""",
        ["createOpportunity", "patchOpportunity"],
    ),
    Drill(
        "array sub-resource",
        activities_subresource,
        """
import sys, icloudready
with icloudready.Client(token=sys.argv[2], base_url=sys.argv[1], rate_limit=None) as client:
    created = client.opportunities.create(customer="acme")
    activities = client.opportunities.list_activities(created.id)
    assert isinstance(activities, list), activities
    assert [a.activity for a in activities] == ["Opportunity created"], activities
    try:
        client.opportunities.list_activities("0" * 24)
    except icloudready.NotFoundError:
        pass
    else:
        raise AssertionError("no 404 for a missing parent")
""",
        ["createOpportunity", "listOpportunityActivities"],
    ),
    Drill(
        "new tag with CRUD and a literal sibling route",
        prospects_tag,
        """
import sys, icloudready
with icloudready.Client(token=sys.argv[2], base_url=sys.argv[1], rate_limit=None) as client:
    prospect = client.prospects.create(name="Ada", email="ada@example.com")
    assert client.prospects.retrieve(prospect.id).name == "Ada"
    assert client.prospects.update(prospect.id, name="Ada L.").email == "ada@example.com"
    quiet = client.prospects.create_without_activity(name="Bob")
    assert client.prospects.list().total == 2
    assert sorted(l.name for l in client.prospects.list_all(limit=1)) == ["Ada L.", "Bob"]
    client.prospects.delete(prospect.id)
    try:
        client.prospects.retrieve(prospect.id)
    except icloudready.NotFoundError:
        pass
    else:
        raise AssertionError("retrieved a deleted prospect")
    try:
        client.prospects.retrieve("no-activity-prospects")
    except icloudready.InvalidPathParameterError:
        pass
    else:
        raise AssertionError("the literal sibling route was not refused as an id")
    assert client.opportunities.list().total == 0  # the tags keep their own tables
""",
        [
            "listProspects",
            "createProspect",
            "createProspectWithoutActivity",
            "retrieveProspect",
            "updateProspect",
            "deleteProspect",
        ],
    ),
    Drill(
        "removed operation",
        remove_bulk_update,
        """
import sys, httpx, icloudready
with icloudready.Client(token=sys.argv[2], base_url=sys.argv[1], rate_limit=None) as client:
    assert not hasattr(client.opportunities, "update_multiple")
    # No longer a literal route: "multiple" is now just a malformed id, on the mock as in the SDK.
    raw = httpx.Client(base_url=sys.argv[1], headers={"Authorization": "Bearer " + sys.argv[2]})
    response = raw.put("/opportunities/multiple", json={})
    assert response.status_code == 400, response.text
""",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("drill", DRILLS, ids=[d.name for d in DRILLS])
def test_drill_spec_edit_to_sdk_mock_and_contract(tmp_path: Path, drill: Drill) -> None:
    spec = copy.deepcopy(original())
    drill.edit(spec)
    path = write(spec, tmp_path)
    assert problems_of(build(spec)) == []
    generated = generate_into(path, tmp_path)
    assert generated.returncode == 0, generated.stdout + generated.stderr

    with MockProcess(tmp_path / "mock.sqlite3", "--spec", str(path)) as mock:
        used = run_sdk(tmp_path / "generated", drill.use, mock.base_url, mock.token)
        assert used.returncode == 0, used.stdout + used.stderr
        if drill.operations:
            contract = subprocess.run(
                [
                    sys.executable,
                    "tools/contract.py",
                    "--spec",
                    str(path),
                    "--base-url",
                    mock.base_url,
                    "--token",
                    mock.token,
                    "--writes",
                    "--max-examples",
                    "15",
                    "--report-dir",
                    str(tmp_path),
                    *(arg for op in drill.operations for arg in ("--operation-id", op)),
                ],
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=False,
                timeout=600,
            )
            output = contract.stdout + contract.stderr
            assert contract.returncode == 0, output[-6000:]
            assert "No issues found" in output, output[-3000:]
            for line in output.splitlines():
                if line.startswith("contract: ") and "created" in line and "no delete" not in line:
                    created, deleted = (
                        int(w) for w in line.replace(",", "").split() if w.isdigit()
                    )
                    assert created == deleted, line

    if drill.edit is add_currency:
        # The one edit reaches the command line and the API-change report, with no other.
        cli_env = {**os.environ, "PYTHONPATH": str(tmp_path / "generated")}
        helps = {
            command: " ".join(
                subprocess.run(
                    [sys.executable, "-m", "icloudready_cli", "opportunities", command, "--help"],
                    env=cli_env,
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout.split()
            )
            for command in ("create", "list")
        }
        assert (
            "--currency TEXT ISO 4217 code of the revenue's currency. (at most 3 characters)"
            in (helps["create"])
        ), helps["create"]
        assert "currency" in helps["list"].split("--sort-by [", 1)[1].split("]", 1)[0]
        diff = subprocess.run(
            [
                sys.executable,
                "tools/api_diff.py",
                "HEAD",
                "--spec",
                str(path),
                "--generated",
                str(tmp_path / "generated"),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )
        assert diff.returncode == 0, diff.stderr
        assert "0 breaking (major)" in diff.stdout, diff.stdout
        assert "+client.opportunities.create(currency: str | None = ...)" in diff.stdout
        assert "+model Opportunity.currency: str | None" in diff.stdout

    if drill.edit is remove_bulk_update:
        report = subprocess.run(
            [
                sys.executable,
                "tools/api_diff.py",
                "HEAD",
                "--spec",
                str(path),
                "--generated",
                str(tmp_path / "generated"),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )
        assert report.returncode == 0, report.stderr
        assert "1 breaking (major)" in report.stdout, report.stdout
        assert "Path `/opportunities/multiple` was removed." in report.stdout
        assert "-client.opportunities.update_multiple -> BulkUpdateResult" in report.stdout
        assert "-refused ids /opportunities/{id} id: deleted, multiple" in report.stdout
