"""Reading response bodies the reference never documented, without crashing a call.

A generated model's ``from_dict`` fails on one odd field (a malformed date, a string
where a list was expected). Here such a field is set aside instead: the record is
built from the fields that parse, the odd ones stay reachable as extra properties
(``record["closeDate"]``), and a warning names them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, TypeVar

from ._logging import logger

T_co = TypeVar("T_co", covariant=True)
T = TypeVar("T")


class FromDict(Protocol[T_co]):
    def from_dict(self, src_dict: Mapping[str, Any], /) -> T_co: ...


# What generated from_dict raises on odd input: a missing key, a wrong type, a bad date.
PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError)


class UnparseableError(Exception):
    """The body cannot be read as the expected model at all."""


def _required_keys(model: FromDict[Any], data: Mapping[str, Any]) -> dict[str, Any]:
    """The smallest part of ``data`` the model accepts, found by what it asks for."""
    probe: dict[str, Any] = {}
    for _ in range(len(data) + 1):
        try:
            model.from_dict(probe)
        except KeyError as missing:
            key = missing.args[0] if missing.args else None
            if not isinstance(key, str) or key not in data or key in probe:
                raise UnparseableError(f"required field {key!r} is missing") from None
            probe[key] = data[key]
        except PARSE_ERRORS as exc:
            raise UnparseableError(f"required fields do not parse: {exc}") from None
        else:
            return probe
    raise UnparseableError("required fields do not parse")


def parse_model(model: FromDict[T], data: object, *, name: str = "record") -> T:
    """``model.from_dict(data)``, setting aside fields that do not parse."""
    # type() first: JSON objects are always plain dicts, and the ABC check costs more.
    if type(data) is not dict and not isinstance(data, Mapping):
        raise UnparseableError(f"expected a JSON object, got {type(data).__name__}")
    try:
        return model.from_dict(data)
    except PARSE_ERRORS:
        return _parse_leniently(model, data, name)


def _parse_leniently(model: FromDict[T], data: Mapping[str, Any], name: str) -> T:
    required = _required_keys(model, data)
    good = dict(required)
    bad: dict[str, Any] = {}
    for key, value in data.items():
        if key in required:
            continue
        try:
            model.from_dict({**required, key: value})
        except PARSE_ERRORS:
            bad[key] = value
        else:
            good[key] = value
    try:
        result = model.from_dict(good)
    except PARSE_ERRORS as exc:
        raise UnparseableError(str(exc)) from None
    extra = getattr(result, "additional_properties", None)
    if isinstance(extra, dict):
        extra.update(bad)
    logger.warning(
        "icloudready: %s fields %s did not match the documented types and were kept as-is",
        name,
        sorted(bad),
    )
    return result
