"""`make learn`: from traffic that contradicts an inference to the corrected spec.

Per mock profile: the mock answers the profile's way, `tools/learn.py` probes it (writes
too) and writes learned.diff; the diff applies (`patch`) to a copy of the spec; against the
profile, the inference report of the learned spec says 0 contradicted, while the default
profile contradicts it; the SDK regenerated from the copy reads the profile's answers with
no deviation warning; schemathesis' response conformance checks pass on a few. The default
profile yields an empty diff. A HAR recorded from the SDK gives the diff probing gives.
The unit tests below feed synthetic exchanges: agreement, inconsistency, secrets.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from inference_report import Prober
from learn import Exchange, learn, read_exchanges, summary, unified_diff
from regenerate import generate_into

from icloudready_mock import MockProcess
from icloudready_mock._profiles import PROFILES
from icloudready_spec import Spec, dotted, load

from .conftest import ROOT, SPEC
from .test_inference_report import seed

TODAY = "2026-12-04"
CHANGED = sorted(p for p in PROFILES if p != "default")
# Regenerating costs ~5 s a profile: every profile's SDK is checked, schemathesis on these.
SCHEMATHESIS = ("bare-list", "plain-id")
# The spec's own linters on the learned, regenerated copy (its examples rewritten to match).
# (day-first-dates is not: its request examples keep the ISO dates the mock accepts.)
LINTED = ("docs-paginator", "plain-id", "wrapped-records", "text-errors")
ENV = {**os.environ, "ICLOUDREADY_EMAIL": "admin@example.com", "ICLOUDREADY_PASSWORD": "secret"}


@dataclass
class Run:
    profile: str
    folder: Path
    diff: str
    summary: str
    spec: Path  # a copy of openapi.yaml with learned.diff applied


def _tool(*args: str) -> list[str]:
    return [sys.executable, "tools/learn.py", *args]


def _learn(profile: str, folder: Path) -> Run:
    """The mock in ``profile``, three opportunities, `tools/learn.py --writes` against it."""
    folder.mkdir(parents=True, exist_ok=True)
    with MockProcess(folder / "mock.sqlite3", "--profile", profile) as mock:
        seed(mock)
        run = subprocess.run(
            _tool(
                "--base-url", mock.base_url, "--token", mock.token, "--writes", "--out", str(folder)
            ),
            cwd=ROOT,
            env=ENV,
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-3000:]
    copy = folder / "spec" / "openapi.yaml"
    copy.parent.mkdir()
    copy.write_text(SPEC.read_text())
    diff = (folder / "learned.diff").read_text()
    if diff:
        patched = subprocess.run(
            ["patch", "-p1", "--no-backup-if-mismatch", "-i", str(folder / "learned.diff")],
            cwd=copy.parent,
            capture_output=True,
            text=True,
            check=False,
        )
        assert patched.returncode == 0, patched.stdout + patched.stderr
    return Run(profile, folder, diff, (folder / "learned.md").read_text(), copy)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Run]:
    root = tmp_path_factory.mktemp("learn")
    return {profile: _learn(profile, root / profile) for profile in sorted(PROFILES)}


def _report(spec: Spec, mock: MockProcess) -> set[str]:
    """The inference report of ``spec`` (writes too) against ``mock``: what it contradicts.
    The records its creates leave (where the spec has no delete) are there to read back."""
    with (
        httpx.Client(
            base_url=mock.base_url, headers={"Authorization": f"Bearer {mock.token}"}
        ) as client,
        httpx.Client(
            base_url=mock.base_url, headers={"Authorization": "Bearer not-a-token"}
        ) as anonymous,
    ):
        return Prober(spec, client, anonymous, writes=True).run().contradicted()


def test_the_default_profile_yields_an_empty_diff(runs: dict[str, Run]) -> None:
    run = runs["default"]
    assert run.diff == ""
    assert "0 corrections, 0 inconsistent" in run.summary
    exchanges = [json.loads(line) for line in (run.folder / "exchanges.jsonl").open()]
    assert len(exchanges) > 200
    assert {"method", "path", "status", "content_type", "body", "operation"} <= set(exchanges[0])


@pytest.mark.parametrize("profile", CHANGED)
def test_the_learned_spec_round_trips(runs: dict[str, Run], profile: str, tmp_path: Path) -> None:
    """learned.diff applied, regenerated: 0 contradicted and no SDK warning against the
    profile; the default profile is what the learned spec now contradicts."""
    run = runs[profile]
    assert run.diff.startswith("--- a/openapi.yaml\n+++ b/openapi.yaml\n")
    headers = [line for line in run.diff.splitlines() if line.startswith("@@")]
    assert all(re.match(r"@@ -\d+,\d+ \+\d+,\d+ @@ \S", h) for h in headers)
    assert any("exchanges" in h for h in headers)  # the evidence heads its hunk
    # Every inference the profile contradicts is one a hunk corrects.
    named = " ".join(headers)
    for pointer in PROFILES[profile].contradicts(load(SPEC)):
        assert dotted(pointer) in named, pointer
    learned = load(run.spec)
    generated = generate_into(run.spec, tmp_path)
    assert generated.returncode == 0, generated.stdout[-2000:] + generated.stderr[-3000:]
    if profile in LINTED:
        _lint(tmp_path)
    with MockProcess(tmp_path / "mock.sqlite3", "--profile", profile) as mock:
        seed(mock)
        assert _report(learned, mock) == set()
        new = _sdk(tmp_path / "generated", mock, run.spec)
        old = _sdk(ROOT / "generated", mock, SPEC)
        if profile in SCHEMATHESIS:
            _schemathesis(run.spec, mock, tmp_path)
    assert new["calls"] > 30
    assert new["read_back"] >= 10  # retrieves give the record listed (unwrapped where wrapped)
    assert new["warnings"] == []
    if profile != "status-200":  # the SDK reads any 2xx: a status is no deviation to it
        assert old["warnings"], "the SDK of the unlearned spec warns against this profile"
    with MockProcess(tmp_path / "default.sqlite3") as mock:
        seed(mock)
        assert _report(learned, mock) != set()


def _lint(folder: Path) -> None:
    """Spectral and Redocly as `make check` runs them, on ``folder``'s openapi.yaml."""
    for name in ("redocly.yaml", ".redocly.lint-ignore.yaml"):
        (folder / name).write_text((ROOT / name).read_text())
    for command in (
        [
            *(str(ROOT / "node_modules/.bin/spectral"), "lint", "openapi.yaml"),
            *("--fail-severity=hint", "--ruleset", str(ROOT / ".spectral.yaml")),
        ],
        [str(ROOT / "node_modules/.bin/redocly"), "lint", "openapi.yaml"],
    ):
        run = subprocess.run(command, cwd=folder, capture_output=True, text=True, check=False)
        assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]


SDK_READS = """
import json, logging, sys
from icloudready import Client, ICloudReadyError
from icloudready._operations import OPERATIONS, RESOURCES
from icloudready_spec import load

warnings = []

class Collect(logging.Handler):
    def emit(self, record):
        if record.levelno >= logging.WARNING:
            warnings.append(record.getMessage())

logging.getLogger("icloudready").addHandler(Collect())
base_url, token, spec_path = sys.argv[1:4]
spec_ops = {op.operation_id: op for op in load(spec_path).operations}
table = {(op.tag, op.name): op for op in OPERATIONS}
calls = read_back = 0
with Client(token=token, base_url=base_url, rate_limit=None, max_retries=0) as client:
    for res in RESOURCES:
        listing = table.get((res.tag, res.list)) if res.list else None
        if listing is None:
            continue
        params = spec_ops[listing.operation_id].path_parameters
        scope = [str(p.example if p.example is not None else p.schema.enum[0]) for p in params]
        methods = getattr(client, res.tag)
        page = getattr(methods, res.list)(*scope)
        calls += 1
        if res.retrieve:
            if page.items:
                record = getattr(methods, res.retrieve)(*scope, page.items[0].id)
                calls += 1
                read_back += record.id == page.items[0].id  # the record, not a wrapper
            try:
                getattr(methods, res.retrieve)(*scope, "0" * 24)
            except ICloudReadyError:
                calls += 1
print(json.dumps({"calls": calls, "read_back": read_back, "warnings": warnings}))
"""


def _sdk(generated: Path, mock: MockProcess, spec: Path) -> dict[str, Any]:
    """Every resource's list, a retrieve and a missing id through the SDK in ``generated``."""
    run = subprocess.run(
        [sys.executable, "-c", SDK_READS, mock.base_url, mock.token, str(spec)],
        env={**os.environ, "PYTHONPATH": str(generated)},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    result: dict[str, Any] = json.loads(run.stdout)
    return result


def _schemathesis(spec: Path, mock: MockProcess, folder: Path) -> None:
    """Schemathesis' response conformance checks, GET operations, against ``mock``."""
    run = subprocess.run(
        [
            *(sys.executable, "-m", "schemathesis.cli", "run", str(spec)),
            *("--url", mock.base_url, "--header", f"Authorization: Bearer {mock.token}"),
            "--checks",
            "status_code_conformance,content_type_conformance,response_schema_conformance",
            *("--phases", "examples", "--include-method", "GET", "--max-examples", "3"),
            *("--seed", "1", "--workers", "1"),
        ],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
        timeout=180,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]


# -- HAR and JSONL: the same diff as probing ---------------------------------------------


def _normal(diff: str) -> list[str]:
    """The diff's changed lines, without the evidence (counts differ by who made the traffic)."""
    return [
        re.sub(r"x-observed: \S+ \d+ exchanges", "x-observed", line)
        for line in diff.splitlines()
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def test_the_recorded_exchanges_give_the_same_diff(runs: dict[str, Run], tmp_path: Path) -> None:
    run = runs["plain-id"]
    again = subprocess.run(
        _tool("--from", str(run.folder / "exchanges.jsonl"), "--out", str(tmp_path)),
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert again.returncode == 0, again.stderr
    assert (tmp_path / "learned.diff").read_text() == run.diff


def test_a_har_of_the_sdk_gives_the_diff_probing_gives(
    runs: dict[str, Run], tmp_path: Path
) -> None:
    """The SDK (the repository's, generated from the unlearned spec) lists every resource
    against bare-list; httpx event hooks write each exchange into a HAR 1.2 file."""
    from icloudready import Client
    from icloudready._operations import OPERATIONS, RESOURCES

    entries: list[dict[str, Any]] = []

    def record(response: httpx.Response) -> None:
        response.read()
        entries.append(
            {
                "request": {"method": response.request.method, "url": str(response.request.url)},
                "response": {
                    "status": response.status_code,
                    "content": {
                        "mimeType": response.headers.get("content-type", ""),
                        "text": response.text,
                    },
                },
            }
        )

    spec_ops = {op.operation_id: op for op in load(SPEC).operations}
    table = {(op.tag, op.name): op for op in OPERATIONS}
    with (
        MockProcess(tmp_path / "mock.sqlite3", "--profile", "bare-list") as mock,
        httpx.Client(base_url=mock.base_url, event_hooks={"response": [record]}) as http,
        Client(token=mock.token, base_url=mock.base_url, http_client=http) as client,
    ):
        seed(mock)
        for res in RESOURCES:
            listing = table.get((res.tag, res.list)) if res.list else None
            if listing is not None:
                params = spec_ops[listing.operation_id].path_parameters
                scope = [str(p.example or (p.schema.enum or [""])[0]) for p in params]
                for _ in range(2):  # a change needs agreement: two answers of each list
                    getattr(getattr(client, res.tag), listing.name)(*scope)
    har = tmp_path / "sdk.har"
    har.write_text(json.dumps({"log": {"version": "1.2", "entries": entries}}))
    exchanges = read_exchanges(har, load(SPEC))
    assert all(e.operation for e in exchanges)
    from_har = unified_diff(learn(SPEC, exchanges, TODAY))
    assert from_har
    assert _normal(from_har) == _normal(runs["bare-list"].diff)


# -- unit tests: synthetic exchanges -------------------------------------------------------

LIST = "/api/v2/opportunities"
RECORD = {"_id": "609a8f85c2834915d0a5a5e9", "customer": "acme", "closeDate": "2023-06-30"}


def _list(body: Any, path: str = LIST) -> Exchange:
    text = body if isinstance(body, str) else json.dumps(body)
    return Exchange("GET", path, 200, "application/json", text)


def _learned(exchanges: list[Exchange]) -> tuple[str, str]:
    spec = load(SPEC)
    for exchange in exchanges:
        exchange.operation = exchange.operation or next(
            op.operation_id
            for op in spec.operations
            if op.method == exchange.method and spec.prefix + op.path == exchange.path
        )
    result = learn(SPEC, exchanges, TODAY)
    return unified_diff(result), summary(result, "synthetic")


def _envelope(*records: dict[str, Any]) -> dict[str, Any]:
    return {"data": list(records), "page": 1, "limit": 20, "total": len(records)}


def test_one_odd_answer_changes_nothing() -> None:
    diff, _ = _learned([_list([RECORD]), *(_list(_envelope(RECORD)) for _ in range(4))])
    assert diff == ""
    diff, _ = _learned([_list([RECORD])])
    assert diff == ""  # one answer is not agreement


def test_most_answers_agreeing_is_a_change_that_says_so() -> None:
    diff, text = _learned([*(_list([RECORD]) for _ in range(4)), _list(_envelope(RECORD))])
    assert "components.schemas.OpportunityList: lists as a bare JSON array" in diff
    assert "4 of 5 exchanges agree" in diff
    assert "4 of 5 exchanges agree" in text


def test_a_server_answering_inconsistently_gets_a_report_not_a_patch() -> None:
    diff, text = _learned(
        [*(_list([RECORD]) for _ in range(3)), *(_list(_envelope(RECORD)) for _ in range(3))]
    )
    assert diff == ""
    assert "Inconsistent answers (no edit)" in text
    assert "`listOpportunities` answers lists in 2 shapes" in text


def test_fields_the_spec_lacks_are_learned_read_only_and_secrets_never_reach_the_diff(
    tmp_path: Path,
) -> None:
    secret, email = "s3cr3t-t0ken-of-a-customer", "jane.doe@customer.example"
    records = [
        {**RECORD, "_id": f"609a8f85c2834915d0a5a5e{i}", "score": i + 0.5, "ownerEmail": email}
        | {"sessionToken": secret}
        for i in range(3)
    ]
    line = {"method": "GET", "path": LIST, "status": 200, "content_type": "application/json"}
    recorded = tmp_path / "exchanges.jsonl"
    recorded.write_text(
        "".join(json.dumps({**line, "body": json.dumps(_envelope(*records))}) + "\n" for _ in "ab")
    )
    exchanges = read_exchanges(recorded, load(SPEC))
    assert secret in recorded.read_text()
    diff, text = _learned(exchanges)
    assert "+        score:\n+          type: number\n+          readOnly: true" in diff
    assert "+        ownerEmail:\n+          type: string\n+          readOnly: true" in diff
    assert email not in diff + text
    assert secret not in diff + text


def test_day_first_dates_use_the_specs_own_declaration() -> None:
    day_first = {**RECORD, "closeDate": "30/06/2023"}
    diff, _ = _learned([_list(_envelope(day_first)) for _ in range(3)])
    assert "-          format: date\n" in diff
    assert "+          x-date-format: DD/MM/YYYY\n" in diff
    assert "30/06/2023" in diff  # the synthetic example of the hunk header, not a record's


def test_the_make_target_learns_applies_and_says_usage(tmp_path: Path) -> None:
    usage = subprocess.run(
        ["make", "--no-print-directory", "learn"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert usage.returncode == 2
    assert "usage: make learn BASE_URL=" in usage.stdout
    spec = tmp_path / "openapi.yaml"
    spec.write_text(SPEC.read_text())
    with MockProcess(tmp_path / "mock.sqlite3", "--profile", "status-200") as mock:
        seed(mock)
        run = subprocess.run(
            [
                *("make", "--no-print-directory", "learn", f"BASE_URL={mock.base_url}"),
                *("WRITES=1", "APPLY=1", f"SPEC={spec}", f"LEARN_DIR={tmp_path / 'report'}"),
            ],
            cwd=ROOT,
            env={**ENV, "ICLOUDREADY_API_KEY": mock.token},
            capture_output=True,
            text=True,
            check=False,
            timeout=180,
        )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert "create answers 200, not 201" in run.stdout
    assert (tmp_path / "report" / "learned.diff").read_text()
    assert spec.read_text() != SPEC.read_text()  # applied to the copy, not the repository's
    assert load(spec).operation("createOpportunity").success_status == 200


@pytest.fixture(autouse=True)
def _never_the_repository_spec() -> Iterator[None]:
    """Learning and regenerating work on copies: the repository's spec and README stay."""
    readme = ROOT / "README.md"
    before = SPEC.read_text(), readme.read_text()
    yield
    assert (SPEC.read_text(), readme.read_text()) == before


def test_api_diff_rates_a_learned_change_for_sdk_users(runs: dict[str, Run]) -> None:
    """A list that becomes a bare array is a breaking change, and `make api-diff` says so."""
    run = subprocess.run(
        [
            sys.executable,
            "tools/api_diff.py",
            "--summary",
            "--spec",
            str(runs["bare-list"].spec),
            "HEAD",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert re.search(r"API change since HEAD: [1-9]\d* breaking", run.stdout), run.stdout


def test_a_type_the_values_contradict_is_corrected_in_the_body_and_the_record() -> None:
    records = [{**RECORD, "_id": f"609a8f85c2834915d0a5a5e{i}", "revenue": f"{i}00"} for i in "123"]
    diff, text = _learned([_list(_envelope(*records)) for _ in range(2)])
    assert "`revenue` comes as string, not number" in text
    assert "-          type: [number, 'null']\n+          type: [string, 'null']\n" in diff
    assert "-          type: number\n+          type: string\n" in diff
    assert "minimum" not in "".join(line for line in diff.splitlines() if line.startswith("+"))
