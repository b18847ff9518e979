"""pytest plugin (registered by entry point): a fresh mock server per test.

def test_create(icloudready_mock):
    client = icloudready.Client(token=icloudready_mock.token, base_url=icloudready_mock.base_url)
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from ._server import MockServer


@pytest.fixture
def icloudready_mock() -> Iterator[MockServer]:
    """A mock on a free port with an empty in-memory database; ``.base_url``, ``.token``."""
    from ._server import MockServer  # noqa: PLC0415 - keep plugin import light for every pytest run

    with MockServer() as server:
        yield server
