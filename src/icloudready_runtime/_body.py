"""Reading a response body within the call's deadline and the client's size limit.

httpx bounds each socket read (``timeout``), not a whole body: a server trickling one
byte a second, or streaming forever, would hold a call without end, and a small gzip
bomb would inflate to gigabytes in memory. So bodies are streamed here, chunk by chunk,
checking the deadline and the size on the wire and after decompression.

gzip and deflate are inflated here, not by httpx, because httpx inflates each network
chunk whole (64 KiB of a bomb is 64 MiB before any check could run); here ``max_length``
inflates it in checked steps of 256 KiB. Other encodings (br, zstd, only when their
packages are installed) go through httpx's decoders and are checked chunk by chunk.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import httpx

from ._exceptions import (
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    ResponseTooLargeError,
    status_error_class,
)

DEFAULT_MAX_RESPONSE_SIZE = 64 * 1024 * 1024
_INFLATED = frozenset({"gzip", "x-gzip", "deflate"})
_PLAIN = frozenset({"", "identity"})


@dataclass(slots=True)
class BodyLimits:
    """What bounds one read: the size in bytes and the moment (on ``clock``) it must end by."""

    max_size: int
    deadline_at: float
    deadline: float
    clock: Callable[[], float]


class _Inflater:
    """gzip/deflate decompression in bounded steps: a bomb never inflates past one step."""

    STEP = 256 * 1024

    def __init__(self, encoding: str) -> None:
        self._deflate = encoding == "deflate"
        # deflate is meant to be zlib-wrapped, but some servers send it raw: try both,
        # like httpx does.
        wbits = zlib.MAX_WBITS if self._deflate else zlib.MAX_WBITS | 16
        self._decompressor = zlib.decompressobj(wbits)
        self._first = True

    def inflate(self, data: bytes) -> Iterator[bytes]:
        """The output of ``data``, at most ``STEP`` bytes at a time."""
        first, self._first = self._first, False
        try:
            piece = self._decompressor.decompress(data, self.STEP)
        except zlib.error:
            if not (first and self._deflate):
                raise
            self._decompressor = zlib.decompressobj(-zlib.MAX_WBITS)
            piece = self._decompressor.decompress(data, self.STEP)
        yield piece
        # A full step may leave input (unconsumed_tail) or output pending: ask again.
        while len(piece) == self.STEP:
            piece = self._decompressor.decompress(self._decompressor.unconsumed_tail, self.STEP)
            yield piece

    def flush(self) -> bytes:
        return self._decompressor.flush()


class _Reader:
    """The checks of one body read; the sync and async loops only feed it chunks."""

    def __init__(self, response: httpx.Response, limits: BodyLimits) -> None:
        self._response = response
        self._limits = limits
        self._parts: list[bytes] = []
        self._wire = 0
        self._size = 0
        self.encoding = response.headers.get("content-encoding", "").strip().lower()
        self._inflater = _Inflater(self.encoding) if self.encoding in _INFLATED else None
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limits.max_size:
            raise self._too_large(f"declares {int(declared)} bytes")

    @property
    def raw(self) -> bool:
        """Whether to read the raw stream (this reader decodes) or httpx's decoded one."""
        return self._inflater is not None or self.encoding in _PLAIN

    def feed(self, chunk: bytes) -> None:
        limits = self._limits
        if limits.clock() > limits.deadline_at:
            raise APITimeoutError(
                f"Deadline of {limits.deadline:g}s passed while reading the response body "
                f"({self._wire} bytes received)",
                self._response.request,
            )
        self._wire += len(chunk)
        if self._wire > limits.max_size:
            raise self._too_large(f"sent more than {limits.max_size} bytes")
        if self._inflater is not None:
            try:
                for piece in self._inflater.inflate(chunk):
                    self._keep(piece)
            except zlib.error as exc:
                decoding = self._decoding(exc)
                raise decoding_error(self._response, decoding) from decoding
        else:
            self._keep(chunk)

    def finish(self) -> bytes:
        if self._inflater is not None:
            try:
                self._keep(self._inflater.flush())
            except zlib.error as exc:
                decoding = self._decoding(exc)
                raise decoding_error(self._response, decoding) from decoding
        return b"".join(self._parts)

    def _keep(self, chunk: bytes) -> None:
        self._size += len(chunk)
        if self._size > self._limits.max_size:
            raise self._too_large(f"inflates to more than {self._limits.max_size} bytes")
        if chunk:
            self._parts.append(chunk)

    def _too_large(self, what: str) -> ResponseTooLargeError:
        response = self._response
        return ResponseTooLargeError(
            f"Response to {response.request.method} {response.request.url.path} "
            f"(HTTP {response.status_code}) {what}, over max_response_size="
            f"{self._limits.max_size}",
            response,
            limit=self._limits.max_size,
        )

    def _decoding(self, exc: zlib.error) -> httpx.DecodingError:
        """What httpx itself raises for a body that does not decode (the typed error's cause)."""
        decoding = httpx.DecodingError(str(exc), request=self._response.request)
        decoding.__cause__ = exc
        return decoding


def decoding_error(response: httpx.Response, exc: httpx.DecodingError) -> APIError:
    """A typed error for a body whose Content-Encoding lies; raise it ``from exc``."""
    error: APIError
    message = f"Response body cannot be decoded ({exc})"
    if response.is_success:
        error = APIResponseValidationError(message, response, body=None)
    else:
        error = status_error_class(response.status_code)(message, response, body=None)
    return error


def _already_read(response: httpx.Response, limits: BodyLimits) -> bool:
    """A response built with its content (a test transport, a caller's hook) has nothing to read."""
    if not hasattr(response, "_content"):
        return False
    if len(response.content) > limits.max_size:
        raise _Reader(response, limits)._too_large(f"has more than {limits.max_size} bytes")
    return True


def read(response: httpx.Response, limits: BodyLimits) -> None:
    """Read ``response``'s body (streamed) into ``response.content``, within ``limits``."""
    if _already_read(response, limits):
        return
    try:
        reader = _Reader(response, limits)
        chunks = response.iter_raw() if reader.raw else response.iter_bytes()
        try:
            for chunk in chunks:
                reader.feed(chunk)
        except httpx.DecodingError as exc:
            raise decoding_error(response, exc) from exc
        response._content = reader.finish()
    except BaseException:
        response.close()
        raise


async def aread(response: httpx.Response, limits: BodyLimits) -> None:
    """``read`` for an async response."""
    if _already_read(response, limits):
        return
    try:
        reader = _Reader(response, limits)
        chunks = response.aiter_raw() if reader.raw else response.aiter_bytes()
        try:
            async for chunk in chunks:
                reader.feed(chunk)
        except httpx.DecodingError as exc:
            raise decoding_error(response, exc) from exc
        response._content = reader.finish()
    except BaseException:
        await response.aclose()
        raise
