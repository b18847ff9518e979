"""JSON Schemas of openapi.yaml as typed objects: each keyword read once, unknown ones refused.

Strict on purpose (like stripe-mock's spec model): a keyword this project does not handle,
a misspelt vendor extension or a ``$ref`` with a sibling it would ignore is an error naming
its place, raised while the spec is loaded; nothing downstream guesses what was meant.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ._load import Document, escape, pointer_get

# The JSON Schema keywords every consumer (SDK, mock, CLI, contract kit) understands.
BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
          "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems")  # fmt: skip
KEYWORDS = frozenset({*BOUNDS, "type", "format", "enum", "const", "title", "description",
                      "default", "example", "examples", "properties", "required", "items",
                      "additionalProperties", "readOnly", "writeOnly", "deprecated"})  # fmt: skip
# This project's vocabulary (README, "The spec's declarations").
EXTENSIONS = frozenset({"x-inferred", "x-inferred-reason", "x-sortable", "x-filterable",
                        "x-searchable", "x-date-format", "x-observed"})  # fmt: skip
# Wire formats of dates the API writes other than ISO (x-date-format), with their patterns.
DATE_FORMATS = {"DD/MM/YYYY": r"^\d{2}/\d{2}/\d{4}$"}


class SpecError(ValueError):
    """openapi.yaml says something the model cannot represent; every problem is listed."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(eq=False)
class Schema:
    """One schema node. Component schemas are shared objects (a ``$ref`` gives the same one)."""

    pointer: str  # where it is written: a component's own pointer for a $ref'd one
    raw: dict[str, Any] = field(repr=False)  # the node as written, for JSON Schema validators
    name: str | None = None  # the component's name, #/components/schemas/<name>
    types: tuple[str, ...] = ()  # JSON types other than null; () is any value
    nullable: bool = False
    format: str | None = None
    enum: tuple[Any, ...] | None = None
    description: str = ""
    default: Any = None
    has_default: bool = False
    examples: tuple[Any, ...] = ()
    bounds: dict[str, Any] = field(default_factory=dict)  # minimum, maxLength, pattern, ...
    properties: dict[str, Schema] = field(default_factory=dict)
    required: tuple[str, ...] = ()
    additional_properties: bool | Schema = True
    items: Schema | None = None
    read_only: bool = False
    deprecated: bool = False
    sortable: bool = False  # x-sortable: the list's sortBy may name this field
    filterable: bool = False  # x-filterable: the list's p may filter on this field
    searchable: bool | None = None  # x-searchable: None follows the convention
    date_format: str | None = None  # x-date-format: a date written other than ISO
    inferred: str | None = None  # x-inferred: its reason

    @property
    def type(self) -> str | None:
        """The one JSON type besides null, or None (any value, or a union)."""
        return self.types[0] if len(self.types) == 1 else None

    @property
    def is_date(self) -> bool:
        return self.type == "string" and (self.format == "date" or self.date_format is not None)

    @property
    def is_free_form(self) -> bool:
        """An object with no documented property: a plain ``dict`` in Python."""
        return self.type == "object" and not self.properties

    @property
    def closed(self) -> bool:
        return self.additional_properties is False

    def walk(
        self, path: tuple[str, ...] = (), depth: int = 8
    ) -> Iterator[tuple[tuple[str, ...], Schema]]:
        """Every node below this one with its path ("*" for array items), bounded in depth."""
        yield path, self
        if depth == 0:
            return
        for name, prop in self.properties.items():
            yield from prop.walk((*path, name), depth - 1)
        if self.items is not None:
            yield from self.items.walk((*path, "*"), depth - 1)


def places(node: Any, path: tuple[str, ...]) -> Iterator[tuple[Any, Any]]:
    """The (container, key) pairs of an instance that a non-empty path of ``Schema.walk``
    names ("*": every item of an array), where the instance has them."""
    head, rest = path[0], path[1:]
    children: list[tuple[Any, Any]] = []
    if head == "*" and isinstance(node, list):
        children = list(enumerate(node))
    elif isinstance(node, dict) and head in node:
        children = [(head, node[head])]
    for key, child in children:
        if rest:
            yield from places(child, rest)
        else:
            yield node, key


class SchemaReader:
    """Reads schema nodes of one document, sharing component schemas and collecting problems."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.problems: list[str] = []
        self._components: dict[str, Schema] = {}

    def component(self, ref: str) -> Schema:
        found = self._components.get(ref)
        if found is not None:
            return found
        try:
            node = pointer_get(self.document, ref)
        except (KeyError, IndexError, TypeError, ValueError):
            self.problems.append(f"{ref}: the reference points at nothing")
            node = {}
        name = ref.rsplit("/", 1)[-1] if ref.startswith("#/components/schemas/") else None
        schema = Schema(pointer=ref, raw=node if isinstance(node, dict) else {}, name=name)
        # Registered before its children are read: a schema may refer to itself.
        self._components[ref] = schema
        self._fill(schema, node, ref)
        return schema

    def read(self, node: Any, pointer: str) -> Schema:
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            extra = set(node) - {"$ref", "description"}
            if extra:
                self.problems.append(
                    f"{pointer}: $ref with {', '.join(sorted(extra))} beside it "
                    "(only description may stand beside a $ref)"
                )
            return self.component(str(node["$ref"]))
        schema = Schema(pointer=pointer, raw=node if isinstance(node, dict) else {})
        self._fill(schema, node, pointer)
        return schema

    def _fill(self, schema: Schema, node: Any, pointer: str) -> None:  # noqa: PLR0912 - one keyword a branch
        if not isinstance(node, dict):
            self.problems.append(f"{pointer}: a schema must be an object")
            return
        for key in node:
            if key not in KEYWORDS and key not in EXTENSIONS:
                what = "extension" if str(key).startswith("x-") else "keyword"
                self.problems.append(f"{pointer}: unsupported schema {what} {key!r}")
        kind = node.get("type")
        kinds = [kind] if isinstance(kind, str) else list(kind) if isinstance(kind, list) else []
        schema.nullable = "null" in kinds
        schema.types = tuple(str(k) for k in kinds if k != "null")
        schema.format = node.get("format")
        if "enum" in node:
            schema.enum = tuple(v for v in node["enum"] if v is not None)
        if "const" in node:
            schema.enum = (node["const"],)
        schema.description = " ".join(str(node.get("description") or "").split())
        if "default" in node:
            schema.default, schema.has_default = node["default"], True
        if "examples" in node and isinstance(node["examples"], list):
            schema.examples = tuple(node["examples"])
        elif "example" in node:
            schema.examples = (node["example"],)
        schema.bounds = {key: node[key] for key in BOUNDS if key in node}
        base = f"{pointer}/properties"
        schema.properties = {
            str(name): self.read(prop, f"{base}/{escape(str(name))}")
            for name, prop in (node.get("properties") or {}).items()
        }
        schema.required = tuple(str(r) for r in node.get("required") or ())
        for name in schema.required:
            if name not in schema.properties:
                self.problems.append(f"{pointer}: required {name!r} is not a property")
        extra = node.get("additionalProperties", True)
        schema.additional_properties = (
            self.read(extra, f"{pointer}/additionalProperties")
            if isinstance(extra, dict)
            else bool(extra)
        )
        if isinstance(node.get("items"), dict):
            schema.items = self.read(node["items"], f"{pointer}/items")
        schema.read_only = node.get("readOnly") is True
        schema.deprecated = node.get("deprecated") is True
        schema.sortable = node.get("x-sortable") is True
        schema.filterable = node.get("x-filterable") is True
        searchable = node.get("x-searchable")
        schema.searchable = searchable if isinstance(searchable, bool) else None
        schema.date_format = node.get("x-date-format")
        if schema.date_format is not None and schema.date_format not in DATE_FORMATS:
            self.problems.append(
                f"{pointer}: x-date-format {schema.date_format!r} is not one of "
                f"{', '.join(DATE_FORMATS)}"
            )
        if "x-observed" in node:  # corrected by `make learn`: the report still checks it
            schema.inferred = f"observed {node['x-observed']}"
        elif node.get("x-inferred") is True:
            schema.inferred = str(node.get("x-inferred-reason") or "")
            if not schema.inferred:
                self.problems.append(f"{pointer}: x-inferred without an x-inferred-reason")
