"""Request validation straight from openapi.yaml, with JSON Schema 2020-12 semantics.

jsonschema-rs compiles each schema once (bounds, patterns, enums, formats,
``additionalProperties``; ``90.0`` is an integer, as JSON Schema says). Failures become
the spec's error shapes: 400 for what cannot be read, 422 naming each invalid field.
Before any schema sees a body, two things no schema can say are checked here: how deep it
nests (``MAX_DEPTH``) and that its text is Unicode (no lone surrogate). Messages repeat at
most the start of the client's own input (``MAX_ECHO`` characters) and count the rest.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any

import jsonschema_rs

from icloudready_runtime._body_schema import (
    BodySchema,
    bounded,
    dotted,
    shorten,
)
from icloudready_spec import Operation, Parameter, Resource, Spec
from icloudready_spec import dotted as dotted_pointer

from ._errors import HTTPError

_INT = re.compile(r"-?[0-9]{1,15}")
_NUMBER = re.compile(r"-?[0-9]{1,15}(\.[0-9]{1,15})?([eE][-+]?[0-9]{1,3})?")
# How many containers (objects, arrays) a JSON document may nest, the body itself counted:
# the 100 levels of MongoDB, whose ids this API's records carry. The spec declares none;
# without a limit, a body the parser could still read (~975 levels) became a record that no
# later write could serialise (Python's recursion limit), a 500 on every PATCH, PUT and bulk
# update that named it.
MAX_DEPTH = 100
# A \uD800-\uDFFF escape in the raw text: the only way a lone surrogate gets into a body
# (strict UTF-8 decoding refuses encoded ones), so only such bodies are searched for one.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# The tokens of JSON text that give its structure, strings skipped whole (linear: the two
# alternatives of a string's body cannot both match a character).
_STRUCTURE = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}:,]')


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise ValueError(f"{text[:30]} is too large for a JSON number")
    return value


def deeper_than(value: Any, limit: int = MAX_DEPTH) -> list[str | int] | None:
    """The path of the first container nested deeper than ``limit`` levels, or None.

    Iterative: it must work on values deeper than Python's own recursion limit.
    """
    if not isinstance(value, dict | list):
        return None
    stack: list[tuple[Any, int, tuple[str | int, ...]]] = [(value, 1, ())]
    while stack:
        node, depth, path = stack.pop()
        if depth > limit:
            return list(path)
        items = list(node.items() if isinstance(node, dict) else enumerate(node))
        for key, child in reversed(items):  # reversed: popped in document order
            if isinstance(child, dict | list):
                stack.append((child, depth + 1, (*path, key)))
    return None


def deeper_than_in_text(text: str, limit: int = MAX_DEPTH) -> list[str | int] | None:
    """``deeper_than`` for JSON text too deep for ``json.loads`` (scanned, never parsed)."""
    path: list[str | int] = []  # per open container: the key or index now inside it
    last = '""'
    for match in _STRUCTURE.finditer(text):
        mark = match.group()
        if mark[0] == '"':
            last = mark
        elif mark in "{[":
            if len(path) >= limit:
                return path
            path.append(0)
        elif mark in "}]":
            if path:
                path.pop()
        elif mark == ":" and path:
            try:
                path[-1] = str(json.loads(last))
            except ValueError:
                path[-1] = last
        elif mark == "," and path and isinstance(path[-1], int):
            path[-1] += 1
    return None


def too_deep(path: list[str | int]) -> HTTPError:
    return HTTPError(
        400,
        "invalid_json",
        f"Request body nests deeper than {MAX_DEPTH} levels (at {shorten(dotted(path))}), the most "
        "this API reads.",
    )


def lone_surrogate(value: Any) -> list[str | int] | None:
    """The path of the first string (a value or a key) holding a lone surrogate, or None.

    Keys are checked as their object is reached, values in document order after them.
    """
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(value, ())]
    while stack:
        node, path = stack.pop()
        if isinstance(node, str):
            if _SURROGATE.search(node):
                return list(path)
        elif isinstance(node, dict):
            for key in node:
                if _SURROGATE.search(key):
                    return [*path, key]
            stack.extend((child, (*path, key)) for key, child in reversed(node.items()))
        elif isinstance(node, list):
            stack.extend((node[i], (*path, i)) for i in reversed(range(len(node))))
    return None


def parse_json(body: bytes) -> Any:
    """The body as JSON: 400 for anything that is not (NaN, Infinity, a BOM, UTF-16, ...)."""
    try:
        # Python's parser accepts NaN and Infinity, which JSON does not; bytes in another
        # encoding than UTF-8 (a BOM, UTF-16) are refused rather than guessed.
        text = body.decode("utf-8")
        if text.startswith("\ufeff"):
            raise ValueError("a byte-order mark is not allowed; send plain UTF-8")
        value = json.loads(text, parse_constant=_reject_constant, parse_float=_finite)
    except UnicodeDecodeError:
        raise HTTPError(
            400, "invalid_json", "Request body is not UTF-8: JSON must be sent as UTF-8."
        ) from None
    except RecursionError:
        raise too_deep(deeper_than_in_text(text) or []) from None
    except ValueError as exc:
        reason = str(exc) or type(exc).__name__
        raise HTTPError(400, "invalid_json", f"Request body is not valid JSON: {reason}.") from None
    # Fewer brackets than the limit cannot nest past it: most bodies are never walked.
    if body.count(b"{") + body.count(b"[") > MAX_DEPTH:
        path = deeper_than(value)
        if path is not None:
            raise too_deep(path)
    if _SURROGATE_ESCAPE.search(body):
        # Valid JSON, but not text: SQLite, jsonschema-rs and UTF-8 itself cannot take it.
        where = lone_surrogate(value)
        if where is not None:
            raise HTTPError(
                422,
                "validation_error",
                f"1 invalid field(s): {dotted(where)}.",
                details=[
                    {
                        "field": dotted(where),
                        "message": "contains a lone surrogate (an unpaired \\ud800-\\udfff "
                        "escape): text must be valid Unicode",
                    }
                ],
            )
    return value


@dataclass
class Validators:
    """Compiled validators for every operation's body and query parameters of one spec."""

    spec: Spec

    def __post_init__(self) -> None:
        self._bodies: dict[str, BodySchema] = {}
        self._params: dict[tuple[str, str], Any] = {}
        for op in self.spec.operations:
            if op.body is not None:
                schema = op.body.schema
                self._bodies[op.operation_id] = BodySchema(
                    schema.raw, self.spec.components, dotted_pointer(schema.pointer)
                )
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
        details = validator.details(value) if validator is not None else []
        if not details:
            return value
        fields = list(dict.fromkeys(d["field"] for d in details))
        raise HTTPError(
            422,
            "validation_error",
            f"{len(fields)} invalid field(s): {', '.join(fields[:5])}"
            + (f" and {len(fields) - 5} more." if len(fields) > 5 else "."),
            details=details,
        )

    def accepts(self, op: Operation, value: Any) -> bool:
        """Whether the operation's body schema accepts ``value`` (a body the mock built)."""
        validator = self._bodies.get(op.operation_id)
        return validator is None or validator.accepts(value)

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
            raise HTTPError(400, code, f"{param.name}: {bounded(error)}")
        return value

    def is_id(self, resource: Resource, value: str) -> bool:
        """Whether ``value`` has the form of the resource's id parameter."""
        validator = self._ids.get(resource.collection)
        return validator is None or bool(validator.is_valid(value))
