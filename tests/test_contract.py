"""The schemathesis contract suite against the running mock, over real HTTP, with a fixed seed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest

from icloudready_mock import MockProcess
from icloudready_spec import load

from ._stub import Stub
from .conftest import ROOT, SPEC
from .contract.checks import created_record_is_available, deleted_record_is_gone


def not_served(mock: MockProcess) -> list[str]:
    """What the mock answers 501 on purpose, as its command line lists it."""
    listed = mock.not_served()
    # Only actions whose meaning no page makes clear: every record kind is served.
    actions = {op.operation_id for op in load(SPEC).operations if op.kind == "action"}
    assert listed
    assert set(listed) <= actions, listed
    return listed


@pytest.mark.slow
def test_schemathesis_finds_no_failure_in_the_mock(
    mock_process: MockProcess, tmp_path: Path
) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "tools/contract.py",
            "--base-url",
            mock_process.base_url,
            "--token",
            mock_process.token,
            "--writes",
            "--max-examples",
            "40",
            "--report-dir",
            str(tmp_path),
            *(arg for op in not_served(mock_process) for arg in ("--not-served", op)),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-6000:]
    for phase in ("Examples", "Coverage", "Fuzzing", "Stateful"):
        assert f"✅ {phase}" in output, output[-3000:]
    assert "Failures:" not in output, output[-3000:]
    # A warning is no failure; the one expected: random ids rarely name a record to delete.
    warned = (
        output.split("= WARNINGS =", 1)[-1].split("= SUMMARY =", 1)[0]
        if "= WARNINGS =" in output
        else ""
    )
    named = [line.strip() for line in warned.splitlines() if line.strip().startswith("- ")]
    assert all(line.startswith("- DELETE ") for line in named), warned
    # The run cleaned up after itself, as it must on a live server.
    total = httpx.get(
        f"{mock_process.base_url}/opportunities",
        headers={"Authorization": f"Bearer {mock_process.token}"},
    ).json()["total"]
    assert total == 0


def _fake(
    method: str, path: str, url: str, status: int, body: object = None
) -> tuple[object, object]:
    request = SimpleNamespace(url=url, headers={"Authorization": "Bearer t"})
    response = SimpleNamespace(status_code=status, request=request, json=lambda: body)
    case = SimpleNamespace(operation=SimpleNamespace(method=method, path=path))
    return response, case


def test_delete_check_fails_when_the_record_survives(stub: Stub) -> None:
    stub.reply(200, {"_id": "x"})  # the "deleted" record is still readable
    response, case = _fake(
        "DELETE", "/opportunities/deleted/{id}", f"{stub.url}/api/v2/opportunities/deleted/abc", 204
    )
    with pytest.raises(AssertionError, match="instead of 404"):
        deleted_record_is_gone(None, response, case)
    assert stub.requests[0].path == "/api/v2/opportunities/abc"
    stub.reply(404, {"error": "not_found", "message": "gone"})
    assert deleted_record_is_gone(None, response, case) is True


def test_create_check_fails_when_the_record_is_missing(stub: Stub) -> None:
    stub.reply(404, {"error": "not_found", "message": "no"})
    response, case = _fake(
        "POST", "/opportunities", f"{stub.url}/api/v2/opportunities", 201, {"_id": "abc"}
    )
    with pytest.raises(AssertionError, match="answered 404"):
        created_record_is_available(None, response, case)
    assert stub.requests[0].path == "/api/v2/opportunities/abc"
