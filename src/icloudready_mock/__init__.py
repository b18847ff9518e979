"""A stateful mock of the iCloudReady API, derived from openapi.yaml (SQLite-backed, validating).

Needs the ``mock`` extra (``pip install 'icloudready[mock]'``). Names load on first use,
so that the pytest plugin (``icloudready_mock.pytest_plugin``, which pytest loads in every
run once icloudready is installed) costs nothing and needs no extra until a test uses it.
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._app import DEMO_TOKEN as DEMO_TOKEN
    from ._app import DEMO_USER as DEMO_USER
    from ._app import MockAPI as MockAPI
    from ._faults import Faults as Faults
    from ._process import MockProcess as MockProcess
    from ._process import free_port as free_port
    from ._rate_limit import RateLimiter as RateLimiter
    from ._server import MockServer as MockServer
    from ._server import build_app as build_app
    from ._server import open_store as open_store
    from ._store import Store as Store

_MODULES = {
    "DEMO_TOKEN": "_app",
    "DEMO_USER": "_app",
    "MockAPI": "_app",
    "Faults": "_faults",
    "MockProcess": "_process",
    "free_port": "_process",
    "RateLimiter": "_rate_limit",
    "MockServer": "_server",
    "build_app": "_server",
    "open_store": "_server",
    "Store": "_store",
}
__all__ = [*sorted(_MODULES), "main"]  # noqa: PLE0604 - the lazy names, listed once
INSTALL_HINT = "the iCloudReady mock needs the mock extra: pip install 'icloudready[mock]'"


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    try:
        value = getattr(importlib.import_module(f".{module}", __name__), name)
    except ModuleNotFoundError as exc:
        raise ModuleNotFoundError(f"{INSTALL_HINT} ({exc})", name=exc.name) from exc
    globals()[name] = value
    return value


def main(argv: list[str] | None = None) -> int:
    """The ``icloudready-mock`` console script; without the mock extra, say what to install."""
    try:
        from .__main__ import main as run  # noqa: PLC0415
    except ModuleNotFoundError as exc:
        print(f"icloudready-mock: error: {INSTALL_HINT} (missing {exc.name})", file=sys.stderr)
        return 2
    return run(argv)
