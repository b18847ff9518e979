"""The mock in a process of its own, as users run it: free port, spawn, wait, stop.

The one way tests, tools and benchmarks start ``icloudready-mock``.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import Self

from icloudready_spec import prefix_of, read

from ._app import DEMO_TOKEN
from ._spec import packaged_spec


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


class MockProcess:
    """``with MockProcess(Path("mock.sqlite3")) as mock: ... mock.base_url, mock.token``."""

    def __init__(
        self,
        db: Path | str,
        *extra: str,
        port: int | None = None,
        host: str = "127.0.0.1",
        quiet: bool = True,
        wait: float = 30.0,
    ) -> None:
        self.host = host
        self.port = port or free_port(host)
        self.db = db
        self.url = f"http://{host}:{self.port}"
        spec = extra[list(extra).index("--spec") + 1] if "--spec" in extra else packaged_spec()
        self.base_url = f"{self.url}{prefix_of(read(spec))}"
        self.token = DEMO_TOKEN
        self.extra = extra
        if "--token" in extra:
            self.token = extra[list(extra).index("--token") + 1]
        command = [sys.executable, "-m", "icloudready_mock", "--host", host]
        command += ["--port", str(self.port), "--db", str(db), *extra]
        self.proc = subprocess.Popen(  # noqa: S603 - this interpreter running the mock module
            command,
            stdout=subprocess.DEVNULL if quiet else None,
            stderr=subprocess.PIPE if quiet else None,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        self._wait(wait)

    def not_served(self) -> list[str]:
        """The operations this mock answers 501 on purpose (its ``--not-served`` list)."""
        command = [sys.executable, "-m", "icloudready_mock", *self.extra, "--db", ":memory:"]
        listed = subprocess.run(  # noqa: S603 - this interpreter running the mock module
            [*command, "--not-served"],
            capture_output=True,
            text=True,
            check=True,
        )
        return listed.stdout.split()

    def _wait(self, seconds: float) -> None:
        # Imported here: the mock's own process imports this package and never needs httpx
        # (100 ms of its start-up).
        import httpx  # noqa: PLC0415

        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                httpx.get(f"{self.url}/openapi.yaml", timeout=1)
                return
            except httpx.TransportError:
                if self.proc.poll() is not None:
                    stderr = self.proc.stderr.read().decode() if self.proc.stderr else ""
                    raise RuntimeError(f"the mock exited: {stderr[-2000:]}") from None
                time.sleep(0.05)
        self.kill()
        raise RuntimeError("the mock did not start")

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait()

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.kill()
        if self.proc.stderr:
            self.proc.stderr.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
