"""The call's deadline on every socket read of a sync client, response headers included.

httpx bounds each read by ``timeout``, never a whole exchange, and a sync call cannot be
cancelled from outside: a server that trickles its headers a byte a second would hold
it for as long as h11 accepts headers (100 KiB, a day). So the sockets of the client's
own connection pool read through a thin wrapper that shortens each read's timeout to
what is left of the current call's deadline (``READ_BY``, set around each attempt).
The async client needs none of this: it cancels the whole attempt at the deadline.

httpx has no public hook for its network layer, so the wrapper goes onto the
transport's pool (``_pool._network_backend``, httpcore's documented backend interface);
if a future httpx moves it, ``transport()`` returns the plain transport and the body
reads keep their own deadline check (``_body``).
"""

from __future__ import annotations

import contextvars
import ssl
import time
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

# The time.monotonic() by which the current attempt's reads must end; None outside calls.
READ_BY: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "icloudready_read_by", default=None
)


class _Stream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        read_by = READ_BY.get()
        if read_by is not None:
            left = read_by - time.monotonic()
            if left <= 0:
                raise httpcore.ReadTimeout("the call's deadline passed while reading")
            timeout = left if timeout is None else min(timeout, left)
        return self._stream.read(max_bytes, timeout)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, timeout)

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        return _Stream(self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._backend.connect_tcp(host, port, timeout, local_address, socket_options)
        return _Stream(stream)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        return _Stream(self._backend.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def transport() -> httpx.HTTPTransport:
    """httpx's default transport, its socket reads bounded by ``READ_BY``."""
    plain = httpx.HTTPTransport()
    pool: Any = getattr(plain, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, httpcore.NetworkBackend):
        pool._network_backend = _Backend(backend)
    return plain
