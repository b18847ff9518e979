"""Unit tests of the SDK's behaviour rules, with a stubbed transport and a fake clock."""

from __future__ import annotations

import asyncio
import datetime
import email.utils
import json
import logging
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from icloudready import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncClient,
    AuthenticationError,
    BadRequestError,
    Client,
    ConflictError,
    InternalServerError,
    InvalidPathParameterError,
    NotFoundError,
    PacingTimeoutError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from icloudready.models import Opportunity
from icloudready_runtime._options import RequestSpec
from icloudready_runtime._rate_limit import SlidingWindowLimiter
from icloudready_runtime._retry import parse_retry_after, retry_delay

from .conftest import RECORD

TOKEN = "sk-very-secret-token-42"
BASE = "http://api.test/api/v2"
Handler = Callable[[httpx.Request], httpx.Response]


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def make_client(handler: Handler, fake: FakeTime | None = None, **options: Any) -> Client:
    options.setdefault("rate_limit", None)
    client = Client(
        token=TOKEN,
        base_url=BASE,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        **options,
    )
    fake = fake or FakeTime()
    client._sleep = fake.sleep
    client._clock = fake.clock
    return client


def answer(status: int, body: Any = None, headers: dict[str, str] | None = None) -> httpx.Response:
    content = (
        body if isinstance(body, bytes) else json.dumps(body if body is not None else {}).encode()
    )
    return httpx.Response(
        status, content=content, headers={"content-type": "application/json", **(headers or {})}
    )


class Recorder:
    def __init__(self, *responses: httpx.Response | Exception) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        item = self.responses.pop(0) if len(self.responses) > 1 else self.responses[0]
        if isinstance(item, Exception):
            raise item
        return item


CALLS: dict[str, Callable[[Client], object]] = {
    "GET": lambda c: c.opportunities.retrieve(RECORD["_id"]),
    "PUT": lambda c: c.opportunities.update(RECORD["_id"], stage="won"),
    "PATCH": lambda c: c.opportunities.patch(RECORD["_id"], stage="won"),
    "DELETE": lambda c: c.opportunities.delete(RECORD["_id"]),
    "POST": lambda c: c.opportunities.create(customer="acme"),
}


# -- retries ---------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "PUT", "PATCH", "DELETE"])
@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504, 520])
def test_idempotent_methods_retry_twice_on_transient_statuses(method: str, status: int) -> None:
    recorder = Recorder(answer(status, {"error": "x", "message": "busy"}))
    client = make_client(recorder)
    with pytest.raises(APIStatusError):
        CALLS[method](client)
    assert len(recorder.requests) == 3
    assert {r.method for r in recorder.requests} == {method}


@pytest.mark.parametrize("status", [408, 500, 502, 503, 520])
def test_post_is_not_retried_when_the_server_may_have_processed_it(status: int) -> None:
    recorder = Recorder(answer(status))
    with pytest.raises(APIStatusError):
        CALLS["POST"](make_client(recorder))
    assert len(recorder.requests) == 1


def test_post_is_retried_after_429_and_succeeds() -> None:
    recorder = Recorder(answer(429, headers={"retry-after": "2"}), answer(201, RECORD))
    fake = FakeTime()
    created = CALLS["POST"](make_client(recorder, fake))
    assert isinstance(created, Opportunity)
    assert len(recorder.requests) == 2
    assert fake.sleeps == [2.0]


@pytest.mark.parametrize(
    ("error", "post_retried"),
    [
        (httpx.ConnectError("refused"), True),
        (httpx.ConnectTimeout("slow connect"), True),
        (httpx.PoolTimeout("pool"), True),
        (httpx.ReadTimeout("slow read"), False),
        (httpx.RemoteProtocolError("dropped"), False),
        (httpx.ReadError("reset"), False),
    ],
)
def test_transport_errors(error: Exception, post_retried: bool) -> None:
    for method in ("GET", "POST"):
        recorder = Recorder(error)
        with pytest.raises(APIConnectionError) as info:
            CALLS[method](make_client(recorder))
        expected = 3 if method == "GET" or post_retried else 1
        assert len(recorder.requests) == expected, method
        timeout = isinstance(error, httpx.TimeoutException)
        assert isinstance(info.value, APITimeoutError) is timeout


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_client_errors_are_not_retried(status: int) -> None:
    recorder = Recorder(answer(status, {"error": "e", "message": "m"}))
    with pytest.raises(APIStatusError):
        CALLS["GET"](make_client(recorder))
    assert len(recorder.requests) == 1


def test_max_retries_zero_and_recovery() -> None:
    recorder = Recorder(answer(503))
    with pytest.raises(InternalServerError):
        CALLS["GET"](make_client(recorder, max_retries=0))
    assert len(recorder.requests) == 1
    recovering = Recorder(answer(503), answer(200, RECORD))
    assert CALLS["GET"](make_client(recovering)).id == RECORD["_id"]  # type: ignore[attr-defined]


def test_retry_after_seconds_and_http_date_are_honoured_and_capped() -> None:
    now = time.time()
    http_date = email.utils.formatdate(now + 30, usegmt=True)
    assert parse_retry_after("7") == 7.0
    assert 28 <= (parse_retry_after(http_date, now=now) or 0) <= 30
    assert parse_retry_after("soon") is None
    assert parse_retry_after("-5") is None  # the client's own backoff, not "at once"
    assert retry_delay(1, 7.0) == 7.0
    assert retry_delay(1, 3600.0) == 60.0  # capped
    fake = FakeTime()
    recorder = Recorder(answer(503, headers={"retry-after": "3"}), answer(200, RECORD))
    CALLS["GET"](make_client(recorder, fake))
    assert fake.sleeps == [3.0]


def test_backoff_grows_exponentially_with_jitter() -> None:
    fake = FakeTime()
    recorder = Recorder(answer(500))
    with pytest.raises(InternalServerError):
        CALLS["GET"](make_client(recorder, fake, max_retries=4))
    assert len(fake.sleeps) == 4
    for attempt, delay in enumerate(fake.sleeps, start=1):
        nominal = min(0.5 * 2 ** (attempt - 1), 8.0)
        assert 0.75 * nominal <= delay <= nominal


def test_the_deadline_bounds_the_whole_call_retries_included() -> None:
    fake = FakeTime()
    recorder = Recorder(answer(503, headers={"retry-after": "20"}))
    with pytest.raises(InternalServerError):
        CALLS["GET"](make_client(recorder, fake, deadline=30.0, max_retries=5))
    # One 20 s wait fits in 30 s, a second would not: the call gives up, not overruns.
    assert fake.sleeps == [20.0]
    assert len(recorder.requests) == 2
    assert sum(fake.sleeps) < 30.0


def test_each_attempt_gets_at_most_the_time_left() -> None:
    fake = FakeTime()
    seen: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"]["read"])
        fake.now += 8
        return answer(503)

    with pytest.raises(InternalServerError):
        CALLS["GET"](make_client(handler, fake, timeout=10.0, deadline=20.0, max_retries=3))
    assert seen[0] == 10.0
    assert all(t <= 20.0 - 8 * i for i, t in enumerate(seen))


# -- pacing ------------------------------------------------------------------------------


def test_pacing_keeps_to_the_rate_limit_with_a_fake_clock() -> None:
    fake = FakeTime()
    limiter = SlidingWindowLimiter([(60.0, 3)], clock=fake.clock)
    waits = [limiter.reserve() for _ in range(7)]
    assert waits[:3] == [0.0, 0.0, 0.0]
    assert waits[3:6] == [60.0, 60.0, 60.0]
    assert waits[6] == 120.0


def test_pacing_applies_the_hourly_limit_too() -> None:
    fake = FakeTime()
    limiter = SlidingWindowLimiter([(60.0, 100), (3600.0, 150)], clock=fake.clock)
    waits = [limiter.reserve() for _ in range(151)]
    assert waits[149] == 60.0  # the minute limit
    assert waits[150] == 3600.0  # the hour limit


def test_the_client_sleeps_before_sending_past_the_limit() -> None:
    fake = FakeTime()
    recorder = Recorder(answer(200, RECORD))
    client = make_client(recorder, fake, rate_limit=2, hourly_rate_limit=None)
    client._limiter = SlidingWindowLimiter({"standard": [(60.0, 2)]}, clock=fake.clock)
    for _ in range(3):
        CALLS["GET"](client)
    assert fake.sleeps == [60.0]
    assert len(recorder.requests) == 3


def test_pacing_is_shared_by_threads_using_one_client() -> None:
    limiter = SlidingWindowLimiter([(60.0, 10)])
    waits: list[float] = []
    lock = threading.Lock()

    def take() -> None:
        for _ in range(5):
            wait = limiter.reserve()
            with lock:
                waits.append(wait)

    threads = [threading.Thread(target=take) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(1 for w in waits if w == 0) == 10
    assert sum(1 for w in waits if w > 50) == 10


def test_default_rate_limit_is_the_documented_one() -> None:
    client = Client(token="t", base_url=BASE)
    assert client._limiter is not None
    assert sorted(client._limiter._limits) == [
        ("intensive", 60.0, 240),
        ("intensive", 3600.0, 1200),
        ("standard", 60.0, 480),
        ("standard", 3600.0, 4800),
    ]
    assert Client(token="t", base_url=BASE, rate_limit=None)._limiter is None


def test_an_intensive_call_counts_against_its_tier_and_the_standard_one() -> None:
    fake = FakeTime()
    client = make_client(Recorder(answer(200, RECORD)), fake)
    client._limiter = SlidingWindowLimiter(
        {"standard": [(60.0, 3)], "intensive": [(60.0, 2)]}, clock=fake.clock
    )
    intensive, standard = RequestSpec("GET", "units/", tier="intensive"), RequestSpec("GET", "x")
    far = fake.now + 1000
    assert [client._pacing_wait(far, intensive) for _ in range(2)] == [0.0, 0.0]
    assert client._pacing_wait(far, standard) == 0.0  # the standard tier's third
    assert client._pacing_wait(far, standard) == 60.0  # both intensive calls counted here too
    assert client._pacing_wait(far, intensive) == 60.0  # its own tier is full as well
    client._limiter = SlidingWindowLimiter(
        {"standard": [(60.0, 100)], "intensive": [(60.0, 1)]}, clock=fake.clock
    )
    client._pacing_wait(far, intensive)
    with pytest.raises(PacingTimeoutError, match="the intensive tier's 1 requests/minute") as info:
        client._pacing_wait(fake.now + 10, intensive)
    assert info.value.limit == "intensive tier"


# -- errors ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (520, InternalServerError),
        (524, InternalServerError),
        (418, APIStatusError),
        (302, APIStatusError),
        (499, APIStatusError),
        (599, InternalServerError),
    ],
)
def test_every_status_maps_to_a_typed_error(status: int, cls: type[APIStatusError]) -> None:
    body = {
        "error": "x",
        "message": f"status {status}",
        "details": [{"field": "revenue", "message": "bad"}],
    }
    recorder = Recorder(answer(status, body, {"x-request-id": "req-123"}))
    with pytest.raises(cls) as info:
        CALLS["GET"](make_client(recorder, max_retries=0))
    error = info.value
    assert type(error) is cls
    assert error.status_code == status
    assert error.body == body
    assert error.request_id == "req-123"
    redirect = " (a redirect without a Location header)" if 300 <= status < 400 else ""
    assert error.message == f"status {status}{redirect}"
    assert "req-123" in str(error)
    if cls is UnprocessableEntityError:
        assert isinstance(error, UnprocessableEntityError)
        assert [(d.field, d.message) for d in error.details] == [("revenue", "bad")]
        assert "revenue: bad" in str(error)


@pytest.mark.parametrize("body", [b"<html>Bad gateway</html>", b"", b"\xff\xfe", b"[1,2"])
def test_error_bodies_that_are_not_json_still_give_a_typed_error(body: bytes) -> None:
    recorder = Recorder(httpx.Response(502, content=body, headers={"content-type": "text/html"}))
    with pytest.raises(InternalServerError) as info:
        CALLS["GET"](make_client(recorder, max_retries=0))
    assert info.value.status_code == 502


@pytest.mark.parametrize(
    "body",
    [b"not json", b"[1, 2]", b'"text"', b"{}", b'{"customer": "no id"}', b"\xff", b"null"],
)
def test_malformed_success_bodies_raise_response_validation_error(body: bytes) -> None:
    recorder = Recorder(httpx.Response(200, content=body))
    with pytest.raises(APIResponseValidationError) as info:
        CALLS["GET"](make_client(recorder))
    assert info.value.status_code == 200


def test_missing_token_401_says_how_to_configure(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ICLOUDREADY_API_KEY", raising=False)
    recorder = Recorder(answer(401, {"error": "unauthorized", "message": "Missing bearer token."}))
    client = Client(
        base_url=BASE,
        rate_limit=None,
        http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
    )
    with pytest.raises(AuthenticationError, match="ICLOUDREADY_API_KEY"):
        client.opportunities.retrieve(RECORD["_id"])
    assert "authorization" not in recorder.requests[0].headers


# -- tolerant parsing --------------------------------------------------------------------


def test_odd_fields_are_kept_not_fatal(caplog: pytest.LogCaptureFixture) -> None:
    odd = {
        **RECORD,
        "closeDate": "next spring",
        "activityLog": "not a list",
        "revenue": "lots",
        "newField": [1],
    }
    recorder = Recorder(answer(200, odd))
    with caplog.at_level(logging.WARNING, logger="icloudready"):
        record = CALLS["GET"](make_client(recorder))
    assert record.id == RECORD["_id"]  # type: ignore[attr-defined]
    assert record.revenue is None  # type: ignore[attr-defined]  # float | None: never a str
    assert record["revenue"] == "lots"  # type: ignore[index]  # kept as sent
    assert record["closeDate"] == "next spring"  # type: ignore[index]  # set aside, still reachable
    assert record["activityLog"] == "not a list"  # type: ignore[index]
    assert record["newField"] == [1]  # type: ignore[index]
    assert "activityLog" in caplog.text
    assert "closeDate" in caplog.text


def test_a_date_with_a_time_part_is_read() -> None:
    recorder = Recorder(answer(200, {**RECORD, "closeDate": "2023-06-30T00:00:00.000Z"}))
    record = CALLS["GET"](make_client(recorder))
    assert record.close_date == datetime.date(2023, 6, 30)  # type: ignore[attr-defined]


def test_a_bad_item_does_not_sink_a_list_page() -> None:
    page = {
        "data": [RECORD, {"customer": "no id"}, {**RECORD, "_id": "b" * 24}],
        "page": 1,
        "limit": 3,
        "total": 3,
    }
    client = make_client(Recorder(answer(200, page)))
    result = client.opportunities.list(limit=3)
    assert [o.id for o in result.items] == [RECORD["_id"], "b" * 24]


# -- requests built ----------------------------------------------------------------------


def test_patch_sends_only_the_fields_given() -> None:
    recorder = Recorder(answer(200, RECORD))
    make_client(recorder).opportunities.patch(
        RECORD["_id"], stage="won", close_date=datetime.date(2024, 1, 2)
    )
    request = recorder.requests[0]
    assert request.method == "PATCH"
    assert request.url.path == f"/api/v2/opportunities/{RECORD['_id']}"
    assert json.loads(request.content) == {"stage": "won", "closeDate": "2024-01-02"}
    assert request.headers["authorization"] == f"Bearer {TOKEN}"


def test_list_sends_snake_case_arguments_as_the_api_names() -> None:
    recorder = Recorder(answer(200, {"data": [], "page": 1, "limit": 5, "total": 0}))
    make_client(recorder).opportunities.list(
        limit=5, sort_by="revenue", order="asc", q="villa", fields=None, p=None
    )
    assert dict(recorder.requests[0].url.params) == {
        "limit": "5",
        "sortBy": "revenue",
        "order": "asc",
        "q": "villa",
    }


@pytest.mark.parametrize(
    "bad_id", ["..", ".", "", "multiple", "deleted", "no-activity-opportunities"]
)
def test_ids_are_checked_before_any_request(bad_id: str) -> None:
    recorder = Recorder(answer(200, RECORD))
    client = make_client(recorder)
    with pytest.raises(InvalidPathParameterError):
        client.opportunities.retrieve(bad_id)
    with pytest.raises(InvalidPathParameterError):
        client.opportunities.patch(bad_id, stage="x")
    assert recorder.requests == []


def test_environment_configures_the_client(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ICLOUDREADY_API_KEY", "from-env")
    monkeypatch.setenv("ICLOUDREADY_BASE_URL", "http://127.0.0.1:9/api/v2")
    client = Client()
    assert str(client.base_url) == "http://127.0.0.1:9/api/v2/"
    assert client._token is not None
    assert client._token.get() == "from-env"
    monkeypatch.delenv("ICLOUDREADY_BASE_URL")
    assert str(Client().base_url) == "https://api.icloud-ready.com/api/v2/"


def test_custom_http_client_is_used_and_left_open() -> None:
    recorder = Recorder(answer(200, RECORD))
    http = httpx.Client(transport=httpx.MockTransport(recorder), headers={"X-Proxy-Tag": "corp"})
    with Client(token=TOKEN, base_url=BASE, http_client=http, rate_limit=None) as client:
        client.opportunities.retrieve(RECORD["_id"])
    assert recorder.requests[0].headers["x-proxy-tag"] == "corp"
    assert not http.is_closed


def test_raw_response_gives_status_headers_and_body() -> None:
    recorder = Recorder(answer(200, RECORD, {"x-request-id": "abc"}))
    raw = make_client(recorder).opportunities.with_raw_response.retrieve(RECORD["_id"])
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "abc"
    assert raw.request_id == "abc"
    assert json.loads(raw.content)["_id"] == RECORD["_id"]
    assert raw.parse().id == RECORD["_id"]


# -- secrets -----------------------------------------------------------------------------


def test_the_token_never_shows(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = Recorder(
        answer(500, {"error": "x", "message": "boom"}), httpx.ConnectError("refused")
    )
    client = make_client(recorder, max_retries=0)
    assert TOKEN not in repr(client)
    assert TOKEN not in str(vars(client))
    with caplog.at_level(logging.DEBUG, logger="icloudready"):
        for _ in range(2):
            try:
                client.opportunities.create(customer="acme")
            except APIStatusError as exc:
                text = (
                    "".join(traceback.format_exception(exc))
                    + repr(exc)
                    + str(exc)
                    + repr(exc.request)
                )
                assert TOKEN not in text
            except APIConnectionError as exc:
                text = "".join(traceback.format_exception(exc)) + repr(exc) + str(exc)
                assert TOKEN not in text
    assert "request body" in caplog.text  # DEBUG logs bodies...
    assert TOKEN not in caplog.text  # ...never headers


def test_debug_logging_is_enabled_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    logger = logging.getLogger("icloudready")
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setattr(logger, "level", logging.NOTSET)
    monkeypatch.setenv("ICLOUDREADY_LOG", "debug")
    Client(token="t", base_url=BASE)
    assert logger.level == logging.DEBUG
    assert logger.handlers


# -- pagination --------------------------------------------------------------------------


def test_list_all_walks_every_page_keeps_filters_and_skips_repeats() -> None:
    ids = [f"{i:024x}" for i in range(7)]
    pages = {
        1: ids[0:3],
        2: ids[2:5],  # a record inserted meanwhile shifted the window: ids[2] comes again
        3: ids[5:7],
    }

    def handler(request: httpx.Request) -> httpx.Response:
        params = request.url.params
        assert params["q"] == "villa"
        assert params["sortBy"] == "revenue"
        number = int(params["page"])
        data = [{"_id": i} for i in pages[number]]
        return answer(200, {"data": data, "page": number, "limit": 3, "total": 8})

    seen = [
        o.id
        for o in make_client(handler).opportunities.list_all(q="villa", sort_by="revenue", limit=3)
    ]
    assert seen == ids


def test_list_all_is_lazy() -> None:
    recorder = Recorder(answer(200, {"data": [RECORD], "page": 1, "limit": 1, "total": 50}))
    iterator = make_client(recorder).opportunities.list_all(limit=1)
    assert recorder.requests == []
    next(iter(iterator))
    assert len(recorder.requests) == 1


# -- async -------------------------------------------------------------------------------


def make_async(handler: Handler, fake: FakeTime | None = None, **options: Any) -> AsyncClient:
    options.setdefault("rate_limit", None)
    client = AsyncClient(
        token=TOKEN,
        base_url=BASE,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
        **options,
    )
    fake = fake or FakeTime()
    client._sleep = fake.asleep
    client._clock = fake.clock
    return client


async def test_async_retries_follow_the_same_rules() -> None:
    recorder = Recorder(answer(503))
    client = make_async(recorder)
    with pytest.raises(InternalServerError):
        await client.opportunities.retrieve(RECORD["_id"])
    assert len(recorder.requests) == 3
    post = Recorder(answer(503))
    with pytest.raises(InternalServerError):
        await make_async(post).opportunities.create(customer="a")
    assert len(post.requests) == 1


async def test_async_list_all_and_errors() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["page"])
        return answer(
            200, {"data": [{"_id": f"{number:024x}"}], "page": number, "limit": 1, "total": 3}
        )

    ids = [o.id async for o in make_async(handler).opportunities.list_all(limit=1)]
    assert ids == [f"{n:024x}" for n in (1, 2, 3)]
    with pytest.raises(InvalidPathParameterError):
        await make_async(handler).opportunities.delete("..")


def test_odd_ids_stay_one_percent_encoded_segment() -> None:
    recorder = Recorder(answer(404, {"error": "not_found", "message": "no"}))
    with pytest.raises(NotFoundError):
        make_client(recorder).opportunities.retrieve("a b:c@d")
    assert recorder.requests[0].url.raw_path == b"/api/v2/opportunities/a%20b%3Ac%40d"
    # A separator is refused, even percent-encoded: servers decode %2F before routing.
    with pytest.raises(InvalidPathParameterError, match="separator"):
        make_client(recorder).opportunities.retrieve("a/../b?c#d")
    assert len(recorder.requests) == 1


async def test_pacing_is_shared_by_tasks_using_one_async_client() -> None:
    fake = FakeTime()
    sent_at: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent_at.append(fake.now)
        return answer(200, RECORD)

    client = make_async(handler, fake)
    client._limiter = SlidingWindowLimiter({"standard": [(60.0, 2)]}, clock=fake.clock)
    await asyncio.gather(*(client.opportunities.retrieve(RECORD["_id"]) for _ in range(5)))
    assert len(sent_at) == 5
    # Never more than 2 sends in any 60 s window, whichever task sent them.
    assert all(
        later - earlier >= 60.0 for earlier, later in zip(sent_at, sent_at[2:], strict=False)
    )
    assert fake.sleeps


# -- options, pacing messages, input checking -------------------------------------------


def test_pacing_waits_over_a_second_are_logged_at_info(caplog: pytest.LogCaptureFixture) -> None:
    fake = FakeTime()
    client = make_client(Recorder(answer(200, RECORD)), fake)
    client._limiter = SlidingWindowLimiter({"standard": [(60.0, 1)]}, clock=fake.clock)
    with caplog.at_level(logging.INFO, logger="icloudready"):
        CALLS["GET"](client)
        assert "pacing" not in caplog.text
        CALLS["GET"](client)
    assert fake.sleeps == [60.0]
    assert "pacing: waiting 60.0s before GET /opportunities/" in caplog.text
    assert "rate_limit=1 requests/minute" in caplog.text


def test_a_pacing_wait_past_the_deadline_names_the_hourly_limit() -> None:
    fake = FakeTime()
    recorder = Recorder(answer(200, RECORD))
    client = make_client(recorder, fake, deadline=100.0)
    client._limiter = SlidingWindowLimiter(
        {"standard": [(60.0, 100), (3600.0, 1)]}, clock=fake.clock
    )
    CALLS["GET"](client)
    with pytest.raises(PacingTimeoutError) as info:
        CALLS["GET"](client)
    assert info.value.limit == "hourly_rate_limit"
    assert "hourly_rate_limit=1 requests/hour" in str(info.value)
    assert "raise deadline=" in str(info.value)
    assert fake.sleeps == []
    assert len(recorder.requests) == 1


def test_per_call_timeout_and_retries_override_the_client() -> None:
    seen: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"]["read"])
        return answer(503)

    client = make_client(handler, timeout=30.0, max_retries=3)
    with pytest.raises(InternalServerError):
        client.opportunities.retrieve(RECORD["_id"], timeout=4.0, max_retries=1)
    assert seen == [4.0, 4.0]


def test_with_options_shares_pool_and_limiter_and_leaves_the_original_alone() -> None:
    recorder = Recorder(answer(200, RECORD))
    client = make_client(recorder, max_retries=2)
    copy = client.with_options(timeout=3.0, max_retries=0, default_headers={"X-Team": "sales"})
    assert copy._http is client._http
    assert copy._limiter is client._limiter
    assert (copy.max_retries, client.max_retries) == (0, 2)
    assert copy.timeout.read == 3.0
    assert client.timeout.read == 30.0
    copy.opportunities.retrieve(RECORD["_id"])
    client.opportunities.retrieve(RECORD["_id"])
    assert recorder.requests[0].headers["x-team"] == "sales"
    assert "x-team" not in recorder.requests[1].headers
    copy.close()
    assert not client._http.is_closed
    assert copy.opportunities is not client.opportunities


def test_extra_query_headers_and_body_reach_the_request() -> None:
    recorder = Recorder(answer(200, RECORD))
    make_client(recorder).opportunities.patch(
        RECORD["_id"],
        stage="won",
        extra_headers={"Idempotency-Key": "k1"},
        extra_query={"dryRun": "true"},
        extra_body={"currency": "EUR"},
    )
    request = recorder.requests[0]
    assert request.headers["idempotency-key"] == "k1"
    assert request.url.params["dryRun"] == "true"
    assert json.loads(request.content) == {"stage": "won", "currency": "EUR"}


def test_a_bad_nested_value_names_its_path() -> None:
    recorder = Recorder(answer(200, RECORD))
    client = make_client(recorder)
    with pytest.raises(TypeError, match=r"activity_log\[1\]\['activity_date'\]: expected a date"):
        client.opportunities.create(
            activity_log=[{"activity": "a"}, {"activity_date": datetime.datetime(2025, 1, 1)}]
        )
    with pytest.raises(TypeError, match=r"'activity_date' given twice"):
        client.opportunities.create(
            activity_log=[{"activity_date": "2025-01-01", "activityDate": "2025-01-02"}]  # type: ignore[list-item]
        )
    with pytest.raises(TypeError, match=r"update_multiple\(\): update: expected a mapping"):
        client.opportunities.update_multiple(ids=["a"], update="won")  # type: ignore[arg-type]
    assert recorder.requests == []


def test_from_dict_keeps_unknown_keys_instead_of_dropping_them() -> None:
    from icloudready.models import OpportunityInput

    model = OpportunityInput.from_dict({"stage": "lost", "close_date": "2025-01-01"})
    assert model.stage == "lost"
    assert model.to_dict() == {"stage": "lost", "close_date": "2025-01-01"}  # the server says 422


def test_deprecated_operations_warn() -> None:
    from icloudready_runtime._resource import deprecate_methods

    class Resource:
        def old(self) -> int:
            """Old."""
            return 1

        def new(self) -> int:
            return 2

    deprecate_methods(Resource, {"old": "GET /old"})
    with pytest.warns(DeprecationWarning, match=r"old\(\) \(GET /old\) is deprecated"):
        assert Resource().old() == 1
    assert "Deprecated" in (Resource.old.__doc__ or "")
    assert Resource().new() == 2
