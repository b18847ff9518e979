"""The spec model's types: operations, parameters, responses, resources, the spec itself.

Built by ``_read`` (the document, strictly) and ``_convention`` (kinds and list roles);
every consumer (generation, the operation table, the mock, the contract kit, the checks)
reads these instead of restating routes, kinds or field lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ._load import Document, walk_inferences
from ._schema import Schema

KINDS = ("list", "create", "retrieve", "replace", "patch", "delete", "bulk-update",
         "subresource", "sign-in", "action")  # fmt: skip
# The kinds the mock serves from the store, by the operation's resource.
RECORD_KINDS = frozenset(KINDS) - {"sign-in", "action"}
# The kinds whose last path parameter is the id of one record.
RECORD_OPERATIONS = frozenset({"retrieve", "replace", "patch", "delete", "subresource"})
ROLES = ("page", "limit", "order", "sort", "fields", "filter", "search")


@dataclass(frozen=True)
class Inference:
    pointer: str
    reason: str

    @property
    def dotted(self) -> str:
        return dotted(self.pointer)


def dotted(pointer: str) -> str:
    """``#/components/schemas/OpportunityList`` as ``components.schemas.OpportunityList``."""
    return ".".join(p.replace("~1", "/").replace("~0", "~") for p in pointer[2:].split("/"))


@dataclass(frozen=True)
class RateTier:
    name: str
    per_minute: int
    per_hour: int


@dataclass(eq=False)
class Parameter:
    name: str
    location: str  # path, query, header
    required: bool
    schema: Schema
    description: str
    pointer: str  # its own pointer (the component's when it is $ref'd)
    role: str | None = None  # a list's page, limit, order, sort, fields, filter or search
    inferred: str | None = None  # x-inferred: its reason
    example: Any = None


@dataclass(eq=False)
class Link:
    operation_id: str
    parameters: dict[str, str]


@dataclass(eq=False)
class Response:
    status: str  # "200", "5XX", "default"
    schema: Schema | None
    pointer: str  # its own pointer (the component's when it is $ref'd)
    inferred: str | None = None
    links: tuple[Link, ...] = ()


@dataclass(eq=False)
class Body:
    schema: Schema
    required: bool
    pointer: str
    examples: tuple[Any, ...] = ()  # resolved example values


@dataclass(frozen=True)
class ListShape:
    """Where a list response puts its records and paging numbers (None: not there)."""

    items: str | None  # None: a bare array
    page: str | None = None
    limit: str | None = None
    total: str | None = None


@dataclass(eq=False)
class Operation:
    operation_id: str
    method: str  # upper case
    path: str  # as written (a trailing slash is kept: it is sent)
    tag: str
    summary: str
    description: str
    deprecated: bool
    public: bool  # no token needed
    parameters: tuple[Parameter, ...]
    body: Body | None
    responses: dict[str, Response]
    pointer: str
    kind: str = ""
    declared: frozenset[str] = frozenset()  # the x- declarations it carries
    method_name: str = ""
    rate_tier: str = ""
    for_import: bool = False  # x-import: the create a bulk import sends (stores rows as given)
    inferred: str | None = None
    resource: Resource | None = field(default=None, repr=False)
    subresource_field: str | None = None

    @property
    def segments(self) -> list[str]:
        return self.path.strip("/").split("/")

    @property
    def path_parameters(self) -> list[Parameter]:
        return [p for p in self.parameters if p.location == "path"]

    @property
    def on_one_record(self) -> bool:
        """Its last path parameter is a record's id (else every one scopes a collection)."""
        return self.kind in RECORD_OPERATIONS and bool(self.path_parameters)

    def fill(self, record_id: str = "", **values: str) -> str:
        """The path with a value for each parameter: ``values`` by name, ``record_id`` for the
        record's id, else the parameter's example (or first enum value): a usable scope."""
        path = self.path
        params = self.path_parameters
        for index, param in enumerate(params):
            if param.name in values:
                value = values[param.name]
            elif self.on_one_record and index == len(params) - 1:
                value = record_id
            else:
                example = param.example
                if example is None and param.schema.enum:
                    example = param.schema.enum[0]
                value = "" if example is None else str(example)
            path = path.replace("{" + param.name + "}", value)
        return path

    @property
    def query_parameters(self) -> list[Parameter]:
        return [p for p in self.parameters if p.location == "query"]

    def query(self, name: str) -> Parameter | None:
        return next((p for p in self.query_parameters if p.name == name), None)

    def role(self, role: str) -> Parameter | None:
        """The parameter playing a list role (page, limit, sort, ...), if any."""
        return next((p for p in self.parameters if p.role == role), None)

    @property
    def success(self) -> Response | None:
        """The lowest documented 2xx response."""
        codes = sorted(s for s in self.responses if s.isdigit() and s.startswith("2"))
        return self.responses[codes[0]] if codes else None

    @property
    def success_status(self) -> int:
        return int(self.success.status) if self.success else 200

    @property
    def success_schema(self) -> Schema | None:
        return self.success.schema if self.success else None

    def response_for(self, status: int) -> Response | None:
        """The declared response that covers ``status`` (``404``, or a range like ``5XX``)."""
        return self.responses.get(str(status)) or self.responses.get(f"{str(status)[0]}XX")

    @property
    def links(self) -> tuple[Link, ...]:
        return tuple(link for r in self.responses.values() for link in r.links)


@dataclass(eq=False)
class Resource:
    """A collection of records: one SQLite table in the mock, one cleanup in the contract run."""

    tag: str
    collection: str  # the collection path, without a trailing slash
    record: Schema
    id_field: str
    operations: list[Operation] = field(default_factory=list)
    input: Schema | None = None  # what create takes (the record's writable fields)
    id_parameter: Parameter | None = None
    list_shape: ListShape | None = None

    def of_kind(self, kind: str) -> list[Operation]:
        return [op for op in self.operations if op.kind == kind]

    @property
    def list_operation(self) -> Operation | None:
        return next(iter(self.of_kind("list")), None)

    @property
    def import_operation(self) -> Operation | None:
        """The create an import sends: the one declared ``x-import``, else the first."""
        creates = self.of_kind("create")
        return next((op for op in creates if op.for_import), next(iter(creates), None))

    @property
    def name(self) -> str:
        return re.sub(r"[{}]", "", self.collection.strip("/")).replace("/", "_") or self.tag

    @property
    def properties(self) -> dict[str, Schema]:
        return self.record.properties

    @property
    def timestamps(self) -> tuple[str | None, str | None]:
        """The record's creation and change timestamps (date-time fields named so)."""
        stamps = [n for n, s in self.properties.items() if s.format == "date-time"]
        created = next((n for n in stamps if n.lower().startswith("created")), None)
        updated = next((n for n in stamps if n.lower().startswith("updated")), None)
        return created, updated

    @property
    def sort_keys(self) -> list[str]:
        """The fields declared ``x-sortable`` (what ``sortBy`` offers)."""
        return [name for name, schema in self.properties.items() if schema.sortable]

    @property
    def filter_fields(self) -> list[str]:
        """The fields declared ``x-filterable`` (what ``p`` filters on)."""
        return [name for name, schema in self.properties.items() if schema.filterable]

    @property
    def projection_fields(self) -> list[str]:
        """What ``fields`` may name: every field but the id, which always comes back."""
        return [name for name in self.properties if name != self.id_field]

    @property
    def search_fields(self) -> list[str]:
        """What ``q`` searches: free-text strings (no format), unless x-searchable says;
        nothing where no list takes ``q``."""
        if not any(p.role == "search" for op in self.of_kind("list") for p in op.parameters):
            return []
        skip = (self.id_field, *self.timestamps)
        found = []
        for name, schema in self.properties.items():
            text = schema.type == "string" and schema.format is None and not schema.date_format
            if schema.searchable if schema.searchable is not None else text and name not in skip:
                found.append(name)
        return found

    def scalar_type(self, name: str) -> str | None:
        schema = self.properties.get(name)
        return schema.type if schema is not None else None


@dataclass(eq=False)
class Spec:
    path: Path | None
    document: Document = field(repr=False)
    title: str
    base_url: str  # servers[0]
    tags: dict[str, str]  # name -> description
    rate_tiers: dict[str, RateTier]
    default_tier: str
    operations: list[Operation]
    resources: dict[str, Resource]  # by collection path
    schemas: dict[str, Schema]  # components, by name

    @cached_property
    def inferences(self) -> list[Inference]:
        return [
            Inference(
                pointer,
                f"observed {node['x-observed']}"
                if "x-observed" in node
                else str(node.get("x-inferred-reason", "(no reason given)")),
            )
            for pointer, node in walk_inferences(self.document)
        ]

    @property
    def prefix(self) -> str:
        """The base URL's path (``/api/v2``): where the API lives on any host."""
        return prefix_of(self.document)

    @property
    def components(self) -> dict[str, Any]:
        components = self.document.get("components") or {}
        return components if isinstance(components, dict) else {}

    def operation(self, operation_id: str) -> Operation:
        return next(op for op in self.operations if op.operation_id == operation_id)

    @property
    def sign_in(self) -> Operation | None:
        return next((op for op in self.operations if op.kind == "sign-in"), None)


def prefix_of(document: Document) -> str:
    """The path of the spec's first server URL (``/api/v2``), read without building a model."""
    servers = document.get("servers") or [{}]
    return urlsplit(str(servers[0].get("url") or "")).path.rstrip("/")


def inferred_target(schema: Schema | None) -> str | None:
    """The pointer of the component schema ``schema`` is, when that one is inferred."""
    if schema is not None and schema.name is not None and schema.inferred is not None:
        return schema.pointer
    return None
