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


def _jsonable(value: object, where: str) -> object:
    """Free-form values: containers walked, dates and Decimals written as JSON would."""
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, SupportsToDict) and not isinstance(value, Mapping):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v, f"{where}[{k!r}]") for k, v in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, bytes | bytearray):
        return [_jsonable(v, f"{where}[{i}]") for i, v in enumerate(value)]
    raise TypeError(f"{where}: {type(value).__name__} cannot be sent as JSON")


def _model_to_wire(model: Any, value: object, where: str, kind: Kind) -> dict[str, Any]:
    if isinstance(value, SupportsToDict) and not isinstance(value, Mapping):
        value = value.to_dict()
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
        if kind.nullable:
            return None
        raise TypeError(
            f"{where}: None is not accepted (the spec does not allow null here); "
            f"expected {kind.describe()}"
        )
    name = kind.name
    if name == "string":
        if isinstance(value, str):
            return value
    elif name == "number":
        if isinstance(value, int | float) and not isinstance(value, bool):
            return value
        if isinstance(value, Decimal) and value.is_finite():
            return int(value) if value == value.to_integral_value() else float(value)
    elif name == "integer":
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, float | Decimal) and value == int(value):
            return int(value)
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
        if isinstance(value, SupportsToDict) and not isinstance(value, Mapping):
            value = value.to_dict()
        if isinstance(value, Mapping):
            return _jsonable(value, where)
    elif name == "array":
        if isinstance(value, Sequence) and not isinstance(value, str | bytes | bytearray):
            item = kind.item or Kind("any")
            return [to_wire(item, v, f"{where}[{i}]") for i, v in enumerate(value)]
    elif name == "any":
        return _jsonable(value, where)
    raise _fail(where, kind, value)


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
