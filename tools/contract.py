"""The contract run against a server: schemathesis, then the inference report, then cleanup.

    python tools/contract.py --base-url URL [--token T] [--writes] [--seed N] [--spec FILE]
        [--max-examples N] [--max-time S] [--phases examples,coverage,fuzzing,stateful]
        [--operation-id ID ...] [--report-dir DIR] [--no-schemathesis]

Read-only operations only unless --writes is given (a live CRM is not a sandbox). The
inference report (tools/inference_report.py) ends the run: every x-inferred of the spec
held, contradicted (with what was observed) or not exercised, written as
contract-report.md, .json and .xml (JUnit) into --report-dir. Every record a write run
creates is deleted afterwards, resource by resource, through the delete operation the spec
gives that resource (for opportunities DELETE /opportunities/deleted/{id}).

Exit status: non-zero when schemathesis found a failure, an inference is contradicted, or
a created record could not be deleted through its resource's delete operation. Records of a
resource the spec gives no delete (no page documents one) stay, and are counted in the output.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx
from inference_report import Prober

from icloudready_spec import Spec, load

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "tests" / "contract" / "schemathesis.toml"
PHASES = "examples,coverage,fuzzing,stateful"


def cleanup(spec: Spec, base_url: str, token: str, created: Path) -> int:
    """Delete every record the run created; print per resource; return how many a delete
    operation failed to remove (records of a resource without one are reported, not counted)."""
    by_resource: dict[str, set[str]] = {}
    lines = created.read_text().splitlines() if created.exists() else []
    for line in lines:
        collection, _, record_id = line.partition("\t")
        by_resource.setdefault(collection, set()).add(record_id)
    remaining = 0
    with httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {token}"}) as client:
        for resource in spec.resources.values():
            ids = sorted(by_resource.pop(resource.collection, set()))
            delete = next(iter(resource.of_kind("delete")), None)
            left = len(ids)
            if delete is not None:
                for record_id in ids:
                    status = client.delete(delete.fill(record_id))
                    left -= status.status_code in (200, 202, 204, 404)
                remaining += left
            if ids or resource.of_kind("create"):
                how = (
                    f"{delete.method} {delete.path}"
                    if delete
                    else "the spec documents no delete: they stay"
                )
                print(
                    f"contract: {resource.tag}: created {len(ids)}, deleted {len(ids) - left} "
                    f"({how})"
                )
    return remaining


def config_for(not_served: list[str], folder: Path) -> Path:
    """The suite's configuration, plus: no server-error check for the operations named."""
    if not not_served:
        return CONFIG
    sections = "".join(
        f'\n[[operations]]\ninclude-operation-id = "{op}"\n'
        "checks.not_a_server_error.enabled = false\n"
        for op in not_served
    )
    config = folder / "schemathesis.toml"
    config.write_text(CONFIG.read_text() + sections)
    return config


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", required=True, help="e.g. http://127.0.0.1:8000/api/v2")
    parser.add_argument("--token", default=os.environ.get("ICLOUDREADY_API_KEY", ""))
    parser.add_argument(
        "--writes", action="store_true", help="also run operations that change data"
    )
    parser.add_argument("--seed", type=int, default=20261128)
    parser.add_argument("--max-examples", type=int, default=50)
    parser.add_argument("--max-time", type=int, default=None)
    parser.add_argument("--phases", default=PHASES)
    parser.add_argument("--workers", default="1")
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument(
        "--operation-id",
        action="append",
        default=[],
        help="only these operations (repeatable): schemathesis runs them, probes their resources",
    )
    parser.add_argument(
        "--not-served",
        action="append",
        default=[],
        metavar="ID",
        help="an operation the server answers 501 on purpose (the mock: icloudready-mock "
        "--not-served lists them): its 5xx is no failure, every other check still runs",
    )
    parser.add_argument("--report-dir", type=Path, default=Path.cwd())
    parser.add_argument("--no-schemathesis", action="store_true", help="only the inference report")
    args = parser.parse_args(argv)
    if not args.token:
        parser.error("no token: pass --token or set ICLOUDREADY_API_KEY")
    args.report_dir.mkdir(parents=True, exist_ok=True)
    created = Path(tempfile.mkstemp(prefix="contract-created-")[1])
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "--config-file",
        str(config_for(args.not_served, args.report_dir)),
        "run",
        str(args.spec),
        "--url",
        args.base_url.rstrip("/"),
        "--header",
        f"Authorization: Bearer {args.token}",
        # Which checks run is the configuration's ([checks]: all but one, and per operation
        # for --not-served): command-line checks would override its per-operation sections.
        "--phases",
        args.phases,
        "--seed",
        str(args.seed),
        "--max-examples",
        str(args.max_examples),
        "--workers",
        args.workers,
        # Every case schemathesis sent, with the server's answers, for whoever must reproduce
        # a failure (the console shows only the last lines of a huge request).
        "--report",
        "junit,ndjson",
        "--report-junit-path",
        str(args.report_dir / "schemathesis-junit.xml"),
        "--report-ndjson-path",
        str(args.report_dir / "schemathesis-events.ndjson"),
    ]
    if args.max_time:
        command += ["--max-time", str(args.max_time)]
    spec = load(args.spec)
    # schemathesis joins different include filters with "or": a read-only run given ids
    # keeps only the ids of reads (so a write named never runs against a live server).
    reads = {op.operation_id for op in spec.operations if op.method in ("GET", "HEAD")}
    selected = [i for i in args.operation_id if args.writes or i in reads]
    if not args.writes and not args.operation_id:
        command += ["--include-method", "GET"]
    for operation_id in selected:
        command += ["--include-operation-id", operation_id]
    if args.operation_id and not selected:
        parser.error("no read among the --operation-id given: pass --writes to run writes")
    env = {
        **os.environ,
        "ICLOUDREADY_CONTRACT_CREATED": str(created),
        "ICLOUDREADY_CONTRACT_SPEC": str(args.spec.resolve()),
        "PYTHONPATH": str(ROOT),
    }
    failed = contradicted = False
    try:
        if not args.no_schemathesis:
            failed = subprocess.run(command, cwd=ROOT, env=env, check=False).returncode != 0
        contradicted = report(spec, args, created)
    finally:
        left = cleanup(spec, args.base_url.rstrip("/"), args.token, created)
        created.unlink(missing_ok=True)
    return 1 if failed or contradicted or left else 0


def report(spec: Spec, args: argparse.Namespace, created: Path) -> bool:
    """Run the inference probes, write the report files, print the table; True if contradicted."""
    base_url = args.base_url.rstrip("/")
    email, password = os.environ.get("ICLOUDREADY_EMAIL"), os.environ.get("ICLOUDREADY_PASSWORD")
    with (
        httpx.Client(
            base_url=base_url, headers={"Authorization": f"Bearer {args.token}"}, timeout=30
        ) as client,
        httpx.Client(
            base_url=base_url,
            headers={"Authorization": "Bearer not-a-valid-token-of-the-contract-check"},
            timeout=30,
        ) as anonymous,
    ):
        prober = Prober(
            spec,
            client,
            anonymous,
            writes=args.writes,
            credentials=(email, password) if email and password else None,
            operations=set(args.operation_id) or None,
        )
        try:
            result = prober.run()
        finally:
            with created.open("a", encoding="utf-8") as out:
                for resource, record_id in prober.created:
                    out.write(f"{resource.collection}\t{record_id}\n")
    files = result.write(args.report_dir)
    print()
    print(result.markdown())
    print("contract: report written to " + ", ".join(str(f) for f in files))
    return bool(result.contradicted())


if __name__ == "__main__":
    sys.exit(main())
