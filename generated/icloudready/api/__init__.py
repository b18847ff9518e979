# Generated from openapi.yaml by openapi-python-client and overrides/templates/api_init.py.jinja: do not edit; change the spec or the template and run `make generate`.
"""Operations of the API, one subpackage per tag; the route table; the clients."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from icloudready_runtime._base_client import AsyncAPIClient, SyncAPIClient

# Every path of openapi.yaml: an id that equals another route's literal segment is refused.
ROUTES: tuple[str, ...] = (
    "/signin",
    "/opportunities",
    "/opportunities",
    "/opportunities/no-activity-opportunities",
    "/opportunities/multiple",
    "/opportunities/{id}",
    "/opportunities/{id}",
    "/opportunities/{id}",
    "/opportunities/deleted/{id}",
)

if TYPE_CHECKING:
    from .auth import AsyncAuthResource, AuthResource
    from .opportunities import AsyncOpportunitiesResource, OpportunitiesResource


class Client(SyncAPIClient):
    """The iCloudReady API client.

    Token from ``token=`` or ``ICLOUDREADY_API_KEY``; base URL from ``base_url=`` or
    ``ICLOUDREADY_BASE_URL``, else the cloud API. Retries, pacing to the documented
    rate limit, typed errors and paging are built in. Use it as a context manager, or
    call ``close()``, to release its connection pool.
    """

    @cached_property
    def auth(self) -> AuthResource:
        """The auth operations."""
        from .auth import AuthResource

        return AuthResource(self)

    @cached_property
    def opportunities(self) -> OpportunitiesResource:
        """The opportunities operations."""
        from .opportunities import OpportunitiesResource

        return OpportunitiesResource(self)


class AsyncClient(AsyncAPIClient):
    """The iCloudReady API client for asyncio: the same surface as Client, with ``await``."""

    @cached_property
    def auth(self) -> AsyncAuthResource:
        """The auth operations."""
        from .auth import AsyncAuthResource

        return AsyncAuthResource(self)

    @cached_property
    def opportunities(self) -> AsyncOpportunitiesResource:
        """The opportunities operations."""
        from .opportunities import AsyncOpportunitiesResource

        return AsyncOpportunitiesResource(self)
