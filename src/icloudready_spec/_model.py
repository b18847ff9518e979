"""The spec model: openapi.yaml read once and classified into resources and operations.

Every consumer that needs to know what the API looks like (the mock's router, store and
validation, the contract suite's cleanup, the spec checks, the API-change report) reads
this model instead of restating routes, field lists or bounds.

Classification, by path shape and schemas only (no operation is named here):

- list: GET on a path without parameters that takes ``page`` or ``limit``;
- create: POST on a collection (or on a literal sibling of it) answering a record;
- retrieve / replace / patch: GET / PUT / PATCH on ``<collection>/{id}``;
- delete: DELETE on any path under the collection that ends with the id parameter;
- bulk: PUT/PATCH on a literal sibling whose body holds an array of ids and an update;
- subresource: GET on ``<collection>/{id}/<name>``, answered from a field of the record;
- anything else: ``unknown`` (the mock answers 501 naming the operationId).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from ._load import Document, deref, escape, read, resolve, walk_inferences

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PAGING = frozenset({"page", "limit"})
# The names a MongoDB-style or plain record gives its id, in order of preference.
_ID_FIELDS = ("_id", "id")


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    description: str = ""
    inferred_pointer: str | None = None  # where it is marked x-inferred, if it is


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


@dataclass
class Operation:
    operation_id: str
    method: str
    path: str
    tag: str
    summary: str
    description: str
    deprecated: bool
    public: bool
    parameters: tuple[Parameter, ...]
    body_schema: dict[str, Any] | None  # as written (refs kept): validators resolve them
    body_required: bool
    responses: dict[str, dict[str, Any]]  # status -> resolved response object
    links: dict[str, dict[str, Any]]
    raw_responses: dict[str, Any] = field(default_factory=dict, repr=False)  # refs kept
    raw_body: Any = field(default=None, repr=False)
    document: Document = field(default_factory=dict, repr=False)
    kind: str = "unknown"
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

    @property
    def success_status(self) -> int:
        codes = sorted(int(s) for s in self.responses if s.isdigit() and 200 <= int(s) < 300)
        return codes[0] if codes else 200

    @property
    def success_schema(self) -> dict[str, Any] | None:
        response = self.responses.get(str(self.success_status)) or {}
        content = response.get("content") or {}
        media = content.get("application/json") or next(iter(content.values()), None)
        if not isinstance(media, dict):
            return None
        schema = media.get("schema")
        return schema if isinstance(schema, dict) else None

    @property
    def pointer(self) -> str:
        return f"#/paths/{escape(self.path)}/{self.method.lower()}"

    def raw_schema_of(self, raw_response: Any) -> dict[str, Any] | None:
        """The schema of a response as written (a ``$ref`` stays a ``$ref``)."""
        response = deref(self.document, raw_response)
        content = (response or {}).get("content") or {}
        media = content.get("application/json") or next(iter(content.values()), None)
        schema = media.get("schema") if isinstance(media, dict) else None
        return schema if isinstance(schema, dict) else None

    def parameter_pointer(self, name: str) -> str | None:
        param = next((p for p in self.parameters if p.name == name), None)
        return param.inferred_pointer if param else None

    def _body_media(self) -> dict[str, Any]:
        body = deref(self.document, self.raw_body) or {}
        content = body.get("content") or {}
        media: Any = content.get("application/json") or next(iter(content.values()), {})
        return media if isinstance(media, dict) else {}

    def request_example(self) -> Any:
        """The request body's first example (resolved), or None."""
        media = self._body_media()
        for example in (media.get("examples") or {}).values():
            value = deref(self.document, example)
            if isinstance(value, dict) and "value" in value:
                return resolve(self.document, value["value"])
        return resolve(self.document, media.get("example"))

    def request_schema_resolved(self) -> dict[str, Any]:
        schema = resolve(self.document, self.body_schema) if self.body_schema else {}
        return schema if isinstance(schema, dict) else {}

    def inferred_body_pointer(self) -> str | None:
        """The inferred component schema of the request body, if it is one."""
        return _inferred_ref(self.document, self.body_schema)

    def array_of_strings_property(self) -> str | None:
        props = self.request_schema_resolved().get("properties") or {}
        for name, prop in props.items():
            if _type(prop) == "array" and _type(prop.get("items")) == "string":
                return str(name)
        return None

    @property
    def raw_success_schema(self) -> dict[str, Any] | None:
        return self.raw_schema_of(self.raw_responses.get(str(self.success_status)))

    def response_status_for(self, status: int) -> str | None:
        """The declared status key that covers ``status`` (``404``, or a range like ``5XX``)."""
        if str(status) in self.raw_responses:
            return str(status)
        wildcard = f"{str(status)[0]}XX"
        return wildcard if wildcard in self.raw_responses else None

    def inferred_response_pointer(self, status: str) -> str | None:
        """Where the response declared for ``status`` is marked inferred, if it is."""
        raw = self.raw_responses.get(status)
        if isinstance(raw, dict) and isinstance(raw.get("$ref"), str):
            target = deref(self.document, raw)
            return str(raw["$ref"]) if target.get("x-inferred") is True else None
        if isinstance(raw, dict) and raw.get("x-inferred") is True:
            return f"{self.pointer}/responses/{escape(status)}"
        return None


@dataclass
class Resource:
    """A collection of records: one SQLite table in the mock, one cleanup in the contract run."""

    tag: str
    collection: str
    record_schema: dict[str, Any]
    id_field: str
    id_parameter: Parameter | None
    operations: list[Operation] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[Operation]:
        return [op for op in self.operations if op.kind == kind]

    @property
    def list_operation(self) -> Operation | None:
        return next(iter(self.of_kind("list")), None)

    @property
    def name(self) -> str:
        return self.collection.strip("/").replace("/", "_") or self.tag

    @property
    def properties(self) -> dict[str, dict[str, Any]]:
        props = self.record_schema.get("properties") or {}
        return {k: v for k, v in props.items() if isinstance(v, dict)}

    @property
    def id_parameter_pointer(self) -> str | None:
        return self.id_parameter.inferred_pointer if self.id_parameter else None

    @property
    def id_pattern(self) -> str | None:
        if self.id_parameter is None:
            return None
        pattern = self.id_parameter.schema.get("pattern")
        return pattern if isinstance(pattern, str) else None

    @property
    def timestamps(self) -> tuple[str | None, str | None]:
        """The record's creation and change timestamps (date-time fields named so)."""
        created = updated = None
        for name, schema in self.properties.items():
            if schema.get("format") != "date-time":
                continue
            if name.lower().startswith("created"):
                created = created or name
            elif name.lower().startswith("updated"):
                updated = updated or name
        return created, updated

    @property
    def sort_keys(self) -> list[str]:
        """From the list operation's ``sortBy`` enum (tools/check_spec.py checks it)."""
        return _enum(self.list_operation, "sortBy")

    @property
    def filter_fields(self) -> list[str]:
        """The field names of the ``p`` parameter's ``field:value`` pattern."""
        return _pattern_names(self.list_operation, "p")

    @property
    def projection_fields(self) -> list[str]:
        """The field names the ``fields`` parameter's pattern allows."""
        return _pattern_names(self.list_operation, "fields")

    @property
    def search_fields(self) -> list[str]:
        """What ``q`` searches: the record's free-text fields (strings without a format)."""
        created, updated = self.timestamps
        return [
            name
            for name, schema in self.properties.items()
            if _type(schema) == "string"
            and "format" not in schema
            and name not in (self.id_field, created, updated)
        ]

    def scalar_type(self, name: str) -> str | None:
        schema = self.properties.get(name)
        return _type(schema) if schema is not None else None


@dataclass
class Spec:
    path: Path | None
    document: Document
    operations: list[Operation]
    resources: dict[str, Resource]  # by collection path

    @cached_property
    def inferences(self) -> list[Inference]:
        return [
            Inference(pointer, str(node.get("x-inferred-reason", "(no reason given)")))
            for pointer, node in walk_inferences(self.document)
        ]

    @property
    def components(self) -> dict[str, Any]:
        components = self.document.get("components") or {}
        return components if isinstance(components, dict) else {}


def _type(schema: dict[str, Any] | None) -> str | None:
    if not schema:
        return None
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        return kinds[0] if len(kinds) == 1 else None
    return kind if isinstance(kind, str) else None


def _enum(operation: Operation | None, name: str) -> list[str]:
    param = operation.query(name) if operation else None
    values = param.schema.get("enum") if param else None
    return [v for v in values if isinstance(v, str)] if isinstance(values, list) else []


_NAMES = re.compile(r"\(([A-Za-z0-9_|]+)\)")


def _pattern_names(operation: Operation | None, name: str) -> list[str]:
    """The alternation of field names in a pattern like ``^(a|b)(,(a|b))*$``."""
    param = operation.query(name) if operation else None
    pattern = param.schema.get("pattern") if param else None
    if not isinstance(pattern, str):
        return []
    match = _NAMES.search(pattern)
    return match.group(1).split("|") if match else []


def _parameters(document: Document, item: dict[str, Any], op: dict[str, Any]) -> list[Parameter]:
    merged: dict[tuple[str, str], Parameter] = {}
    for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
        param = resolve(document, raw)
        ref = raw.get("$ref") if isinstance(raw, dict) else None
        merged[(param["name"], param["in"])] = Parameter(
            name=param["name"],
            location=param["in"],
            required=bool(param.get("required")),
            schema=param.get("schema") or {},
            description=str(param.get("description") or "").strip(),
            inferred_pointer=str(ref) if ref and param.get("x-inferred") is True else None,
        )
    return list(merged.values())


def _body(document: Document, op: dict[str, Any]) -> tuple[dict[str, Any] | None, bool]:
    body = deref(document, op.get("requestBody"))
    if not isinstance(body, dict):
        return None, False
    content = body.get("content") or {}
    media = content.get("application/json") or next(iter(content.values()), None)
    schema = media.get("schema") if isinstance(media, dict) else None
    return (schema if isinstance(schema, dict) else None), bool(body.get("required"))


def load(path: str | Path) -> Spec:
    return build(read(path), Path(path))


def build(document: Document, path: Path | None = None) -> Spec:
    operations: list[Operation] = []
    global_security = document.get("security") or []
    for route, raw_item in (document.get("paths") or {}).items():
        item = deref(document, raw_item)
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            body, body_required = _body(document, op)
            responses = {
                str(status): resolve(document, response)
                for status, response in (op.get("responses") or {}).items()
            }
            links: dict[str, dict[str, Any]] = {}
            for response in responses.values():
                links.update(response.get("links") or {})
            security = op.get("security", global_security)
            operations.append(
                Operation(
                    operation_id=str(op.get("operationId") or f"{method} {route}"),
                    method=method.upper(),
                    path=route,
                    tag=str((op.get("tags") or ["default"])[0]),
                    summary=str(op.get("summary") or ""),
                    description=str(op.get("description") or "").strip(),
                    deprecated=bool(op.get("deprecated")),
                    public=not security or any(not req for req in security),
                    parameters=tuple(_parameters(document, item, op)),
                    body_schema=body,
                    body_required=body_required,
                    responses=responses,
                    links=links,
                    raw_responses=dict(op.get("responses") or {}),
                    raw_body=op.get("requestBody"),
                    document=document,
                )
            )
    spec = Spec(path, document, operations, {})
    _classify(spec)
    return spec


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def _resolved(spec: Spec, schema: dict[str, Any] | None) -> dict[str, Any]:
    resolved = resolve(spec.document, schema) if schema else {}
    return resolved if isinstance(resolved, dict) else {}


def _record_of(spec: Spec, op: Operation) -> dict[str, Any] | None:
    """The record schema a create/retrieve answers: an object with an id field."""
    schema = _resolved(spec, op.success_schema)
    props = schema.get("properties") or {}
    if _type(schema) == "object" and any(k in props for k in _ID_FIELDS):
        return schema
    return None


def _list_item(spec: Spec, op: Operation) -> dict[str, Any] | None:
    """The record schema inside a list response: the array itself or an envelope's array."""
    schema = _resolved(spec, op.success_schema)
    if _type(schema) == "array":
        items = schema.get("items")
        return items if isinstance(items, dict) else None
    for prop in (schema.get("properties") or {}).values():
        if (
            isinstance(prop, dict)
            and _type(prop) == "array"
            and isinstance(prop.get("items"), dict)
        ):
            items = prop["items"]
            if _type(items) == "object":
                return dict(items)
    return None


def _id_field(record: dict[str, Any], ops: list[Operation]) -> str:
    for op in ops:
        for link in op.links.values():
            for expression in (link.get("parameters") or {}).values():
                if isinstance(expression, str) and expression.startswith("$response.body#/"):
                    return expression.removeprefix("$response.body#/")
    props = record.get("properties") or {}
    return next((k for k in _ID_FIELDS if k in props), "_id")


def _classify(spec: Spec) -> None:
    collections: dict[str, list[Operation]] = {}
    records: dict[str, dict[str, Any]] = {}
    for op in spec.operations:
        if (
            op.method == "GET"
            and not any(_is_param(s) for s in op.segments)
            and _PAGING & {p.name for p in op.query_parameters}
        ):
            op.kind = "list"
            collections.setdefault(op.path, []).append(op)
            item = _list_item(spec, op)
            if item:
                records.setdefault(op.path, item)

    def collection_of(op: Operation) -> str | None:
        candidates = [c for c in collections if op.path == c or op.path.startswith(c + "/")]
        return max(candidates, key=len) if candidates else None

    for op in spec.operations:
        record = _record_of(spec, op) if op.method == "POST" else None
        if op.kind == "unknown" and record is not None and not any(map(_is_param, op.segments)):
            op.kind = "create"
            home = collection_of(op) or op.path
            collections.setdefault(home, []).append(op)
            records.setdefault(home, record)

    for op in spec.operations:
        collection = collection_of(op) if op.kind == "unknown" else None
        if collection is None:
            continue
        op.kind = _item_kind(spec, op, collection)
        if op.kind != "unknown":
            collections[collection].append(op)
        record = _record_of(spec, op) if op.kind == "retrieve" else None
        if record is not None:
            records[collection] = record

    for collection, ops in collections.items():
        _add_resource(spec, collection, ops, records.get(collection) or {})


def _item_kind(spec: Spec, op: Operation, collection: str) -> str:
    """The kind of an operation on a path under a collection (not the collection itself)."""
    rest = op.path[len(collection) :].strip("/").split("/") if op.path != collection else []
    if len(rest) == 1 and _is_param(rest[0]):
        kinds = {"GET": "retrieve", "PUT": "replace", "PATCH": "patch", "DELETE": "delete"}
        return kinds.get(op.method, "unknown")
    if op.method == "DELETE" and rest and _is_param(rest[-1]):
        return "delete"
    if op.method == "GET" and len(rest) == 2 and _is_param(rest[0]) and not _is_param(rest[1]):
        return "subresource"
    if (
        op.method in ("PUT", "PATCH")
        and len(rest) == 1
        and _is_bulk(_resolved(spec, op.body_schema))
    ):
        return "bulk"
    return "unknown"


def _add_resource(
    spec: Spec, collection: str, ops: list[Operation], record: dict[str, Any]
) -> None:
    id_parameter = next(
        (p for op in ops if op.kind in ("retrieve", "delete") for p in op.path_parameters), None
    )
    resource = Resource(
        tag=ops[0].tag,
        collection=collection,
        record_schema=record,
        id_field=_id_field(record, ops),
        id_parameter=id_parameter,
        operations=ops,
    )
    spec.resources[collection] = resource
    for op in ops:
        op.resource = resource
        if op.kind == "subresource":
            op.subresource_field = _subresource_field(spec, resource, op)
            if op.subresource_field is None:
                op.kind = "unknown"


def _is_bulk(body: dict[str, Any]) -> bool:
    props = body.get("properties") or {}
    has_ids = any(
        isinstance(p, dict) and _type(p) == "array" and _type(p.get("items")) == "string"
        for p in props.values()
    )
    has_update = any(isinstance(p, dict) and _type(p) == "object" for p in props.values())
    return has_ids and has_update


def _subresource_field(spec: Spec, resource: Resource, op: Operation) -> str | None:
    """The record field a sub-resource returns: the same name, else the one of the same schema."""
    name = op.segments[-1]
    props = resource.properties
    if name in props:
        return name
    wanted = _resolved(spec, op.success_schema)
    matches = [key for key, schema in props.items() if _same_shape(schema, wanted)]
    return matches[0] if len(matches) == 1 else None


def _same_shape(a: dict[str, Any], b: dict[str, Any]) -> bool:
    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                k: strip(v)
                for k, v in node.items()
                if k not in ("description", "example", "examples", "maxItems", "title")
                and not k.startswith("x-")
            }
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    return bool(strip(a) == strip(b))


def inferred_target(spec: Spec, schema: Any) -> str | None:
    """The pointer of the component a ``$ref`` schema names, when that one is inferred."""
    return _inferred_ref(spec.document, schema)


def _inferred_ref(document: Document, schema: Any) -> str | None:
    for _ in range(16):
        if not (isinstance(schema, dict) and isinstance(schema.get("$ref"), str)):
            return None
        ref = str(schema["$ref"])
        schema = deref(document, {"$ref": ref})
        if isinstance(schema, dict) and schema.get("x-inferred") is True:
            return ref
    return None
