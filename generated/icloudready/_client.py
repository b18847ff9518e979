# Generated from openapi.yaml by openapi-python-client and overrides/templates/api_init.py.jinja: do not edit; change the spec or the template and run `make generate`.
"""``Client`` and ``AsyncClient``: the runtime's request pipeline plus a resource per tag."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Self

from icloudready_runtime._base_client import AsyncAPIClient, SyncAPIClient

# servers[0] of openapi.yaml.
BASE_URL = "https://api.icloud-ready.com/api/v2"
# x-rate-limits of openapi.yaml: requests per minute and per hour of each tier.
RATE_LIMITS: Mapping[str, tuple[int, int]] = {
    "standard": (480, 4800),
    "intensive": (240, 1200),
}
DEFAULT_TIER = "standard"
# Every path of openapi.yaml: an id equal to another route's literal segment is refused.
ROUTES: tuple[str, ...] = (
    "/signin",
    "/opportunities",
    "/opportunities/no-activity-opportunities",
    "/opportunities/multiple",
    "/opportunities/{id}",
    "/opportunities/deleted/{id}",
)

if TYPE_CHECKING:
    from .resources.auth import AsyncAuthResource, AuthResource
    from .resources.opportunities import AsyncOpportunitiesResource, OpportunitiesResource


class Client(SyncAPIClient):
    """The iCloudReady API client.

    Token from ``token=`` or ``ICLOUDREADY_API_KEY``; base URL from ``base_url=`` or
    ``ICLOUDREADY_BASE_URL``, else the cloud API. Retries, pacing to the documented
    rate limits, typed errors and paging are built in. Use it as a context manager, or
    call ``close()``, to release its connection pool.
    """

    _default_base_url = BASE_URL
    _rate_limits = RATE_LIMITS[DEFAULT_TIER]
    _tiers = RATE_LIMITS
    _default_tier = DEFAULT_TIER

    @classmethod
    def sign_in(cls, email: str, password: str, **options: Any) -> Self:
        """POST /signin (Sign in), then a client that sends the token returned.

        ``options`` are those of ``Client(...)``, for both the sign-in and the new client.
        """
        return cls._signed_in(
            lambda anonymous: (
                anonymous.auth.sign_in(
                    email=email,
                    password=password,
                ).access_token
            ),
            options,
        )

    @cached_property
    def auth(self) -> AuthResource:
        """Obtaining an access token."""
        from .resources.auth import AuthResource

        return AuthResource(self)

    @cached_property
    def opportunities(self) -> OpportunitiesResource:
        """Sales opportunities."""
        from .resources.opportunities import OpportunitiesResource

        return OpportunitiesResource(self)


class AsyncClient(AsyncAPIClient):
    """The iCloudReady API client for asyncio: the same surface as Client, with ``await``."""

    _default_base_url = BASE_URL
    _rate_limits = RATE_LIMITS[DEFAULT_TIER]
    _tiers = RATE_LIMITS
    _default_tier = DEFAULT_TIER

    @classmethod
    async def sign_in(cls, email: str, password: str, **options: Any) -> Self:
        """POST /signin (Sign in), then a client that sends the token returned."""

        async def call(anonymous: Self) -> str:
            return (
                await anonymous.auth.sign_in(
                    email=email,
                    password=password,
                )
            ).access_token

        return await cls._signed_in(call, options)

    @cached_property
    def auth(self) -> AsyncAuthResource:
        """Obtaining an access token."""
        from .resources.auth import AsyncAuthResource

        return AsyncAuthResource(self)

    @cached_property
    def opportunities(self) -> AsyncOpportunitiesResource:
        """Sales opportunities."""
        from .resources.opportunities import AsyncOpportunitiesResource

        return AsyncOpportunitiesResource(self)
