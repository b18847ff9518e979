"""The spec model: openapi.yaml read once into typed operations, resources and list roles.

Every consumer (generation, the operation table, the mock, the CLI through the table, the
contract kit, the checks) reads this model instead of restating routes, kinds or field
lists. What it cannot classify is an error naming the operation, raised when the spec is
loaded (so at ``make generate``), never a 501 discovered at run time.

**The convention** (the shapes the reference documents for every resource, see
``../shared/reference``; the README's "The spec's declarations" has the same list):

- a *collection* is a path ``C`` without parameters whose GET takes ``page`` or ``limit``:
  that GET lists, a POST on ``C`` creates;
- on ``C/{id}``: GET retrieves, PUT replaces (updates), PATCH patches, DELETE deletes;
  a GET on ``C/{id}/<name>`` is a sub-resource (a field of the record, or one of its shape);
- list roles by parameter name: ``page``, ``limit``, ``order``, ``sortBy`` (sort),
  ``fields`` (projection), ``p`` (filter), ``q`` (search); the record's free-text strings
  are searched; the record is the list's items (or the create/retrieve answer); its id is
  the one the create's links name, else ``_id`` or ``id``;
- a record is the create body's fields plus its ``readOnly`` ones (``make generate``
  writes the record's other properties from the body, see _writeback.py);
- every operation paces as the ``default`` tier of ``x-rate-limits``.

**Declarations** (vendor extensions; a declaration always wins over the convention):
``x-kind`` (list, create, retrieve, replace, patch, delete, bulk-update, subresource,
sign-in, action) and ``x-resource`` (the collection path) on an operation; ``x-method-name``
(the SDK's method name); ``x-rate-limit-tier``; ``x-role`` on a parameter; ``x-sortable``,
``x-filterable``, ``x-searchable`` and ``x-date-format`` on a record's field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from icloudready_runtime._shapes import TOTAL_KEYS

from ._load import Document, deref, escape, pointer_get, read, resolve, walk_inferences
from ._schema import Schema, SchemaReader, SpecError

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
KINDS = (
    "list",
    "create",
    "retrieve",
    "replace",
    "patch",
    "delete",
    "bulk-update",
    "subresource",
    "sign-in",
    "action",
)
# The kinds the mock serves from the store, by the operation's resource.
RECORD_KINDS = frozenset(KINDS) - {"sign-in", "action"}
ROLES = ("page", "limit", "order", "sort", "fields", "filter", "search")
# The list parameters of every resource page (the reference's "7 common query params").
ROLE_BY_NAME = {
    "page": "page",
    "limit": "limit",
    "order": "order",
    "sortBy": "sort",
    "fields": "fields",
    "p": "filter",
    "q": "search",
}
# The SDK's method name of each kind, where the operationId does not say better.
_OPERATION_X = frozenset(
    {
        "x-kind",
        "x-resource",
        "x-method-name",
        "x-rate-limit-tier",
        "x-inferred",
        "x-inferred-reason",
    }
)
_ID_FIELDS = ("_id", "id")


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
    pointer: str  # the parameter's own pointer (a component's when it is $ref'd)
    deprecated: bool = False
    role: str | None = None  # list role: page, limit, order, sort, fields, filter, search
    inferred: str | None = None  # x-inferred: its reason
    examples: tuple[Any, ...] = ()


@dataclass(eq=False)
class Link:
    name: str
    operation_id: str
    parameters: dict[str, str]


@dataclass(eq=False)
class Response:
    status: str  # "200", "5XX", "default"
    description: str
    schema: Schema | None
    media_type: str | None
    pointer: str  # the response's own pointer (a component's when it is $ref'd)
    inferred: str | None = None
    links: tuple[Link, ...] = ()
    headers: dict[str, Schema] = field(default_factory=dict)
    examples: tuple[Any, ...] = ()  # resolved example values

    @property
    def is_success(self) -> bool:
        return self.status.startswith("2")


@dataclass(eq=False)
class Body:
    schema: Schema
    required: bool
    media_type: str
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
    declared: frozenset[str] = frozenset()  # which facts a declaration gave (x-kind, ...)
    method_name: str = ""
    rate_tier: str = ""
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
        success = self.success
        return int(success.status) if success else 200

    @property
    def success_schema(self) -> Schema | None:
        success = self.success
        return success.schema if success else None

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
    def name(self) -> str:
        return re.sub(r"[{}]", "", self.collection.strip("/")).replace("/", "_") or self.tag

    @property
    def properties(self) -> dict[str, Schema]:
        return self.record.properties

    @property
    def timestamps(self) -> tuple[str | None, str | None]:
        """The record's creation and change timestamps (date-time fields named so)."""
        created = updated = None
        for name, schema in self.properties.items():
            if schema.format != "date-time":
                continue
            if name.lower().startswith("created"):
                created = created or name
            elif name.lower().startswith("updated"):
                updated = updated or name
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
        """What ``q`` searches: free-text strings (no format), unless x-searchable says."""
        created, updated = self.timestamps
        found = []
        for name, schema in self.properties.items():
            text = schema.type == "string" and schema.format is None and not schema.date_format
            default = text and name not in (self.id_field, created, updated)
            if schema.searchable if schema.searchable is not None else default:
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
    version: str
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
            Inference(pointer, str(node.get("x-inferred-reason", "(no reason given)")))
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

    def resource_of_tag(self, tag: str) -> list[Resource]:
        return [r for r in self.resources.values() if r.tag == tag]


# -- reading --------------------------------------------------------------------------


def prefix_of(document: Document) -> str:
    """The path of the spec's first server URL (``/api/v2``), read without building a model."""
    servers = document.get("servers") or [{}]
    return urlsplit(str(servers[0].get("url") or "")).path.rstrip("/")


def load(path: str | Path) -> Spec:
    return build(read(path), Path(path))


def build(document: Document, path: Path | None = None) -> Spec:
    """The model of ``document``; SpecError listing every problem it cannot represent."""
    return _Builder(document, path).build()


class _Builder:
    def __init__(self, document: Document, path: Path | None) -> None:
        self.document = document
        self.path = path
        self.schemas = SchemaReader(document)
        self.problems = self.schemas.problems

    def build(self) -> Spec:
        info = self.document.get("info") or {}
        servers = self.document.get("servers") or [{}]
        tiers, default_tier = self._rate_tiers()
        components = (self.document.get("components") or {}).get("schemas") or {}
        spec = Spec(
            path=self.path,
            document=self.document,
            title=str(info.get("title") or ""),
            version=str(info.get("version") or ""),
            base_url=str(servers[0].get("url") or ""),
            tags={
                str(t["name"]): str(t.get("description") or "")
                for t in self.document.get("tags") or []
            },
            rate_tiers=tiers,
            default_tier=default_tier,
            operations=self._operations(),
            resources={},
            schemas={
                str(name): self.schemas.component(f"#/components/schemas/{escape(str(name))}")
                for name in components
            },
        )
        _Classifier(spec, self.problems).classify()
        if self.problems:
            raise SpecError(self.problems)
        return spec

    def _rate_tiers(self) -> tuple[dict[str, RateTier], str]:
        node = self.document.get("x-rate-limits")
        if not isinstance(node, dict):
            self.problems.append("x-rate-limits: missing (the tiers every operation is paced by)")
            return {}, ""
        tiers = {}
        for name, tier in (node.get("tiers") or {}).items():
            try:
                tiers[str(name)] = RateTier(str(name), int(tier["perMinute"]), int(tier["perHour"]))
            except (KeyError, TypeError, ValueError):
                self.problems.append(f"x-rate-limits.tiers.{name}: needs perMinute and perHour")
        default = str(node.get("default") or "")
        if default not in tiers:
            self.problems.append(f"x-rate-limits.default: {default!r} is not a tier")
        return tiers, default

    def _operations(self) -> list[Operation]:
        found: list[Operation] = []
        global_security = self.document.get("security") or []
        for route, raw_item in (self.document.get("paths") or {}).items():
            item = deref(self.document, raw_item)
            for method in METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    found.append(self._operation(str(route), method, item, op, global_security))
        return found

    def _operation(
        self, route: str, method: str, item: dict[str, Any], op: dict[str, Any], security: Any
    ) -> Operation:
        pointer = f"#/paths/{escape(route)}/{method}"
        for key in op:
            if str(key).startswith("x-") and key not in _OPERATION_X:
                self.problems.append(f"{pointer}: unsupported operation extension {key!r}")
        operation_id = op.get("operationId")
        if not isinstance(operation_id, str):
            self.problems.append(f"{method.upper()} {route}: no operationId")
            operation_id = f"{method}{route}"
        security = op.get("security", security)
        declared = frozenset(
            k for k in ("x-kind", "x-resource", "x-method-name", "x-rate-limit-tier") if k in op
        )
        return Operation(
            operation_id=operation_id,
            method=method.upper(),
            path=route,
            tag=str((op.get("tags") or ["default"])[0]),
            summary=str(op.get("summary") or ""),
            description=str(op.get("description") or "").strip(),
            deprecated=op.get("deprecated") is True,
            public=not security or any(not req for req in security),
            parameters=self._parameters(pointer, item, op),
            body=self._body(pointer, op.get("requestBody")),
            responses={
                str(status): self._response(f"{pointer}/responses/{escape(str(status))}", raw)
                for status, raw in (op.get("responses") or {}).items()
            },
            pointer=pointer,
            kind=str(op.get("x-kind") or ""),
            declared=declared,
            method_name=str(op.get("x-method-name") or ""),
            rate_tier=str(op.get("x-rate-limit-tier") or ""),
            inferred=str(op.get("x-inferred-reason") or "")
            if op.get("x-inferred") is True
            else None,
        )

    def _own(self, raw: Any, pointer: str) -> tuple[dict[str, Any], str]:
        """A node and its own pointer (the component's when it is a $ref)."""
        if isinstance(raw, dict) and isinstance(raw.get("$ref"), str):
            return deref(self.document, raw), str(raw["$ref"])
        return (raw if isinstance(raw, dict) else {}), pointer

    def _parameters(
        self, pointer: str, item: dict[str, Any], op: dict[str, Any]
    ) -> tuple[Parameter, ...]:
        merged: dict[tuple[str, str], Parameter] = {}
        shared = [
            (f"#/paths/{pointer.split('/')[2]}/parameters/{i}", p)
            for i, p in enumerate(item.get("parameters") or [])
        ]
        own = [(f"{pointer}/parameters/{i}", p) for i, p in enumerate(op.get("parameters") or [])]
        for where, raw in [*shared, *own]:
            node, at = self._own(raw, where)
            name, location = str(node.get("name")), str(node.get("in"))
            role = node.get("x-role")
            if role is not None and role not in ROLES:
                self.problems.append(f"{at}: x-role {role!r} is not one of {', '.join(ROLES)}")
            merged[(name, location)] = Parameter(
                name=name,
                location=location,
                required=node.get("required") is True,
                schema=self.schemas.read(node.get("schema") or {}, f"{at}/schema"),
                description=" ".join(str(node.get("description") or "").split()),
                pointer=at,
                deprecated=node.get("deprecated") is True,
                role=str(role) if role is not None else None,
                inferred=str(node.get("x-inferred-reason") or "")
                if node.get("x-inferred") is True
                else None,
                examples=tuple(node["examples"].values())
                if isinstance(node.get("examples"), dict)
                else ((node["example"],) if "example" in node else ()),
            )
        return tuple(merged.values())

    def _media(self, node: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
        content = node.get("content") or {}
        if not content:
            return None, {}
        media_type = "application/json" if "application/json" in content else next(iter(content))
        media = content[media_type]
        return str(media_type), media if isinstance(media, dict) else {}

    def _examples(self, media: dict[str, Any]) -> tuple[Any, ...]:
        found = []
        for example in (media.get("examples") or {}).values():
            value = deref(self.document, example)
            if isinstance(value, dict) and "value" in value:
                found.append(resolve(self.document, value["value"]))
        if "example" in media:
            found.append(resolve(self.document, media["example"]))
        return tuple(found)

    def _body(self, pointer: str, raw: Any) -> Body | None:
        if raw is None:
            return None
        node, at = self._own(raw, f"{pointer}/requestBody")
        media_type, media = self._media(node)
        if media_type is None:
            return None
        return Body(
            schema=self.schemas.read(
                media.get("schema") or {}, f"{at}/content/{escape(media_type)}/schema"
            ),
            required=node.get("required") is True,
            media_type=media_type,
            pointer=at,
            examples=self._examples(media),
        )

    def _response(self, pointer: str, raw: Any) -> Response:
        node, at = self._own(raw, pointer)
        status = pointer.rsplit("/", 1)[-1]
        media_type, media = self._media(node)
        schema = None
        if media_type is not None and "schema" in media:
            schema = self.schemas.read(media["schema"], f"{at}/content/{escape(media_type)}/schema")
        links = tuple(
            Link(
                str(name),
                str(link.get("operationId")),
                {str(k): str(v) for k, v in (link.get("parameters") or {}).items()},
            )
            for name, link in (
                (n, deref(self.document, lk)) for n, lk in (node.get("links") or {}).items()
            )
        )
        headers = {
            str(name): self.schemas.read(
                deref(self.document, h).get("schema") or {},
                f"{at}/headers/{escape(str(name))}/schema",
            )
            for name, h in (node.get("headers") or {}).items()
        }
        return Response(
            status=status,
            description=str(node.get("description") or ""),
            schema=schema,
            media_type=media_type,
            pointer=at,
            inferred=str(node.get("x-inferred-reason") or "")
            if node.get("x-inferred") is True
            else None,
            links=links,
            headers=headers,
            examples=self._examples(media),
        )


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def _key(path: str) -> str:
    """A path as a collection key: no trailing slash (``/units/`` is ``/units``)."""
    return path.rstrip("/") or "/"


def snake(name: str) -> str:
    """``createOpportunityWithoutActivity`` as ``create_opportunity_without_activity``."""
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    words = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", words)
    return re.sub(r"[^0-9a-zA-Z]+", "_", words).strip("_").lower()


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


class _Classifier:
    """The convention, then the declarations on top (a declaration always wins)."""

    def __init__(self, spec: Spec, problems: list[str]) -> None:
        self.spec = spec
        self.problems = problems

    def fail(self, op: Operation, why: str) -> None:
        self.problems.append(f"{op.operation_id} ({op.method} {op.path}): {why}")

    def classify(self) -> None:
        ops = self.spec.operations
        for op in ops:
            self._check_declarations(op)
        collections = self._collections()
        for op in ops:
            if not op.kind:
                op.kind = self._item_kind(op, collections)
            if not op.kind:
                self.fail(
                    op,
                    "no kind: the convention covers GET (list) and POST (create) on a "
                    "collection and GET/PUT/PATCH/DELETE on its items; declare x-kind "
                    f"({', '.join(KINDS)})",
                )
                op.kind = "action"
        members: dict[str, list[Operation]] = {c: [] for c in collections}
        for op in ops:
            home = self._home(op, collections)
            if home is not None:
                members.setdefault(home, []).append(op)
            elif op.kind in RECORD_KINDS:
                self.fail(op, f"a {op.kind} needs a collection: declare x-resource")
        for collection, group in members.items():
            if group:
                self._resource(collection, group)
        for op in ops:
            self._roles(op)
            op.method_name = op.method_name or self._method_name(op)
        self._unique_method_names()

    def _check_declarations(self, op: Operation) -> None:
        if op.kind and op.kind not in KINDS:
            self.fail(op, f"x-kind {op.kind!r} is not one of {', '.join(KINDS)}")
            op.kind = "action"
        if not op.rate_tier:
            op.rate_tier = self.spec.default_tier
        elif op.rate_tier not in self.spec.rate_tiers:
            self.fail(op, f"x-rate-limit-tier {op.rate_tier!r} is not a tier of x-rate-limits")

    def _collections(self) -> set[str]:
        """The paths that list (by the convention or by x-kind), as keys."""
        found: set[str] = set()
        for op in self.spec.operations:
            paging = {p.name for p in op.query_parameters} & {"page", "limit"}
            if (
                not op.kind
                and op.method == "GET"
                and not any(map(_is_param, op.segments))
                and paging
            ):
                op.kind = "list"
            if op.kind == "list" and "x-resource" not in op.declared:
                found.add(_key(op.path))
        for op in self.spec.operations:
            if not op.kind and op.method == "POST" and _key(op.path) in found:
                op.kind = "create"
        return found

    def _home(self, op: Operation, collections: set[str]) -> str | None:
        declared = self._declared_resource(op)
        if declared is not None:
            return _key(declared)
        if op.kind not in RECORD_KINDS:
            return None
        key = _key(op.path)
        candidates = [c for c in collections if key == c or key.startswith(c + "/")]
        return max(candidates, key=len) if candidates else None

    def _declared_resource(self, op: Operation) -> str | None:
        node = pointer_get(self.spec.document, op.pointer)
        value = node.get("x-resource")
        return str(value) if isinstance(value, str) else None

    def _item_kind(self, op: Operation, collections: set[str]) -> str:
        key = _key(op.path)
        for collection in sorted(collections, key=len, reverse=True):
            if not key.startswith(collection + "/"):
                continue
            rest = key[len(collection) + 1 :].split("/")
            if len(rest) == 1 and _is_param(rest[0]):
                return {
                    "GET": "retrieve",
                    "PUT": "replace",
                    "PATCH": "patch",
                    "DELETE": "delete",
                }.get(op.method, "")
            if (
                op.method == "GET"
                and len(rest) == 2
                and _is_param(rest[0])
                and not _is_param(rest[1])
            ):
                return "subresource"
            return ""
        return ""

    # -- resources ----------------------------------------------------------------

    def _record_of(self, op: Operation) -> Schema | None:
        """The record an operation answers (list: its items), checked against its kind."""
        schema = op.success_schema
        if schema is None:
            return None
        if op.kind == "list":
            shape, items = self._list_shape(op, schema)
            return items if shape is not None else None
        return schema if schema.type == "object" else None

    def _list_shape(self, op: Operation, schema: Schema) -> tuple[ListShape | None, Schema | None]:
        if schema.type == "array":
            return ListShape(items=None), schema.items
        arrays = [
            n
            for n, p in schema.properties.items()
            if p.type == "array" and p.items is not None and p.items.type == "object"
        ]
        if schema.type != "object" or len(arrays) != 1:
            self.fail(
                op,
                "a list answers an array of records, or an object with one array of records",
            )
            return None, None
        ints = {n for n, p in schema.properties.items() if p.type == "integer"}
        shape = ListShape(
            items=arrays[0],
            page="page" if "page" in ints else None,
            limit="limit" if "limit" in ints else None,
            total=next((k for k in TOTAL_KEYS if k in ints), None),
        )
        return shape, schema.properties[arrays[0]].items

    def _resource(self, collection: str, ops: list[Operation]) -> None:
        record = None
        for kind in ("retrieve", "create", "replace", "patch", "list"):
            for op in ops:
                if op.kind == kind and record is None:
                    record = self._record_of(op)
        if record is None:
            for op in ops:
                if op.kind in ("retrieve", "create", "list"):
                    self.fail(op, "its success response is not a record (a JSON object)")
            record = Schema(pointer="#", raw={}, types=("object",))
        listing = next((op for op in ops if op.kind == "list"), None)
        shape = (
            self._list_shape(listing, listing.success_schema)[0]
            if listing and listing.success_schema
            else None
        )
        create = next(
            (
                op
                for op in ops
                if op.kind == "create"
                and "x-resource" not in op.declared
                and _key(op.path) == collection
            ),
            None,
        )
        create = create or next((op for op in ops if op.kind == "create"), None)
        resource = Resource(
            tag=ops[0].tag,
            collection=collection,
            record=record,
            id_field=self._id_field(record, ops),
            operations=ops,
            input=create.body.schema if create and create.body else None,
            id_parameter=next(
                (
                    op.path_parameters[-1]
                    for op in ops
                    if op.kind in ("retrieve", "delete") and op.path_parameters
                ),
                None,
            ),
            list_shape=shape,
        )
        self.spec.resources[collection] = resource
        for op in ops:
            op.resource = resource
            if op.kind == "subresource":
                op.subresource_field = self._subresource_field(resource, op)
                if op.subresource_field is None:
                    self.fail(
                        op,
                        "a sub-resource answers a field of the record: none has its name or shape",
                    )
            elif op.kind == "bulk-update":
                self._check_bulk(op)
            elif op.kind == "delete" and not (op.segments and _is_param(op.segments[-1])):
                self.fail(op, "a delete's path ends with the record's id")

    def _id_field(self, record: Schema, ops: list[Operation]) -> str:
        for op in ops:
            for link in op.links:
                for expression in link.parameters.values():
                    if expression.startswith("$response.body#/"):
                        return expression.removeprefix("$response.body#/")
        return next((k for k in _ID_FIELDS if k in record.properties), "_id")

    def _subresource_field(self, resource: Resource, op: Operation) -> str | None:
        name = op.segments[-1]
        if name in resource.properties:
            return name
        wanted = op.success_schema
        if wanted is None:
            return None
        matches = [k for k, s in resource.properties.items() if _same_shape(s, wanted)]
        return matches[0] if len(matches) == 1 else None

    def _check_bulk(self, op: Operation) -> None:
        body = op.body.schema if op.body else None
        props = body.properties if body else {}
        ids = any(
            p.type == "array" and p.items is not None and p.items.type == "string"
            for p in props.values()
        )
        update = any(p.type == "object" for p in props.values())
        if not (ids and update):
            self.fail(op, "a bulk update's body holds an array of ids and an object of fields")

    # -- names and roles ------------------------------------------------------------

    def _roles(self, op: Operation) -> None:
        if op.kind != "list":
            for param in op.parameters:
                if param.role is not None:
                    self.fail(
                        op, f"parameter {param.name}: x-role on an operation that is not a list"
                    )
            return
        seen: dict[str, str] = {}
        for param in op.query_parameters:
            role = param.role or ROLE_BY_NAME.get(param.name)
            if role is None:
                continue
            if role in seen:
                self.fail(op, f"parameters {seen[role]} and {param.name} both have the role {role}")
            seen[role] = param.name
            param.role = role

    def _method_name(self, op: Operation) -> str:
        """The operationId without the words of its tag (``retrieveSalesStage``: ``retrieve``)."""
        words = snake(op.operation_id).split("_")
        tag = snake(op.tag).split("_")
        for form in (tag, [*tag[:-1], _singular(tag[-1])]):
            for start in range(len(words) - len(form) + 1):
                if words[start : start + len(form)] == form and len(words) > len(form):
                    return "_".join(words[:start] + words[start + len(form) :])
        return "_".join(words)

    def _unique_method_names(self) -> None:
        seen: dict[tuple[str, str], Operation] = {}
        for op in self.spec.operations:
            key = (op.tag, op.method_name)
            if key in seen:
                self.fail(
                    op,
                    f"its method name {op.tag}.{op.method_name} is {seen[key].operation_id}'s "
                    "too: declare x-method-name on one of them",
                )
            seen[key] = op
            walk = (op.tag, op.method_name + "_all")
            if op.kind == "list" and walk in seen:
                self.fail(
                    op,
                    f"{op.tag}.{walk[1]} would be both a method and the walk of {op.method_name}",
                )


def _same_shape(a: Schema, b: Schema) -> bool:
    if a is b:
        return True
    if a.types != b.types or a.format != b.format or set(a.properties) != set(b.properties):
        return False
    if (a.items is None) != (b.items is None):
        return False
    if a.items is not None and b.items is not None and not _same_shape(a.items, b.items):
        return False
    return all(_same_shape(a.properties[k], b.properties[k]) for k in a.properties)


def inferred_target(spec: Spec, schema: Schema | None) -> str | None:
    """The pointer of the component schema ``schema`` is, when that one is inferred."""
    if schema is not None and schema.name is not None and schema.inferred is not None:
        return schema.pointer
    return None


__all__ = [
    "KINDS",
    "METHODS",
    "RECORD_KINDS",
    "ROLES",
    "Body",
    "Inference",
    "Link",
    "ListShape",
    "Operation",
    "Parameter",
    "RateTier",
    "Resource",
    "Response",
    "Schema",
    "Spec",
    "SpecError",
    "build",
    "dotted",
    "inferred_target",
    "load",
    "prefix_of",
    "snake",
]
