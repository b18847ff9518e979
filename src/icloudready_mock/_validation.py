"""Request validation straight from openapi.yaml, with JSON Schema 2020-12 semantics.

jsonschema-rs compiles each schema once (bounds, patterns, enums, formats,
``additionalProperties``; ``90.0`` is an integer, as JSON Schema says). Failures become
the spec's error shapes: 400 for what cannot be read, 422 naming each invalid field.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any

import jsonschema_rs

from icloudready_spec import Operation, Parameter, Resource, Spec

from ._errors import HTTPError

_INT = re.compile(r"-?[0-9]{1,15}")
_NUMBER = re.compile(r"-?[0-9]{1,15}(\.[0-9]{1,15})?([eE][-+]?[0-9]{1,3})?")
_MAX_DETAILS = 50


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise ValueError(f"{text[:30]} is too large for a JSON number")
    return value


def parse_json(body: bytes) -> Any:
    """The body as JSON: 400 for anything that is not (NaN, Infinity, a BOM, UTF-16, ...)."""
    try:
        # Python's parser accepts NaN and Infinity, which JSON does not; bytes in another
        # encoding than UTF-8 (a BOM, UTF-16) are refused rather than guessed.
        text = body.decode("utf-8")
        if text.startswith("\ufeff"):
            raise ValueError("a byte-order mark is not allowed; send plain UTF-8")
        return json.loads(text, parse_constant=_reject_constant, parse_float=_finite)
    except UnicodeDecodeError:
        raise HTTPError(
            400, "invalid_json", "Request body is not UTF-8: JSON must be sent as UTF-8."
        ) from None
    except (ValueError, RecursionError) as exc:
        reason = str(exc) or type(exc).__name__
        raise HTTPError(400, "invalid_json", f"Request body is not valid JSON: {reason}.") from None


def _location(path: list[str | int], error: Any) -> str:
    kind = error.kind
    unexpected = getattr(kind, "unexpected", None)
    if isinstance(unexpected, list) and unexpected:
        path = [*path, str(unexpected[0])]
    elif type(kind).__name__ == "Required":
        missing = getattr(kind, "property", None)
        if missing is not None:
            path = [*path, str(missing)]
    return ".".join(str(part) for part in path) or "body"


@dataclass
class Validators:
    """Compiled validators for every operation's body and query parameters of one spec."""

    spec: Spec

    def __post_init__(self) -> None:
        self._bodies: dict[str, Any] = {}
        self._params: dict[tuple[str, str], Any] = {}
        for op in self.spec.operations:
            if op.body is not None:
                self._bodies[op.operation_id] = self._compile(op.body.schema.raw)
            for param in op.parameters:
                self._params[(op.operation_id, param.name)] = self._compile(param.schema.raw)
        self._ids = {
            r.collection: self._compile(r.id_parameter.schema.raw)
            for r in self.spec.resources.values()
            if r.id_parameter is not None
        }

    def _compile(self, schema: dict[str, Any]) -> Any:
        # The schema travels with the document's components, so its $refs resolve in place.
        root = {"$ref": "#/$defs/target", "$defs": {"target": schema}}
        root["components"] = self.spec.components
        return jsonschema_rs.validator_for(root, validate_formats=True)

    def body(self, op: Operation, raw: bytes) -> Any:
        """The parsed body when it matches the operation's schema; 422 naming each problem."""
        value = parse_json(raw)
        validator = self._bodies.get(op.operation_id)
        if validator is None or validator.is_valid(value):
            return value
        details = [
            {"field": _location(list(e.instance_path), e), "message": e.message}
            for _, e in zip(range(_MAX_DETAILS), validator.iter_errors(value), strict=False)
        ]
        fields = list(dict.fromkeys(d["field"] for d in details))
        raise HTTPError(
            422,
            "validation_error",
            f"{len(fields)} invalid field(s): {', '.join(fields[:5])}"
            + (f" and {len(fields) - 5} more." if len(fields) > 5 else "."),
            details=details,
        )

    def param(self, op: Operation, param: Parameter, raw: str) -> Any:
        """One query or path parameter, converted to its schema's type and checked."""
        value: Any = raw
        kind = param.schema.type
        if kind == "integer" and _INT.fullmatch(raw):
            value = int(raw)
        elif kind == "number" and _NUMBER.fullmatch(raw):
            value = float(raw)
        elif kind == "boolean" and raw in ("true", "false"):
            value = raw == "true"
        validator = self._params[(op.operation_id, param.name)]
        if not validator.is_valid(value):
            error = next(iter(validator.iter_errors(value)))
            code = "invalid_id" if param.location == "path" else "invalid_parameter"
            raise HTTPError(400, code, f"{param.name}: {error.message[:300]}")
        return value

    def is_id(self, resource: Resource, value: str) -> bool:
        """Whether ``value`` has the form of the resource's id parameter."""
        validator = self._ids.get(resource.collection)
        return validator is None or bool(validator.is_valid(value))
