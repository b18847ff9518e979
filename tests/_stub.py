"""A real HTTP server on 127.0.0.1 that records requests and answers canned responses.

Used to check exactly what generated code sends, byte for byte, without the mock's logic.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Canned:
    status: int = 200
    body: bytes = b"{}"
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/json"})


class Stub:
    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.responses: list[Canned] = []
        self.default = Canned()
        # When set, answers every request (after the queued responses): a server with logic.
        self.handler: Callable[[Recorded], Canned] | None = None
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                url = urlsplit(self.path)
                recorded = Recorded(
                    self.command,
                    url.path,
                    parse_qs(url.query, keep_blank_values=True),
                    {k.lower(): v for k, v in self.headers.items()},
                    body,
                )
                stub.requests.append(recorded)
                if stub.responses:
                    canned = stub.responses.pop(0)
                elif stub.handler is not None:
                    canned = stub.handler(recorded)
                else:
                    canned = stub.default
                self.send_response(canned.status)
                for name, value in canned.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(canned.body)))
                self.end_headers()
                self.wfile.write(canned.body)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    def reply(self, status: int = 200, body: Any = None, **headers: str) -> None:
        raw = (
            body
            if isinstance(body, bytes)
            else json.dumps(body if body is not None else {}).encode()
        )
        all_headers = {
            "Content-Type": "application/json",
            **{k.replace("_", "-"): v for k, v in headers.items()},
        }
        self.responses.append(Canned(status, raw, all_headers))


@contextmanager
def running_stub() -> Iterator[Stub]:
    stub = Stub()
    stub.thread.start()
    try:
        yield stub
    finally:
        stub.server.shutdown()
        stub.server.server_close()


class RawServer:
    """A TCP server on 127.0.0.1 that answers with raw bytes: what no HTTP library would send.

    Each connection runs ``serve(conn, head)`` in its own thread once the request head
    (request line and headers) has arrived; the connection is closed afterwards. Used to
    play hostile servers: trickles, endless streams, lying encodings, broken framing.
    """

    def __init__(self, serve: Callable[[socket.socket, bytes], None]) -> None:
        self.serve = serve
        self.heads: list[bytes] = []
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self._stopped = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self) -> None:
        while not self._stopped.is_set():
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            head = b""
            try:
                while b"\r\n\r\n" not in head:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    head += chunk
                self.heads.append(head)
                self.serve(conn, head)
            except OSError:
                pass  # the client gave up and closed: what the hostile server is for

    def close(self) -> None:
        self._stopped.set()
        self.listener.close()


@contextmanager
def running_raw_server(serve: Callable[[socket.socket, bytes], None]) -> Iterator[RawServer]:
    server = RawServer(serve)
    server.thread.start()
    try:
        yield server
    finally:
        server.close()
