"""Reading response bodies the reference never documented, without crashing a call.

A generated model's ``from_dict`` fails on one odd field (a malformed date, a string
where a list was expected). Here such a field is set aside instead: the record is
built from the fields that parse, the odd ones stay reachable as extra properties
(``record["closeDate"]``), and a warning names them.

The spec's record shape is an inference too, so the plausible alternatives are read
as well: a record wrapped in ``data``/``result``, ``id`` where ``_id`` was inferred,
and ``DD/MM/YYYY`` dates (the API writes them so in other resources). Each such
deviation is logged once per client (``Deviations``), naming the inference to correct.
Only the slow path (after ``from_dict`` failed) looks for them: the documented shape
costs nothing extra.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Protocol, TypeVar

from ._coerce import Field
from ._conform import conforms, expected, fields_by_wire_name, json_name, mismatch
from ._logging import logger
from ._shapes import ID_ALIASES, RECORD_WRAPPERS

T_co = TypeVar("T_co", covariant=True)
T = TypeVar("T")


class FromDict(Protocol[T_co]):
    def from_dict(self, src_dict: Mapping[str, Any], /) -> T_co: ...


# What generated from_dict raises on odd input: a missing key, a wrong type, a bad date.
PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError)


# DD/MM/YYYY with an optional time part: how the same API writes dates in Contracts.
_DMY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})((?:[ T]\d{1,2}:\d{2}.*)?)")


class UnparseableError(Exception):
    """The body cannot be read as the expected model at all."""


class Deviations:
    """What a client has seen the server do differently from the spec's inferences.

    Each deviation is logged once per client (a warning naming the ``x-inferred``
    element to correct), not once per record: a list of 100 records says it once.
    """

    __slots__ = ("_seen",)

    def __init__(self) -> None:
        self._seen: set[tuple[str, str]] = set()

    def note(self, what: str, where: str) -> None:
        key = (what, where)
        if key in self._seen:
            return
        # A race between two threads can log a line twice; a lock per note would cost more.
        self._seen.add(key)
        logger.warning(
            'icloudready: server differs from the spec: %s, as "x-inferred" at %s', what, where
        )

    @property
    def seen(self) -> list[str]:
        """Every deviation noted so far, as ``"what @ where"``."""
        return [f"{what} @ {where}" for what, where in sorted(self._seen)]


def schema_name(model: object) -> str:
    """The spec location of a generated model: its class name is the schema's name."""
    return f"components.schemas.{getattr(model, '__name__', type(model).__name__)}"


def iso_dates(value: Any) -> Any:
    """``value`` with every ``DD/MM/YYYY`` string rewritten as ISO; the same object if none."""
    if type(value) is str:
        match = _DMY.fullmatch(value)
        if match is None:
            return value
        day, month, year, rest = match.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}{rest}"
    if type(value) is list:
        items = [iso_dates(item) for item in value]
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    if type(value) is dict:
        fixed = {key: iso_dates(item) for key, item in value.items()}
        return value if all(fixed[key] is item for key, item in value.items()) else fixed
    return value


def _missing_key(model: FromDict[Any], data: Mapping[str, Any]) -> str | None:
    """The first required key ``model`` asks for that ``data`` lacks, if any."""
    probe: dict[str, Any] = {}
    for _ in range(len(data) + 1):
        try:
            model.from_dict(probe)
        except KeyError as missing:
            key = missing.args[0] if missing.args else None
            if not isinstance(key, str) or key in probe:
                return None
            if key not in data:
                return key
            probe[key] = data[key]
        except PARSE_ERRORS:
            return None
        else:
            return None
    return None


def _reshape(
    model: FromDict[Any], data: Mapping[str, Any], deviations: Deviations | None
) -> Mapping[str, Any]:
    """``data`` unwrapped from ``data``/``result`` and with its id under the expected key."""
    missing = _missing_key(model, data)
    if missing is None:
        return data
    for wrapper in RECORD_WRAPPERS:
        inner = data.get(wrapper)
        if isinstance(inner, Mapping) and missing not in data:
            if deviations is not None:
                deviations.note(f"record envelope: wrapped in {wrapper!r}", schema_name(model))
            return _reshape(model, inner, deviations)
    alias = ID_ALIASES.get(missing)
    if alias is not None and alias in data:
        if deviations is not None:
            deviations.note(f"record id: {alias!r} instead of {missing!r}", schema_name(model))
        return {missing: data[alias], **data}
    return data


def _required_keys(
    model: FromDict[Any], data: Mapping[str, Any], notes: list[str]
) -> dict[str, Any]:
    """The smallest part of ``data`` the model accepts, found by what it asks for."""
    fields = fields_by_wire_name(model)
    probe: dict[str, Any] = {}
    for _ in range(len(data) + 1):
        try:
            model.from_dict(probe)
        except KeyError as missing:
            key = missing.args[0] if missing.args else None
            if not isinstance(key, str) or key not in data or key in probe:
                raise UnparseableError(f"required field {key!r} is missing") from None
            value = _required_value(fields.get(key), key, data[key], notes)
            fixed = iso_dates(value)
            candidate = {**probe, key: value}
            probe[key] = value if _accepts(model, candidate, missing_ok=True) else fixed
        except PARSE_ERRORS as exc:
            raise UnparseableError(f"required fields do not parse: {exc}") from None
        else:
            return probe
    raise UnparseableError("required fields do not parse")


def _required_value(field: Field | None, key: str, value: Any, notes: list[str]) -> Any:
    """A required field's value, or why the record cannot be read without it.

    A record is built only when its required fields are what their types say: ``id: str``
    must hold a str, or ``retrieve(record.id)`` breaks later. A number where a string is
    expected (an integer id) has one text form, so it is read as that text; null, a
    boolean or a container is no value of the field, and the record cannot be read.
    """
    if field is None:
        return value
    if value is None:
        if field.kind.nullable:
            return value
        raise UnparseableError(f"required field {key!r} is null")
    why = mismatch(field.kind, value)
    if why is None:
        return value
    if field.kind.name == "string" and type(value) is int:
        notes.append(f"field {key!r}: {why}; read as its text {str(value)!r}")
        return str(value)
    raise UnparseableError(f"required field {key!r} is {why}")


def _accepts(model: FromDict[Any], data: Mapping[str, Any], *, missing_ok: bool = False) -> bool:
    """Whether ``data`` parses; with ``missing_ok``, a required key absent from it is no failure."""
    try:
        model.from_dict(data)
    except KeyError as exc:
        return missing_ok and bool(exc.args) and exc.args[0] not in data
    except PARSE_ERRORS:
        return False
    return True


def parse_model(
    model: FromDict[T],
    data: object,
    *,
    name: str = "record",
    deviations: Deviations | None = None,
) -> T:
    """``model.from_dict(data)``, setting aside fields that do not parse or lie about their type."""
    # type() first: JSON objects are always plain dicts, and the ABC check costs more.
    if type(data) is not dict and not isinstance(data, Mapping):
        raise UnparseableError(f"expected a JSON object, got {type(data).__name__}")
    if conforms(model, data):  # type: ignore[arg-type]
        try:
            return model.from_dict(data)
        except PARSE_ERRORS:
            pass
    reshaped = _reshape(model, data, deviations)
    if reshaped is not data and conforms(model, reshaped):  # type: ignore[arg-type]
        try:
            return model.from_dict(reshaped)  # a wrapped record, or "id" for "_id": done
        except PARSE_ERRORS:
            pass
    return _parse_leniently(model, reshaped, name, deviations)


def _parse_leniently(
    model: FromDict[T], data: Mapping[str, Any], name: str, deviations: Deviations | None
) -> T:
    notes: list[str] = []
    required = _required_keys(model, data, notes)
    fields = fields_by_wire_name(model)
    good = dict(required)
    # The value the server sent for each field read another way (a DD/MM/YYYY date).
    as_sent: dict[str, Any] = {
        key: data[key] for key, value in required.items() if value is not data[key]
    }
    dates = {key for key in as_sent if iso_dates(data[key]) is not data[key]}
    bad: dict[str, Any] = {}
    for key, value in data.items():
        if key in required:
            continue
        field = fields.get(key)
        why = None if field is None or value is None else mismatch(field.kind, value)
        if why is not None:
            bad[key] = value
            notes.append(
                f"field {key!r}: {why}; kept aside in record[{key!r}], the attribute is None"
            )
            continue
        try:
            model.from_dict({**required, key: value})
        except PARSE_ERRORS:
            fixed = iso_dates(value)
            if fixed is not value and _accepts(model, {**required, key: fixed}):
                good[key] = fixed
                as_sent[key] = value
                dates.add(key)
            else:
                bad[key] = value
                what = expected(field.kind) if field is not None else "its documented type"
                notes.append(
                    f"field {key!r}: {json_name(value)} that does not read as {what}; kept aside "
                    f"in record[{key!r}], the attribute is None"
                )
        else:
            good[key] = value
    try:
        result = model.from_dict(good)
    except PARSE_ERRORS as exc:
        raise UnparseableError(str(exc)) from None
    extra = getattr(result, "additional_properties", None)
    if isinstance(extra, dict):
        # to_dict() writes the parsed fields over these, so the wire form stays ISO while
        # record["closeDate"] still gives what the server sent.
        extra.update(as_sent)
        extra.update(bad)
    notes[:0] = [f"dates: DD/MM/YYYY in {key!r}" for key in sorted(dates)]
    _report(model, name, deviations, notes)
    return result


def _report(
    model: FromDict[Any], name: str, deviations: Deviations | None, notes: list[str]
) -> None:
    """Log what was read another way (once per client when the client keeps count)."""
    # One line per field: the set of fields varies from record to record, the fields do not.
    for message in notes:
        if deviations is not None:
            deviations.note(message, schema_name(model))
        else:
            logger.warning("icloudready: %s %s", name, message)
