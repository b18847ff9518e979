"""One socket write per response instead of two.

uvicorn writes a response's head (``http.response.start``) and its body
(``http.response.body``) with two ``transport.write`` calls, and uvloop sends each at once:
two ``send`` syscalls and, with TCP_NODELAY, two TCP segments a response. They were the
largest single cost of a GET by id (19 of about 55 us). This transport wrapper keeps what is
written during one turn of the event loop and sends it as one write at the end of the turn,
so a response leaves in one piece; nothing waits longer than that turn.
"""

from __future__ import annotations

import asyncio
from typing import Any


class CorkedTransport:
    """Delegates to ``transport``; writes made in the same loop turn go out as one."""

    __slots__ = ("_loop", "_pending", "_transport")

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self._transport = transport
        self._loop = loop
        self._pending: list[bytes] = []

    def write(self, data: bytes | bytearray | memoryview) -> None:
        if not self._pending:
            self._loop.call_soon(self._flush)
        # bytes() copies only what is not bytes already: the caller may reuse its buffer.
        self._pending.append(data if isinstance(data, bytes) else bytes(data))

    def writelines(self, lines: list[bytes]) -> None:
        for line in lines:
            self.write(line)

    def _flush(self) -> None:
        pending, self._pending = self._pending, []
        if pending and not self._transport.is_closing():
            self._transport.write(pending[0] if len(pending) == 1 else b"".join(pending))

    def get_write_buffer_size(self) -> int:
        return self._transport.get_write_buffer_size() + sum(map(len, self._pending))

    def close(self) -> None:
        self._flush()  # what was written before close is sent, as with a plain transport
        self._transport.close()

    def write_eof(self) -> None:
        self._flush()  # (the protocol's refusals write, then half-close)
        self._transport.write_eof()

    def abort(self) -> None:
        self._pending = []
        self._transport.abort()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


class CorkedWrites:
    """Mixin for uvicorn's HTTP protocol (first in the bases): its transport is corked."""

    loop: asyncio.AbstractEventLoop

    def connection_made(self, transport: asyncio.Transport) -> None:
        corked: Any = CorkedTransport(transport, self.loop)
        super().connection_made(corked)  # type: ignore[misc]
