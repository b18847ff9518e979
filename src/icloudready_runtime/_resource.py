"""Base classes of the generated resources (``client.opportunities`` and the like), and the
wrappers that make their ``with_raw_response`` variants from the normal methods.
"""

from __future__ import annotations

import functools
import inspect
import warnings
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, ParamSpec, TypeVar, cast

from ._response import APIResponse

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

P = ParamSpec("P")
R = TypeVar("R")


class SyncResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client


class AsyncResource:
    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client


def to_raw_response_wrapper(method: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """The same method, returning the raw response: it must be bound to a raw client copy.

    The resource's ``with_raw_response`` binds it so; the method body is written once and
    its signature (checked by type checkers) is the normal method's.
    """
    return cast("Callable[P, APIResponse[R]]", method)


def async_to_raw_response_wrapper(
    method: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[APIResponse[R]]]:
    """``to_raw_response_wrapper`` for coroutine methods."""
    return cast("Callable[P, Awaitable[APIResponse[R]]]", method)


def deprecate_methods(resource: type, deprecated: Mapping[str, str]) -> None:
    """Make the methods of deprecated operations (name -> ``"METHOD /path"``) warn when called.

    Applied once per class at import: the other methods stay as generated, with no cost
    per call.
    """
    for name, operation in deprecated.items():
        method = getattr(resource, name)
        message = f"{name}() ({operation}) is deprecated by the API and may be removed"
        if inspect.iscoroutinefunction(method):
            setattr(resource, name, _async_warning(method, message))
        else:
            setattr(resource, name, _warning(method, message))


def _warning(method: Callable[P, R], message: str) -> Callable[P, R]:
    @functools.wraps(method)
    def warned(*args: P.args, **kwargs: P.kwargs) -> R:
        warnings.warn(message, DeprecationWarning, stacklevel=2)
        return method(*args, **kwargs)

    warned.__doc__ = f"Deprecated: {message}.\n\n{method.__doc__ or ''}"
    return warned


def _async_warning(method: Callable[P, Awaitable[R]], message: str) -> Callable[P, Awaitable[R]]:
    @functools.wraps(method)
    async def warned(*args: P.args, **kwargs: P.kwargs) -> R:
        warnings.warn(message, DeprecationWarning, stacklevel=2)
        return await method(*args, **kwargs)

    warned.__doc__ = f"Deprecated: {message}.\n\n{method.__doc__ or ''}"
    return warned
