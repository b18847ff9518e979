"""Tokens masked (``***``) in whatever server text reaches users: messages, bodies, logs.

The Authorization header is never logged or shown, but a server may echo the token it
received: in an error message, a 422 detail, a plain-text 401, a Location. The client
knows its token, so every error it raises and every line the package logs is cleaned
here, in each form an echo takes: as sent, percent-encoded, JSON-escaped, HTML-escaped.

Tokens are held process-wide while a client (or one of its ``with_options`` copies)
lives: a log record does not say which client wrote it, and masking another client's
token as well costs nothing. A token shorter than ``MIN_LENGTH`` is not masked inside
text: "***" in place of every "t" of a message would hide more than it protects.
"""

from __future__ import annotations

import html
import json
import logging
import re
import threading
import weakref
from collections.abc import Iterable
from urllib.parse import quote, quote_plus

MASK = "***"
MIN_LENGTH = 8

_lock = threading.Lock()
_held: dict[str, int] = {}
_forms: tuple[str, ...] = ()

# Values of these keys are masked in logged bodies: sign-in sends a password and
# returns a token no client holds yet.
_SECRET_KEYS = re.compile(
    r'("(?:password|accessToken|access_token|refreshToken|refresh_token|token|apiKey|api_key)"'
    r'\s*:\s*)"(?:[^"\\]|\\.)*"'
)


def _echo_forms(secret: str) -> set[str]:
    """The forms in which a server may echo ``secret``."""
    encoded = quote(secret, safe="")
    forms = {
        secret,
        encoded,
        re.sub(r"%[0-9A-F]{2}", lambda m: m.group().lower(), encoded),
        quote(secret),
        quote_plus(secret),
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
        json.dumps(secret)[1:-1].replace("/", "\\/"),
        html.escape(secret),
    }
    return {form for form in forms if len(form) >= MIN_LENGTH}


def _rebuild() -> None:
    global _forms  # noqa: PLW0603 - one table, replaced whole under the lock
    forms: set[str] = set()
    for secret in _held:
        forms |= _echo_forms(secret)
    # Longest first: a form containing another is masked whole.
    _forms = tuple(sorted(forms, key=len, reverse=True))


def hold(owner: object, secret: str) -> None:
    """Mask ``secret`` in server text for as long as ``owner`` lives."""
    if len(secret) < MIN_LENGTH:
        return
    with _lock:
        _held[secret] = _held.get(secret, 0) + 1
        _rebuild()
    weakref.finalize(owner, _release, secret)


def _release(secret: str) -> None:
    with _lock:
        left = _held.get(secret, 0) - 1
        if left > 0:
            _held[secret] = left
        else:
            _held.pop(secret, None)
        _rebuild()


def mask(text: str) -> str:
    """``text`` with every held token, in any of its echo forms, replaced by ``***``."""
    for form in _forms:
        if form in text:
            text = text.replace(form, MASK)
    return text


def mask_value(value: object) -> object:
    """A JSON value (or text) with every string, keys included, masked; the same object if
    nothing was held or found."""
    if not _forms:
        return value
    return _walk(value)


def _walk(value: object) -> object:
    if isinstance(value, str):
        masked = mask(value)
        # A str subclass (UnreadableJSON) keeps its type.
        return value if masked == value else type(value)(masked)
    if isinstance(value, dict):
        return {_walk(k): _walk(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_walk(item) for item in value]
    return value


def mask_body(text: str) -> str:
    """A request or response body as logged: held tokens and secret-named values masked."""
    return mask(_SECRET_KEYS.sub(rf'\1"{MASK}"', text))


def scrub(error: BaseException) -> BaseException:
    """Mask the messages of ``error`` and of every exception it was raised from (a
    traceback prints them all); returns ``error``."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen and _forms:
        seen.add(id(current))
        current.args = tuple(_masked_args(current.args))
        current = current.__cause__ or current.__context__
    return error


def _masked_args(args: Iterable[object]) -> Iterable[object]:
    for arg in args:
        yield mask(arg) if isinstance(arg, str) else arg


class MaskSecrets(logging.Filter):
    """On the package logger: every record's text masked before any handler sees it."""

    def filter(self, record: logging.LogRecord) -> bool:
        if _forms:
            text = record.getMessage()
            masked = mask(text)
            if masked != text:
                record.msg, record.args = masked, None
        return True
