"""pytest plugin (registered by entry point): a fresh mock server per test.

def test_create(icloudready_mock):
    client = icloudready.Client(token=icloudready_mock.token, base_url=icloudready_mock.base_url)

``pytest --icloudready-profile bare-list`` serves every test's mock in that profile
(``icloudready-mock --profiles`` lists them); one test picks its own with
``@pytest.mark.parametrize("icloudready_mock", ["plain-id"], indirect=True)``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from ._server import MockServer


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--icloudready-profile",
        default="default",
        help="profile of the icloudready_mock fixture's server (icloudready-mock --profiles)",
    )


@pytest.fixture
def icloudready_mock(request: pytest.FixtureRequest) -> Iterator[MockServer]:
    """A mock on a free port with an empty in-memory database; ``.base_url``, ``.token``."""
    # Imported here: the plugin loads in every pytest run, the server only where it is used
    # (and only that needs the mock extra).
    try:
        from ._server import MockServer, build_app  # noqa: PLC0415
    except ModuleNotFoundError as exc:
        from . import INSTALL_HINT  # noqa: PLC0415

        pytest.fail(f"the icloudready_mock fixture: {INSTALL_HINT} ({exc})", pytrace=False)

    profile = getattr(request, "param", None) or request.config.getoption("icloudready_profile")
    with MockServer(build_app(profile=str(profile))) as server:
        yield server
