"""``icloudready``: the iCloudReady API from the shell (``pip install 'icloudready[cli]'``).

Commands are built from the SDK's operation table (``icloudready._operations``, generated
from openapi.yaml): every resource and method it has, with the spec's descriptions and
bounds as help, so a new operation in openapi.yaml appears after ``make generate``.
``main`` is the console script's entry point.
"""

from __future__ import annotations

import sys

INSTALL_HINT = "the icloudready command needs the cli extra: pip install 'icloudready[cli]'"


def main(argv: list[str] | None = None) -> int:
    """Run the command line; without the cli extra, say what to install (exit code 2)."""
    try:
        from ._main import main as run  # noqa: PLC0415 - Click and Rich are the cli extra
    except ModuleNotFoundError as exc:
        if exc.name not in ("click", "rich"):
            raise
        print(f"icloudready: error: {INSTALL_HINT} (missing {exc.name})", file=sys.stderr)
        return 2
    return run(argv)


__all__ = ["main"]
