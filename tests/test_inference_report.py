"""The inference report against the mock in each profile: it contradicts exactly what the
profile changes, and nothing else."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from icloudready_mock import MockProcess
from icloudready_mock._profiles import PROFILES
from icloudready_spec import load

from .conftest import ROOT, SPEC


def seed(mock: MockProcess) -> None:
    with httpx.Client(
        base_url=mock.base_url, headers={"Authorization": f"Bearer {mock.token}"}
    ) as client:
        for i in range(3):
            response = client.post(
                "/opportunities",
                json={
                    "customer": f"acme {i}",
                    "revenue": 10 * i,
                    "closeDate": "2023-06-30",
                    "stage": "won",
                    "opportunityDescription": "Seaside villa",
                },
            )
            assert response.status_code in (200, 201), response.text


def probe(mock: MockProcess, report_dir: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """The contract run's probes alone (no schemathesis) against ``mock``, signing in too."""
    return subprocess.run(
        [
            sys.executable,
            "tools/contract.py",
            "--base-url",
            mock.base_url,
            "--token",
            mock.token,
            *extra,
            "--no-schemathesis",
            "--report-dir",
            str(report_dir),
        ],
        cwd=ROOT,
        env={
            **os.environ,
            "ICLOUDREADY_EMAIL": "admin@example.com",
            "ICLOUDREADY_PASSWORD": "secret",
        },
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


@pytest.mark.parametrize("profile", sorted(PROFILES))
def test_the_report_contradicts_exactly_what_the_profile_changes(
    tmp_path: Path, profile: str
) -> None:
    with MockProcess(tmp_path / "mock.sqlite3", "--profile", profile) as mock:
        seed(mock)
        run = probe(mock, tmp_path, "--writes")
        left = httpx.get(
            f"{mock.base_url}/opportunities",
            params={"limit": 100},
            headers={"Authorization": f"Bearer {mock.token}"},
        )
    report = json.loads((tmp_path / "contract-report.json").read_text())
    verdicts = {row["pointer"]: row["verdict"] for row in report["inferences"]}
    contradicted = {pointer for pointer, verdict in verdicts.items() if verdict == "contradicted"}
    expected = PROFILES[profile].contradicts(load(SPEC))
    assert contradicted == expected, run.stdout[-4000:]
    assert run.returncode == (1 if expected else 0), run.stdout[-3000:] + run.stderr[-2000:]
    # Probes that ran held or were contradicted; none is reported held without a probe.
    for row in report["inferences"]:
        assert (row["verdict"] == "not exercised") == (not row["observations"])
    assert "not exercised" in verdicts.values()  # rate limits and 5xx are not provoked
    # The markdown and JUnit forms say the same.
    markdown = (tmp_path / "contract-report.md").read_text()
    junit = (tmp_path / "contract-report.xml").read_text()
    assert markdown.count("**contradicted**") == len(expected)
    assert junit.count("<failure") == len(expected)
    # The write probes deleted what they created: only the three seeded records remain.
    assert len(json.dumps(left.json()).split("acme")) - 1 == 3


def test_the_ci_recipe_runs_the_read_only_check_on_a_schedule_and_keeps_the_report() -> None:
    import yaml

    workflow = yaml.safe_load((ROOT / "examples/ci/contract-check.yml").read_text())
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as a boolean
    assert triggers["schedule"][0]["cron"]
    steps = workflow["jobs"]["contract"]["steps"]
    runs = " ".join(str(step.get("run", "")) for step in steps)
    assert "make contract" in runs
    assert "WRITES" not in runs  # read-only
    assert "secrets.ICLOUDREADY_BASE_URL" in runs
    assert any("secrets.ICLOUDREADY_API_KEY" in str(step.get("env")) for step in steps)
    uploads = [s for s in steps if str(s.get("uses", "")).startswith("actions/upload-artifact")]
    assert uploads
    assert uploads[0]["if"] == "always()"
    assert uploads[0]["with"]["path"].startswith("report")


def test_records_another_client_stored_do_not_make_the_probes_send_what_the_spec_refuses(
    tmp_path: Path,
) -> None:
    """A fuzzer's record (a 300-character word, longer than q takes) is not searched for:
    the probes pick words (and filter values) within the parameters' bounds."""
    with MockProcess(tmp_path / "mock.sqlite3") as mock:
        stored = httpx.post(
            f"{mock.base_url}/opportunities",
            json={"opportunityDescription": "0" * 300},
            headers={"Authorization": f"Bearer {mock.token}"},
        )
        assert stored.status_code == 201, stored.text
        run = probe(mock, tmp_path)
    report = json.loads((tmp_path / "contract-report.json").read_text())
    contradicted = [r["pointer"] for r in report["inferences"] if r["verdict"] == "contradicted"]
    assert contradicted == [], run.stdout[-3000:]
    assert run.returncode == 0
