"""The request pipeline shared by every operation: auth, pacing, retries, deadline,
error mapping and parsing. Written once; the generated resources call into it.
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any, Self, TypeVar, overload

import httpx

from . import _body, _deadline, _retry
from ._error_body import error_message, read_error_body
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    status_error_class,
)
from ._logging import body_logging_enabled, logger, setup_from_env
from ._pagination import Page, asked_paging
from ._parsing import Deviations, FromDict, UnparseableError, parse_model, schema_name
from ._rate_limit import SlidingWindowLimiter, limits_for
from ._response import APIResponse

T = TypeVar("T")

DEFAULT_BASE_URL = "https://api.icloud-ready.com/api/v2"
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 2
DEFAULT_RATE_LIMIT = 480  # requests/minute, from the API overview
DEFAULT_HOURLY_RATE_LIMIT = 4800
_NOT_GIVEN: Any = object()


class _Secret:
    """Holds the token so that no repr, log line or traceback shows it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "'***'"


class _BaseClient:
    _http: httpx.Client | httpx.AsyncClient

    def __init__(
        self,
        *,
        token: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout,
        max_retries: int,
        rate_limit: int | None,
        hourly_rate_limit: int | None,
        deadline: float | None,
        max_response_size: int = _body.DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        setup_from_env()
        token = token if token is not None else os.environ.get("ICLOUDREADY_API_KEY")
        self._token = _Secret(token) if token else None
        self.base_url = httpx.URL(
            (base_url or os.environ.get("ICLOUDREADY_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
            + "/"
        )
        self._url_prefix = str(self.base_url).rstrip("/")
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self.max_retries = max_retries
        per_attempt = self.timeout.read or DEFAULT_TIMEOUT
        self.deadline = (
            deadline if deadline is not None else max(120.0, per_attempt * (max_retries + 1))
        )
        limits = limits_for(rate_limit, hourly_rate_limit if rate_limit is not None else None)
        self._limiter = SlidingWindowLimiter(limits) if limits else None
        self._clock: Callable[[], float] = time.monotonic
        if max_response_size < 1:
            raise ValueError("max_response_size must be 1 byte or more")
        self.max_response_size = max_response_size
        # Deviations from the spec's inferred shapes this client has met, each logged once.
        self._deviations = Deviations()

    def __repr__(self) -> str:
        token = "'***'" if self._token else "None"
        return f"{type(self).__name__}(base_url={str(self.base_url)!r}, token={token})"

    # -- building ---------------------------------------------------------------

    def _build_request(self, kwargs: dict[str, Any], timeout: float) -> httpx.Request:
        headers = dict(kwargs.get("headers") or {})
        headers.setdefault("Accept", "application/json")
        # Sent whenever there is one: the spec's global security covers every operation
        # but sign-in, and a token sent to sign-in is harmless.
        if self._token is not None:
            headers["Authorization"] = f"Bearer {self._token.get()}"
        # Plain concatenation: the path is already percent-encoded, and URL.join would parse
        # both halves again on every request (a tenth of a retrieve's client time).
        url = self._url_prefix + str(kwargs["url"])
        request = self._http.build_request(
            kwargs["method"].upper(),
            url,
            params=kwargs.get("params"),
            json=kwargs.get("json"),
            headers=headers,
            timeout=httpx.Timeout(
                timeout,
                connect=min(timeout, self.timeout.connect or timeout),
            ),
        )
        logger.info("%s %s", request.method, request.url)
        if body_logging_enabled() and request.content:
            logger.debug("request body: %s", request.content.decode("utf-8", "replace"))
        return request

    def _attempt_timeout(self, deadline_at: float, request_method: str) -> float:
        remaining = deadline_at - self._clock()
        if remaining <= 0:
            raise APITimeoutError(f"Deadline of {self.deadline:g}s passed before {request_method}")
        return min(self.timeout.read or DEFAULT_TIMEOUT, remaining)

    # -- deciding ---------------------------------------------------------------

    def _delay_after_status(
        self, method: str, response: httpx.Response, attempt: int, deadline_at: float
    ) -> float | None:
        """Seconds to wait before retrying after ``response``, or None to give up."""
        if attempt >= self.max_retries or not _retry.should_retry_status(
            method, response.status_code
        ):
            return None
        retry_after = _retry.parse_retry_after(response.headers.get("retry-after"))
        return self._fits(_retry.retry_delay(attempt + 1, retry_after), deadline_at)

    def _delay_after_exception(
        self, method: str, exc: Exception, attempt: int, deadline_at: float
    ) -> float | None:
        if attempt >= self.max_retries or not _retry.should_retry_exception(method, exc):
            return None
        return self._fits(_retry.retry_delay(attempt + 1, None), deadline_at)

    def _check_wait(self, wait: float, deadline_at: float, method: str) -> None:
        if self._clock() + wait >= deadline_at:
            raise APITimeoutError(
                f"Pacing to the rate limit would wait {wait:.1f}s, past the deadline of {method}"
            )

    def _fits(self, delay: float, deadline_at: float) -> float | None:
        return delay if self._clock() + delay < deadline_at else None

    def _deadline_message(self, request: httpx.Request) -> str:
        return f"Deadline of {self.deadline:g}s passed during {request.method} {request.url.path}"

    def _body_limits(self, deadline_at: float) -> _body.BodyLimits:
        return _body.BodyLimits(self.max_response_size, deadline_at, self.deadline, self._clock)

    def _status_error(self, response: httpx.Response) -> APIStatusError:
        body = read_error_body(response)
        message = error_message(body, response, self._deviations)
        if response.status_code == 401 and self._token is None:
            message += " (no token configured: pass token=, set ICLOUDREADY_API_KEY or use sign_in)"
        return status_error_class(response.status_code)(message, response, body=body)

    def _transport_error(
        self, exc: httpx.HTTPError, request: httpx.Request, deadline_at: float
    ) -> APIConnectionError:
        # Besides transport failures: TooManyRedirects (a redirect loop), and any other
        # httpx error, so that nothing escapes the ICloudReadyError hierarchy.
        if isinstance(exc, httpx.TimeoutException):
            if self._clock() >= deadline_at - 0.01:  # reads are cut at the deadline
                return APITimeoutError(self._deadline_message(request), request)
            return APITimeoutError(f"Request timed out: {type(exc).__name__}", request)
        return APIConnectionError(f"Connection error: {type(exc).__name__}: {exc}", request)

    # -- parsing ----------------------------------------------------------------

    @staticmethod
    def _json(response: httpx.Response) -> object:
        if body_logging_enabled():
            # The first 10,000 bytes only: a body may be up to max_response_size.
            logger.debug("response body: %s", response.content[:10000].decode("utf-8", "replace"))
        try:
            return json.loads(response.content)
        except (ValueError, UnicodeDecodeError, RecursionError) as exc:
            reason = "nested too deeply" if isinstance(exc, RecursionError) else exc
            raise APIResponseValidationError(
                f"Response body is not JSON: {reason}", response, body=response.text[:2000]
            ) from exc

    def _parse(self, response: httpx.Response, cast_to: FromDict[T] | None) -> T | None:
        if cast_to is None:
            return None
        body = self._json(response)
        try:
            return parse_model(cast_to, body, deviations=self._deviations)
        except (UnparseableError, RecursionError) as exc:
            raise APIResponseValidationError(str(exc), response, body=body) from exc

    def _parse_page(
        self, response: httpx.Response, item: FromDict[T], envelope: object = None
    ) -> Page[T]:
        body = self._json(response)
        request = response.request
        page, limit = asked_paging(request)
        where = (
            schema_name(envelope)
            if envelope is not None
            else f"the {request.method} {request.url.path} response (items: {schema_name(item)})"
        )
        try:
            return Page.from_json(
                body,
                item,
                asked_page=page,
                asked_limit=limit,
                deviations=self._deviations,
                where=where,
            )
        except (UnparseableError, RecursionError) as exc:
            raise APIResponseValidationError(str(exc), response, body=body) from exc


class SyncAPIClient(_BaseClient):
    """Synchronous client: one connection pool, shared by every resource."""

    _http: httpx.Client

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: int | None = DEFAULT_RATE_LIMIT,
        hourly_rate_limit: int | None = DEFAULT_HOURLY_RATE_LIMIT,
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
    def sign_in(cls, email: str, password: str, **options: Any) -> Self:
        """POST /signin, then a client that sends the returned access token."""
        from ..api.auth import sign_in as operation  # noqa: PLC0415 - only sign-in needs it
        from ..models import SignInRequest, SignInResponse  # noqa: PLC0415

        options.pop("token", None)
        with cls(token=None, **options) as anonymous:
            kwargs = operation._get_kwargs(body=SignInRequest(email=email, password=password))
            result = anonymous.request(kwargs, SignInResponse)
        return cls(token=result.access_token, **options)

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

    def send(self, kwargs: dict[str, Any]) -> httpx.Response:
        """Send one operation's request with pacing, retries and the deadline; raise on failure."""
        method = str(kwargs["method"]).upper()
        deadline_at = self._clock() + self.deadline
        attempt = 0
        while True:
            if self._limiter is not None:
                wait = self._limiter.reserve()
                if wait > 0:
                    self._check_wait(wait, deadline_at, method)
                    self._sleep(wait)
            request = self._build_request(kwargs, self._attempt_timeout(deadline_at, method))
            try:
                response = self._send_within(request, deadline_at)
            except httpx.HTTPError as exc:
                delay = self._delay_after_exception(method, exc, attempt, deadline_at)
                if delay is None:
                    raise self._transport_error(exc, request, deadline_at) from exc
            else:
                if response.is_success:
                    return response
                delay = self._delay_after_status(method, response, attempt, deadline_at)
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
        read_by = _deadline.READ_BY.set(time.monotonic() + deadline_at - self._clock())
        try:
            response = self._http.send(request, stream=True)
            _body.read(response, self._body_limits(deadline_at))
        finally:
            _deadline.READ_BY.reset(read_by)
        return response

    @overload
    def request(self, kwargs: dict[str, Any], cast_to: FromDict[T]) -> T: ...
    @overload
    def request(self, kwargs: dict[str, Any], cast_to: None) -> None: ...
    def request(self, kwargs: dict[str, Any], cast_to: FromDict[T] | None) -> T | None:
        return self._parse(self.send(kwargs), cast_to)

    @overload
    def request_raw(self, kwargs: dict[str, Any], cast_to: FromDict[T]) -> APIResponse[T]: ...
    @overload
    def request_raw(self, kwargs: dict[str, Any], cast_to: None) -> APIResponse[None]: ...
    def request_raw(self, kwargs: dict[str, Any], cast_to: FromDict[T] | None) -> APIResponse[Any]:
        response = self.send(kwargs)
        return APIResponse(response, lambda: self._parse(response, cast_to))

    def request_page(
        self, kwargs: dict[str, Any], item: FromDict[T], envelope: object = None
    ) -> Page[T]:
        """One page; ``envelope`` (the generated list model) only names the inference in logs."""
        return self._parse_page(self.send(kwargs), item, envelope)

    def request_page_raw(
        self, kwargs: dict[str, Any], item: FromDict[T], envelope: object = None
    ) -> APIResponse[Page[T]]:
        response = self.send(kwargs)
        return APIResponse(response, lambda: self._parse_page(response, item, envelope))


class AsyncAPIClient(_BaseClient):
    """Asynchronous client: the same behaviour with ``await``."""

    _http: httpx.AsyncClient

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: int | None = DEFAULT_RATE_LIMIT,
        hourly_rate_limit: int | None = DEFAULT_HOURLY_RATE_LIMIT,
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
    async def sign_in(cls, email: str, password: str, **options: Any) -> Self:
        """POST /signin, then a client that sends the returned access token."""
        from ..api.auth import sign_in as operation  # noqa: PLC0415 - only sign-in needs it
        from ..models import SignInRequest, SignInResponse  # noqa: PLC0415

        options.pop("token", None)
        async with cls(token=None, **options) as anonymous:
            kwargs = operation._get_kwargs(body=SignInRequest(email=email, password=password))
            result = await anonymous.request(kwargs, SignInResponse)
        return cls(token=result.access_token, **options)

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

    async def send(self, kwargs: dict[str, Any]) -> httpx.Response:
        """Send one operation's request with pacing, retries and the deadline; raise on failure."""
        method = str(kwargs["method"]).upper()
        deadline_at = self._clock() + self.deadline
        attempt = 0
        while True:
            if self._limiter is not None:
                wait = self._limiter.reserve()
                if wait > 0:
                    self._check_wait(wait, deadline_at, method)
                    await self._sleep(wait)
            request = self._build_request(kwargs, self._attempt_timeout(deadline_at, method))
            try:
                # The deadline as a whole, headers included: a server that trickles them
                # byte by byte never trips a per-read timeout.
                async with asyncio.timeout(max(0.0, deadline_at - self._clock())):
                    response = await self._http.send(request, stream=True)
                    await _body.aread(response, self._body_limits(deadline_at))
            except TimeoutError as exc:
                raise APITimeoutError(self._deadline_message(request), request) from exc
            except httpx.HTTPError as exc:
                delay = self._delay_after_exception(method, exc, attempt, deadline_at)
                if delay is None:
                    raise self._transport_error(exc, request, deadline_at) from exc
            else:
                if response.is_success:
                    return response
                delay = self._delay_after_status(method, response, attempt, deadline_at)
                if delay is None:
                    raise self._status_error(response)
                await response.aclose()
            attempt += 1
            logger.info(
                "retrying %s %s in %.2fs (retry %d)", method, request.url.path, delay, attempt
            )
            await self._sleep(delay)

    @overload
    async def request(self, kwargs: dict[str, Any], cast_to: FromDict[T]) -> T: ...
    @overload
    async def request(self, kwargs: dict[str, Any], cast_to: None) -> None: ...
    async def request(self, kwargs: dict[str, Any], cast_to: FromDict[T] | None) -> T | None:
        return self._parse(await self.send(kwargs), cast_to)

    @overload
    async def request_raw(self, kwargs: dict[str, Any], cast_to: FromDict[T]) -> APIResponse[T]: ...
    @overload
    async def request_raw(self, kwargs: dict[str, Any], cast_to: None) -> APIResponse[None]: ...
    async def request_raw(
        self, kwargs: dict[str, Any], cast_to: FromDict[T] | None
    ) -> APIResponse[Any]:
        response = await self.send(kwargs)
        return APIResponse(response, lambda: self._parse(response, cast_to))

    async def request_page(
        self, kwargs: dict[str, Any], item: FromDict[T], envelope: object = None
    ) -> Page[T]:
        """One page; ``envelope`` (the generated list model) only names the inference in logs."""
        return self._parse_page(await self.send(kwargs), item, envelope)

    async def request_page_raw(
        self, kwargs: dict[str, Any], item: FromDict[T], envelope: object = None
    ) -> APIResponse[Page[T]]:
        response = await self.send(kwargs)
        return APIResponse(response, lambda: self._parse_page(response, item, envelope))
