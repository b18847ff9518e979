"""A small closed-loop HTTP/1.1 load generator: N keep-alive connections, one request each.

Written on asyncio streams (with uvloop) so that the generator, not the server under test,
is cheap: it sends a prebuilt request and reads Content-Length bytes back.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

import uvloop


@dataclass(frozen=True)
class Result:
    requests: int
    errors: int
    seconds: float
    latencies_ms: list[float]

    @property
    def rps(self) -> float:
        return self.requests / self.seconds

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))]


async def _read_response(reader: asyncio.StreamReader) -> int:
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    length = 0
    for line in head.split(b"\r\n"):
        if line[:15].lower() == b"content-length:":
            length = int(line[15:])
    if length:
        await reader.readexactly(length)
    return status


async def _worker(
    address: tuple[str, int],
    requests: list[bytes],
    until: float,
    latencies: list[float],
    errors: list[int],
) -> None:
    reader, writer = await asyncio.open_connection(*address)
    turn = 0
    try:
        while time.perf_counter() < until:
            started = time.perf_counter()
            writer.write(requests[turn % len(requests)])
            turn += 1
            status = await _read_response(reader)
            latencies.append((time.perf_counter() - started) * 1000)
            if status >= 400:
                errors.append(status)
    finally:
        writer.close()


async def _run(
    host: str, port: int, requests: list[bytes], connections: int, seconds: float
) -> Result:
    latencies: list[float] = []
    errors: list[int] = []
    started = time.perf_counter()
    until = started + seconds
    await asyncio.gather(
        *(_worker((host, port), requests, until, latencies, errors) for _ in range(connections))
    )
    return Result(len(latencies), len(errors), time.perf_counter() - started, latencies)


def build_request(host: str, port: int, path: str, token: str) -> bytes:
    return (
        f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAuthorization: Bearer {token}\r\n"
        "Accept: application/json\r\n\r\n"
    ).encode()


def load(
    host: str,
    port: int,
    path: str | list[str],
    token: str,
    *,
    connections: int = 16,
    seconds: float = 5.0,
) -> Result:
    """``path`` under load; a list of paths is sent in turn, one per request."""
    paths = [path] if isinstance(path, str) else path
    requests = [build_request(host, port, p, token) for p in paths]
    return uvloop.run(_run(host, port, requests, connections, seconds))
