"""What the templates read from the spec model: ``api`` in every template (tools/generate.py).

openapi-python-client's own context gives the templates Python types and model class
names (what it generates well); everything the API means (an operation's kind, method
name and list roles, descriptions and bounds, deprecation, rate tier, routes) comes from
here, so the SDK, its operation table and the CLI built on the table say the same thing.
Logic lives in this module; the templates stay declarative.
"""

from __future__ import annotations

from openapi_python_client.strings import ClassName, PythonIdentifier

from icloudready_runtime._shapes import RECORD_WRAPPERS
from icloudready_runtime._table import bound_phrases
from icloudready_spec import Operation, Parameter, Schema, Spec


def python_name(wire: str) -> str:
    """The attribute name openapi-python-client gives a field (``_id``: ``id``)."""
    return str(PythonIdentifier(wire, prefix=""))


def bounds(schema: Schema | None) -> list[str]:
    """The spec's bounds of a value in words: ``from 1 to 100``, ``at most 200 characters``."""
    if schema is None:
        return []
    found = dict(schema.bounds)
    if schema.enum is not None:
        found.pop("pattern", None)  # the enum says it better
    return bound_phrases(found)


class View:
    """The spec model as the templates need it (operations by openapi-python-client's name)."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.sign_in = spec.sign_in
        # openapi-python-client names an endpoint by its snake-cased operationId.
        self._ops = {python_name(op.operation_id): op for op in spec.operations}
        self.routes = list(dict.fromkeys(op.path for op in spec.operations))
        self.tiers = list(spec.rate_tiers.values())
        self._classes = _classes(spec)
        self.deprecated_ids = [
            python_name(op.operation_id) for op in spec.operations if op.deprecated
        ]

    python_name = staticmethod(python_name)

    def op(self, endpoint_name: str) -> Operation:
        return self._ops[endpoint_name]

    def ops_of_tag(self, tag: str) -> list[Operation]:
        return [op for op in self.spec.operations if python_name(op.tag) == tag]

    def param(self, endpoint_name: str, name: str, location: str) -> Parameter:
        params = self.op(endpoint_name).parameters
        return next(p for p in params if p.name == name and p.location == location)

    def body_schema(self, endpoint_name: str) -> Schema | None:
        body = self.op(endpoint_name).body
        return body.schema if body else None

    def field(self, endpoint_name: str, wire: str) -> Schema | None:
        """A body field's schema (the body model's property ``wire``)."""
        body = self.body_schema(endpoint_name)
        return body.properties.get(wire) if body else None

    def model_field(self, class_name: str, wire: str) -> Schema | None:
        """The spec's schema of a model's field, by the class openapi-python-client names."""
        schema = self._classes.get(class_name)
        return schema.properties.get(wire) if schema else None

    def date_format(self, class_name: str, wire: str) -> str:
        """A field's date wire format when it is not ISO (x-date-format), else ""."""
        schema = self.model_field(class_name, wire)
        target = schema.items if schema is not None and schema.type == "array" else schema
        return (target.date_format or "") if target is not None else ""

    def facts(self, schema: Schema | None) -> list[str]:
        """Bounds, enum values and default of a value, as the docstrings show them."""
        parts = bounds(schema)
        if schema is not None and schema.enum is not None:
            parts.append("one of " + ", ".join(str(v) for v in schema.enum))
        if schema is not None and schema.has_default:
            parts.append(f"default {schema.default}")
        return parts

    def role_names(self, endpoint_name: str, role: str) -> list[str]:
        """The attribute names of the record fields a list role names (sort, fields, filter)."""
        resource = self.op(endpoint_name).resource
        if resource is None:
            return []
        roles = {"sort": resource.sort_keys, "fields": resource.projection_fields}
        return [
            python_name(n)
            for n in roles.get(role, resource.filter_fields if role == "filter" else [])
        ]

    def role_of(self, endpoint_name: str, name: str) -> str:
        param = self.op(endpoint_name).query(name)
        return (param.role or "") if param else ""

    def wire_of_role(self, endpoint_name: str, role: str) -> str:
        param = self.op(endpoint_name).role(role)
        return param.name if param else ""

    def record_wrapper(self, endpoint_name: str) -> str:
        """The key a single-record operation's answer wraps its record in (a learned spec's
        ``{data: <record>}``), else ""."""
        op = self.op(endpoint_name)
        schema = op.success_schema
        if op.kind == "list" or schema is None or schema.name is not None:
            return ""
        names = list(schema.properties)
        inner = schema.properties[names[0]] if len(names) == 1 else None
        wrapped = inner is not None and inner.name is not None and names[0] in RECORD_WRAPPERS
        return names[0] if wrapped else ""

    def error_form(self) -> str:
        """The error body the spec declares, as the SDK names forms (``_error_body``): what
        it reads without a deviation warning."""
        responses = self.spec.components.get("responses") or {}
        contents = [r.get("content") or {} for r in responses.values() if isinstance(r, dict)]
        if any("text/plain" in c and "application/json" not in c for c in contents):
            return "plain text"
        error = self.spec.schemas.get("Error")
        required = set(error.raw.get("required") or []) if error is not None else set()
        return (
            "{message}"
            if "message" in required and "error" not in required
            else ("{error, message}")
        )

    def token_field(self) -> str:
        """The sign-in answer's token attribute (its string property named ...Token)."""
        schema = self.sign_in.success_schema if self.sign_in else None
        props = schema.properties if schema else {}
        return next(
            (
                python_name(n)
                for n, s in props.items()
                if n.lower().endswith("token") and s.type == "string"
            ),
            "",
        )

    def sign_in_fields(self) -> list[str]:
        """The sign-in body's fields (``email``, ``password``): ``Client.sign_in``'s arguments."""
        body = self.sign_in.body if self.sign_in else None
        return [python_name(n) for n in (body.schema.properties if body else {})]

    def sort_enum_names(self, values: list[str]) -> list[str] | None:
        """A list's sort keys as attribute names, when ``values`` are some list's sort keys."""
        for resource in self.spec.resources.values():
            if resource.sort_keys and sorted(resource.sort_keys) == sorted(values):
                return [python_name(v) for v in values]
        return None


def _classes(spec: Spec) -> dict[str, Schema]:
    """Every object schema by the class name openapi-python-client gives it: a component's
    own name; an inline object its parent's name and its property's (``Item`` for items)."""
    found: dict[str, Schema] = {}

    def visit(name: str, schema: Schema) -> None:
        if name in found or schema.type != "object":
            return
        found[name] = schema
        for prop, child in schema.properties.items():
            target = child.items if child.type == "array" and child.items is not None else child
            if target.name is None:
                suffix = "_item" if target is not child else ""
                visit(str(ClassName(f"{name}_{prop}{suffix}", "")), target)

    for component, schema in spec.schemas.items():
        visit(str(ClassName(component, "")), schema)
    return found
