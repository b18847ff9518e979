"""Base classes of the generated resources (``client.opportunities`` and the like)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

T = TypeVar("T")


def given(value: T | Unset | None) -> T | Unset:
    """None means "not sent", like leaving the argument out."""
    return UNSET if value is None else value


class SyncResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client


class AsyncResource:
    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
