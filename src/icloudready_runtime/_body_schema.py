"""Request bodies held to the spec's JSON Schema: the one check the mock and the CLI share.

The mock answers a body this check refuses with a 422 listing its ``details``; the CLI's
``import --dry-run`` runs the same check on each row's body (after the SDK's own input
checks), so a dry run reports exactly the rows the server refuses. jsonschema-rs (JSON
Schema 2020-12: bounds, patterns, enums, formats, ``additionalProperties``) is the mock and
cli extras' dependency; the SDK alone never imports this module. A message says when the
bound it enforces is an inference of the spec (``x-inferred`` on the schema), and repeats at
most the start of the client's own value (``MAX_ECHO`` characters), counting the rest.
"""

from __future__ import annotations

import json
from typing import Any

# How much of a client's own input an error message repeats: enough to recognise it, never
# the whole of a 1 MB value.
MAX_ECHO = 100
MAX_DETAILS = 50
# Errors about a value's documented type are facts; these kinds enforce inferred bounds.
_BOUNDS = frozenset(
    {"AdditionalProperties", "Format", "MaxItems", "MaxLength", "Maximum", "MinItems",
     "MinLength", "Minimum", "ExclusiveMaximum", "ExclusiveMinimum", "MultipleOf", "Pattern",
     "Enum", "Required", "UniqueItems"}
)  # fmt: skip


def shorten(text: str, limit: int = MAX_ECHO) -> str:
    """``text`` as it may appear in an error: its start and its length when it is long."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text)} characters)"


def printable(text: str) -> str:
    """``text`` with lone surrogates written as ``\\udXXX`` escapes, so it can be encoded."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def dotted(path: list[str | int] | tuple[str | int, ...]) -> str:
    """A JSON path as the ``field`` of an error: ``units.0.name``, bounded and encodable."""
    text = ".".join(shorten(printable(str(part))) for part in path) or "body"
    return shorten(text, 3 * MAX_ECHO)


def location(path: list[str | int], error: Any) -> str:
    """The field an error is about (an unknown or a missing key named, not its parent)."""
    kind = error.kind
    unexpected = getattr(kind, "unexpected", None)
    if isinstance(unexpected, list) and unexpected:
        path = [*path, str(unexpected[0])]
    elif type(kind).__name__ == "Required" and getattr(kind, "property", None) is not None:
        path = [*path, str(kind.property)]
    return dotted(path)


def bounded(error: Any) -> str:
    """jsonschema-rs's message with the offending value shortened: it starts the message."""
    message = str(error.message)
    if len(message) <= 2 * MAX_ECHO:
        return message
    instance = error.instance
    try:
        shown = json.dumps(instance, ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError, RecursionError):
        shown = ""
    if shown and message.startswith(shown):
        size = (
            f"{len(instance)} characters"
            if isinstance(instance, str)
            else f"{len(shown)} characters of JSON"
        )
        return f"{shown[:MAX_ECHO]}… ({size}){message[len(shown) :]}"
    # Elsewhere in the message (an unexpected property's name): its start and its end.
    return f"{message[:MAX_ECHO]}… ({len(message)} characters) …{message[-MAX_ECHO:]}"


class BodySchema:
    """One request body's schema (refs into ``components`` kept), compiled once."""

    def __init__(
        self, schema: dict[str, Any], components: dict[str, Any], where: str = "the body's schema"
    ) -> None:
        """``where``: the schema's place in the spec (``components.schemas.X``), for messages."""
        import jsonschema_rs  # noqa: PLC0415 - the mock and cli extras' dependency only

        self._schema, self._components, self._where = schema, components, where
        root = {"$ref": "#/$defs/target", "$defs": {"target": schema}, "components": components}
        self._validator = jsonschema_rs.validator_for(root, validate_formats=True)

    def accepts(self, value: Any) -> bool:
        return bool(self._validator.is_valid(value))

    def details(self, value: Any) -> list[dict[str, str]]:
        """``{"field", "message"}`` per problem (at most ``MAX_DETAILS``); [] when valid."""
        if self._validator.is_valid(value):
            return []
        found = []
        for _, error in zip(range(MAX_DETAILS), self._validator.iter_errors(value), strict=False):
            path = list(error.instance_path)
            message = bounded(error)
            if type(error.kind).__name__ in _BOUNDS:
                inferred = self._inferred(path)
                if inferred:
                    message += f" (an inferred bound: x-inferred at {inferred})"
            found.append({"field": location(path, error), "message": message})
        return found

    def _inferred(self, path: list[str | int]) -> str | None:
        """Where the innermost ``x-inferred`` schema on the way to ``path`` is (a component)."""
        node: Any = self._schema
        where, found = self._where, None
        for step in [None, *path]:
            if isinstance(step, int):
                node, where = node.get("items"), f"{where} items"
            elif step is not None:
                node, where = (node.get("properties") or {}).get(step), f"{where}.{step}"
            while isinstance(node, dict) and isinstance(node.get("$ref"), str):
                where = str(node["$ref"]).removeprefix("#/").replace("/", ".")
                node = (self._components.get("schemas") or {}).get(where.rsplit(".", 1)[-1])
            if not isinstance(node, dict):
                break
            if node.get("x-inferred") is True:
                found = where
        return found
