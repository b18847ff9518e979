"""`make fuzz`: a long contract run (all phases, writes on) against a fresh mock (SQLite file)."""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from icloudready_mock import MockProcess

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=20261128)
    parser.add_argument("--max-examples", type=int, default=1000)
    parser.add_argument("--max-time", type=int, default=600)
    args = parser.parse_args()
    db = Path(tempfile.mkdtemp(prefix="icloudready-fuzz-")) / "fuzz.sqlite3"
    with MockProcess(db, quiet=False) as mock:
        return subprocess.call(
            [
                sys.executable,
                str(ROOT / "tools" / "contract.py"),
                "--base-url",
                mock.base_url,
                "--token",
                mock.token,
                "--writes",
                "--seed",
                str(args.seed),
                "--max-examples",
                str(args.max_examples),
                "--max-time",
                str(args.max_time),
                "--workers",
                "2",
                *(arg for op in mock.not_served() for arg in ("--not-served", op)),
            ]
        )


if __name__ == "__main__":
    sys.exit(main())
