"""`make api-diff` rates a change for SDK users: every row says why, shared schemas name
every operation that uses them, and a change that removes a public name is breaking even
where the spec diff alone calls it a patch (a renamed component is a renamed class)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from regenerate import generate_into

from .conftest import ROOT, SPEC


def api_diff(tmp_path: Path, text: str) -> str:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(text)
    made = generate_into(spec, tmp_path)
    assert made.returncode == 0, made.stdout + made.stderr
    run = subprocess.run(
        [sys.executable, "tools/api_diff.py", "HEAD", "--spec", str(spec),
         "--generated", str(tmp_path / "generated")],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    return run.stdout


def rows(report: str) -> list[list[str]]:
    return [
        [cell.strip() for cell in line.strip("|").split("|")]
        for line in report.splitlines()
        if line.startswith("| ") and not line.startswith("| impact")
    ]


@pytest.mark.slow
def test_a_renamed_model_is_breaking_and_says_why(tmp_path: Path) -> None:
    text = SPEC.read_text().replace("BulkUpdateResult", "BulkUpdateOutcome")
    report = api_diff(tmp_path, text)
    assert "Needs a **major** version bump" in report, report
    assert "-client.opportunities.update_multiple -> BulkUpdateResult" in report
    found = rows(report)
    assert found, report
    assert all(row[-1] for row in found), report  # every row says why
    renamed = next(row for row in found if "BulkUpdateOutcome" in row[2])
    assert renamed[0] == "major"
    assert "renamed from `BulkUpdateResult` to `BulkUpdateOutcome`" in renamed[-1]


@pytest.mark.slow
def test_a_shared_schema_change_names_every_operation_using_it(tmp_path: Path) -> None:
    stored = "          description: Where the document is stored.\n"
    text = SPEC.read_text().replace(
        stored,
        stored + "        mimeType:\n          type: string\n          description: Its type.\n",
    )
    report = api_diff(tmp_path, text)
    added = [row for row in rows(report) if row[2].strip("`").endswith("mimeType")]
    assert added, report
    used = {name for row in added for name in row[3].split(", ")}
    # Document is in the body and the record of every write, and in the list's records.
    for operation in ("createOpportunity", "updateOpportunity", "patchOpportunity",
                      "listOpportunities", "retrieveOpportunity"):  # fmt: skip
        assert operation in used, (operation, report)
    assert "Needs a **minor** version bump" in report, report
