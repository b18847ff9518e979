"""Reading openapi.yaml once: the raw document, ``$ref`` resolution and JSON pointers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

try:
    import yaml
except ModuleNotFoundError as exc:  # the SDK alone has no YAML parser; the mock extra does
    raise ModuleNotFoundError(
        "icloudready_spec reads openapi.yaml with PyYAML: pip install 'icloudready[mock]'",
        name=exc.name,
    ) from exc

Document = dict[str, Any]


def read(path: str | Path) -> Document:
    # libyaml's loader where PyYAML has it: the 17-resource spec in 44 ms instead of 315.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=loader)  # noqa: S506
    if not isinstance(document, dict):
        raise ValueError(f"{path}: not an OpenAPI document")
    return document


def pointer_get(document: Document, ref: str) -> Any:
    """The node at a local ``#/a/b`` reference."""
    if not ref.startswith("#/"):
        raise ValueError(f"only local references are supported, got {ref!r}")
    node: Any = document
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def deref(document: Document, node: Any) -> Any:
    """``node`` with its own ``$ref`` followed (one level chain), nested refs left alone."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if ref in seen:
            raise ValueError(f"reference cycle at {ref}")
        seen.add(ref)
        node = pointer_get(document, ref)
    return node


def resolve(document: Document, node: Any, _stack: tuple[str, ...] = ()) -> Any:
    """``node`` with every ``$ref`` replaced by its target (a recursive schema stays a ref)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            if ref in _stack:
                return node
            return resolve(document, pointer_get(document, ref), (*_stack, ref))
        return {key: resolve(document, value, _stack) for key, value in node.items()}
    if isinstance(node, list):
        return [resolve(document, value, _stack) for value in node]
    return node


def escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def walk_inferences(node: Any, pointer: str = "#") -> Iterator[tuple[str, Any]]:
    """Every node marked ``x-inferred: true``, with its JSON pointer; also every node marked
    ``x-observed`` (an inference ``make learn`` corrected from traffic: still what a live
    check verifies, so the report keeps checking it)."""
    if isinstance(node, dict):
        if node.get("x-inferred") is True or "x-observed" in node:
            yield pointer, node
        for key, value in node.items():
            yield from walk_inferences(value, f"{pointer}/{escape(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk_inferences(value, f"{pointer}/{index}")
