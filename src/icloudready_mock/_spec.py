"""The openapi.yaml the mock serves unless ``--spec`` names another."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def packaged_spec() -> Path:
    """The openapi.yaml shipped inside the package (the repository's, linked in)."""
    return Path(str(resources.files("icloudready_mock") / "openapi.yaml"))
