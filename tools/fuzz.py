"""`make fuzz`: a long contract run (all phases, writes on) against a fresh mock (SQLite file)."""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "icr_demo_0123456789abcdef"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=20261128)
    parser.add_argument("--max-examples", type=int, default=1000)
    parser.add_argument("--max-time", type=int, default=600)
    args = parser.parse_args()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    db = Path(tempfile.mkdtemp(prefix="icloudready-fuzz-")) / "fuzz.sqlite3"
    mock = subprocess.Popen(
        [sys.executable, "-m", "icloudready_mock", "--port", str(port), "--db", str(db)]
    )
    try:
        for _ in range(100):
            try:
                httpx.get(f"http://127.0.0.1:{port}/openapi.yaml", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        return subprocess.call(
            [
                sys.executable,
                str(ROOT / "tools" / "contract.py"),
                "--base-url",
                f"http://127.0.0.1:{port}/api/v2",
                "--token",
                TOKEN,
                "--writes",
                "--seed",
                str(args.seed),
                "--max-examples",
                str(args.max_examples),
                "--max-time",
                str(args.max_time),
                "--workers",
                "2",
            ]
        )
    finally:
        mock.terminate()
        mock.wait(10)


if __name__ == "__main__":
    sys.exit(main())
