from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from icloudready_mock import MockProcess

from ._stub import Stub, running_stub

ROOT = Path(__file__).resolve().parent.parent
# The maintainers' tools (tools/regenerate.py, check_spec.py, ...) are importable in tests.
sys.path.insert(0, str(ROOT / "tools"))
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


@pytest.fixture
def mock_process(tmp_path: Path) -> Iterator[MockProcess]:
    process = MockProcess(tmp_path / "mock.sqlite3")
    yield process
    process.stop()
