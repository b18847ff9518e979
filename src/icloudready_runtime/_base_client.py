"""The request pipeline shared by every operation: auth, pacing, retries, deadline,
error mapping and parsing. Written once; the generated resources call into it.
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import time
from collections.abc import Awaitable, Callable, Mapping
from importlib.metadata import PackageNotFoundError, version
from types import TracebackType
from typing import Any, Self, TypedDict, TypeVar, Unpack, cast, overload

import httpx

from . import _body, _deadline, _retry, _secrets
from ._coerce import check_sendable
from ._error_body import error_message, read_error_body
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    PacingTimeoutError,
    status_error_class,
)
from ._generic import generic_spec
from ._logging import body_logging_enabled, logger, setup_from_env
from ._options import RequestSpec, Timeout
from ._parsing import Deviations, UnparseableError
from ._rate_limit import SlidingWindowLimiter, describe_limit, limits_for
from ._response import APIResponse
from ._results import ParseContext
from ._types import NOT_GIVEN, NotGiven

T = TypeVar("T")
Parser = Callable[[object, ParseContext], T]
Params = Mapping[str, Any] | None


class CallOptions(TypedDict, total=False):
    """The per-call options of the generic call, as the generated methods take them."""

    timeout: Timeout | NotGiven | None
    max_retries: int | None
    extra_headers: Mapping[str, str] | None


DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 2
# Pacing waits longer than this are logged at INFO: a user should see why a call stalls.
PACING_LOG_THRESHOLD = 1.0


class _Secret:
    """Holds the token so that no repr, log line or traceback shows it.

    While it lives (shared by a client and its copies), the token is masked in server
    text too (``_secrets``): a server may echo it in an error body.
    """

    __slots__ = ("__weakref__", "_value")

    def __init__(self, value: str) -> None:
        self._value = value
        _secrets.hold(self, value)

    def get(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "'***'"


def _as_timeout(timeout: Timeout | None) -> httpx.Timeout:
    # None is httpx's "no timeout": httpx.Timeout(None) has no limit on any phase.
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


def _user_agent() -> str:
    try:
        return f"icloudready-python/{version('icloudready')}"
    except PackageNotFoundError:  # run from a source tree that is not installed
        return "icloudready-python/unknown"


USER_AGENT = _user_agent()


def _within(limit: float | None, remaining: float) -> float | None:
    """A phase's timeout cut to what is left of the deadline; None when neither bounds it."""
    bound = remaining if limit is None else min(limit, remaining)
    return None if math.isinf(bound) else bound


def _redirect_hint(response: httpx.Response) -> str:
    """Where a 3xx points: the client never follows one (the token must not travel)."""
    location = response.headers.get("location")
    if location is None:
        return " (a redirect without a Location header)"
    if len(location) > 300:
        location = location[:297] + "..."
    return f" (redirect to Location: {location}; not followed: is base_url right?)"


def _check_query(params: Mapping[str, object], spec: RequestSpec) -> None:
    """Query values httpx cannot encode raise TypeError here, naming the parameter
    (httpx would raise UnicodeEncodeError from inside its URL code)."""
    for key, value in params.items():
        values = value if isinstance(value, list | tuple) else (value,)
        for item in values:
            if isinstance(item, float) and not math.isfinite(item):
                raise TypeError(
                    f"{spec.method} {spec.path}: query parameter {key!r}: {item!r} is not a number"
                )
            if isinstance(item, str) and not item.isascii():
                check_sendable(item, f"{spec.method} {spec.path}: query parameter {key!r}")


def _check_headers(headers: Mapping[str, str], spec: RequestSpec) -> None:
    for name, value in headers.items():
        if isinstance(value, str) and not value.isascii():
            raise TypeError(
                f"{spec.method} {spec.path}: extra_headers[{name!r}]: header values must be "
                f"ASCII (HTTP sends them as bytes), got {value!r}"
            )


class _BaseClient:
    """Settings and the sync/async-neutral steps; the subclasses only add the I/O.

    The generated ``Client`` sets what the spec says: the base URL (``servers``) and the
    rate limits (``x-rate-limits``, per minute and per hour) of every tier.
    """

    _default_base_url = ""
    _rate_limits: tuple[int, int] = (0, 0)  # the default tier's
    _tiers: Mapping[str, tuple[int, int]] = {}  # the others, by name
    _default_tier = ""
    _routes: tuple[str, ...] = ()  # every path of the spec: what a path parameter must not reach
    _error_form = "{error, message}"  # the error body the spec declares (_error_body's names)

    _http: httpx.Client | httpx.AsyncClient
    _owns_http: bool
    _raw = False  # a copy made by with_raw_response returns APIResponse instead of the result
    # Off on the anonymous client of sign_in: its 401 means wrong credentials, not a missing token.
    _hint_missing_token = True

    def __init__(
        self,
        *,
        token: str | None,
        base_url: str | None,
        timeout: Timeout | None,
        max_retries: int,
        rate_limit: int | NotGiven | None,
        hourly_rate_limit: int | NotGiven | None,
        deadline: float | None,
        max_response_size: int = _body.DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        setup_from_env()
        if isinstance(rate_limit, NotGiven):
            rate_limit = self._rate_limits[0] or None
        if isinstance(hourly_rate_limit, NotGiven):
            hourly_rate_limit = self._rate_limits[1] or None
        token = token if token is not None else os.environ.get("ICLOUDREADY_API_KEY")
        self._token = _Secret(token) if token else None
        self.base_url = httpx.URL(
            (base_url or os.environ.get("ICLOUDREADY_BASE_URL") or self._default_base_url).rstrip(
                "/"
            )
            + "/"
        )
        self._url_prefix = str(self.base_url).rstrip("/")
        self._default_headers: dict[str, str] = {}
        self._default_query: dict[str, object] = {}
        self._set_timing(_as_timeout(timeout), max_retries, deadline)
        self.rate_limit = rate_limit
        self.hourly_rate_limit = hourly_rate_limit if rate_limit is not None else None
        # rate_limit= and hourly_rate_limit= set the default tier; None turns pacing off.
        # A call of another tier counts against both (the spec's inference, x-rate-limits).
        tiers = {name: limits_for(*pair) for name, pair in self._tiers.items()}
        tiers[self._default_tier] = limits_for(rate_limit, self.hourly_rate_limit)
        self._limiter = SlidingWindowLimiter(tiers) if rate_limit is not None else None
        self._clock: Callable[[], float] = time.monotonic
        if max_response_size < 1:
            raise ValueError("max_response_size must be 1 byte or more")
        self.max_response_size = max_response_size
        # Deviations from the spec's inferred shapes this client has met, each logged once.
        self._deviations = Deviations()

    def _set_timing(self, timeout: httpx.Timeout, max_retries: int, deadline: float | None) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self.timeout = timeout
        self.max_retries = max_retries
        self._deadline_given = deadline
        self.deadline = self._deadline_for(timeout, max_retries)

    def _deadline_for(self, timeout: httpx.Timeout, max_retries: int) -> float:
        if self._deadline_given is not None:
            return self._deadline_given
        if timeout.read is None:
            # timeout=None asked for no limit: no default deadline either (deadline= sets one).
            return math.inf
        return max(120.0, timeout.read * (max_retries + 1))

    def __repr__(self) -> str:
        token = "'***'" if self._token else "None"
        return f"{type(self).__name__}({self._describe()}token={token})"

    def _describe(self) -> str:
        return f"base_url={str(self.base_url)!r}, "

    # -- copies -----------------------------------------------------------------

    def _copy(self) -> Self:
        # Resources cached on the original point at it: the copy builds its own.
        new = object.__new__(type(self))
        new.__dict__.update((k, v) for k, v in self.__dict__.items() if not hasattr(v, "_client"))
        new._owns_http = False  # the pool belongs to the original
        return new

    def with_options(
        self,
        *,
        timeout: Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: float | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
    ) -> Self:
        """A copy of this client with other settings, sharing its connection pool and pacing.

        ``client.with_options(timeout=5, max_retries=0).opportunities.retrieve(id)``;
        ``timeout=None`` is no timeout. Closing the copy leaves the pool open; close the
        original when done.
        """
        new = self._copy()
        new._deadline_given = deadline if deadline is not None else self._deadline_given
        new._set_timing(
            self.timeout if isinstance(timeout, NotGiven) else _as_timeout(timeout),
            max_retries if max_retries is not None else self.max_retries,
            new._deadline_given,
        )
        if default_headers is not None:
            new._default_headers = {**self._default_headers, **default_headers}
        if default_query is not None:
            new._default_query = {**self._default_query, **default_query}
        return new

    def _raw_copy(self) -> Self:
        new = self._copy()
        new._raw = True
        return new

    # -- building ---------------------------------------------------------------

    def _build_request(self, spec: RequestSpec, timeout: httpx.Timeout) -> httpx.Request:
        options = spec.options
        # Only the encodings _body inflates in bounded steps (httpx adds br and zstd when
        # their packages are installed).
        headers = {
            "Accept": "application/json",
            "Accept-Encoding": _body.ACCEPT_ENCODING,
            "User-Agent": USER_AGENT,
            **self._default_headers,
        }
        if options.extra_headers:
            headers.update(options.extra_headers)
        # Sent whenever there is one: the spec's global security covers every operation
        # but sign-in, and a token sent to sign-in is harmless.
        if self._token is not None:
            headers["Authorization"] = f"Bearer {self._token.get()}"
        params = spec.params
        if self._default_query or options.extra_query:
            params = {**self._default_query, **(params or {}), **(options.extra_query or {})}
        if params:
            params = {k: v for k, v in params.items() if v is not None}
            _check_query(params, spec)
        body = spec.json
        if options.extra_body:
            if body is not None and not isinstance(body, dict):
                raise TypeError("extra_body needs an operation whose body is a JSON object")
            extra = check_sendable(options.extra_body, f"{spec.method} {spec.path}: extra_body")
            body = {**(body or {}), **cast("dict[str, Any]", extra)}
        if options.extra_headers:
            _check_headers(options.extra_headers, spec)
        # Plain concatenation: the path is already percent-encoded, and URL.join would parse
        # both halves again on every request (a tenth of a retrieve's client time).
        request = self._http.build_request(
            spec.method,
            self._url_prefix + spec.path,
            params=params,
            json=body,
            headers=headers,
            timeout=timeout,
        )
        logger.info("%s %s", request.method, request.url)
        if body_logging_enabled() and request.content:
            text = request.content.decode("utf-8", "replace")
            logger.debug("request body: %s", _secrets.mask_body(text))
        return request

    def _call_settings(self, spec: RequestSpec) -> tuple[httpx.Timeout, int, float]:
        """Per-attempt timeout, retries and the deadline (monotonic) of one call."""
        options = spec.options
        given = options.timeout
        timeout = self.timeout if isinstance(given, NotGiven) else _as_timeout(given)
        retries = self.max_retries if options.max_retries is None else options.max_retries
        if isinstance(given, NotGiven) and options.max_retries is None:
            deadline = self.deadline
        else:
            deadline = self._deadline_for(timeout, retries)
        return timeout, retries, self._clock() + deadline

    def _attempt_timeout(
        self, timeout: httpx.Timeout, deadline_at: float, method: str
    ) -> httpx.Timeout:
        remaining = deadline_at - self._clock()
        if remaining <= 0:
            raise APITimeoutError(
                f"Deadline passed before {method} could be sent (raise deadline= to allow more)"
            )
        read = _within(timeout.read, remaining)
        if timeout.connect == timeout.read == timeout.write == timeout.pool:
            return httpx.Timeout(read)  # the common case: one value for every phase
        return httpx.Timeout(
            connect=_within(timeout.connect, remaining),
            read=read,
            write=_within(timeout.write, remaining),
            pool=_within(timeout.pool, remaining),
        )

    # -- deciding ---------------------------------------------------------------

    def _delay_after_status(
        self, method: str, response: httpx.Response, attempt: int, retries: int, deadline_at: float
    ) -> float | None:
        """Seconds to wait before retrying after ``response``, or None to give up."""
        if attempt >= retries or not _retry.should_retry_status(method, response.status_code):
            return None
        retry_after = _retry.parse_retry_after(response.headers.get("retry-after"))
        return self._fits(_retry.retry_delay(attempt + 1, retry_after), deadline_at)

    def _delay_after_exception(
        self, method: str, exc: Exception, attempt: int, retries: int, deadline_at: float
    ) -> float | None:
        if attempt >= retries or not _retry.should_retry_exception(method, exc):
            return None
        return self._fits(_retry.retry_delay(attempt + 1, None), deadline_at)

    def _pacing_wait(self, deadline_at: float, spec: RequestSpec) -> float:
        """Reserve a send slot; the seconds to sleep first (raises if past the deadline)."""
        if self._limiter is None:
            return 0.0
        tiers = (self._default_tier, spec.tier or self._default_tier)
        wait, limit = self._limiter.reserve_with_reason(tiers)
        if wait <= 0:
            return 0.0
        option = describe_limit(limit, self._default_tier)
        left = deadline_at - self._clock()
        if wait >= left:
            name = option.split("=")[0] if "=" in option else f"{spec.tier} tier"
            change = f"change {name}= if the server allows more" if "=" in option else "spread them"
            raise PacingTimeoutError(
                f"Pacing to {option} would wait {wait:.1f}s before {spec.method} {spec.path}, "
                f"but only {max(left, 0):.1f}s are left of the call's deadline: raise deadline=, "
                f"send fewer requests, or {change}",
                limit=name,
                wait=wait,
            )
        if wait > PACING_LOG_THRESHOLD:
            logger.info(
                "pacing: waiting %.1fs before %s %s to stay under %s",
                wait,
                spec.method,
                spec.path,
                option,
            )
        return wait

    def _fits(self, delay: float, deadline_at: float) -> float | None:
        return delay if self._clock() + delay < deadline_at else None

    def _deadline_message(self, request: httpx.Request) -> str:
        return f"Deadline of {self.deadline:g}s passed during {request.method} {request.url.path}"

    def _body_limits(self, deadline_at: float) -> _body.BodyLimits:
        return _body.BodyLimits(self.max_response_size, deadline_at, self.deadline, self._clock)

    def _status_error(self, response: httpx.Response) -> APIStatusError:
        if body_logging_enabled():
            text = response.content[:10000].decode("utf-8", "replace")
            logger.debug(
                "response body (HTTP %d): %s", response.status_code, _secrets.mask_body(text)
            )
        # Server text, so the token masked wherever it echoes it (message, body, details).
        body = _secrets.mask_value(read_error_body(response))
        message = error_message(body, response, self._deviations, expected=self._error_form)
        # The hint only where it applies: no token configured, on an operation that needs one.
        if response.status_code == 401 and self._token is None and self._hint_missing_token:
            message += " (no token configured: pass token=, set ICLOUDREADY_API_KEY or use sign_in)"
        if 300 <= response.status_code < 400:
            message += _redirect_hint(response)
        return status_error_class(response.status_code)(_secrets.mask(message), response, body=body)

    def _transport_error(
        self, exc: httpx.HTTPError, request: httpx.Request, deadline_at: float
    ) -> APIConnectionError:
        # Besides transport failures: TooManyRedirects (a redirect loop), and any other
        # httpx error, so that nothing escapes the ICloudReadyError hierarchy.
        if isinstance(exc, httpx.TimeoutException):
            if self._clock() >= deadline_at - 0.01:  # reads are cut at the deadline
                return APITimeoutError(self._deadline_message(request), request)
            return APITimeoutError(f"Request timed out: {type(exc).__name__}", request)
        # httpx's message may quote what the server sent (a malformed header line).
        _secrets.scrub(exc)
        return APIConnectionError(f"Connection error: {type(exc).__name__}: {exc}", request)

    # -- parsing ----------------------------------------------------------------

    @staticmethod
    def _json(response: httpx.Response) -> object:
        if body_logging_enabled():
            # The first 10,000 bytes only: a body may be up to max_response_size.
            text = response.content[:10000].decode("utf-8", "replace")
            logger.debug("response body: %s", _secrets.mask_body(text))
        try:
            return json.loads(response.content)
        except (ValueError, UnicodeDecodeError, RecursionError) as exc:
            reason = "nested too deeply" if isinstance(exc, RecursionError) else exc
            raise APIResponseValidationError(
                f"Response body is not JSON: {reason}",
                response,
                body=_secrets.mask(response.text[:2000]),
            ) from exc

    def _parse(self, response: httpx.Response, parser: Parser[T] | None) -> T | None:
        if parser is None:
            return None
        body = self._json(response)
        try:
            return parser(body, ParseContext(response, self._deviations))
        except (UnparseableError, RecursionError) as exc:
            # The reason may quote a value the server sent.
            _secrets.scrub(exc)
            raise APIResponseValidationError(
                str(exc), response, body=_secrets.mask_value(body)
            ) from exc

    def _decoded(self, response: httpx.Response) -> Any:
        """The generic call's result: the JSON body, None for an empty one."""
        if not response.content:
            return APIResponse(response, lambda: None) if self._raw else None
        return self._result(response, _as_is)

    def _result(self, response: httpx.Response, parser: Parser[T] | None) -> Any:
        if self._raw:
            return APIResponse(response, lambda: self._parse(response, parser))
        return self._parse(response, parser)


def _as_is(body: object, context: ParseContext) -> object:
    return body


# The generic call's documentation, shared by its ten methods (sync and async).
_GENERIC_DOC = """{method} ``path`` below the base URL, for an endpoint the spec lacks.

        ``path`` may hold ``{{name}}`` segments, filled from ``path_params`` (escaped, and
        refused where a value could reach another route, as the generated methods do);
        ``params`` is the query, ``json`` the body. The client's token, retries (a POST
        only where the server certainly did not process it), pacing, deadline, response
        size limit and typed errors apply. Returns the decoded JSON, None for an empty body.
        """


class SyncAPIClient(_BaseClient):
    """Synchronous client: one connection pool, shared by every resource."""

    _http: httpx.Client

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: int | NotGiven | None = NOT_GIVEN,
        hourly_rate_limit: int | NotGiven | None = NOT_GIVEN,
        deadline: float | None = None,
        http_client: httpx.Client | None = None,
        max_response_size: int = _body.DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        super().__init__(
            token=token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            rate_limit=rate_limit,
            hourly_rate_limit=hourly_rate_limit,
            deadline=deadline,
            max_response_size=max_response_size,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(
            follow_redirects=False, transport=_deadline.transport()
        )
        self._sleep: Callable[[float], None] = time.sleep

    @classmethod
    def _signed_in(cls, sign_in: Callable[[Self], str], options: dict[str, Any]) -> Self:
        """A client with the token ``sign_in`` gets from an anonymous client of ``options``.

        The generated ``Client.sign_in`` passes its sign-in operation (the spec's).
        """
        options.pop("token", None)
        with cls(token=None, **options) as anonymous:
            anonymous._hint_missing_token = False
            token = sign_in(anonymous)
        return cls(token=token, **options)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def send(self, spec: RequestSpec) -> httpx.Response:
        """Send one operation's request with pacing, retries and the deadline; raise on failure."""
        method = spec.method
        timeout, retries, deadline_at = self._call_settings(spec)
        attempt = 0
        while True:
            wait = self._pacing_wait(deadline_at, spec)
            if wait:
                self._sleep(wait)
            request = self._build_request(spec, self._attempt_timeout(timeout, deadline_at, method))
            try:
                response = self._send_within(request, deadline_at)
            except httpx.HTTPError as exc:
                delay = self._delay_after_exception(method, exc, attempt, retries, deadline_at)
                if delay is None:
                    raise self._transport_error(exc, request, deadline_at) from exc
            else:
                if response.is_success:
                    return response
                delay = self._delay_after_status(method, response, attempt, retries, deadline_at)
                if delay is None:
                    raise self._status_error(response)
                response.close()
            attempt += 1
            logger.info(
                "retrying %s %s in %.2fs (retry %d)", method, request.url.path, delay, attempt
            )
            self._sleep(delay)

    def _send_within(self, request: httpx.Request, deadline_at: float) -> httpx.Response:
        """One attempt, headers and body, every socket read bounded by the deadline."""
        unbounded = math.isinf(deadline_at)
        read_by = _deadline.READ_BY.set(
            None if unbounded else time.monotonic() + deadline_at - self._clock()
        )
        try:
            response = self._http.send(request, stream=True)
            _body.read(response, self._body_limits(deadline_at))
        finally:
            _deadline.READ_BY.reset(read_by)
        return response

    @overload
    def request(self, spec: RequestSpec, parser: Parser[T]) -> T: ...
    @overload
    def request(self, spec: RequestSpec, parser: None) -> None: ...
    def request(self, spec: RequestSpec, parser: Parser[T] | None) -> T | None:
        """Send ``spec``; the parsed result (an ``APIResponse`` on a with_raw_response copy)."""
        result: T | None = self._result(self.send(spec), parser)
        return result

    def _call(self, method: str, path: str, **options: Any) -> Any:
        return self._decoded(self.send(generic_spec(method, path, self._routes, **options)))

    def get(
        self,
        path: str,
        *,
        params: Params = None,
        path_params: Params = None,
        **options: Unpack[CallOptions],
    ) -> Any:
        return self._call("GET", path, params=params, json=None, path_params=path_params, **options)

    def post(
        self,
        path: str,
        *,
        params: Params = None,
        json: Any = None,
        path_params: Params = None,
        **options: Unpack[CallOptions],
    ) -> Any:
        return self._call(
            "POST", path, params=params, json=json, path_params=path_params, **options
        )

    def put(
        self,
        path: str,
        *,
        params: Params = None,
        json: Any = None,
        path_params: Params = None,
        **options: Unpack[CallOptions],
    ) -> Any:
        return self._call("PUT", path, params=params, json=json, path_params=path_params, **options)

    def patch(
        self,
        path: str,
        *,
        params: Params = None,
        json: Any = None,
        path_params: Params = None,
        **options: Unpack[CallOptions],
    ) -> Any:
        return self._call(
            "PATCH", path, params=params, json=json, path_params=path_params, **options
        )

    def delete(
        self,
        path: str,
        *,
        params: Params = None,
        json: Any = None,
        path_params: Params = None,
        **options: Unpack[CallOptions],
    ) -> Any:
        return self._call(
            "DELETE", path, params=params, json=json, path_params=path_params, **options
        )


class AsyncAPIClient(_BaseClient):
    """Asynchronous client: the same behaviour with ``await``."""

    _http: httpx.AsyncClient

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: int | NotGiven | None = NOT_GIVEN,
        hourly_rate_limit: int | NotGiven | None = NOT_GIVEN,
        deadline: float | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_size: int = _body.DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        super().__init__(
            token=token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            rate_limit=rate_limit,
            hourly_rate_limit=hourly_rate_limit,
            deadline=deadline,
            max_response_size=max_response_size,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(follow_redirects=False)
        self._sleep: Callable[[float], Any] = asyncio.sleep

    @classmethod
    async def _signed_in(
        cls, sign_in: Callable[[Self], Awaitable[str]], options: dict[str, Any]
    ) -> Self:
        """``SyncAPIClient._signed_in`` with ``await``."""
        options.pop("token", None)
        async with cls(token=None, **options) as anonymous:
            anonymous._hint_missing_token = False
            token = await sign_in(anonymous)
        return cls(token=token, **options)

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def send(self, spec: RequestSpec) -> httpx.Response:
        """Send one operation's request with pacing, retries and the deadline; raise on failure."""
        method = spec.method
        timeout, retries, deadline_at = self._call_settings(spec)
        attempt = 0
        while True:
            wait = self._pacing_wait(deadline_at, spec)
            if wait:
                await self._sleep(wait)
            request = self._build_request(spec, self._attempt_timeout(timeout, deadline_at, method))
            try:
                # The deadline as a whole, headers included: a server that trickles them
                # byte by byte never trips a per-read timeout.
                left = None if math.isinf(deadline_at) else max(0.0, deadline_at - self._clock())
                async with asyncio.timeout(left):
                    response = await self._http.send(request, stream=True)
                    await _body.aread(response, self._body_limits(deadline_at))
            except TimeoutError as exc:
                raise APITimeoutError(self._deadline_message(request), request) from exc
            except httpx.HTTPError as exc:
                delay = self._delay_after_exception(method, exc, attempt, retries, deadline_at)
                if delay is None:
                    raise self._transport_error(exc, request, deadline_at) from exc
            else:
                if response.is_success:
                    return response
                delay = self._delay_after_status(method, response, attempt, retries, deadline_at)
                if delay is None:
                    raise self._status_error(response)
                await response.aclose()
            attempt += 1
            logger.info(
                "retrying %s %s in %.2fs (retry %d)", method, request.url.path, delay, attempt
            )
            await self._sleep(delay)

    @overload
    async def request(self, spec: RequestSpec, parser: Parser[T]) -> T: ...
    @overload
    async def request(self, spec: RequestSpec, parser: None) -> None: ...
    async def request(self, spec: RequestSpec, parser: Parser[T] | None) -> T | None:
        """Send ``spec``; the parsed result (an ``APIResponse`` on a with_raw_response copy)."""
        result: T | None = self._result(await self.send(spec), parser)
        return result

    async def _call(self, method: str, path: str, **options: Any) -> Any:
        return self._decoded(await self.send(generic_spec(method, path, self._routes, **options)))

    async def get(
        self,
        path: str,
        *,
        params: Params = None,
        path_params: Params = None,
        **options: Unpack[CallOptions],
    ) -> Any:
        return await self._call(
            "GET", path, params=params, json=None, path_params=path_params, **options
        )

    async def post(
        self,
        path: str,
        *,
        params: Params = None,
        json: Any = None,
        path_params: Params = None,
        **options: Unpack[CallOptions],
    ) -> Any:
        return await self._call(
            "POST", path, params=params, json=json, path_params=path_params, **options
        )

    async def put(
        self,
        path: str,
        *,
        params: Params = None,
        json: Any = None,
        path_params: Params = None,
        **options: Unpack[CallOptions],
    ) -> Any:
        return await self._call(
            "PUT", path, params=params, json=json, path_params=path_params, **options
        )

    async def patch(
        self,
        path: str,
        *,
        params: Params = None,
        json: Any = None,
        path_params: Params = None,
        **options: Unpack[CallOptions],
    ) -> Any:
        return await self._call(
            "PATCH", path, params=params, json=json, path_params=path_params, **options
        )

    async def delete(
        self,
        path: str,
        *,
        params: Params = None,
        json: Any = None,
        path_params: Params = None,
        **options: Unpack[CallOptions],
    ) -> Any:
        return await self._call(
            "DELETE", path, params=params, json=json, path_params=path_params, **options
        )


for _client in (SyncAPIClient, AsyncAPIClient):
    for _method in ("get", "post", "put", "patch", "delete"):
        getattr(_client, _method).__doc__ = _GENERIC_DOC.format(method=_method.upper())
