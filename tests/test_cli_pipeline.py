"""An operation added to openapi.yaml reaches the command line after generation, no CLI edit."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import yaml
from regenerate import generate_into

from ._stub import Stub
from .conftest import RECORD, SPEC
from .test_pipeline import NEW_OPERATION

# The pipeline test's new operation, with a query parameter of its own (an enum).
ARCHIVE = copy.deepcopy(NEW_OPERATION)
ARCHIVE["post"]["parameters"] = [
    {"$ref": "#/components/parameters/id"},
    {
        "name": "reason",
        "in": "query",
        "required": True,
        "description": "Why the opportunity is archived.",
        "schema": {"type": "string", "enum": ["duplicate", "stale"]},
    },
]


def test_a_new_operation_in_the_spec_becomes_a_command(tmp_path: Path, stub: Stub) -> None:
    spec = yaml.safe_load(SPEC.read_text())
    spec["paths"]["/opportunities/{id}/archive"] = ARCHIVE
    new_spec = tmp_path / "openapi.yaml"
    new_spec.write_text(yaml.safe_dump(spec, sort_keys=False))
    result = generate_into(new_spec, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr

    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("ICLOUDREADY_")},
        "PYTHONPATH": str(tmp_path / "generated"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "ICLOUDREADY_API_KEY": "t0k3n",
        "ICLOUDREADY_BASE_URL": stub.url + "/api/v2",
        "ICLOUDREADY_NO_PACING": "1",
    }

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "icloudready_cli", *args],
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )

    group = cli("opportunities", "--help")
    assert group.returncode == 0, group.stderr
    assert "archive" in group.stdout
    assert "Archive opportunity" in group.stdout
    help_text = cli("opportunities", "archive", "--help").stdout
    assert "Usage: icloudready opportunities archive [OPTIONS] ID" in help_text
    assert "--reason [duplicate|stale]" in help_text
    assert "A new operation, added only to the spec." in help_text
    assert cli("opportunities", "archive", RECORD["_id"], "--reason", "old").returncode == 2
    assert cli("opportunities", "archive", RECORD["_id"]).returncode == 2  # --reason is required

    stub.reply(200, RECORD)
    run = cli("opportunities", "archive", RECORD["_id"], "--reason", "stale", "--output", "json")
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["_id"] == RECORD["_id"]
    sent = stub.requests[-1]
    assert (sent.method, sent.path) == ("POST", f"/api/v2/opportunities/{RECORD['_id']}/archive")
    assert sent.query == {"reason": ["stale"]}
    assert sent.headers["authorization"] == "Bearer t0k3n"
