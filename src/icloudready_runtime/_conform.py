"""Whether a response's values have the JSON types the spec gives their fields.

Generated ``from_dict`` parses dates and nested records but takes scalars and lists as
they come: ``customer`` (``str | None``) could hold a dict, ``revenue`` a str, ``id`` the
number 5, and code that passed ``mypy --strict`` crashed later. The tolerant parser
(``_parsing``) asks here first: ``conforms`` is the fast yes/no run on every record (a
type lookup per key present, plus the nested records), ``mismatch`` the slow reason for
a value that does not fit, naming what came and what the spec says.

The expected types come from the generated models' ``__fields__`` (``Field`` and
``Kind`` of ``_coerce``), read once per model: nothing here names a field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._coerce import Field, Kind, model_fields

_NONE = type(None)
# The Python types json.loads gives for each kind. A JSON number may be int or float,
# never bool; dates arrive as strings (from_dict parses them).
_JSON_TYPES: dict[str, frozenset[type]] = {
    "string": frozenset({str}),
    "number": frozenset({int, float}),
    "integer": frozenset({int}),
    "boolean": frozenset({bool}),
    "date": frozenset({str}),
    "date-time": frozenset({str}),
    "object": frozenset({dict}),
    "model": frozenset({dict}),
    "array": frozenset({list}),
}
_JSON_NAMES = {
    dict: "an object",
    list: "an array",
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "a boolean",
    _NONE: "null",
}

Check = Callable[[Any], bool]


def json_name(value: object) -> str:
    return _JSON_NAMES.get(type(value), type(value).__name__)


def _types_of(kind: Kind) -> frozenset[type] | None:
    """What a value of ``kind`` may be (null always: from_dict reads it as absent)."""
    if kind.name == "enum":
        return frozenset({type(v) for v in kind.values} | {_NONE})
    types = _JSON_TYPES.get(kind.name)
    return None if types is None else types | {_NONE}


def _deep_check(kind: Kind) -> Check | None:
    """The check of what is inside a value of ``kind`` (records, array items), if any."""
    if kind.name == "model":
        return checker(kind.model)
    if kind.name != "array" or kind.item is None:
        return None
    item_types = _types_of(kind.item)
    if item_types is None:
        return None
    item_types = item_types - {_NONE}  # a null item is no record, no string
    if kind.item.name == "model":
        return _records_check(kind.item.model)
    item_check = _deep_check(kind.item)

    def items(value: list[Any]) -> bool:
        for item in value:
            if type(item) not in item_types:
                return False
            if item_check is not None and not item_check(item):
                return False
        return True

    return items


def _records_check(model: Any) -> Check:
    """An array of ``model`` records: its flat fields checked inline (one call per array,
    not one per item: activityLog entries are in every record of a page)."""
    if model in _CHECKERS:  # built, or being built (a model that contains itself)
        record = _CHECKERS[model]
        return lambda value: all(type(item) is dict and record(item) for item in value)
    types, nested = _tables(model)
    if nested:
        record = checker(model)
        return lambda value: all(type(item) is dict and record(item) for item in value)
    get = types.get

    def records(value: list[Any]) -> bool:
        for item in value:
            if type(item) is not dict:
                return False
            for key, field_value in item.items():
                allowed = get(key)
                if allowed is not None and type(field_value) not in allowed:
                    return False
        return True

    return records


def _tables(model: Any) -> tuple[dict[str, frozenset[type]], tuple[tuple[str, Check], ...]]:
    """Per documented wire key: the JSON types allowed; and the nested checks."""
    types: dict[str, frozenset[type]] = {}
    deep: list[tuple[str, Check]] = []
    for field in model_fields(model):
        allowed = _types_of(field.kind)
        if allowed is not None:
            # null reads as absent, and a required field cannot be absent.
            if field.required and not field.kind.nullable:
                allowed -= {_NONE}
            types[field.wire_name] = allowed
        nested = _deep_check(field.kind)
        if nested is not None:
            deep.append((field.wire_name, nested))
    return types, tuple(deep)


_CHECKERS: dict[Any, Check] = {}


def checker(model: Any) -> Check:
    """The ``conforms`` test of one model, built once from its ``__fields__``.

    Closures over local tables and a loop over the keys present: the fastest form found
    (a page of 100 records pays about 70 us; a straight-line check of every field, or
    C-level map/set tricks, cost more).
    """
    found = _CHECKERS.get(model)
    if found is not None:
        return found
    # Registered before the nested checks are built: a model may contain itself.
    _CHECKERS[model] = lambda data: check(data)  # noqa: PLW0108 - check is defined below
    types, nested_checks = _tables(model)
    get = types.get

    def check(data: dict[str, Any]) -> bool:
        for key, value in data.items():
            allowed = get(key)
            if allowed is not None and type(value) not in allowed:
                return False
        for key, nested in nested_checks:
            value = data.get(key)
            if value is not None and not nested(value):
                return False
        return True

    _CHECKERS[model] = check
    return check


def conforms(model: Any, data: dict[str, Any]) -> bool:
    """Whether every documented key of ``data`` holds a value of its field's JSON type."""
    return checker(model)(data)


def fields_by_wire_name(model: Any) -> dict[str, Field]:
    return {field.wire_name: field for field in model_fields(model)}


_EXPECTED = {
    "string": "a string",
    "number": "a number",
    "integer": "an integer",
    "boolean": "a boolean",
    "date": "a date string",
    "date-time": "a date-time string",
    "object": "an object",
}


def expected(kind: Kind) -> str:
    """The spec's type of a field, shortly: "a string", "an array of an object (Document)"."""
    if kind.name == "model":
        return f"an object ({getattr(kind.model, '__name__', 'record')})"
    if kind.name == "array":
        return "an array" + (f" of {expected(kind.item)}" if kind.item is not None else "")
    if kind.name == "enum":
        return "one of " + ", ".join(repr(v) for v in kind.values)
    return _EXPECTED.get(kind.name, "any value")


def mismatch(kind: Kind, value: object) -> str | None:
    """Why ``value`` is not of ``kind`` (what it is, what the spec says), or None."""
    allowed = _types_of(kind)
    if allowed is not None and type(value) not in allowed:
        return f"{json_name(value)} where the spec says {expected(kind)}"
    if kind.name == "model" and isinstance(value, dict):
        fields = fields_by_wire_name(kind.model)
        for key, item in value.items():
            field = fields.get(key)
            inner = None if field is None or item is None else mismatch(field.kind, item)
            if inner is not None:
                return f"its {key!r} is {inner}"
    if kind.name == "array" and kind.item is not None and isinstance(value, list):
        for index, item in enumerate(value):
            if item is not None:
                inner = mismatch(kind.item, item)
            elif _types_of(kind.item) is not None:
                inner = f"null where the spec says {expected(kind.item)}"
            else:
                inner = None
            if inner is not None:
                return f"item {index} is {inner}"
    return None
