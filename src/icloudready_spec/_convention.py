"""Operation kinds and list roles: one convention, and the declarations that override it.

The convention is the shapes the reference documents for every resource: ``GET C``
(``page``/``limit``) lists and ``POST C`` creates; GET/PUT/PATCH/DELETE on ``C/{id}``
retrieve, replace, patch, delete; ``GET C/{id}/<name>`` is a sub-resource; list roles by
parameter name (``page limit order sortBy fields p q``); the record is the create body's
fields plus its readOnly ones; the method name is the operationId without its tag's words.
Declarations (``x-kind``, ``x-resource``, ``x-method-name``, ``x-rate-limit-tier``,
``x-role``; ``x-sortable``/``x-filterable``/``x-searchable`` on fields) always win. The
README's "The spec's declarations" is the full table. An operation neither classifies is a
problem naming it (``make generate`` fails), never a 501 found at run time.
"""

from __future__ import annotations

import re

from icloudready_runtime._shapes import RECORD_WRAPPERS, TOTAL_KEYS

from ._load import pointer_get
from ._model import KINDS, RECORD_KINDS, ListShape, Operation, Resource, Spec
from ._schema import Schema

# The list parameters of every resource page (the reference's "7 common query params").
ROLE_BY_NAME = {"page": "page", "limit": "limit", "order": "order", "sortBy": "sort",
                "fields": "fields", "p": "filter", "q": "search"}  # fmt: skip
_ITEM_KINDS = {"GET": "retrieve", "PUT": "replace", "PATCH": "patch", "DELETE": "delete"}
_ID_FIELDS = ("_id", "id")


def classify(spec: Spec, problems: list[str]) -> None:
    """Give every operation of ``spec`` its kind, resource, roles and method name."""
    _Classifier(spec, problems).run()


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def _key(path: str) -> str:
    """A path as a collection key: no trailing slash (``/units/`` is ``/units``)."""
    return path.rstrip("/") or "/"


def snake(name: str) -> str:
    """``createOpportunityWithoutActivity`` as ``create_opportunity_without_activity``."""
    words = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name))
    return re.sub(r"[^0-9a-zA-Z]+", "_", words).strip("_").lower()


def _singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")


class _Classifier:
    def __init__(self, spec: Spec, problems: list[str]) -> None:
        self.spec = spec
        self.problems = problems

    def fail(self, op: Operation, why: str) -> None:
        self.problems.append(f"{op.operation_id} ({op.method} {op.path}): {why}")

    def run(self) -> None:
        ops = self.spec.operations
        for op in ops:
            self._check_declarations(op)
        collections = self._collections()
        members: dict[str, list[Operation]] = {c: [] for c in collections}
        for op in ops:
            op.kind = op.kind or self._item_kind(op, collections)
            if not op.kind:
                self.fail(
                    op,
                    "no kind: the convention covers GET (list) and POST (create) on a collection "
                    f"and GET/PUT/PATCH/DELETE on its items; declare x-kind ({', '.join(KINDS)})",
                )
                op.kind = "action"
            home = self._home(op, collections)
            if home is not None:
                members.setdefault(home, []).append(op)
            elif op.kind in RECORD_KINDS:
                self.fail(op, f"a {op.kind} needs a collection: declare x-resource")
        for collection, group in members.items():
            if group:
                self._resource(collection, group)
        names: dict[tuple[str, str], Operation] = {}
        for op in ops:
            self._roles(op)
            op.method_name = op.method_name or self._method_name(op)
            for name in (op.method_name, *([f"{op.method_name}_all"] if op.kind == "list" else [])):
                other = names.setdefault((op.tag, name), op)
                if other is not op:
                    self.fail(
                        op,
                        f"its method name {op.tag}.{name} is {other.operation_id}'s too: "
                        "declare x-method-name on one of them",
                    )

    def _check_declarations(self, op: Operation) -> None:
        if op.kind and op.kind not in KINDS:
            self.fail(op, f"x-kind {op.kind!r} is not one of {', '.join(KINDS)}")
            op.kind = "action"
        if not op.rate_tier:
            op.rate_tier = self.spec.default_tier
        elif op.rate_tier not in self.spec.rate_tiers:
            self.fail(op, f"x-rate-limit-tier {op.rate_tier!r} is not a tier of x-rate-limits")

    def _collections(self) -> dict[str, None]:
        """The paths that list (by the convention or by x-kind), as keys, in the document's
        order (generation is deterministic: no set order); then their creates."""
        found: dict[str, None] = {}
        for op in self.spec.operations:
            paging = {p.name for p in op.query_parameters} & {"page", "limit"}
            if (
                not op.kind
                and op.method == "GET"
                and paging
                and not any(map(_is_param, op.segments))
            ):
                op.kind = "list"
            if op.kind == "list" and "x-resource" not in op.declared:
                found[_key(op.path)] = None
        for op in self.spec.operations:
            if not op.kind and op.method == "POST" and _key(op.path) in found:
                op.kind = "create"
        return found

    def _home(self, op: Operation, collections: dict[str, None]) -> str | None:
        declared = pointer_get(self.spec.document, op.pointer).get("x-resource")
        if isinstance(declared, str):
            return _key(declared)
        key = _key(op.path)
        candidates = [c for c in collections if key == c or key.startswith(c + "/")]
        return max(candidates, key=len) if candidates and op.kind in RECORD_KINDS else None

    def _item_kind(self, op: Operation, collections: dict[str, None]) -> str:
        key = _key(op.path)
        for collection in sorted(collections, key=len, reverse=True):
            if key.startswith(collection + "/"):
                rest = key[len(collection) + 1 :].split("/")
                if len(rest) == 1 and _is_param(rest[0]):
                    return _ITEM_KINDS.get(op.method, "")
                subresource = len(rest) == 2 and _is_param(rest[0]) and not _is_param(rest[1])
                return "subresource" if subresource and op.method == "GET" else ""
        return ""

    # -- resources ----------------------------------------------------------------

    def _list_shape(self, op: Operation) -> tuple[ListShape | None, Schema | None]:
        schema = op.success_schema
        if schema is not None and schema.type == "array":
            return ListShape(items=None), schema.items
        props = schema.properties if schema is not None else {}
        arrays = [
            n
            for n, p in props.items()
            if p.type == "array" and p.items and p.items.type == "object"
        ]
        if schema is None or schema.type != "object" or len(arrays) != 1:
            self.fail(op, "a list answers an array of records, or an object with one array of them")
            return None, None
        ints = {n for n, p in props.items() if p.type == "integer"}
        page, limit = ("page" if "page" in ints else None), ("limit" if "limit" in ints else None)
        total = next((k for k in TOTAL_KEYS if k in ints), None)
        return ListShape(arrays[0], page, limit, total), props[arrays[0]].items

    def _record_of(self, op: Operation) -> Schema | None:
        """The record an operation answers (a list: its items)."""
        if op.kind == "list":
            return self._list_shape(op)[1]
        schema = op.success_schema
        if (
            schema is not None
            and schema.name is None
            and list(schema.properties) in ([w] for w in RECORD_WRAPPERS)
        ):
            # {"data": record}: a server that wraps the one record it returns (make learn).
            schema = next(iter(schema.properties.values()))
        return schema if schema is not None and schema.type == "object" else None

    def _resource(self, collection: str, ops: list[Operation]) -> None:
        order = ("retrieve", "create", "replace", "patch", "list")
        candidates = sorted(
            (op for op in ops if op.kind in order), key=lambda o: order.index(o.kind)
        )
        record = next((r for r in map(self._record_of, candidates) if r is not None), None)
        if record is None:
            for op in candidates:
                self.fail(op, "its success response is not a record (a JSON object)")
            record = Schema(pointer="#", raw={}, types=("object",))
        listing = next((op for op in ops if op.kind == "list"), None)
        creates = [op for op in ops if op.kind == "create"]
        create = next(
            (op for op in creates if _key(op.path) == collection), creates[0] if creates else None
        )
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
            list_shape=self._list_shape(listing)[0] if listing else None,
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
            elif op.kind == "bulk-update" and not _is_bulk(op.body.schema if op.body else None):
                self.fail(op, "a bulk update's body holds an array of ids and an object of fields")
            elif op.kind == "delete" and not _is_param(op.segments[-1]):
                self.fail(op, "a delete's path ends with the record's id")
            if op.for_import and (op.kind != "create" or op is not resource.import_operation):
                self.fail(op, "x-import: one create operation of a resource, no other kind")

    def _id_field(self, record: Schema, ops: list[Operation]) -> str:
        for op in ops:
            for link in op.links:
                for expression in link.parameters.values():
                    if expression.startswith("$response.body#/"):
                        return expression.removeprefix("$response.body#/")
        return next((k for k in _ID_FIELDS if k in record.properties), "_id")

    def _subresource_field(self, resource: Resource, op: Operation) -> str | None:
        name, wanted = op.segments[-1], op.success_schema
        if name in resource.properties or wanted is None:
            return name if name in resource.properties else None
        matches = [k for k, s in resource.properties.items() if _same_shape(s, wanted)]
        return matches[0] if len(matches) == 1 else None

    # -- names and roles ------------------------------------------------------------

    def _roles(self, op: Operation) -> None:
        seen: dict[str, str] = {}
        for param in op.parameters:
            if op.kind != "list":
                if param.role is not None:
                    self.fail(
                        op, f"parameter {param.name}: x-role on an operation that is not a list"
                    )
                continue
            role = param.role or (
                ROLE_BY_NAME.get(param.name) if param.location == "query" else None
            )
            if role in seen:
                self.fail(op, f"parameters {seen[role]} and {param.name} both have the role {role}")
            if role is not None:
                seen[role], param.role = param.name, role

    def _method_name(self, op: Operation) -> str:
        """The operationId without the words of its tag (``retrieveSalesStage``: ``retrieve``)."""
        words, tag = snake(op.operation_id).split("_"), snake(op.tag).split("_")
        for form in (tag, [*tag[:-1], _singular(tag[-1])]):
            for start in range(len(words) - len(form) + 1):
                if words[start : start + len(form)] == form and len(words) > len(form):
                    return "_".join(words[:start] + words[start + len(form) :])
        return "_".join(words)


def _is_bulk(body: Schema | None) -> bool:
    props = body.properties.values() if body is not None else ()
    ids = any(p.type == "array" and p.items is not None and p.items.type == "string" for p in props)
    return ids and any(p.type == "object" for p in props)


def _same_shape(a: Schema, b: Schema) -> bool:
    if a is b:
        return True
    if (a.types, a.format, set(a.properties)) != (b.types, b.format, set(b.properties)):
        return False
    if (a.items is None) != (b.items is None):
        return False
    if a.items is not None and b.items is not None and not _same_shape(a.items, b.items):
        return False
    return all(_same_shape(a.properties[k], b.properties[k]) for k in a.properties)
