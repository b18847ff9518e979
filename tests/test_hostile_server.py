"""The client against hostile HTTP servers on 127.0.0.1 (issue 10, client side).

Each server below misbehaves on purpose: it trickles, streams forever, sends a gzip
bomb, lies about its pages, nests JSON past any recursion limit, breaks its encoding or
redirects in a loop. For each, sync and async, the client must raise a typed error
(an ICloudReadyError, the original as ``__cause__``), in bounded time (a few seconds past
the deadline at most) and bounded memory (RSS measured in a clean subprocess), and the
token must appear in no output: exception text, traceback, or logs at DEBUG.
"""

from __future__ import annotations

import json
import logging
import socket
import struct
import subprocess
import sys
import textwrap
import time
import traceback
import zlib
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

import httpx
import pytest

from icloudready import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncClient,
    Client,
    ICloudReadyError,
    NotFoundError,
    PaginationError,
    ResponseTooLargeError,
)

from ._stub import Canned, RawServer, Recorded, running_raw_server, running_stub

TOKEN = "icr_hostile_test_token_5f1e2d"
RECORD_ID = "609a8f85c2834915d0a5a5e9"
MiB = 1024 * 1024
# "A few seconds over the deadline at most": one read timeout (2 s) plus scheduling slack.
SLACK = 3.0

Serve = Callable[[socket.socket, bytes], None]


# -- hostile servers ------------------------------------------------------------------------


def head(status: str = "200 OK", **headers: str) -> bytes:
    lines = [f"HTTP/1.1 {status}", "Content-Type: application/json", "Connection: close"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def trickle_body(conn: socket.socket, _: bytes) -> None:
    """Headers at once, then the body one byte a second."""
    body = json.dumps({"_id": RECORD_ID, "opportunityDescription": "x" * 200}).encode()
    conn.sendall(head(Content_Length=str(len(body))))
    for byte in body:
        conn.sendall(bytes([byte]))
        time.sleep(1)


def trickle_headers(conn: socket.socket, _: bytes) -> None:
    """A status line, then header bytes one a second: never the end of the headers."""
    conn.sendall(b"HTTP/1.1 200 OK\r\n")
    while True:
        for byte in b"X-Slow: a\r\n":
            conn.sendall(bytes([byte]))
            time.sleep(1)


def endless_chunks(conn: socket.socket, _: bytes) -> None:
    """A chunked body that never ends."""
    conn.sendall(head(Transfer_Encoding="chunked"))
    chunk = b"%x\r\n%s\r\n" % (64 * 1024, b"[" + b" " * (64 * 1024 - 1))
    while True:
        conn.sendall(chunk)


@cache
def gzip_bomb() -> bytes:
    """About 1 MB of gzip that inflates to 1 GiB of zeros (built from repeated flush blocks)."""
    zeros = bytes(MiB)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    block = deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH)
    again = deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH)
    last = deflate.compress(zeros) + deflate.flush()
    crc = 0
    for _ in range(1024):
        crc = zlib.crc32(zeros, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    return header + block + again * 1022 + last + struct.pack("<II", crc, 0)


def bomb(conn: socket.socket, _: bytes) -> None:
    body = gzip_bomb()
    conn.sendall(head(Content_Encoding="gzip", Content_Length=str(len(body))) + body)


def answer(status: str, body: bytes, **headers: str) -> Serve:
    def serve(conn: socket.socket, _: bytes) -> None:
        conn.sendall(head(status, Content_Length=str(len(body)), **headers) + body)

    return serve


DEEP = b"[" * 100_000 + b"]" * 100_000
BAD_GZIP = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xffnot deflate at all"


def redirect_loop(conn: socket.socket, request_head: bytes) -> None:
    path = request_head.split(b" ")[1]
    conn.sendall(head("302 Found", Location=path.decode(), Content_Length="0"))


def cut_mid_body(conn: socket.socket, _: bytes) -> None:
    conn.sendall(head(Content_Length="1000") + b'{"_id": "')


def not_http(conn: socket.socket, _: bytes) -> None:
    conn.sendall(b"SSH-2.0-OpenSSH_9.6\r\n\r\n")


# -- helpers --------------------------------------------------------------------------------


def sync_client(server: RawServer, **options: Any) -> Client:
    options = {"rate_limit": None, "max_retries": 0, **options}
    return Client(token=TOKEN, base_url=server.url + "/api/v2", **options)


def async_client(server: RawServer, **options: Any) -> AsyncClient:
    options = {"rate_limit": None, "max_retries": 0, **options}
    return AsyncClient(token=TOKEN, base_url=server.url + "/api/v2", **options)


def assert_no_token(error: BaseException, caplog: pytest.LogCaptureFixture) -> None:
    text = "".join(traceback.format_exception(error)) + repr(error) + str(error)
    request = getattr(error, "request", None)
    text += repr(request) + repr(getattr(error, "response", None))
    assert TOKEN not in text
    assert TOKEN not in caplog.text


@pytest.fixture(autouse=True)
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Every test runs with the package logging at DEBUG (bodies logged), to look for the token."""
    with caplog.at_level(logging.DEBUG, logger="icloudready"):
        yield


def call_sync(client: Client) -> Any:
    with client:
        return client.opportunities.retrieve(RECORD_ID)


async def call_async(client: AsyncClient) -> Any:
    async with client:
        return await client.opportunities.retrieve(RECORD_ID)


def expect_sync(
    serve: Serve, error: type[ICloudReadyError], caplog: pytest.LogCaptureFixture, **options: Any
) -> tuple[ICloudReadyError, float]:
    with running_raw_server(serve) as server:
        started = time.monotonic()
        with pytest.raises(error) as info:
            call_sync(sync_client(server, **options))
        elapsed = time.monotonic() - started
    assert_no_token(info.value, caplog)
    return info.value, elapsed


async def expect_async(
    serve: Serve, error: type[ICloudReadyError], caplog: pytest.LogCaptureFixture, **options: Any
) -> tuple[ICloudReadyError, float]:
    with running_raw_server(serve) as server:
        started = time.monotonic()
        with pytest.raises(error) as info:
            await call_async(async_client(server, **options))
        elapsed = time.monotonic() - started
    assert_no_token(info.value, caplog)
    return info.value, elapsed


# -- 5: bounded reads: time -------------------------------------------------------------


def test_a_trickled_body_ends_at_the_deadline_sync(caplog: pytest.LogCaptureFixture) -> None:
    error, elapsed = expect_sync(trickle_body, APITimeoutError, caplog, timeout=2, deadline=5)
    assert elapsed < 5 + SLACK
    assert "Deadline of 5s" in str(error)


async def test_a_trickled_body_ends_at_the_deadline_async(
    caplog: pytest.LogCaptureFixture,
) -> None:
    error, elapsed = await expect_async(
        trickle_body, APITimeoutError, caplog, timeout=2, deadline=5
    )
    assert elapsed < 5 + SLACK
    assert "Deadline of 5s" in str(error)


def test_trickled_headers_end_at_the_deadline_sync(caplog: pytest.LogCaptureFixture) -> None:
    error, elapsed = expect_sync(trickle_headers, APITimeoutError, caplog, timeout=2, deadline=4)
    assert elapsed < 4 + SLACK
    assert "Deadline of 4s passed during GET /api/v2/opportunities/" in str(error)
    assert isinstance(error.__cause__, httpx.ReadTimeout)


async def test_trickled_headers_end_at_the_deadline_async(
    caplog: pytest.LogCaptureFixture,
) -> None:
    error, elapsed = await expect_async(
        trickle_headers, APITimeoutError, caplog, timeout=2, deadline=4
    )
    assert elapsed < 4 + SLACK
    assert isinstance(error.__cause__, TimeoutError)


# -- 5: bounded reads: size -----------------------------------------------------------------


def test_an_endless_stream_is_cut_at_max_response_size_sync(
    caplog: pytest.LogCaptureFixture,
) -> None:
    error, elapsed = expect_sync(
        endless_chunks, ResponseTooLargeError, caplog, max_response_size=MiB
    )
    assert isinstance(error, ResponseTooLargeError)
    assert error.limit == MiB
    assert "max_response_size=1048576" in str(error)
    assert elapsed < 5


async def test_an_endless_stream_is_cut_at_max_response_size_async(
    caplog: pytest.LogCaptureFixture,
) -> None:
    _, elapsed = await expect_async(
        endless_chunks, ResponseTooLargeError, caplog, max_response_size=MiB
    )
    assert elapsed < 5


def test_a_gzip_bomb_is_cut_after_decompression_sync(caplog: pytest.LogCaptureFixture) -> None:
    error, _ = expect_sync(bomb, ResponseTooLargeError, caplog, max_response_size=4 * MiB)
    assert "inflates to more than 4194304 bytes" in str(error)


async def test_a_gzip_bomb_is_cut_after_decompression_async(
    caplog: pytest.LogCaptureFixture,
) -> None:
    error, _ = await expect_async(bomb, ResponseTooLargeError, caplog, max_response_size=4 * MiB)
    assert "inflates to more than" in str(error)


def test_a_declared_length_over_the_limit_is_refused_before_reading(
    caplog: pytest.LogCaptureFixture,
) -> None:
    serve = answer("200 OK", b"x" * 2048)
    error, _ = expect_sync(serve, ResponseTooLargeError, caplog, max_response_size=1024)
    assert "declares 2048 bytes" in str(error)


def test_a_large_legal_response_still_reads(caplog: pytest.LogCaptureFixture) -> None:
    body = json.dumps({"_id": RECORD_ID, "notes": ["n" * 1000] * 3000}).encode()
    compressed = zlib.compress(body, wbits=31)
    for serve in (answer("200 OK", body), answer("200 OK", compressed, Content_Encoding="gzip")):
        with running_raw_server(serve) as server:
            record = call_sync(sync_client(server, max_response_size=4 * MiB))
        assert record.id == RECORD_ID
        assert len(record.notes) == 3000


def test_max_response_size_must_be_positive() -> None:
    with pytest.raises(ValueError, match="max_response_size"):
        Client(token=TOKEN, base_url="http://127.0.0.1:9/api/v2", max_response_size=0)


MEMORY_PROBE = textwrap.dedent(
    """
    import asyncio, json, sys
    import psutil
    import icloudready

    url, mode = sys.argv[1], sys.argv[2]
    baseline = psutil.Process().memory_info().rss
    options = dict(token="t", base_url=url + "/api/v2", rate_limit=None, max_retries=0)
    try:
        if mode == "sync":
            with icloudready.Client(**options) as client:
                client.opportunities.retrieve("609a8f85c2834915d0a5a5e9")
        else:
            async def main():
                async with icloudready.AsyncClient(**options) as client:
                    await client.opportunities.retrieve("609a8f85c2834915d0a5a5e9")
            asyncio.run(main())
        error = None
    except Exception as exc:
        error = type(exc).__name__
    # VmHWM, not ru_maxrss: a child keeps its parent's ru_maxrss across fork and exec.
    with open("/proc/self/status") as status:
        peak = next(int(l.split()[1]) * 1024 for l in status if l.startswith("VmHWM:"))
    print(json.dumps({"error": error, "baseline": baseline, "peak": peak}))
    """
)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("serve", [bomb, endless_chunks], ids=["gzip bomb", "endless stream"])
def test_memory_stays_bounded_at_the_default_limit(serve: Serve, mode: str) -> None:
    """A 1 MB bomb once became a 3.1 GB RSS; an endless stream, MemoryError."""
    gzip_bomb()  # built before the clock of the child starts
    with running_raw_server(serve) as server:
        out = subprocess.run(
            [sys.executable, "-c", MEMORY_PROBE, server.url, mode],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
    result = json.loads(out.stdout)
    assert result["error"] == "ResponseTooLargeError"
    grown = (result["peak"] - result["baseline"]) / MiB
    # The 64 MiB kept at most, and as much again at most for the allocator and the
    # interpreter (70 to 103 MiB measured here; before the limit, over 1 GiB or no end).
    assert grown < 2 * 64 + 32, f"RSS grew by {grown:.0f} MiB"


# -- 6: bounded walks -------------------------------------------------------------------------


def same_three(total: int | None) -> Callable[[Recorded], Canned]:
    """A pager that ignores ``page``: the same three records and ``page: 1`` every time."""
    data = [{"_id": f"{i:024x}"} for i in range(3)]

    def handle(_: Recorded) -> Canned:
        body: object = (
            data if total is None else {"data": data, "page": 1, "limit": 3, "total": total}
        )
        return Canned(200, json.dumps(body).encode())

    return handle


@pytest.mark.parametrize("total", [10**12, 10], ids=["total 10**12", "page echo 1"])
def test_a_repeating_pager_raises_pagination_error_sync(
    caplog: pytest.LogCaptureFixture, total: int
) -> None:
    with running_stub() as stub:
        stub.handler = same_three(total)
        client = Client(token=TOKEN, base_url=stub.url + "/api/v2", rate_limit=None)
        started = time.monotonic()
        seen: list[str] = []
        with pytest.raises(PaginationError, match="repeated only records already seen") as info:
            seen.extend(o.id for o in client.opportunities.list_all(limit=3))
        assert time.monotonic() - started < 2
        assert len(stub.requests) == 2
        assert [r.query["page"] for r in stub.requests] == [["1"], ["2"]]
    assert seen == [f"{i:024x}" for i in range(3)]  # what it had was yielded, once
    assert isinstance(info.value, ICloudReadyError)
    assert_no_token(info.value, caplog)


async def test_a_repeating_pager_raises_pagination_error_async(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with running_stub() as stub:
        stub.handler = same_three(10**12)
        client = AsyncClient(token=TOKEN, base_url=stub.url + "/api/v2", rate_limit=None)
        seen: list[str] = []

        async def walk() -> None:
            async for record in client.opportunities.list_all(limit=3):
                seen.append(record.id)

        with pytest.raises(PaginationError):
            await walk()
        assert len(stub.requests) == 2
    assert len(seen) == 3


def test_a_pager_that_ignores_page_and_limit_but_gave_everything_stops_cleanly() -> None:
    data = [{"_id": f"{i:024x}"} for i in range(7)]
    body = json.dumps({"data": data, "page": 1, "limit": 3, "total": 7}).encode()
    with running_stub() as stub:
        stub.handler = lambda _: Canned(200, body)
        client = Client(token=TOKEN, base_url=stub.url + "/api/v2", rate_limit=None)
        assert len(list(client.opportunities.list_all(limit=3))) == 7
        assert len(stub.requests) == 2


async def test_a_repeating_pager_that_claims_nothing_more_stops_cleanly() -> None:
    with running_stub() as stub:
        stub.handler = same_three(None)
        client = Client(token=TOKEN, base_url=stub.url + "/api/v2", rate_limit=None)
        assert len(list(client.opportunities.list_all(limit=3))) == 3
        aclient = AsyncClient(token=TOKEN, base_url=stub.url + "/api/v2", rate_limit=None)
        assert len([r async for r in aclient.opportunities.list_all(limit=3)]) == 3
        assert len(stub.requests) == 4  # two per walk: the repeat ends each


# -- 7: every failure typed, with its cause ---------------------------------------------


@pytest.mark.parametrize(
    ("serve", "error", "cause"),
    [
        (answer("200 OK", DEEP), APIResponseValidationError, RecursionError),
        (answer("404 Not Found", DEEP), NotFoundError, None),
        (
            answer("200 OK", BAD_GZIP, Content_Encoding="gzip"),
            APIResponseValidationError,
            httpx.DecodingError,
        ),
        (
            answer("404 Not Found", BAD_GZIP, Content_Encoding="gzip"),
            NotFoundError,
            httpx.DecodingError,
        ),
        (
            answer("200 OK", BAD_GZIP, Content_Encoding="deflate"),
            APIResponseValidationError,
            httpx.DecodingError,
        ),
        (cut_mid_body, APIConnectionError, httpx.RemoteProtocolError),
        (not_http, APIConnectionError, httpx.RemoteProtocolError),
    ],
    ids=[
        "deep 200",
        "deep 404",
        "bad gzip 200",
        "bad gzip 404",
        "bad deflate",
        "cut body",
        "not http",
    ],
)
async def test_every_failure_is_an_icloudready_error(
    caplog: pytest.LogCaptureFixture,
    serve: Serve,
    error: type[ICloudReadyError],
    cause: type[BaseException] | None,
) -> None:
    for found, _ in (
        expect_sync(serve, error, caplog),
        await expect_async(serve, error, caplog),
    ):
        assert type(found) is error
        if cause is not None:
            assert isinstance(found.__cause__, cause)
        if isinstance(found, NotFoundError):
            assert found.status_code == 404
            assert str(found).startswith("404: ")


async def test_a_redirect_loop_is_an_icloudready_error(caplog: pytest.LogCaptureFixture) -> None:
    with running_raw_server(redirect_loop) as server:
        with pytest.raises(APIConnectionError) as info:
            call_sync(sync_client(server, http_client=httpx.Client(follow_redirects=True)))
        assert isinstance(info.value.__cause__, httpx.TooManyRedirects)
        assert_no_token(info.value, caplog)
        with pytest.raises(APIConnectionError) as ainfo:
            await call_async(
                async_client(server, http_client=httpx.AsyncClient(follow_redirects=True))
            )
        assert isinstance(ainfo.value.__cause__, httpx.TooManyRedirects)
        assert_no_token(ainfo.value, caplog)
