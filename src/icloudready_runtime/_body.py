"""Reading a response body within the call's deadline and the client's size limit.

httpx bounds each socket read (``timeout``), not a whole body: a server trickling one
byte a second, or streaming forever, would hold a call without end, and a small gzip
bomb would inflate to gigabytes in memory. So bodies are streamed here, chunk by chunk,
checking the deadline and the size on the wire and after decompression.

Every body is decoded here, never by httpx: httpx inflates each network chunk whole
(64 KiB of a bomb is 64 MiB before any check could run), and a stacked encoding
(``gzip, gzip``: a bomb inside a bomb, 6,777 bytes that inflated to 8.4 GB) multiplies
that per layer. Here each layer inflates in steps of at most 256 KiB, each step checked
against the limit before the next, so memory stays near ``max_response_size`` whatever
the server sends. Only what the client asks for (``ACCEPT_ENCODING``) is decoded: gzip
and deflate, stacked up to ``MAX_LAYERS`` deep; any other ``Content-Encoding`` (br,
zstd, an unknown token) is a typed error, not raw bytes read as JSON.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import httpx

from . import _secrets
from ._exceptions import (
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    ResponseTooLargeError,
    status_error_class,
)

DEFAULT_MAX_RESPONSE_SIZE = 64 * 1024 * 1024
# What requests advertise (httpx would add br and zstd when their packages are installed,
# and those cannot be inflated in bounded steps with the standard library).
ACCEPT_ENCODING = "gzip, deflate"
_WBITS = {"gzip": zlib.MAX_WBITS | 16, "x-gzip": zlib.MAX_WBITS | 16, "deflate": zlib.MAX_WBITS}
_PLAIN = frozenset({"", "identity"})
# No server stacks encodings for a reason; a header of a thousand "gzip" tokens would
# otherwise cost a thousand decompressors. Three layers still decode.
MAX_LAYERS = 3


@dataclass(slots=True)
class BodyLimits:
    """What bounds one read: the size in bytes and the moment (on ``clock``) it must end by."""

    max_size: int
    deadline_at: float
    deadline: float
    clock: Callable[[], float]


class UnsupportedEncodingError(Exception):
    """A Content-Encoding this client does not decode (the typed error's cause)."""


class _Inflater:
    """One gzip/deflate layer in bounded steps: a bomb never inflates past one step."""

    STEP = 256 * 1024

    def __init__(self, encoding: str) -> None:
        self._deflate = encoding == "deflate"
        self._decompressor = zlib.decompressobj(_WBITS[encoding])
        self._first = True

    def inflate(self, data: bytes) -> Iterator[bytes]:
        """The output of ``data``, at most ``STEP`` bytes at a time."""
        first, self._first = self._first, False
        try:
            piece = self._decompressor.decompress(data, self.STEP)
        except zlib.error:
            # deflate is meant to be zlib-wrapped, but some servers send it raw: try both,
            # like httpx does.
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
        # Every step above ended short of STEP, so all input is consumed: what is left
        # is at most zlib's own window.
        return self._decompressor.flush()


class _Decoder:
    """Every layer of a Content-Encoding, outermost (the last applied) first.

    Each piece one layer yields goes through the next layers before the following piece
    is made, so no layer ever holds more than one step of output.
    """

    def __init__(self, encodings: list[str]) -> None:
        self._layers = [_Inflater(encoding) for encoding in reversed(encodings)]

    def decode(self, data: bytes) -> Iterator[bytes]:
        return self._through(0, data)

    def flush(self) -> Iterator[bytes]:
        for index, layer in enumerate(self._layers):
            yield from self._through(index + 1, layer.flush())

    def _through(self, index: int, data: bytes) -> Iterator[bytes]:
        if index == len(self._layers):
            yield data
            return
        for piece in self._layers[index].inflate(data):
            yield from self._through(index + 1, piece)


def _encodings(response: httpx.Response) -> list[str]:
    """The encodings applied to the body, in order; raises for any this client cannot decode."""
    # get() joins repeated header lines with ", ": one split reads both forms.
    header = response.headers.get("content-encoding")
    if header is None:
        return []
    values = header.split(",")
    encodings = [v.strip().lower() for v in values if v.strip().lower() not in _PLAIN]
    unknown = [e for e in encodings if e not in _WBITS]
    if unknown:
        raise UnsupportedEncodingError(
            f"Content-Encoding {header!r}: {', '.join(map(repr, unknown))} is not "
            f"decoded by this client (it asks for {ACCEPT_ENCODING})"
        )
    if len(encodings) > MAX_LAYERS:
        raise UnsupportedEncodingError(
            f"Content-Encoding {header!r} stacks {len(encodings)} encodings; "
            f"this client decodes at most {MAX_LAYERS}"
        )
    return encodings


class _Reader:
    """The checks of one body read; the sync and async loops only feed it raw chunks."""

    def __init__(self, response: httpx.Response, limits: BodyLimits) -> None:
        self._response = response
        self._limits = limits
        self._parts: list[bytes] = []
        self._wire = 0
        self._size = 0
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limits.max_size:
            raise self._too_large(f"declares {int(declared)} bytes")
        try:
            encodings = _encodings(response)
        except UnsupportedEncodingError as exc:
            raise decoding_error(response, exc) from exc
        self._decoder = _Decoder(encodings) if encodings else None

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
        if self._decoder is None:
            self._keep(chunk)
            return
        try:
            for piece in self._decoder.decode(chunk):
                self._keep(piece)
        except zlib.error as exc:
            decoding = self._decoding(exc)
            raise decoding_error(self._response, decoding) from decoding

    def finish(self) -> bytes:
        if self._decoder is not None:
            try:
                for piece in self._decoder.flush():
                    self._keep(piece)
            except zlib.error as exc:
                decoding = self._decoding(exc)
                raise decoding_error(self._response, decoding) from decoding
        return b"".join(self._parts)

    def _keep(self, chunk: bytes) -> None:
        self._size += len(chunk)
        if self._size > self._limits.max_size:
            # What was sent and what it became, as measured: the wire bytes are few.
            encoding = _secrets.mask(self._response.headers.get("content-encoding", "")[:200])
            raise self._too_large(
                f"inflates to more than {self._limits.max_size} bytes (from {self._wire} "
                f"bytes received, Content-Encoding: {encoding})"
            )
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


def decoding_error(response: httpx.Response, exc: Exception) -> APIError:
    """A typed error for a body whose Content-Encoding lies or is not decoded here;
    raise it ``from exc``."""
    error: APIError
    # The reason may quote the server's Content-Encoding header.
    message = _secrets.mask(f"Response body cannot be decoded ({exc})")
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
        raise ResponseTooLargeError(
            f"Response to {response.request.method} {response.request.url.path} "
            f"(HTTP {response.status_code}) has more than {limits.max_size} bytes, over "
            f"max_response_size={limits.max_size}",
            response,
            limit=limits.max_size,
        )
    return True


def read(response: httpx.Response, limits: BodyLimits) -> None:
    """Read ``response``'s body (streamed) into ``response.content``, within ``limits``."""
    if _already_read(response, limits):
        return
    try:
        reader = _Reader(response, limits)
        for chunk in response.iter_raw():
            reader.feed(chunk)
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
        async for chunk in response.aiter_raw():
            reader.feed(chunk)
        response._content = reader.finish()
    except BaseException:
        await response.aclose()
        raise
