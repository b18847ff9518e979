"""``icloudready``: the iCloudReady API from the shell (``pip install 'icloudready[cli]'``).

Commands are built from the SDK (``icloudready.Client``): every resource and method it has,
with options from its signatures, so a new operation in openapi.yaml appears after
``make generate``. ``main`` is the console script's entry point.
"""

from __future__ import annotations

from ._main import main

__all__ = ["main"]
