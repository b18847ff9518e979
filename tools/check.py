"""`make check`: every check a maintainer needs before committing, all of them in one run.

Each step runs even when an earlier one failed, and prints its findings in full; the run
fails at the end, naming the failed steps. Generation is checked by regenerating into a
temporary folder and comparing with the working tree: a correctly regenerated but
uncommitted generated/ passes, a hand edit under generated/ fails.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from readme_tables import matches
from regenerate import ROOT, generate_into

from icloudready_spec import load

BIN = ROOT / ".venv" / "bin"
NODE_BIN = ROOT / "node_modules" / ".bin"


def run(command: list[str]) -> bool:
    print(f"$ {' '.join(command)}", flush=True)
    return subprocess.run(command, cwd=ROOT, check=False).returncode == 0


def generated_matches(spec: Path) -> bool:
    with tempfile.TemporaryDirectory(prefix="icloudready-check-") as tmp:
        result = generate_into(spec, Path(tmp))
        if result.returncode != 0:
            print(result.stdout + result.stderr)
            return False
        diff = subprocess.run(
            [
                "diff",
                "-r",
                "-u",
                "--no-dereference",
                "--exclude=__pycache__",
                str(ROOT / "generated"),
                str(Path(tmp) / "generated"),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
    if diff.returncode != 0:
        print(
            "generated/ differs from what openapi.yaml + overrides/ produce "
            "(run `make generate`; never edit generated/ by hand):"
        )
        print(diff.stdout[:20000])
    return diff.returncode == 0


def readme_matches(spec: Path) -> bool:
    if matches(ROOT / "README.md", load(spec)):
        return True
    print("README.md: the resource table differs from the spec's (run `make generate`)")
    return False


def main() -> int:
    spec = Path(os.environ.get("SPEC", ROOT / "openapi.yaml"))
    steps: dict[str, Callable[[], bool]] = {
        "spec checks (tools/check_spec.py)": lambda: run(
            [str(BIN / "python"), "tools/check_spec.py", str(spec)]
        ),
        "generated/ is what the spec produces": lambda: generated_matches(spec),
        "README's resource table is the spec's": lambda: readme_matches(spec),
        "openapi-spec-validator": lambda: run([str(BIN / "openapi-spec-validator"), str(spec)]),
        "Spectral": lambda: run(
            [str(NODE_BIN / "spectral"), "lint", str(spec), "--fail-severity=hint"]
        ),
        "Redocly": lambda: run([str(NODE_BIN / "redocly"), "lint", str(spec)]),
        "ruff check": lambda: run([str(BIN / "ruff"), "check", "."]),
        "ruff format": lambda: run([str(BIN / "ruff"), "format", "--check", "."]),
        "mypy (packages)": lambda: run([str(BIN / "mypy")]),
        "mypy (tests, tools, benchmarks)": lambda: run(
            [str(BIN / "mypy"), "tests", "tools", "benchmarks"]
        ),
    }
    failed = []
    for name, step in steps.items():
        print(f"\n== {name}", flush=True)
        if not step():
            failed.append(name)
    print()
    if failed:
        print(f"make check: {len(failed)} step(s) failed: {'; '.join(failed)}")
        return 1
    print(f"make check: all {len(steps)} steps passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
