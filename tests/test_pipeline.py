"""The regeneration pipeline: openapi.yaml + overrides/ -> generated/, with no hand-written step."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import yaml

from ._stub import Stub
from .conftest import RECORD, ROOT, SPEC

sys.path.insert(0, str(ROOT / "tools"))
from check_spec import inferences, operation_id_problems

NEW_OPERATION = {
    "post": {
        "operationId": "archiveOpportunity",
        "tags": ["opportunities"],
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
from icloudready.api.opportunities import archive_opportunity  # the generated module
with Client(token="t0k3n", base_url=sys.argv[1], max_retries=0) as client:
    record = client.opportunities.archive("609a8f85c2834915d0a5a5e9")
    print(json.dumps({"id": record.id, "module": archive_opportunity.__name__}))
"""


def generate(spec: Path, out: Path) -> subprocess.CompletedProcess[str]:
    # The repo's layout around the output: overrides/ for the runtime link, pyproject.toml for
    # the ruff settings the generated code is formatted with.
    for name in ("overrides", "pyproject.toml"):
        if not (out.parent / name).exists():
            (out.parent / name).symlink_to(ROOT / name)
    return subprocess.run(
        ["make", "--no-print-directory", "generate", f"SPEC={spec}", f"GENERATED={out}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_new_operation_in_the_spec_reaches_users_without_hand_written_code(
    tmp_path: Path, stub: Stub
) -> None:
    spec = yaml.safe_load(SPEC.read_text())
    spec["paths"]["/opportunities/{id}/archive"] = NEW_OPERATION
    new_spec = tmp_path / "openapi.yaml"
    new_spec.write_text(yaml.safe_dump(spec, sort_keys=False))
    result = generate(new_spec, tmp_path / "generated")
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "generated/icloudready/api/opportunities/archive_opportunity.py").exists()

    stub.reply(200, RECORD)
    run = subprocess.run(
        [sys.executable, "-c", USE_IT, stub.url + "/api/v2"],
        env={**os.environ, "PYTHONPATH": str(tmp_path / "generated")},
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == {
        "id": RECORD["_id"],
        "module": "icloudready.api.opportunities.archive_opportunity",
    }
    sent = stub.requests[0]
    assert (sent.method, sent.path) == ("POST", f"/api/v2/opportunities/{RECORD['_id']}/archive")
    assert sent.headers["authorization"] == "Bearer t0k3n"


def test_operation_ids_that_collide_as_modules_fail_generation(tmp_path: Path) -> None:
    spec = yaml.safe_load(SPEC.read_text())
    spec["paths"]["/opportunities"]["get"]["operationId"] = "list_opportunities"
    spec["paths"]["/opportunities/{id}"]["get"]["operationId"] = "listOpportunities"
    assert operation_id_problems(spec)
    bad = tmp_path / "openapi.yaml"
    bad.write_text(yaml.safe_dump(spec, sort_keys=False))
    result = generate(bad, tmp_path / "generated")
    assert result.returncode != 0
    assert "would overwrite" in result.stderr
    assert not (tmp_path / "generated" / "icloudready").exists()


def test_the_real_spec_has_unique_operation_ids() -> None:
    assert operation_id_problems(yaml.safe_load(SPEC.read_text())) == []


def test_every_inference_has_a_reason() -> None:
    found = list(inferences(yaml.safe_load(SPEC.read_text())))
    assert len(found) > 20
    assert all(reason != "(no reason given)" for _, reason in found)


def test_generation_is_deterministic(tmp_path: Path) -> None:
    assert generate(SPEC, tmp_path / "generated").returncode == 0
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
