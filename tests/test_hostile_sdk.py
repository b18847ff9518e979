"""Hostile input, round two (issue 17, SDK items 1 to 8), sync and async.

Each section is one item of the issue: a server (or a caller) that does what the first
round did not try, and what the client must do instead: a typed error with a true
message, in bounded memory, with nothing lost and the token nowhere.
"""

from __future__ import annotations

import datetime
import html
import json
import logging
import math
import re
import socket
import struct
import subprocess
import sys
import textwrap
import time
import traceback
import zlib
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from icloudready import (
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncClient,
    AuthenticationError,
    BadRequestError,
    Client,
    InternalServerError,
    InvalidPathParameterError,
    NotFoundError,
    ResponseTooLargeError,
    UnprocessableEntityError,
    ValidationDetail,
)
from icloudready.models import Opportunity, OpportunityInput

from ._stub import Canned, RawServer, Recorded, Stub, running_raw_server, running_stub

TOKEN = "icr_round_two_token_7c4b1a9e"
RECORD_ID = "609a8f85c2834915d0a5a5e9"
MiB = 1024 * 1024

Serve = Callable[[socket.socket, bytes], None]


def head(status: str = "200 OK", **headers: str) -> bytes:
    lines = [f"HTTP/1.1 {status}", "Content-Type: application/json", "Connection: close"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def answer(status: str, body: bytes, **headers: str) -> Serve:
    def serve(conn: socket.socket, _: bytes) -> None:
        conn.sendall(head(status, Content_Length=str(len(body)), **headers) + body)

    return serve


def sync_client(server: RawServer, **options: Any) -> Client:
    options = {"rate_limit": None, "max_retries": 0, **options}
    return Client(token=TOKEN, base_url=server.url + "/api/v2", **options)


def async_client(server: RawServer, **options: Any) -> AsyncClient:
    options = {"rate_limit": None, "max_retries": 0, **options}
    return AsyncClient(token=TOKEN, base_url=server.url + "/api/v2", **options)


def retrieve_sync(serve: Serve, **options: Any) -> Any:
    with running_raw_server(serve) as server, sync_client(server, **options) as client:
        return client.opportunities.retrieve(RECORD_ID)


async def retrieve_async(serve: Serve, **options: Any) -> Any:
    with running_raw_server(serve) as server:
        async with async_client(server, **options) as client:
            return await client.opportunities.retrieve(RECORD_ID)


# -- 1: stacked encodings are decoded in bounded steps ------------------------------------


@cache
def zeros_gzip() -> bytes:
    """About 1 MB of gzip that inflates to 1 GiB of zeros (repeated flush blocks)."""
    zeros = bytes(MiB)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    first = deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH)
    again = deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH)
    last = deflate.compress(zeros) + deflate.flush()
    crc = 0
    for _ in range(1024):
        crc = zlib.crc32(zeros, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    return header + first + again * 1022 + last + struct.pack("<II", crc, 1024 * MiB & 0xFFFFFFFF)


def encode(data: bytes, encoding: str) -> bytes:
    return zlib.compress(data, 9, wbits=31 if encoding == "gzip" else 15)


@cache
def stacked_bomb(encodings: tuple[str, ...]) -> bytes:
    """1 GiB of zeros under ``encodings`` (applied in order, the first is the bomb itself)."""
    assert encodings[0] == "gzip"
    body = zeros_gzip()
    for encoding in encodings[1:]:
        body = encode(body, encoding)
    return body


STACKS = {
    "gzip, gzip": ("gzip", "gzip"),
    "gzip, deflate": ("gzip", "deflate"),
    "gzip, identity": ("gzip",),
    "gzip, gzip, gzip": ("gzip", "gzip", "gzip"),
}


def bomb_server(header: str) -> Serve:
    body = stacked_bomb(STACKS[header])
    return answer("200 OK", body, Content_Encoding=header)


def received_bytes(message: str) -> int:
    found = re.search(r"\(from (\d+) bytes received", message)
    assert found is not None, message
    return int(found.group(1))


def assert_true_bomb_message(error: ResponseTooLargeError, header: str, limit: int) -> None:
    message = str(error)
    wire = len(stacked_bomb(STACKS[header]))
    # What inflated past the limit, and from how little: never "the server sent more".
    assert f"inflates to more than {limit} bytes" in message
    assert "sent more than" not in message
    assert 0 < received_bytes(message) <= wire
    assert f"Content-Encoding: {header}" in message
    assert error.limit == limit


@pytest.mark.parametrize("header", list(STACKS))
def test_a_stacked_encoding_bomb_stops_at_the_limit_sync(header: str) -> None:
    with pytest.raises(ResponseTooLargeError) as info:
        retrieve_sync(bomb_server(header), max_response_size=4 * MiB)
    assert_true_bomb_message(info.value, header, 4 * MiB)


@pytest.mark.parametrize("header", list(STACKS))
async def test_a_stacked_encoding_bomb_stops_at_the_limit_async(header: str) -> None:
    with pytest.raises(ResponseTooLargeError) as info:
        await retrieve_async(bomb_server(header), max_response_size=4 * MiB)
    assert_true_bomb_message(info.value, header, 4 * MiB)


RECORD_BODY = json.dumps({"_id": RECORD_ID, "notes": ["n" * 100] * 500}).encode()


@pytest.mark.parametrize(
    "encodings",
    [("gzip", "gzip"), ("gzip", "deflate"), ("deflate", "gzip"), ("gzip", "gzip", "gzip")],
)
async def test_a_legal_stacked_encoding_still_decodes(encodings: tuple[str, ...]) -> None:
    body = RECORD_BODY
    for encoding in encodings:
        body = encode(body, encoding)
    serve = answer("200 OK", body, Content_Encoding=", ".join(encodings))
    for record in (retrieve_sync(serve), await retrieve_async(serve)):
        assert record.id == RECORD_ID
        assert len(record.notes) == 500


def test_encodings_split_over_two_header_lines_decode_in_order() -> None:
    body = encode(encode(RECORD_BODY, "gzip"), "deflate")
    payload = head(Content_Length=str(len(body))).replace(
        b"\r\n\r\n", b"\r\nContent-Encoding: gzip\r\nContent-Encoding: deflate\r\n\r\n"
    )

    def serve(conn: socket.socket, _: bytes) -> None:
        conn.sendall(payload + body)

    assert retrieve_sync(serve).id == RECORD_ID


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("br", "'br' is not decoded by this client (it asks for gzip, deflate)"),
        ("zstd", "'zstd' is not decoded"),
        ("gzip, br", "'br' is not decoded"),
        ("x-custom", "'x-custom' is not decoded"),
        ("gzip, gzip, gzip, gzip", "stacks 4 encodings; this client decodes at most 3"),
    ],
)
async def test_an_encoding_the_client_does_not_decode_is_a_typed_error(
    header: str, expected: str
) -> None:
    """Not read as raw bytes (httpx skips an encoding it lacks a package for)."""
    serve = answer("200 OK", b"\x00\x01 not json", Content_Encoding=header)
    with pytest.raises(APIResponseValidationError, match="cannot be decoded") as info:
        retrieve_sync(serve)
    assert expected in str(info.value)
    with pytest.raises(APIResponseValidationError) as ainfo:
        await retrieve_async(serve)
    assert expected in str(ainfo.value)
    error = answer("404 Not Found", b"\x00", Content_Encoding=header)
    with pytest.raises(NotFoundError, match="cannot be decoded"):
        retrieve_sync(error)


def test_requests_ask_only_for_the_encodings_the_client_bounds() -> None:
    heads: list[bytes] = []

    def serve(conn: socket.socket, request_head: bytes) -> None:
        heads.append(request_head)
        answer("200 OK", json.dumps({"_id": RECORD_ID}).encode())(conn, request_head)

    retrieve_sync(serve)
    assert b"\r\naccept-encoding: gzip, deflate\r\n" in heads[0].lower()


MEMORY_PROBE = textwrap.dedent(
    """
    import asyncio, json, sys
    import psutil
    import icloudready

    url, mode = sys.argv[1], sys.argv[2]
    baseline = psutil.Process().memory_info().rss
    options = dict(token="t", base_url=url + "/api/v2", rate_limit=None, max_retries=0)
    message = error = None
    try:
        if mode == "sync":
            with icloudready.Client(**options) as client:
                client.opportunities.retrieve("609a8f85c2834915d0a5a5e9")
        else:
            async def main():
                async with icloudready.AsyncClient(**options) as client:
                    await client.opportunities.retrieve("609a8f85c2834915d0a5a5e9")
            asyncio.run(main())
    except Exception as exc:
        error, message = type(exc).__name__, str(exc)
    # VmHWM, not ru_maxrss: a child keeps its parent's ru_maxrss across fork and exec.
    with open("/proc/self/status") as status:
        peak = next(int(l.split()[1]) * 1024 for l in status if l.startswith("VmHWM:"))
    print(json.dumps({"error": error, "message": message, "baseline": baseline, "peak": peak}))
    """
)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("header", list(STACKS))
def test_memory_stays_near_the_limit_whatever_the_stack(header: str, mode: str) -> None:
    """``gzip, gzip`` (6,777 bytes) once drove the client to 8.4 GB RSS; ``gzip, identity``
    to 169 MB; each message then claimed the server "sent more than 67108864 bytes"."""
    stacked_bomb(STACKS[header])  # built before the child starts
    with running_raw_server(bomb_server(header)) as server:
        out = subprocess.run(
            [sys.executable, "-c", MEMORY_PROBE, server.url, mode],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
    result = json.loads(out.stdout)
    assert result["error"] == "ResponseTooLargeError", result
    limit = 64 * MiB
    assert f"inflates to more than {limit} bytes" in result["message"]
    wire = len(stacked_bomb(STACKS[header]))
    assert 0 < received_bytes(result["message"]) <= wire
    grown = (result["peak"] - result["baseline"]) / MiB
    # The 64 MiB kept, plus one step per layer and the allocator's slack (the same bound
    # as the single-gzip bomb of test_hostile_server).
    assert grown < 2 * 64 + 32, f"RSS grew by {grown:.0f} MiB"


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    with caplog.at_level(logging.DEBUG, logger="icloudready"):
        yield caplog


# -- 7: Retry-After in the past, and where a 3xx points -------------------------------------


def failing_then_ok(retry_after: str) -> tuple[Serve, list[float]]:
    """503 with ``retry_after`` twice, then the record; the monotonic time of each attempt."""
    seen: list[float] = []
    record = json.dumps({"_id": RECORD_ID}).encode()

    def serve(conn: socket.socket, request_head: bytes) -> None:
        seen.append(time.monotonic())
        if len(seen) <= 2:
            answer("503 Service Unavailable", b'{"message": "busy"}', Retry_After=retry_after)(
                conn, request_head
            )
        else:
            answer("200 OK", record)(conn, request_head)

    return serve, seen


PAST = ["-5", "0", "-0.5", "Wed, 21 Oct 2015 07:28:00 GMT"]


def assert_backed_off(seen: list[float]) -> None:
    assert len(seen) == 3
    # The client's backoff: 0.5 s then 1 s, up to 25% less with jitter (not 0.11 s for all).
    first, second = seen[1] - seen[0], seen[2] - seen[1]
    assert first >= 0.37, seen
    assert second >= 0.74, seen


@pytest.mark.parametrize("retry_after", PAST)
def test_a_negative_or_past_retry_after_falls_back_to_backoff_sync(retry_after: str) -> None:
    serve, seen = failing_then_ok(retry_after)
    assert retrieve_sync(serve, max_retries=2).id == RECORD_ID
    assert_backed_off(seen)


@pytest.mark.parametrize("retry_after", PAST)
async def test_a_negative_or_past_retry_after_falls_back_to_backoff_async(
    retry_after: str,
) -> None:
    serve, seen = failing_then_ok(retry_after)
    assert (await retrieve_async(serve, max_retries=2)).id == RECORD_ID
    assert_backed_off(seen)


LOCATION = "https://login.example.com/api/v2/opportunities/609a8f85c2834915d0a5a5e9?next=1"


@pytest.mark.parametrize("status", ["301 Moved Permanently", "302 Found", "307 Temporary Redirect"])
async def test_a_3xx_error_names_its_location(status: str) -> None:
    serve = answer(status, b"X", Content_Type="text/plain", Location=LOCATION)
    with pytest.raises(APIStatusError) as info:
        retrieve_sync(serve)
    with pytest.raises(APIStatusError) as ainfo:
        await retrieve_async(serve)
    for error in (info.value, ainfo.value):
        assert error.status_code == int(status[:3])
        assert f"Location: {LOCATION}" in str(error)
        assert "not followed" in str(error)


async def test_a_3xx_without_location_says_so() -> None:
    serve = answer("302 Found", b"X", Content_Type="text/plain")
    with pytest.raises(APIStatusError, match="without a Location header"):
        retrieve_sync(serve)
    with pytest.raises(APIStatusError, match="without a Location header"):
        await retrieve_async(serve)


# -- 3: ids a server could normalise onto another route ---------------------------------------

STEERING_IDS = [
    "multiple/",  # the case of the issue: PUT /opportunities/multiple%2F ran a bulk update
    "multiple%2F",
    "multiple%252F",
    "deleted/609a8f85c2834915d0a5a5e9",
    "a/../multiple",
    "..%2Fmultiple",
    "%2e%2e",
    "%2E",
    "multiple\\",
    "MULTIPLE",
    "Deleted",
    "multiple ",
    " multiple",
    "%20",
    "multiple;x=1",
    "multiple%3Fx",
    "multiple#x",
    "x\n",
    "\u006d\u0075ltiple\u200b/",
    "\uff4dultiple",  # fullwidth m: NFKC makes it "multiple"
    "a\uff0fb",  # fullwidth solidus
    "\ud800",
]

# Literals of /opportunities/...: as ids of /opportunities/deleted/{id} they reach no other route.
LITERALS_OF_ITEM_ROUTES = {"MULTIPLE", "Deleted", "\uff4dultiple"}


@pytest.fixture
def stub() -> Iterator[Stub]:
    with running_stub() as server:
        yield server


def stub_sync(stub: Stub) -> Client:
    return Client(token=TOKEN, base_url=stub.url + "/api/v2", rate_limit=None, max_retries=0)


def stub_async(stub: Stub) -> AsyncClient:
    return AsyncClient(token=TOKEN, base_url=stub.url + "/api/v2", rate_limit=None, max_retries=0)


BULK = {"ids": [RECORD_ID], "update": {"stage": "won"}}


@pytest.mark.parametrize("bad_id", STEERING_IDS)
def test_an_id_a_server_could_route_elsewhere_is_refused_before_sending_sync(
    stub: Stub, bad_id: str
) -> None:
    with stub_sync(stub) as client:
        calls: list[Callable[[], object]] = [
            lambda: client.opportunities.update(bad_id, extra_body=BULK),
            lambda: client.opportunities.retrieve(bad_id),
            lambda: client.opportunities.patch(bad_id, stage="won"),
        ]
        if bad_id not in LITERALS_OF_ITEM_ROUTES:
            calls.append(lambda: client.opportunities.delete(bad_id))
        for call in calls:
            with pytest.raises(InvalidPathParameterError) as info:
                call()
            assert info.value.name == "id"
            assert info.value.value == bad_id
            assert "nothing was sent" in str(info.value)
    assert stub.requests == []


@pytest.mark.parametrize("bad_id", STEERING_IDS)
async def test_an_id_a_server_could_route_elsewhere_is_refused_before_sending_async(
    stub: Stub, bad_id: str
) -> None:
    async with stub_async(stub) as client:
        with pytest.raises(InvalidPathParameterError):
            await client.opportunities.update(bad_id, extra_body=BULK)
        with pytest.raises(InvalidPathParameterError):
            await client.opportunities.retrieve(bad_id)
        if bad_id not in LITERALS_OF_ITEM_ROUTES:
            with pytest.raises(InvalidPathParameterError):
                await client.opportunities.delete(bad_id)
    assert stub.requests == []


def test_the_refusal_says_which_rule_the_id_broke(stub: Stub) -> None:
    with stub_sync(stub) as client:
        reasons = {}
        for bad_id in ("multiple%2F", "MULTIPLE", "%20", "\ud800"):
            with pytest.raises(InvalidPathParameterError) as info:
                client.opportunities.retrieve(bad_id)
            reasons[bad_id] = str(info.value)
    assert "contains '/' once decoded as a server may ('multiple/')" in reasons["multiple%2F"]
    assert "another route's literal segment (routes may ignore case)" in reasons["MULTIPLE"]
    assert "whitespace" in reasons["%20"]
    assert "lone surrogate" in reasons["\ud800"]


@pytest.mark.parametrize(
    ("odd_id", "wire"),
    [
        ("a b", "a%20b"),
        ("a:b@c", "a%3Ab%40c"),
        ("a.b", "a.b"),
        ("multiple-2", "multiple-2"),
        ("caf\u00e9", "caf%C3%A9"),
        ("%FF", "%25FF"),
    ],
)
def test_odd_ids_that_cannot_reach_another_route_are_sent_percent_encoded(
    stub: Stub, odd_id: str, wire: str
) -> None:
    stub.reply(200, {"_id": odd_id})
    with stub_sync(stub) as client:
        assert client.opportunities.retrieve(odd_id).id == odd_id
    assert stub.requests[0].path == f"/api/v2/opportunities/{wire}"


# -- 2: a server that echoes the token ---------------------------------------------------------

# "/", "+" and "=" so that the percent-encoded and JSON-escaped echoes differ from the token.
ECHOED = "icr.echo/t0ken+value=42"


def echo_forms(token: str) -> list[str]:
    return [token, quote(token, safe=""), json.dumps(token)[1:-1].replace("/", "\\/")]


def echoing(status: int, kind: str) -> Callable[[Recorded], Canned]:
    """A server that puts the bearer token it received into its answer."""

    def handle(request: Recorded) -> Canned:
        token = request.headers["authorization"].removeprefix("Bearer ")
        if kind == "json":
            body: object = {
                "error": "bad_request",
                "message": f"Malformed token {token}",
                "details": [],
                "echo": {token: [token, {"header": f"Bearer {token}"}]},
            }
            return Canned(status, json.dumps(body).encode())
        if kind == "details":
            body = {
                "error": "validation_failed",
                "message": "1 invalid field(s): authorization",
                "details": [{"field": "authorization", "message": f"{token} is not a token"}],
            }
            return Canned(status, json.dumps(body).encode())
        if kind == "text":
            text = f"Invalid token: {token} (sent as {quote(token, safe='')}, {json.dumps(token)})"
            return Canned(status, text.encode(), {"Content-Type": "text/plain"})
        if kind == "html":
            page = f"<html><title>Token {html.escape(token)} refused</title></html>"
            return Canned(status, page.encode(), {"Content-Type": "text/html"})
        if kind == "location":
            where = f"https://login.example.com/?token={quote(token, safe='')}"
            return Canned(status, b"X", {"Content-Type": "text/plain", "Location": where})
        return Canned(status, f"not json {token}".encode(), {"Content-Type": "text/plain"})

    return handle


ECHOES = [
    (400, "json", BadRequestError),
    (401, "text", AuthenticationError),
    (422, "details", UnprocessableEntityError),
    (500, "html", InternalServerError),
    (302, "location", APIStatusError),
    (200, "not json", APIResponseValidationError),
]


def everything_shown(error: APIError, caplog: pytest.LogCaptureFixture) -> str:
    shown = [str(error), repr(error), "".join(traceback.format_exception(error)), caplog.text]
    shown.append(json.dumps(error.body, default=str))
    if isinstance(error, UnprocessableEntityError):
        shown.append(repr(error.details))
    return "\n".join(shown)


def assert_masked(error: APIError, caplog: pytest.LogCaptureFixture, token: str) -> None:
    shown = everything_shown(error, caplog)
    for form in echo_forms(token):
        assert form not in shown, f"{form!r} shown"
    assert "***" in shown
    assert "response body" in caplog.text  # bodies were logged, masked


@pytest.mark.parametrize(("status", "kind", "error"), ECHOES, ids=[e[1] for e in ECHOES])
def test_a_token_the_server_echoes_is_masked_everywhere_sync(
    debug_logs: pytest.LogCaptureFixture, status: int, kind: str, error: type[APIError]
) -> None:
    with running_stub() as stub:
        stub.handler = echoing(status, kind)
        client = Client(token=ECHOED, base_url=stub.url + "/api/v2", rate_limit=None)
        with client, pytest.raises(error) as info:
            client.opportunities.retrieve(RECORD_ID)
    assert_masked(info.value, debug_logs, ECHOED)


@pytest.mark.parametrize(("status", "kind", "error"), ECHOES, ids=[e[1] for e in ECHOES])
async def test_a_token_the_server_echoes_is_masked_everywhere_async(
    debug_logs: pytest.LogCaptureFixture, status: int, kind: str, error: type[APIError]
) -> None:
    with running_stub() as stub:
        stub.handler = echoing(status, kind)
        client = AsyncClient(token=ECHOED, base_url=stub.url + "/api/v2", rate_limit=None)
        async with client:
            with pytest.raises(error) as info:
                await client.opportunities.retrieve(RECORD_ID)
    assert_masked(info.value, debug_logs, ECHOED)


def test_what_the_server_said_besides_the_token_is_kept(
    debug_logs: pytest.LogCaptureFixture,
) -> None:
    with running_stub() as stub:
        stub.handler = echoing(422, "details")
        client = Client(token=ECHOED, base_url=stub.url + "/api/v2", rate_limit=None)
        with client, pytest.raises(UnprocessableEntityError) as info:
            client.opportunities.retrieve(RECORD_ID)
    error = info.value
    assert error.details == [ValidationDetail("authorization", "*** is not a token")]
    assert "authorization: *** is not a token" in str(error)


def test_a_token_echoed_in_a_record_is_masked_in_the_debug_log(
    debug_logs: pytest.LogCaptureFixture,
) -> None:
    """Data is data (the record keeps it), but the log line of the body masks it."""
    with running_stub() as stub:
        stub.reply(200, {"_id": RECORD_ID, "opportunityDescription": f"made with {ECHOED}"})
        with Client(token=ECHOED, base_url=stub.url + "/api/v2", rate_limit=None) as client:
            record = client.opportunities.retrieve(RECORD_ID)
    assert record.opportunity_description == f"made with {ECHOED}"
    assert ECHOED not in debug_logs.text
    assert "made with ***" in debug_logs.text


def test_sign_in_logs_neither_the_password_nor_the_new_token(
    debug_logs: pytest.LogCaptureFixture,
) -> None:
    new_token = "icr_fresh_token_from_sign_in_91f2"
    with running_stub() as stub:
        stub.reply(200, {"accessToken": new_token, "tokenType": "Bearer"})
        client = Client.sign_in(
            "admin@example.com", "s3cret-passw0rd", base_url=stub.url + "/api/v2", rate_limit=None
        )
    assert repr(client).endswith("token='***')")
    assert "request body:" in debug_logs.text
    assert "response body:" in debug_logs.text
    assert "s3cret-passw0rd" not in debug_logs.text
    assert new_token not in debug_logs.text


# -- 8: timeout=None is "no timeout"; leaving it out is the client's setting ----------------


def slow(seconds: float) -> Callable[[Recorded], Canned]:
    def handle(_: Recorded) -> Canned:
        time.sleep(seconds)
        return Canned(200, json.dumps({"_id": RECORD_ID}).encode())

    return handle


def test_timeout_none_on_a_call_disables_the_timeout_sync(stub: Stub) -> None:
    stub.handler = slow(1.2)
    client = Client(token=TOKEN, base_url=stub.url + "/api/v2", rate_limit=None, timeout=0.4)
    with client:
        with pytest.raises(APITimeoutError):
            client.opportunities.retrieve(RECORD_ID, max_retries=0)  # the client's 0.4 s
        assert client.opportunities.retrieve(RECORD_ID, timeout=None).id == RECORD_ID


async def test_timeout_none_on_a_call_disables_the_timeout_async(stub: Stub) -> None:
    stub.handler = slow(1.2)
    client = AsyncClient(token=TOKEN, base_url=stub.url + "/api/v2", rate_limit=None, timeout=0.4)
    async with client:
        with pytest.raises(APITimeoutError):
            await client.opportunities.retrieve(RECORD_ID, max_retries=0)
        assert (await client.opportunities.retrieve(RECORD_ID, timeout=None)).id == RECORD_ID


def recording_transport(seen: list[dict[str, float | None]]) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json={"_id": RECORD_ID})

    return httpx.MockTransport(handle)


NO_LIMIT = {"connect": None, "read": None, "write": None, "pool": None}


def test_client_timeout_none_sends_without_any_timeout_and_no_default_deadline() -> None:
    seen: list[dict[str, float | None]] = []
    http = httpx.Client(transport=recording_transport(seen))
    client = Client(
        token=TOKEN, base_url="http://127.0.0.1:9/api/v2", timeout=None, http_client=http
    )
    client.opportunities.retrieve(RECORD_ID)
    assert seen[-1] == NO_LIMIT
    assert client.deadline == math.inf  # deadline= still sets one
    # Left out: the client's setting; given: that one.
    client.opportunities.retrieve(RECORD_ID, timeout=5)
    assert seen[-1] == {"connect": 5, "read": 5, "write": 5, "pool": 5}
    copy = Client(token=TOKEN, base_url="http://127.0.0.1:9/api/v2", timeout=3, http_client=http)
    copy.with_options(timeout=None).opportunities.retrieve(RECORD_ID)
    assert seen[-1] == NO_LIMIT
    copy.with_options(max_retries=1).opportunities.retrieve(RECORD_ID)
    assert seen[-1] == {"connect": 3, "read": 3, "write": 3, "pool": 3}


async def test_async_client_timeout_none_sends_without_any_timeout() -> None:
    seen: list[dict[str, float | None]] = []

    async def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json={"_id": RECORD_ID})

    http = httpx.AsyncClient(transport=httpx.MockTransport(handle))
    client = AsyncClient(
        token=TOKEN, base_url="http://127.0.0.1:9/api/v2", timeout=2, http_client=http
    )
    await client.opportunities.retrieve(RECORD_ID, timeout=None)
    assert seen[-1] == NO_LIMIT
    await client.opportunities.retrieve(RECORD_ID)
    assert seen[-1] == {"connect": 2, "read": 2, "write": 2, "pool": 2}


async def test_a_deadline_given_still_bounds_a_call_without_timeout(stub: Stub) -> None:
    stub.handler = slow(4)
    client = Client(token=TOKEN, base_url=stub.url + "/api/v2", rate_limit=None, deadline=1)
    started = time.monotonic()
    with client, pytest.raises(APITimeoutError, match="Deadline of 1s"):
        client.opportunities.retrieve(RECORD_ID, timeout=None)
    aclient = AsyncClient(token=TOKEN, base_url=stub.url + "/api/v2", rate_limit=None, deadline=1)
    async with aclient:
        with pytest.raises(APITimeoutError, match="Deadline of 1s"):
            await aclient.opportunities.retrieve(RECORD_ID, timeout=None)
    assert time.monotonic() - started < 4


# -- 5: bad inputs outside the documented TypeError ------------------------------------------

NOT_FINITE = [float("inf"), float("-inf"), float("nan"), Decimal("Infinity"), Decimal("NaN")]


@pytest.mark.parametrize("value", NOT_FINITE, ids=repr)
async def test_infinity_and_nan_are_a_type_error_naming_method_and_key(
    stub: Stub, value: Any
) -> None:
    with stub_sync(stub) as client:
        cases: list[tuple[Callable[[], object], str]] = [
            (lambda: client.opportunities.create(revenue=value), r"create\(\): revenue: "),
            (
                lambda: client.opportunities.create(activity_log=[{"activity_number": value}]),
                r"create\(\): activity_log\[0\]\['activity_number'\]: ",
            ),
            (
                lambda: client.opportunities.create(opportunity_information={"a": [{"b": value}]}),
                r"create\(\): opportunity_information\['a'\]\[0\]\['b'\]: ",
            ),
            (lambda: client.opportunities.create(notes=[1, value]), r"create\(\): notes\[1\]: "),
            (
                lambda: client.opportunities.update_multiple(ids=["a"], update={"discount": value}),
                r"update_multiple\(\): update\['discount'\]: ",
            ),
        ]
        for call, where in cases:
            with pytest.raises(TypeError, match=where + ".*JSON has no infinity or NaN"):
                call()
    async with stub_async(stub) as aclient:
        with pytest.raises(TypeError, match=r"create\(\): units\[0\]\['x'\]: .*infinity"):
            await aclient.opportunities.create(units=[{"x": value}])
    assert stub.requests == []


SURROGATE = "caf\ud800"


async def test_a_lone_surrogate_is_a_type_error_naming_method_and_key(stub: Stub) -> None:
    with stub_sync(stub) as client:
        cases: list[tuple[Callable[[], object], str]] = [
            (lambda: client.opportunities.create(customer=SURROGATE), r"create\(\): customer: "),
            (
                lambda: client.opportunities.create(activity_log=[{"activity": SURROGATE}]),
                r"create\(\): activity_log\[0\]\['activity'\]: ",
            ),
            (lambda: client.opportunities.create(notes=[SURROGATE]), r"create\(\): notes\[0\]: "),
            (
                lambda: client.opportunities.create(opportunity_information={SURROGATE: 1}),
                r"create\(\): opportunity_information: key ",
            ),
            (
                lambda: client.opportunities.list(q=SURROGATE),
                r"GET /opportunities: query parameter 'q': ",
            ),
            (
                lambda: client.opportunities.patch(RECORD_ID, extra_body={"x": SURROGATE}),
                r"PATCH /opportunities/609a8f85c2834915d0a5a5e9: extra_body\['x'\]: ",
            ),
        ]
        for call, where in cases:
            with pytest.raises(TypeError, match=where + ".*lone surrogate"):
                call()
        with pytest.raises(TypeError, match=r"extra_headers\['X-Note'\]: header values must be"):
            client.opportunities.retrieve(RECORD_ID, extra_headers={"X-Note": "caf\u00e9"})
    async with stub_async(stub) as aclient:
        with pytest.raises(TypeError, match=r"create\(\): stage: .*lone surrogate"):
            await aclient.opportunities.create(stage=SURROGATE)
    assert stub.requests == []


async def test_null_items_are_sent_where_the_spec_allows_any_value(stub: Stub) -> None:
    stub.default = Canned(201, json.dumps({"_id": RECORD_ID}).encode())
    with stub_sync(stub) as client:
        client.opportunities.create(notes=[None, "call back"], units=[None])
    async with stub_async(stub) as aclient:
        await aclient.opportunities.create(notes=[None])
    assert stub.requests[0].json() == {"notes": [None, "call back"], "units": [None]}
    assert stub.requests[1].json() == {"notes": [None]}


async def test_a_model_holding_plain_dicts_in_its_nested_fields_is_sent(stub: Stub) -> None:
    """OpportunityInput(activity_log=[{...}]) once crashed at send time: 'dict' has no to_dict."""
    stub.default = Canned(200, json.dumps({"updated": 1, "failed": 0, "results": []}).encode())
    update = OpportunityInput(
        activity_log=[{"activity": "Call", "activity_date": datetime.date(2025, 1, 2)}],  # type: ignore[list-item]
        opportunity_information={"region": "EMEA"},
        close_date=datetime.date(2025, 6, 30),
    )
    expected = {
        "activityLog": [{"activity": "Call", "activityDate": "2025-01-02"}],
        "opportunityInformation": {"region": "EMEA"},
        "closeDate": "2025-06-30",
    }
    with stub_sync(stub) as client:
        client.opportunities.update_multiple(ids=[RECORD_ID], update=update)
    async with stub_async(stub) as aclient:
        await aclient.opportunities.update_multiple(ids=[RECORD_ID], update=update)
    for sent in stub.requests:
        assert sent.json() == {"ids": [RECORD_ID], "update": expected}


def test_a_model_holding_a_wrong_value_is_a_type_error_not_an_attribute_error(stub: Stub) -> None:
    bad = OpportunityInput(activity_log=[{"activty": "Call"}])  # type: ignore[list-item]
    with stub_sync(stub) as client, pytest.raises(TypeError, match=r"unknown key 'activty'"):
        client.opportunities.update_multiple(ids=[RECORD_ID], update=bad)
    wrong = OpportunityInput(revenue="lots")  # type: ignore[arg-type]
    with stub_sync(stub) as client, pytest.raises(TypeError, match=r"update\['revenue'\]"):
        client.opportunities.update_multiple(ids=[RECORD_ID], update=wrong)
    assert stub.requests == []


# -- 4: typed attributes that lie ------------------------------------------------------------

LIES: dict[str, Any] = {
    "customer": {"name": "acme"},  # str | None
    "revenue": "lots",  # float | None
    "notes": "call back",  # list[Any] | None
    "units": {"a": 1},
    "probability": True,  # a bool is no number
    "stage": 3,
    "activityLog": [{"activity": 5}],  # list[ActivityLogEntry]: a nested lie
    "documents": [None],
    "opportunityInformation": ["not", "an", "object"],
}
SCHEMA = "components.schemas.Opportunity"
PYTHON_TYPES: dict[str, type | tuple[type, ...]] = {
    "string": str,
    "number": (int, float),
    "integer": int,
    "boolean": bool,
    "date": datetime.date,
    "date-time": datetime.datetime,
    "array": list,
}


def assert_attributes_match_their_types(record: Opportunity) -> None:
    """What mypy --strict believes about each attribute holds at run time."""
    for field in Opportunity.__fields__:
        value = getattr(record, field.python_name)
        if value is None:
            continue
        expected_type = PYTHON_TYPES.get(field.kind.name)
        if field.kind.name == "model":
            assert hasattr(value, "to_dict"), field
        elif field.kind.name == "object":
            assert isinstance(value, dict), field
        elif expected_type is not None:
            assert isinstance(value, expected_type), (field.python_name, value)
            assert field.kind.name != "number" or not isinstance(value, bool)
    for entry in record.activity_log or []:
        assert isinstance(entry.activity, str | None)


def lying_record(**changes: Any) -> dict[str, Any]:
    return {"_id": RECORD_ID, "opportunityDescription": "kept", **LIES, **changes}


def assert_lies_set_aside(record: Opportunity, caplog: pytest.LogCaptureFixture) -> None:
    assert record.id == RECORD_ID
    assert record.opportunity_description == "kept"
    for wire, value in LIES.items():
        assert record[wire] == value  # kept, reachable
    assert (record.customer, record.revenue, record.notes, record.activity_log) == (None,) * 4
    assert_attributes_match_their_types(record)
    assert record.to_dict()["customer"] == {"name": "acme"}  # nothing lost on the way back
    text = caplog.text
    assert (
        "field 'customer': an object where the spec says a string; kept aside in "
        f"record['customer'], the attribute is None, as \"x-inferred\" at {SCHEMA}"
    ) in text
    assert "field 'revenue': a string where the spec says a number" in text
    assert "field 'probability': a boolean where the spec says a number" in text
    assert "field 'activityLog': item 0 is its 'activity' is a number where" in text
    assert "field 'documents': item 0 is null where the spec says an object (Document)" in text


def test_values_of_the_wrong_type_are_set_aside_and_warned_once_sync(
    stub: Stub, caplog: pytest.LogCaptureFixture
) -> None:
    body = {
        "data": [lying_record(_id=f"{i:024x}") for i in range(3)],
        "page": 1,
        "limit": 3,
        "total": 3,
    }
    with caplog.at_level(logging.WARNING, logger="icloudready"), stub_sync(stub) as client:
        stub.reply(200, lying_record())
        stub.reply(200, lying_record())
        assert_lies_set_aside(client.opportunities.retrieve(RECORD_ID), caplog)
        client.opportunities.retrieve(RECORD_ID)
        stub.reply(200, body)
        page = client.opportunities.list(limit=3)
    assert len(page) == 3
    for record in page:
        assert record.customer is None
        assert record["customer"] == {"name": "acme"}
        assert_attributes_match_their_types(record)
    # Once per client: two retrieves and a page of three, one line per field.
    assert caplog.text.count("field 'customer'") == 1


async def test_values_of_the_wrong_type_are_set_aside_and_warned_once_async(
    stub: Stub, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="icloudready"):
        async with stub_async(stub) as client:
            stub.reply(200, lying_record())
            assert_lies_set_aside(await client.opportunities.retrieve(RECORD_ID), caplog)
            stub.reply(200, [lying_record(_id=f"{i:024x}") for i in range(2)])
            page = await client.opportunities.list()
    assert [r.customer for r in page] == [None, None]


async def test_a_numeric_id_is_read_as_its_text(
    stub: Stub, caplog: pytest.LogCaptureFixture
) -> None:
    """id is `str` (required): 5 has one text form, so the record is built with id "5"."""
    with caplog.at_level(logging.WARNING, logger="icloudready"):
        stub.reply(200, {"_id": 5, "customer": "acme"})
        with stub_sync(stub) as client:
            record = client.opportunities.retrieve("5")
        stub.reply(200, {"data": [{"_id": 6}], "page": 1, "limit": 1, "total": 1})
        async with stub_async(stub) as aclient:
            (listed,) = (await aclient.opportunities.list(limit=1)).items
    assert (record.id, record.customer) == ("5", "acme")
    assert record["_id"] == 5  # what the server sent
    assert record.to_dict()["_id"] == "5"
    assert listed.id == "6"
    assert "field '_id': a number where the spec says a string; read as its text '5'" in (
        caplog.text
    )


@pytest.mark.parametrize("bad_id", [None, True, {"$oid": RECORD_ID}, [RECORD_ID], 1.5])
async def test_a_record_whose_id_is_no_id_is_a_typed_error_or_skipped(
    stub: Stub, caplog: pytest.LogCaptureFixture, bad_id: object
) -> None:
    """Not a record with `id: str` holding None: retrieve raises, a page skips it (warned)."""
    with stub_sync(stub) as client:
        stub.reply(200, {"_id": bad_id, "customer": "acme"})
        with pytest.raises(APIResponseValidationError, match="required field '_id' is"):
            client.opportunities.retrieve(RECORD_ID)
        stub.reply(200, [{"_id": bad_id}, {"_id": RECORD_ID}])
        with caplog.at_level(logging.WARNING, logger="icloudready"):
            page = client.opportunities.list()
    assert [r.id for r in page] == [RECORD_ID]
    assert "skipped list item 0 that cannot be read: required field '_id' is" in caplog.text
    async with stub_async(stub) as aclient:
        stub.reply(200, {"_id": bad_id})
        with pytest.raises(APIResponseValidationError):
            await aclient.opportunities.retrieve(RECORD_ID)


def test_the_documented_shape_warns_nothing(stub: Stub, caplog: pytest.LogCaptureFixture) -> None:
    documented = {
        "_id": RECORD_ID,
        "customer": "acme",
        "revenue": 10,
        "probability": 0.5,
        "notes": [None, "x", {"any": "value"}],
        "activityLog": [{"activityNumber": 1, "activity": "Call", "activityDate": "2024-01-01"}],
        "opportunityInformation": {"region": "EMEA"},
    }
    stub.reply(200, documented)
    with caplog.at_level(logging.WARNING, logger="icloudready"), stub_sync(stub) as client:
        record = client.opportunities.retrieve(RECORD_ID)
    assert caplog.text == ""
    assert record.revenue == 10
    assert record.notes == [None, "x", {"any": "value"}]
    assert_attributes_match_their_types(record)


# -- 6: mypy catches a misspelled key in a nested input -----------------------------------------

USER_SCRIPT = """\
import datetime
from typing import Any

from icloudready import AsyncClient, Client
from icloudready.models import ActivityLogEntryParam, OpportunityInputParam

entry: ActivityLogEntryParam = {"activity": "call", "activity_date": datetime.date(2025, 1, 2)}
update: OpportunityInputParam = {"stage": "won"}
loaded: Any = {"activity": "from json.loads"}


def sync(client: Client) -> None:
    opp = client.opportunities.create(
        activity_log=[entry, {"activity": "visit"}, {"activityDate": "2025-01-03"}, loaded],
        documents=[{"file_url": "https://example.com/a.pdf"}, {"fileUrl": "https://e.com/b"}],
    )
    client.opportunities.create(activity_log=opp.activity_log)  # records
    client.opportunities.update_multiple(ids=[opp.id], update=update)
    client.opportunities.update_multiple(ids=[opp.id], update={"stage": "won", "revenue": 5})
    client.opportunities.create(activity_log=[{"activty": "call"}])  # BAD: typo
    client.opportunities.create(documents=[{"fileURL": "https://e.com/c"}])  # BAD: typo
    client.opportunities.update_multiple(ids=[opp.id], update={"stgae": "won"})  # BAD: typo
    client.opportunities.create(activity_log=[{"activity": 5}])  # BAD: a number for a str


async def main(client: AsyncClient) -> None:
    await client.opportunities.create(activity_log=[{"activity": "call"}])
    await client.opportunities.create(activity_log=[{"activity_dat": "2025-01-01"}])  # BAD: typo
"""


def test_mypy_strict_rejects_a_misspelled_nested_key(tmp_path: Path) -> None:
    """Each nested input is typed by its TypedDicts (snake_case or camelCase), not any Mapping."""
    script = tmp_path / "user_script.py"
    script.write_text(USER_SCRIPT)
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(script)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    flagged = {int(line.split(":")[1]) for line in run.stdout.splitlines() if ": error:" in line}
    bad = {n for n, line in enumerate(USER_SCRIPT.splitlines(), start=1) if "# BAD" in line}
    assert flagged == bad, run.stdout
    assert 'expected "ActivityLogEntryParam | ActivityLogEntryWireParam | SupportsToDict"' in (
        run.stdout
    )


def test_the_runtime_types_reach_user_code(tmp_path: Path) -> None:
    """icloudready_runtime ships py.typed: without it, SupportsToDict, Page, Unset and the
    options were Any in user code, and every nested input type degraded to Any."""
    script = tmp_path / "user_types.py"
    script.write_text(
        "from icloudready import Client\n"
        "def f(client: Client) -> None:\n"
        "    reveal_type(client.opportunities.list())\n"
        "    reveal_type(client.opportunities.retrieve)\n"
    )
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(script)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "icloudready_runtime._pagination.Page[icloudready.models.opportunity.Opportunity]" in (
        run.stdout
    )
    assert (
        "timeout: float | httpx._config.Timeout | icloudready_runtime._types.NotGiven | None"
        in (run.stdout)
    )


async def test_the_runtime_still_takes_any_mapping(stub: Stub) -> None:
    """What mypy rejects is still checked at run time, for untyped callers."""
    stub.default = Canned(201, json.dumps({"_id": RECORD_ID}).encode())
    entry: Mapping[str, object] = {"activity": "call", "activityDate": "2025-01-02"}
    with stub_sync(stub) as client:
        client.opportunities.create(activity_log=[entry])  # type: ignore[list-item]
        with pytest.raises(TypeError, match="unknown key 'activty'"):
            client.opportunities.create(activity_log=[{"activty": "x"}])  # type: ignore[list-item]
    async with stub_async(stub) as aclient:
        await aclient.opportunities.create(activity_log=[entry])  # type: ignore[list-item]
    assert [r.json() for r in stub.requests] == [
        {"activityLog": [{"activity": "call", "activityDate": "2025-01-02"}]}
    ] * 2
