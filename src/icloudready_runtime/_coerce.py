"""Plain Python values in, the wire's JSON out, checked before anything is sent.

Every nested or bulk parameter accepts a ``Mapping`` (keys in snake_case or the wire's
camelCase), the generated ``...Param`` TypedDict, or a record of the same shape (anything
with ``to_dict()``). Unknown keys and wrong types raise ``TypeError`` naming the
parameter, the key and what is expected. Unambiguous values are coerced (ISO date
strings, ``Decimal``, integral floats for integers); a ``datetime`` for a date is refused.

The field tables come from the spec through the model template (``__fields__`` on each
generated model), so nothing here names a field. Hand-written rather than pydantic: the
client's only dependencies are httpx and attrs.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, ClassVar, Protocol, runtime_checkable

from . import _dates
from ._types import UNSET

__all__ = [
    "Field",
    "Kind",
    "SupportsToDict",
    "body",
    "check_sendable",
    "model_fields",
    "to_wire",
    "wire_fields",
    "wire_filters",
    "wire_name",
]


@runtime_checkable
class SupportsToDict(Protocol):
    """A record (any generated model): accepted where an input of the same shape is expected."""

    def to_dict(self) -> dict[str, Any]: ...


class _HasFields(Protocol):
    __fields__: ClassVar[tuple[Field, ...]]
    __closed__: ClassVar[bool]


@dataclass(frozen=True, slots=True)
class Kind:
    """What a value must be, from the spec's schema."""

    name: str
    """string, number, integer, boolean, date, date-time, enum, object, model, array, any."""
    nullable: bool = False
    values: tuple[object, ...] = ()
    """The allowed values of an enum."""
    model: Any = None
    """The generated model class of a ``model`` (its ``__fields__`` describe the keys)."""
    item: Kind | None = None
    """The items' kind of an ``array``."""
    format: str | None = None
    """A ``date``'s wire format when it is not ISO (``DD/MM/YYYY``: ``x-date-format``)."""

    def describe(self) -> str:
        if self.name == "enum":
            text = "one of " + ", ".join(repr(v) for v in self.values)
        elif self.name == "array":
            text = f"a list (each item {self.item.describe() if self.item else 'any value'})"
        elif self.name == "model":
            text = f"a mapping (or {getattr(self.model, '__name__', 'record')}) with keys " + (
                ", ".join(f.python_name for f in model_fields(self.model))
            )
        else:
            text = _DESCRIPTIONS.get(self.name, self.name)
        return text + (" or None" if self.nullable else "")


_DESCRIPTIONS = {
    "string": "a str",
    "number": "a number (int, float or Decimal)",
    "integer": "an int",
    "boolean": "a bool",
    "date": "a datetime.date or an ISO date string (YYYY-MM-DD)",
    "date-time": "a datetime.datetime or an ISO 8601 string",
    "object": "a mapping",
    "any": "any JSON value",
}


@dataclass(frozen=True, slots=True)
class Field:
    """One property of a generated model: Python name, wire name and kind."""

    python_name: str
    wire_name: str
    kind: Kind
    required: bool = False


def model_fields(model: Any) -> tuple[Field, ...]:
    fields: tuple[Field, ...] = getattr(model, "__fields__", ())
    return fields


def _lookup(model: Any) -> dict[str, Field]:
    table: dict[str, Field] | None = model.__dict__.get("_lookup_cache")
    if table is None:
        table = {}
        for f in model_fields(model):
            table[f.wire_name] = f
            table[f.python_name] = f
        # A class attribute set once per model: the table is built on first use, not at import.
        type.__setattr__(model, "_lookup_cache", table)
    return table


def _fail(where: str, kind: Kind, value: object) -> TypeError:
    shown = repr(value)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    return TypeError(f"{where}: expected {kind.describe()}, got {type(value).__name__} {shown}")


def _unsendable_str(value: str, where: str) -> TypeError | None:
    """A str that cannot be sent as UTF-8 (a lone surrogate, from a bad decode or a JSON
    ``"\\ud800"``), else None; ASCII, the common case, is known without a scan."""
    if value.isascii():
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        bad = value[exc.start : exc.end]
        return TypeError(
            f"{where}: the str contains a lone surrogate ({bad!r} at index {exc.start}), "
            "which cannot be sent as UTF-8"
        )
    return None


def _non_finite(value: float | Decimal, where: str, kind: Kind | None = None) -> TypeError:
    expected = f"; expected {kind.describe()}" if kind is not None else ""
    return TypeError(f"{where}: {value!r} cannot be sent: JSON has no infinity or NaN{expected}")


def _as_mapping(value: object) -> object:
    """A record (anything with ``to_dict()``) as a mapping; other values unchanged.

    A generated model is read field by field, not through its ``to_dict()``: that one
    assumes each nested field holds a record, and one built with a plain dict inside
    (``OpportunityInput(activity_log=[{...}])``) would fail with AttributeError. The
    nested values are then checked and converted like any input.
    """
    if isinstance(value, Mapping) or not isinstance(value, SupportsToDict):
        return value
    fields: tuple[Field, ...] | None = getattr(type(value), "__fields__", None)
    if fields is None:
        return value.to_dict()
    # Undocumented keys first, the fields over them (as to_dict() orders them).
    out: dict[str, Any] = dict(getattr(value, "additional_properties", None) or {})
    for f in fields:
        item = getattr(value, f.python_name, None)
        if item is not None:
            out[f.wire_name] = item
    return out


def _jsonable(value: object, where: str) -> object:  # noqa: PLR0911 - one return per kind
    """Free-form values: containers walked, dates and Decimals written as JSON would."""
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, str):
        error = _unsendable_str(value, where)
        if error is not None:
            raise error
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _non_finite(value, where)
        return value
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise _non_finite(value, where)
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    value = _as_mapping(value)
    if isinstance(value, Mapping):
        out: dict[str, object] = {}
        for k, v in value.items():
            key = str(k)
            error = _unsendable_str(key, f"{where}: key {key!r}")
            if error is not None:
                raise error
            out[key] = _jsonable(v, f"{where}[{k!r}]")
        return out
    if isinstance(value, Sequence) and not isinstance(value, bytes | bytearray):
        return [_jsonable(v, f"{where}[{i}]") for i, v in enumerate(value)]
    raise TypeError(f"{where}: {type(value).__name__} cannot be sent as JSON")


def _model_to_wire(model: Any, value: object, where: str, kind: Kind) -> dict[str, Any]:
    value = _as_mapping(value)
    if not isinstance(value, Mapping):
        raise _fail(where, kind, value)
    table = _lookup(model)
    closed: bool = getattr(model, "__closed__", False)
    out: dict[str, Any] = {}
    for key, item in value.items():
        field = table.get(key) if isinstance(key, str) else None
        if field is None:
            if closed:
                names = ", ".join(f.python_name for f in model_fields(model))
                raise TypeError(f"{where}: unknown key {key!r}; expected keys: {names}")
            out[str(key)] = _jsonable(item, f"{where}[{key!r}]")
            continue
        if item is UNSET:
            continue
        if field.wire_name in out:
            raise TypeError(
                f"{where}: {field.python_name!r} given twice (as {field.python_name!r} "
                f"and {field.wire_name!r})"
            )
        out[field.wire_name] = to_wire(field.kind, item, f"{where}[{field.python_name!r}]")
    for field in model_fields(model):
        if field.required and field.wire_name not in out:
            raise TypeError(f"{where}: required key {field.python_name!r} is missing")
    return out


def to_wire(kind: Kind, value: object, where: str) -> Any:  # noqa: PLR0911, PLR0912 - one branch per kind
    """``value`` as the wire expects ``kind``; ``TypeError`` naming ``where`` otherwise."""
    if value is None:
        # "any" is the spec's {} (items: {} of notes and units): null is a JSON value too.
        if kind.nullable or kind.name == "any":
            return None
        raise TypeError(
            f"{where}: None is not accepted (the spec does not allow null here); "
            f"expected {kind.describe()}"
        )
    name = kind.name
    if name == "string":
        if isinstance(value, str):
            error = _unsendable_str(value, where)
            if error is not None:
                raise error
            return value
    elif name in ("number", "integer"):
        return _number(kind, value, where)
    elif name == "boolean":
        if isinstance(value, bool):
            return value
    elif name == "date":
        if isinstance(value, datetime.datetime):
            raise TypeError(
                f"{where}: expected a date, got the datetime {value!r}; pass {value!r}.date() "
                "if the day is what you mean"
            )
        if isinstance(value, datetime.date):
            return _dates.write(value, kind.format)
        if isinstance(value, str):
            # An ISO date string (a datetime's is refused), or one in the field's wire format.
            readers = [datetime.date.fromisoformat]
            if kind.format:
                readers.append(lambda text: _dates.parse(text, kind.format))
            for read in readers:
                try:
                    return _dates.write(read(value), kind.format)
                except ValueError:
                    pass
    elif name == "date-time":
        if isinstance(value, datetime.datetime):
            return value.isoformat()
        if isinstance(value, str):
            try:
                datetime.datetime.fromisoformat(value)
            except ValueError:
                pass
            else:
                return value
    elif name == "enum":
        if value in kind.values:
            return value
    elif name == "model":
        return _model_to_wire(kind.model, value, where, kind)
    elif name == "object":
        value = _as_mapping(value)
        if isinstance(value, Mapping):
            return _jsonable(value, where)
    elif name == "array":
        if isinstance(value, Sequence) and not isinstance(value, str | bytes | bytearray):
            item = kind.item or Kind("any")
            return [to_wire(item, v, f"{where}[{i}]") for i, v in enumerate(value)]
    elif name == "any":
        return _jsonable(value, where)
    raise _fail(where, kind, value)


def _number(kind: Kind, value: object, where: str) -> int | float:
    """A number or an integer: finite, and for an integer integral (5.0 is 5)."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise _fail(where, kind, value)
    if isinstance(value, int):
        return value
    if not (math.isfinite(value) if isinstance(value, float) else value.is_finite()):
        raise _non_finite(value, where, kind)
    if kind.name == "integer":
        if value != int(value):
            raise _fail(where, kind, value)
        return int(value)
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def body(model: Any, values: Mapping[str, object], where: str) -> dict[str, Any]:
    """The JSON body of ``model`` from the keyword arguments of method ``where``.

    ``UNSET`` arguments are left out; errors read ``create(): activity_log[0]: ...``.
    """
    out: dict[str, Any] = {}
    table = _lookup(model)
    for python_name, value in values.items():
        if value is UNSET:
            continue
        field = table[python_name]
        out[field.wire_name] = to_wire(field.kind, value, f"{where}(): {python_name}")
    return out


def wire_name(model: Any, name: str) -> str:
    """A field's wire name from its attribute name (or the wire name itself)."""
    field = _lookup(model).get(name)
    return field.wire_name if field is not None else name


def wire_fields(model: Any, value: str | Sequence[str] | None) -> str | None:
    """``fields=``: attribute names (a list or comma-separated) sent as wire names."""
    if value is None:
        return None
    names = value.split(",") if isinstance(value, str) else list(value)
    return ",".join(wire_name(model, n.strip()) for n in names)


def wire_filters(model: Any, value: str | Mapping[str, object] | None) -> str | None:
    """``p=``: ``{"stage": "won"}`` or ``"stage:won,..."``; attribute names sent as wire names."""
    if value is None:
        return None
    if isinstance(value, str):
        pairs = [part.partition(":") for part in value.split(",")]
        return ",".join(f"{wire_name(model, k.strip())}{sep}{v}" for k, sep, v in pairs)
    return ",".join(f"{wire_name(model, k)}:{v}" for k, v in value.items())


def check_sendable(value: object, where: str) -> object:
    """A free-form value (``extra_body``, a query parameter) as JSON can carry it: dates and
    Decimals converted; ``TypeError`` naming ``where`` for infinity, NaN or a lone surrogate."""
    return _jsonable(value, where)
