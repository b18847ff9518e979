"""A stateful mock of the iCloudReady API, derived from openapi.yaml (SQLite-backed, validating)."""

from ._app import DEMO_TOKEN, DEMO_USER, MockAPI
from ._faults import Faults
from ._process import MockProcess, free_port
from ._rate_limit import RateLimiter
from ._server import MockServer, build_app, open_store
from ._store import Store

__all__ = [
    "DEMO_TOKEN",
    "DEMO_USER",
    "Faults",
    "MockAPI",
    "MockProcess",
    "MockServer",
    "RateLimiter",
    "Store",
    "build_app",
    "free_port",
    "open_store",
]
