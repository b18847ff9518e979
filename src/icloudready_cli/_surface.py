"""What the CLI offers, read from the generated operation table (``icloudready._operations``).

Nothing here names an operation or a field. The table is the spec model in the SDK's
terms: tags, methods, parameters with their kinds, the spec's descriptions and bounds,
which operation lists and which creates. So an operation added to openapi.yaml is a
command after ``make generate``, and each option's help is what the spec says of it.
"""

from __future__ import annotations

import datetime
import importlib
import json
import math
from dataclasses import dataclass, field
from functools import cache
from importlib import resources as package_files
from pathlib import Path
from types import ModuleType
from typing import Any

from icloudready_runtime import _body_schema, _coerce, _dates, _table

# Kinds of the SDK's values (runtime Kind names) -> how the CLI reads them from text.
_CLI_KIND = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "date": "date",
    "date-time": "datetime",
    "enum": "choice",
    "array": "list",
    "model": "model",
    "object": "mapping",
    "any": "json",
}


class ConversionError(ValueError):
    """A value that cannot become what a parameter expects; the message says what is."""


class _Clear:
    """``null`` given for a field the spec lets clear: sent as JSON null."""

    def __repr__(self) -> str:
        return "null"


CLEAR = _Clear()


@dataclass(frozen=True)
class Kind:
    """How one parameter's value is read from text (command line, CSV) or JSON (JSONL)."""

    name: str  # str, int, float, bool, date, datetime, choice, list, model, mapping, json
    choices: tuple[str, ...] = ()
    item: Kind | None = None
    model: str | None = None  # the model's class name, for a model
    date_format: str | None = None  # a date's wire format other than ISO (DD/MM/YYYY)
    nullable: bool = False  # "null" clears the field

    @classmethod
    def of(cls, kind: _coerce.Kind) -> Kind:
        name = _CLI_KIND.get(kind.name, "json")
        return cls(
            name,
            choices=tuple(str(v) for v in kind.values),
            item=cls.of(kind.item) if kind.item is not None else None,
            model=str(kind.model) if kind.model is not None else None,
            date_format=kind.format,
            nullable=kind.nullable,
        )

    def describe(self) -> str:
        if self.name == "choice":
            return "|".join(self.choices)
        if self.name == "list":
            inner = self.item.describe() if self.item else "value"
            return f"{inner},... or JSON array"
        if self.name in {"model", "mapping"}:
            return "JSON object or @file.json"
        if self.name == "date" and self.date_format:
            return f"YYYY-MM-DD or {self.date_format}"
        names = {"date": "YYYY-MM-DD", "datetime": "ISO 8601", "json": "JSON", "str": "text"}
        return names.get(self.name, "integer" if self.name == "int" else self.name)

    def convert(self, value: object) -> Any:
        """Text (command line, CSV) or a JSON value (JSONL) into what the SDK takes.

        ``null`` (or JSON null) for a field the spec lets clear is ``CLEAR``: sent as null.
        """
        if self.nullable and (value is None or value == "null"):
            return CLEAR
        try:
            return self._convert(value)
        except (ValueError, TypeError, KeyError) as exc:
            raise ConversionError(f"expected {self.describe()}, got {value!r}: {exc}") from None

    def _convert(self, value: object) -> Any:  # noqa: PLR0911, PLR0912 - one branch per kind
        name = self.name
        if name == "str":
            if isinstance(value, str):
                return value
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise TypeError("not text")
            return str(value)
        if name in {"int", "float"}:
            if isinstance(value, bool):
                raise TypeError("a boolean is not a number")
            number = _number(value) if isinstance(value, str) else value
            if not isinstance(number, int | float) or math.isnan(number):
                raise TypeError("not a number")
            if name == "int":
                if isinstance(number, float) and not number.is_integer():
                    raise ValueError("not a whole number")
                return int(number)
            return number
        if name == "bool":
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in {"true", "1", "yes", "y"}:
                return True
            if text in {"false", "0", "no", "n"}:
                return False
            raise ValueError("not a boolean")
        if name == "date":
            if not isinstance(value, str):
                raise TypeError("not a date string")
            if self.date_format and "/" in value:
                return _dates.parse(value.strip(), self.date_format)
            return datetime.date.fromisoformat(value.strip()[:10])
        if name == "datetime":
            if not isinstance(value, str):
                raise TypeError("not a date-time string")
            return datetime.datetime.fromisoformat(value.strip())
        if name == "choice":
            if value not in self.choices:
                raise ValueError(f"not one of {', '.join(self.choices)}")
            return value
        if name == "list":
            items, parsed = _as_list(value)
            if self.item is None or (parsed and self.item.name == "json"):
                return items  # the items of a JSON array are JSON values already
            return [self.item.convert(i) for i in items]
        if name in {"model", "mapping"}:
            data = _as_json(value) if isinstance(value, str) else value
            if not isinstance(data, dict):
                raise TypeError("not a JSON object")
            return data
        return _as_json(value) if isinstance(value, str) else value


def _number(text: str) -> int | float:
    """ "20" stays the integer 20 on the wire (a float hint accepts ints), "0.5" a float."""
    try:
        return int(text)
    except ValueError:
        return float(text)


def read_at_file(text: str) -> str:
    """``@file.json`` stands for the file's content, like curl's ``-d @file``."""
    if text.startswith("@") and len(text) > 1:
        return Path(text[1:]).read_text(encoding="utf-8")
    return text


def _as_json(text: str) -> Any:
    return json.loads(read_at_file(text))


def _as_list(value: object) -> tuple[list[Any], bool]:
    """The items, and whether they came from JSON (else from comma-separated text)."""
    if isinstance(value, list):
        return value, True
    if not isinstance(value, str):
        raise TypeError("not a list")
    text = read_at_file(value).strip()
    if text.startswith("["):
        loaded = json.loads(text)
        if not isinstance(loaded, list):
            raise TypeError("not a JSON array")
        return loaded, True
    return [part.strip() for part in text.split(",") if part.strip()], False


def kind_of(param: _table.Param) -> Kind:
    return Kind.of(param.kind)


@cache
def _schemas() -> dict[str, Any]:
    text = package_files.files("icloudready").joinpath("_schemas.json").read_text(encoding="utf-8")
    return dict(json.loads(text))


@cache
def body_check(operation_id: str) -> _body_schema.BodySchema | None:
    """The server's own check of an operation's body (the mock's): for the dry run."""
    schemas = _schemas()
    body = schemas["bodies"].get(operation_id)
    if body is None:
        return None
    return _body_schema.BodySchema(body, schemas["components"], schemas["where"][operation_id])


def option(param: _table.Param) -> str:
    """``--close-date``; ``type_`` (renamed off a Python builtin by the SDK) is ``--type``."""
    return "--" + param.name.rstrip("_").replace("_", "-")


def command_name(name: str) -> str:
    return name.replace("_", "-")


def help_text(param: _table.Param) -> str:
    """The spec's description, bounds and default of a parameter: nothing SDK-only."""
    facts = [param.bounds_text] if param.bounds_text else []
    if param.kind.name == "enum" and param.role != "sort":
        facts.append("one of " + ", ".join(str(v) for v in param.kind.values))
    elif param.names and param.role != "sort":
        facts.append("fields: " + ", ".join(param.names))
    text = param.description
    if facts:
        text = f"{text} ({'; '.join(facts)})" if text else "; ".join(facts)
    return text


def body_fields(param: _table.Param) -> tuple[_table.Param, ...]:
    """The fields of a required body model (bulk update's ``update``): ``--stage won`` ..."""
    model = param.kind.model if param.kind.name == "model" else None
    if not (param.required and param.location == "body" and model):
        return ()
    return tuple(table().MODELS.get(str(model), ()))


@dataclass
class Resource:
    """A tag: its operations (the table's), and its collection for export and import."""

    tag: str
    description: str
    operations: dict[str, _table.Operation] = field(default_factory=dict)
    collection: _table.Resource | None = None

    @property
    def command(self) -> str:
        return command_name(self.tag)

    def operation(self, name: str | None) -> _table.Operation | None:
        return self.operations.get(name) if name else None


@cache
def table() -> ModuleType:
    return importlib.import_module("icloudready._operations")


@cache
def resources() -> dict[str, Resource]:
    ops = table()
    found = {tag: Resource(tag, description) for tag, description in ops.TAGS.items()}
    for op in ops.OPERATIONS:
        found[op.tag].operations[op.name] = op
    for collection in ops.RESOURCES:
        found[collection.tag].collection = collection
    return found


def resource(tag: str) -> Resource:
    return resources()[tag]


@cache
def wire_names(model: str) -> dict[str, str]:
    """Attribute -> wire key of every field of a model, in the spec's order."""
    return {f.name: f.wire_name for f in table().MODELS.get(model, ())}


def pacing_defaults() -> tuple[int, int]:
    """The SDK's pacing: the spec's default rate-limit tier (requests a minute, an hour)."""
    ops = table()
    per_minute, per_hour = ops.RATE_LIMITS[ops.DEFAULT_TIER]
    return int(per_minute), int(per_hour)
