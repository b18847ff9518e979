"""What the templates read from the spec model: ``api`` in every template (tools/generate.py).

openapi-python-client's own context gives the templates Python types and model class
names (what it generates well); everything the API means (an operation's kind, method
name and list roles, descriptions and bounds, deprecation, rate tier, routes) comes from
here, so the SDK, its operation table and the CLI built on the table say the same thing.
Logic lives in this module; the templates stay declarative.
"""

from __future__ import annotations

from typing import Any

from openapi_python_client.strings import PythonIdentifier

from icloudready_runtime._table import bound_phrases
from icloudready_spec import Operation, Parameter, Resource, Schema, Spec


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
    """The spec model as the templates need it."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        # openapi-python-client names an endpoint by its snake-cased operationId.
        self._ops = {python_name(op.operation_id): op for op in spec.operations}

    @staticmethod
    def python_name(wire: str) -> str:
        return python_name(wire)

    def op(self, endpoint_name: str) -> Operation:
        """The operation of an endpoint of openapi-python-client's context (by its name)."""
        return self._ops[endpoint_name]

    def ops_of_tag(self, tag: str) -> list[Operation]:
        return [op for op in self.spec.operations if python_name(op.tag) == tag]

    @property
    def routes(self) -> list[str]:
        """Every path of the spec: an id equal to another route's literal segment is refused."""
        return list(dict.fromkeys(op.path for op in self.spec.operations))

    @property
    def tiers(self) -> list[Any]:
        return list(self.spec.rate_tiers.values())

    def param(self, operation_id: str, name: str, location: str) -> Parameter:
        return next(
            p for p in self.op(operation_id).parameters if p.name == name and p.location == location
        )

    def body_schema(self, operation_id: str) -> Schema | None:
        body = self.op(operation_id).body
        return body.schema if body else None

    def field(self, operation_id: str, wire: str) -> Schema | None:
        """A body field's schema (the body model's property ``wire``)."""
        body = self.body_schema(operation_id)
        return body.properties.get(wire) if body else None

    def model_field(self, class_name: str, wire: str) -> Schema | None:
        schema = self.spec.schemas.get(class_name)
        return schema.properties.get(wire) if schema else None

    def bounds(self, schema: Schema | None) -> list[str]:
        return bounds(schema)

    def facts(self, schema: Schema | None, *, default: bool = True) -> list[str]:
        """Bounds, enum values and default of a value, as the docs and the CLI's help show them."""
        parts = bounds(schema)
        if schema is not None and schema.enum is not None:
            parts.append("one of " + ", ".join(str(v) for v in schema.enum))
        if default and schema is not None and schema.has_default:
            parts.append(f"default {schema.default}")
        return parts

    def resource(self, operation_id: str) -> Resource | None:
        return self.op(operation_id).resource

    def sort_names(self, operation_id: str) -> list[tuple[str, str]]:
        """(attribute name, wire name) of each sort key a list offers, in the spec's order."""
        resource = self.resource(operation_id)
        return [(python_name(k), k) for k in resource.sort_keys] if resource else []

    def role_names(self, endpoint_name: str, role: str) -> list[str]:
        """The attribute names of the record fields a list role names (sort, fields, filter)."""
        resource = self.resource(endpoint_name)
        if resource is None:
            return []
        wire = {
            "sort": resource.sort_keys,
            "fields": resource.projection_fields,
            "filter": resource.filter_fields,
        }.get(role, [])
        return [python_name(name) for name in wire]

    def role_of(self, operation_id: str, name: str) -> str:
        param = next((p for p in self.op(operation_id).query_parameters if p.name == name), None)
        return (param.role or "") if param else ""

    def wire_of_role(self, operation_id: str, role: str) -> str:
        param = self.op(operation_id).role(role)
        return param.name if param else ""

    @property
    def sign_in(self) -> Operation | None:
        return self.spec.sign_in

    def token_field(self) -> str:
        """The sign-in answer's token attribute (its string property named like a token)."""
        op = self.spec.sign_in
        schema = op.success_schema if op else None
        names = [
            n
            for n, s in (schema.properties if schema else {}).items()
            if n.lower().endswith("token") and s.type == "string"
        ]
        if op is None or not names:
            return ""
        return python_name(names[0])

    def sign_in_fields(self) -> list[str]:
        """The sign-in body's fields (``email``, ``password``): ``Client.sign_in``'s arguments."""
        op = self.spec.sign_in
        body = op.body.schema if op and op.body else None
        return [python_name(n) for n in (body.properties if body else {})]

    @property
    def deprecated_ids(self) -> list[str]:
        """The deprecated operations, by endpoint name (the snake-cased operationId)."""
        return [python_name(op.operation_id) for op in self.spec.operations if op.deprecated]

    def sort_enum_names(self, values: list[str]) -> list[str] | None:
        """A list's sort keys as attribute names, when ``values`` are some list's sort keys."""
        for resource in self.spec.resources.values():
            if resource.sort_keys and sorted(resource.sort_keys) == sorted(values):
                return [python_name(v) for v in values]
        return None
