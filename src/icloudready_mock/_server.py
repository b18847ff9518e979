"""Running the mock: in the foreground (the CLI) or on a background thread (tests)."""

from __future__ import annotations

import asyncio
import socket
import threading
from pathlib import Path
from types import TracebackType
from typing import Self

import uvicorn

from icloudready_spec import load

from ._app import BODY_TIMEOUT, DEMO_TOKEN, MockAPI
from ._faults import Faults
from ._profiles import PROFILES
from ._protocol import HEADER_TIMEOUT, MAX_CONNECTIONS, GuardedProtocol
from ._rate_limit import RateLimiter
from ._spec import packaged_spec
from ._store import QUERY_BUDGET, Store


def open_store(db: str = ":memory:", spec: str | Path | None = None) -> Store:
    """The store a mock on ``db`` uses: one table per resource of the spec."""
    return Store(db, load(spec or packaged_spec()).resources.values())


def build_app(
    db: str = ":memory:",
    *,
    spec: str | Path | None = None,
    tokens: list[str] | None = None,
    rate_limit: bool = False,
    rate_limit_per_minute: int | None = None,
    faults: str | None = None,
    faults_seed: int | None = None,
    header_timeout: float = HEADER_TIMEOUT,
    body_timeout: float = BODY_TIMEOUT,
    max_connections: int = MAX_CONNECTIONS,
    query_budget: float = QUERY_BUDGET,
    profile: str = "default",
) -> MockAPI:
    model = load(spec or packaged_spec())
    tier = model.rate_tiers[model.default_tier]
    limiter = RateLimiter(rate_limit_per_minute or tier.per_minute, tier.per_hour)
    return MockAPI(
        model,
        Store(db, model.resources.values(), query_budget=query_budget),
        tokens=tokens,
        rate_limiter=limiter if rate_limit else None,
        faults=Faults.parse(faults, seed=faults_seed) if faults else None,
        header_timeout=header_timeout,
        body_timeout=body_timeout,
        max_connections=max_connections,
        profile=PROFILES[profile],
    )


def uvicorn_config(app: MockAPI, host: str, port: int | None = None) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        host=host,
        port=port or 0,
        log_level="warning",
        access_log=False,
        lifespan="on",
        # Header-read timeout, connection cap and JSON refusals on top of httptools.
        http=type(
            "Protocol",
            (GuardedProtocol,),
            {"header_timeout": app.header_timeout, "max_connections": app.max_connections},
        ),
        loop="uvloop",
        # No WebSocket: an Upgrade is answered as the plain HTTP request it also is (the
        # protocol ignores it), not handed to an ASGI websocket scope the app has no use for.
        ws="none",
        # Idle keep-alive connections close after 5 s; on SIGTERM, requests still running
        # get 5 s to finish (every store call is bounded by its query budget anyway).
        timeout_keep_alive=5,
        timeout_graceful_shutdown=5,
    )


class MockServer:
    """The mock on a free port of 127.0.0.1, on a thread: ``with MockServer() as mock: ...``."""

    def __init__(self, app: MockAPI | None = None, host: str = "127.0.0.1") -> None:
        self.app = app or build_app()
        self.host = host
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind((host, 0))
        self.port: int = self._socket.getsockname()[1]
        self._server = uvicorn.Server(uvicorn_config(self.app, host, self.port))
        self._thread = threading.Thread(target=self._run, name="icloudready-mock", daemon=True)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.url}{self.app.spec.prefix}"

    @property
    def token(self) -> str:
        return self.app.tokens[0] if self.app.tokens else DEMO_TOKEN

    def _run(self) -> None:
        asyncio.run(self._server.serve(sockets=[self._socket]))

    def start(self) -> Self:
        self._thread.start()
        for _ in range(500):
            if self._server.started or not self._thread.is_alive():
                break
            threading.Event().wait(0.01)
        if not self._server.started:
            raise RuntimeError("the mock server did not start")
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self._socket.close()
        self.app.store.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
