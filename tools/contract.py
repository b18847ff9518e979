"""Run the schemathesis contract suite against a server, then delete what it created.

    python tools/contract.py --base-url URL [--token T] [--writes] [--seed N] [--spec FILE]
        [--max-examples N] [--max-time S] [--phases examples,coverage,fuzzing,stateful]
        [--operation-id ID ...]

Read-only operations only unless --writes is given (a live CRM is not a sandbox). Every
record a write run creates is deleted afterwards, resource by resource, through the delete
operation the spec gives that resource (for opportunities DELETE /opportunities/deleted/{id}).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx

from icloudready_spec import Spec, load

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "tests" / "contract" / "schemathesis.toml"
PHASES = "examples,coverage,fuzzing,stateful"


def cleanup(spec: Spec, base_url: str, token: str, created: Path) -> int:
    """Delete every record the run created; print per resource; return how many are left."""
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
                name = delete.path_parameters[-1].name
                for record_id in ids:
                    status = client.delete(delete.path.replace("{" + name + "}", record_id))
                    left -= status.status_code in (200, 202, 204, 404)
            if ids or resource.of_kind("create"):
                how = f"{delete.method} {delete.path}" if delete else "no delete operation"
                print(
                    f"contract: {resource.tag}: created {len(ids)}, deleted {len(ids) - left} "
                    f"({how})"
                )
            remaining += left
    return remaining


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
        "--operation-id", action="append", default=[], help="only these operations (repeatable)"
    )
    args = parser.parse_args(argv)
    if not args.token:
        parser.error("no token: pass --token or set ICLOUDREADY_API_KEY")
    created = Path(tempfile.mkstemp(prefix="contract-created-")[1])
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "--config-file",
        str(CONFIG),
        "run",
        str(args.spec),
        "--url",
        args.base_url.rstrip("/"),
        "--header",
        f"Authorization: Bearer {args.token}",
        "--checks",
        "all",
        # The one exclusion: tests/contract/schemathesis.toml says why and what replaces it.
        "--exclude-checks",
        "ensure_resource_availability",
        "--phases",
        args.phases,
        "--seed",
        str(args.seed),
        "--max-examples",
        str(args.max_examples),
        "--workers",
        args.workers,
    ]
    if args.max_time:
        command += ["--max-time", str(args.max_time)]
    if not args.writes:
        command += ["--include-method", "GET"]
    for operation_id in args.operation_id:
        command += ["--include-operation-id", operation_id]
    env = {
        **os.environ,
        "ICLOUDREADY_CONTRACT_CREATED": str(created),
        "ICLOUDREADY_CONTRACT_SPEC": str(args.spec.resolve()),
        "PYTHONPATH": str(ROOT),
    }
    try:
        result = subprocess.run(command, cwd=ROOT, env=env, check=False)
    finally:
        left = cleanup(load(args.spec), args.base_url.rstrip("/"), args.token, created)
        created.unlink(missing_ok=True)
    return result.returncode or (1 if left else 0)


if __name__ == "__main__":
    sys.exit(main())
