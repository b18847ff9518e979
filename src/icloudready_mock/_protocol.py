"""uvicorn's httptools protocol with the limits it lacks, and the mock's error shape.

uvicorn times out idle keep-alive connections but not a client that sends its request
headers slowly (slowloris), caps concurrency only with a text/plain 503, reads request
headers of any size (httptools buffers a 32 MB header line whole), and answers unparseable
requests with text/plain 400. This subclass adds a header-read timeout, a connection cap and
a header size limit (431), answers Upgrade requests as plain HTTP, and gives every refusal
openapi.yaml's JSON error shape.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

HEADER_TIMEOUT = 10.0
MAX_CONNECTIONS = 1000
# The request line and headers together, answered with 431 beyond: 32 KiB, twice Node.js'
# default (--max-http-header-size, which Express servers run under). The spec declares no
# limit, and its list parameters allow long queries: p and fields 1,000 characters, q 200,
# each character up to 12 bytes percent-encoded (about 26 KB with one character over each
# bound). Under this limit such a request reaches validation, whose 400 names the parameter
# to shorten; a 431 could not.
MAX_HEADER_BYTES = 32 * 1024
# After a refusal, what the client is still sending is read and dropped for a while, so the
# refusal reaches it (a close with unread data would reset the connection and lose it).
LINGER_SECONDS = 1.0
LINGER_BYTES = 256 * 1024
_REASONS = {
    400: b"Bad Request",
    408: b"Request Timeout",
    431: b"Request Header Fields Too Large",
    503: b"Service Unavailable",
}


def json_refusal(status: int, code: str, message: str) -> bytes:
    body = json.dumps({"error": code, "message": message}).encode()
    return b"".join(
        [
            b"HTTP/1.1 %d %s\r\n" % (status, _REASONS[status]),
            b"content-type: application/json\r\n",
            b"content-length: %d\r\n" % len(body),
            b"connection: close\r\n\r\n",
            body,
        ]
    )


def _end_of_head(data: bytes) -> int:
    """Where the head ends in ``data`` (after its blank line; bare LFs too, as llhttp
    allows them), or -1."""
    ends = [i + len(mark) for mark in (b"\r\n\r\n", b"\n\n") if (i := data.find(mark)) >= 0]
    return min(ends, default=-1)


class GuardedProtocol(HttpToolsProtocol):
    header_timeout = HEADER_TIMEOUT
    max_connections = MAX_CONNECTIONS
    max_header_bytes = MAX_HEADER_BYTES

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._header_timer: asyncio.TimerHandle | None = None
        # Bytes of the current request's head (request line and headers) seen so far, while
        # it is being read; the last 3 bytes, in case its end is split between two reads.
        self._in_head = True
        self._head_bytes = 0
        self._tail = b""
        # The same as httptools hands it over: it also counts the heads of requests
        # pipelined behind another in one read, which the count above does not see.
        self._parsed_head = 0
        self._discarding = -1  # bytes dropped since a refusal; -1 while not refusing
        self._linger: asyncio.TimerHandle | None = None
        self._deferred = b""  # a refusal waiting for the responses due before it
        self._ignored_upgrade = False

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if len(self.connections) > self.max_connections:
            self._refuse(503, "too_many_connections", "Too many open connections; retry later.")
            return
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        if self._linger is not None:
            self._linger.cancel()
            self._linger = None
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._discarding >= 0:
            self._discarding += len(data)
            if self._discarding > LINGER_BYTES:
                self.transport.close()
            return
        if self._ignored_upgrade:
            return  # the other protocol's data: the connection closes after the answer
        if self._in_head:
            # Counted before httptools sees the bytes: it would buffer a header line whole.
            seen = self._tail + data
            end = _end_of_head(seen)
            self._head_bytes += len(data) if end < 0 else end - len(self._tail)
            if self._head_bytes > self.max_header_bytes:
                self._headers_too_large()
                return
            self._tail = seen[-3:]
        super().data_received(data)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._parsed_head = 0
        self._arm()

    def on_url(self, url: bytes) -> None:
        super().on_url(url)
        self._count_head(len(url))

    def on_header(self, name: bytes, value: bytes) -> None:
        super().on_header(name, value)
        self._count_head(len(name) + len(value) + 4)  # ": " and CRLF

    def _count_head(self, size: int) -> None:
        self._parsed_head += size
        if self._parsed_head > self.max_header_bytes:
            self._headers_too_large()

    def _headers_too_large(self) -> None:
        self._refuse(
            431,
            "headers_too_large",
            f"The request line and headers exceed {self.max_header_bytes} bytes.",
        )

    def on_headers_complete(self) -> None:
        self._disarm()
        self._in_head = False
        if self._discarding >= 0:
            return  # refused while its head was read: never handed to the app
        if self.parser.should_upgrade() and self._has_body():
            # httptools skips the body of an Upgrade request (it would be the new protocol's
            # data), so answering it as HTTP would lose the body: refuse it instead.
            self._refuse(
                400,
                "upgrade_not_supported",
                "The mock speaks HTTP/1.1 only: send this request without the Upgrade header.",
            )
            return
        super().on_headers_complete()
        if self.parser.should_upgrade() and self.cycle is not None:
            # Answered as plain HTTP (RFC 9110, 7.8: a server may ignore Upgrade); what the
            # client sends after it is not HTTP to httptools, so the connection closes.
            self.cycle.keep_alive = False
            self._ignored_upgrade = True

    def on_message_complete(self) -> None:
        if self._discarding >= 0:
            return  # refused before the request was handed to the app
        super().on_message_complete()
        self._in_head, self._head_bytes, self._tail = True, 0, b""

    def _unsupported_upgrade_warning(self) -> None:
        """Silent: an Upgrade the mock does not speak is answered as HTTP, not a problem."""

    def send_400_response(self, msg: str) -> None:
        self._refuse(400, "invalid_http", f"The request is not valid HTTP: {msg}")

    def _has_body(self) -> bool:
        for name, value in self.headers:
            if name == b"transfer-encoding" or (name == b"content-length" and value != b"0"):
                return True
        return False

    def _arm(self) -> None:
        self._disarm()
        self._header_timer = self.loop.call_later(self.header_timeout, self._headers_too_slow)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if self.cycle is None or self.cycle.response_complete:
            self._refuse(
                408,
                "request_timeout",
                f"The request headers did not arrive within {self.header_timeout:g}s.",
            )

    def _refuse(self, status: int, code: str, message: str) -> None:
        """Answer, stop reading requests, and close once the client stops sending."""
        self._disarm()
        if self._discarding >= 0:
            return
        self._discarding = 0  # from now on nothing read here is parsed
        if self.transport.is_closing():
            return
        refusal = json_refusal(status, code, message)
        if self._responses_due():
            # Pipelined requests read before this one are answered first, in order.
            self._deferred = refusal
            return
        self._send_refusal(refusal)

    def _responses_due(self) -> bool:
        return bool(self.pipeline) or (self.cycle is not None and not self.cycle.response_complete)

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if self._deferred and not self._responses_due() and not self.transport.is_closing():
            self._send_refusal(self._deferred)

    def _send_refusal(self, refusal: bytes) -> None:
        self.transport.write(refusal)
        if not self.transport.can_write_eof():
            self.transport.close()
            return
        self.transport.write_eof()
        self._linger = self.loop.call_later(LINGER_SECONDS, self.transport.close)
