"""The shapes of the generated operation table (``icloudready._operations``).

The table is the spec model as plain data in the SDK's own terms (method and parameter
names, kinds, the spec's descriptions and bounds): what the command line builds its
commands and help from, and what ``make api-diff`` lists, with no reflection over the
generated code. Generation writes it; nothing here reads a spec.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ._coerce import Kind


@dataclass(frozen=True, slots=True)
class Param:
    """A path or query parameter, a body field (a keyword argument) or a model's field."""

    name: str  # the SDK's keyword (snake_case)
    wire_name: str  # as the API spells it
    location: str  # path, query, body, field
    kind: Kind
    required: bool = False
    description: str = ""  # the spec's
    bounds: tuple[tuple[str, Any], ...] = ()  # the spec's (minimum, maxLength, pattern, ...)
    default: Any = None
    has_default: bool = False
    role: str | None = None  # a list's page, limit, order, sort, fields, filter or search
    nullable: bool = False  # null is sent as null (it clears the field)
    names: tuple[str, ...] = ()  # the record fields a list role names (sort, fields, filter)
    annotation: str = ""  # the type in the SDK's signature
    inferred: bool = False  # the spec marks what is said of it x-inferred

    @property
    def bounds_text(self) -> str:
        """``from 1 to 100; at most 200 characters``: the spec's bounds in words.

        The pattern of a list role that names fields (``fields``, ``p``) restates the
        record's fields: ``names`` says it readably instead.
        """
        bounds = dict(self.bounds)
        if self.names:
            bounds.pop("pattern", None)
        return describe_bounds(bounds)


@dataclass(frozen=True, slots=True)
class Result:
    kind: str  # page, model, array, primitive, none
    model: str | None  # the record's class (of a page, a model or an array of models)
    annotation: str  # the method's return type


@dataclass(frozen=True, slots=True)
class Operation:
    operation_id: str
    tag: str  # client.<tag>
    name: str  # client.<tag>.<name>(...)
    http_method: str
    path: str
    kind: str  # list, create, retrieve, replace, patch, delete, bulk-update, ...
    summary: str
    description: str
    params: tuple[Param, ...]  # path, then body fields, then query, as the method takes them
    result: Result
    body_model: str | None = None  # the model the body fields belong to
    body_required: bool = False
    deprecated: bool = False
    rate_tier: str = "standard"
    walk: str | None = None  # the lazy walk over every page (``list_all``), for a list
    inferred: bool = False

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)

    def role(self, role: str) -> Param | None:
        return next((p for p in self.params if p.role == role), None)


@dataclass(frozen=True, slots=True)
class Resource:
    """A collection: its record's model and the operations a bulk export or import uses."""

    tag: str
    collection: str
    record: str  # the record's class
    id_field: str  # the record's id, as the API spells it
    operations: tuple[str, ...]  # method names, by kind below
    list: str | None = None
    create: str | None = None
    retrieve: str | None = None
    replace: str | None = None
    patch: str | None = None
    import_create: str | None = None  # the create an import sends (x-import, else create)
    filterable: tuple[str, ...] = ()  # wire names ``p`` may filter on
    sortable: tuple[str, ...] = ()  # wire names ``sortBy`` may name
    search_fields: tuple[str, ...] = field(default=())


def describe_bounds(bounds: dict[str, Any]) -> str:
    return "; ".join(bound_phrases(bounds))


def bound_phrases(bounds: dict[str, Any]) -> list[str]:
    """The spec's bounds (JSON Schema keywords) in words, as docstrings and the CLI show them."""
    parts = []
    low, high = bounds.get("minimum"), bounds.get("maximum")
    if low is not None and high is not None:
        parts.append(f"from {low} to {high}")
    elif low is not None:
        parts.append(f"at least {low}")
    elif high is not None:
        parts.append(f"at most {high}")
    if bounds.get("exclusiveMinimum") is not None:
        parts.append(f"more than {bounds['exclusiveMinimum']}")
    if bounds.get("exclusiveMaximum") is not None:
        parts.append(f"less than {bounds['exclusiveMaximum']}")
    if bounds.get("minLength"):
        parts.append(f"at least {bounds['minLength']} characters")
    if bounds.get("maxLength") is not None:
        parts.append(f"at most {bounds['maxLength']} characters")
    if bounds.get("pattern"):
        parts.append(f"matching {bounds['pattern']}")
    if bounds.get("minItems"):
        parts.append(f"at least {bounds['minItems']} items")
    if bounds.get("maxItems") is not None:
        parts.append(f"at most {bounds['maxItems']} items")
    return parts
