"""What openapi.yaml must restate, computed from its declarations (``make generate`` writes it).

A plain OpenAPI document has to repeat some facts for Prism, Spectral, Redocly and
schemathesis to see them: the list's ``fields`` pattern names the record's fields, ``p``'s
pattern the filterable ones, ``sortBy``'s enum the sortable ones, and the record repeats
the create body's fields. Here each is computed from the one place it is declared (the
record's fields and their ``x-sortable``/``x-filterable`` marks, the body's fields), so a
new field is one edit; tools/writeback.py writes these values into the YAML, keeping its
comments and layout, and ``make check`` fails when the file and these values differ.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._model import Resource, Spec
from ._schema import BOUNDS, DATE_FORMATS, Schema


@dataclass(frozen=True)
class Restatement:
    pointer: str  # the node whose value is restated
    value: Any  # what it must be (plain JSON)
    why: str  # what it restates, for messages


def restatements(spec: Spec) -> list[Restatement]:
    found: list[Restatement] = []
    for resource in spec.resources.values():
        found += _list_parameters(resource)
        record = _record_properties(resource)
        if record is not None:
            found.append(record)
    return found + _date_patterns(spec)


def _date_patterns(spec: Spec) -> list[Restatement]:
    """A date written other than ISO (``x-date-format``) has the pattern of its format, so
    that validators (the mock's, Prism, schemathesis) hold values to it."""
    schemas = {s.pointer: s for s in spec.schemas.values()}
    for op in spec.operations:
        for schema in [
            op.body.schema if op.body else None,
            *(r.schema for r in op.responses.values()),
        ]:
            if schema is not None:
                schemas.update((s.pointer, s) for _, s in schema.walk())
    return [
        Restatement(
            f"{s.pointer}/pattern", DATE_FORMATS[s.date_format], f"x-date-format {s.date_format}"
        )
        for s in sorted(schemas.values(), key=lambda s: s.pointer)
        if s.date_format in DATE_FORMATS
    ]


def problems(spec: Spec) -> list[str]:
    """What the declarations contradict (write-back cannot fix these)."""
    found: list[str] = []
    for resource in spec.resources.values():
        where = f"{resource.record.name or resource.record.pointer} ({resource.collection})"
        inputs = resource.input.properties if resource.input else {}
        declared = dict.fromkeys([*inputs.items(), *resource.properties.items()])
        for name, schema in declared:
            if schema.filterable and schema.type != "string":
                found.append(f"{where}: {name} is x-filterable but not a string (p compares text)")
            if schema.sortable and schema.type not in ("string", "number", "integer"):
                found.append(f"{where}: {name} is x-sortable but not a string or a number")
        listing = resource.list_operation
        if listing is not None:
            if listing.role("filter") is not None and not resource.filter_fields:
                found.append(f"{listing.operation_id}: takes p, but no field is x-filterable")
            if listing.role("sort") is not None and not resource.sort_keys:
                found.append(f"{listing.operation_id}: takes sortBy, but no field is x-sortable")
        if resource.input is not None and resource.input is not resource.record:
            inputs = resource.input.properties
            for name, schema in resource.properties.items():
                if not schema.read_only and name not in inputs and name != resource.id_field:
                    body = resource.input.name or "the create body"
                    found.append(
                        f"{where}: {name} is neither a field of {body} nor readOnly "
                        "(a record is the create body's fields plus readOnly ones)"
                    )
    return found


def _list_parameters(resource: Resource) -> list[Restatement]:
    """Each list role that names record fields: its pattern (or enum) from the declarations."""
    listing = resource.list_operation
    record = resource.record.name or "the record"
    found = []
    for role, names, why in (
        ("fields", resource.projection_fields, "the fields"),
        ("filter", resource.filter_fields, "the x-filterable fields"),
        ("sort", resource.sort_keys, "the x-sortable fields"),
    ):
        param = listing.role(role) if listing is not None else None
        if param is None or not names:
            continue
        one = "(" + "|".join(names) + ")" + (":[^,]*" if role == "filter" else "")
        value: Any = list(names) if role == "sort" else f"^{one}(,{one})*$"
        where = f"{param.pointer}/schema/{'enum' if role == 'sort' else 'pattern'}"
        found.append(Restatement(where, value, f"{why} of {record}"))
    return found


def record_field(raw: dict[str, Any]) -> dict[str, Any]:
    """A create body's field as the record shows it: never null (null clears), no bounds
    (but a date's pattern: the format it is written in)."""
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if (
            key in BOUNDS and not (key == "pattern" and "x-date-format" in raw)
        ) or key == "default":
            continue
        out[key] = value
        if key == "type" and isinstance(value, list):
            kinds = [k for k in value if k != "null"]
            out[key] = kinds[0] if len(kinds) == 1 else kinds
        elif key == "enum" and isinstance(value, list):
            out[key] = [v for v in value if v is not None]
    return out


def _record_properties(resource: Resource) -> Restatement | None:
    """The record's properties: its readOnly ones, then the create body's, then the others."""
    record, source = resource.record, resource.input
    if source is None or source is record or record.name is None:
        return None
    own = record.raw.get("properties") or {}
    kept = {
        name: raw
        for name, raw in own.items()
        if _schema(record, name).read_only or name == resource.id_field
    }
    derived = {
        name: record_field(raw)
        for name, raw in (source.raw.get("properties") or {}).items()
        if name not in kept
    }
    others = {name: raw for name, raw in own.items() if name not in kept and name not in derived}
    return Restatement(
        f"{record.pointer}/properties",
        {**kept, **derived, **others},
        f"the fields of {source.name or 'the create body'} plus {record.name}'s readOnly ones",
    )


def _schema(record: Schema, name: str) -> Schema:
    return record.properties[name]
