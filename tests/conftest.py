from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from ._stub import Stub, running_stub

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
RECORD: dict[str, Any] = {
    "_id": "609a8f85c2834915d0a5a5e9",
    "customer": "609a8f85c2834915d0a5a5e1",
    "revenue": 1000,
    "closeDate": "2023-06-30",
    "createdAt": "2023-04-19T10:15:00Z",
    "updatedAt": "2023-04-19T10:15:00Z",
}


@pytest.fixture
def stub() -> Iterator[Stub]:
    with running_stub() as server:
        yield server


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class MockProcess:
    """The mock as users run it: `icloudready-mock` in its own process, on a SQLite file."""

    def __init__(self, db: Path, *extra: str) -> None:
        self.port = free_port()
        self.db = db
        self.url = f"http://127.0.0.1:{self.port}"
        self.base_url = f"{self.url}/api/v2"
        self.token = "icr_demo_0123456789abcdef"
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "icloudready_mock",
                "--port",
                str(self.port),
                "--db",
                str(db),
                *extra,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                httpx.get(f"{self.url}/openapi.yaml", timeout=1)
                return
            except httpx.TransportError:
                if self.proc.poll() is not None:
                    stderr = self.proc.stderr.read().decode() if self.proc.stderr else ""
                    raise RuntimeError(f"mock exited: {stderr}") from None
                time.sleep(0.05)
        raise RuntimeError("mock did not start")

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait()

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.kill()


@pytest.fixture
def mock_process(tmp_path: Path) -> Iterator[MockProcess]:
    process = MockProcess(tmp_path / "mock.sqlite3")
    yield process
    process.stop()
