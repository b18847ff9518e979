"""The public surface of a generated SDK, one line per item, for `make api-diff` to compare.

    PYTHONPATH=generated python tools/sdk_surface.py

Lists ``client.<tag>.<method>(params) -> return`` (annotations as written in the generated
code), every model with its fields, and the ids each path parameter refuses before
sending. Reads whichever ``icloudready`` package is importable, so the same code lists
the committed SDK and one generated from another revision of the spec.
"""

from __future__ import annotations

import importlib
import inspect
import sys
from collections.abc import Iterator
from functools import cached_property
from typing import Any


def _resources(client_class: type[Any]) -> Iterator[tuple[str, Any]]:
    # Never sends a request: the client is built only to reach its resources.
    client = client_class(token="unused", base_url="http://127.0.0.1:9", rate_limit=None)  # noqa: S106
    try:
        for name, attr in sorted(vars(client_class).items()):
            if isinstance(attr, cached_property) and not name.startswith("_"):
                yield name, getattr(client, name)
    finally:
        client.close()


def _methods(prefix: str, resource: Any) -> Iterator[str]:
    """``prefix.method -> return``, then one line per parameter, so a diff names each change."""
    for name in sorted(dir(resource)):
        if name.startswith("_") or name == "with_raw_response":
            continue
        method = getattr(resource, name)
        if not callable(method):
            continue
        signature = inspect.signature(method)
        deprecated = " [deprecated]" if "deprecated" in (method.__doc__ or "").lower() else ""
        yield f"{prefix}.{name} -> {signature.return_annotation}{deprecated}"
        for parameter in signature.parameters.values():
            yield f"{prefix}.{name}({parameter})"


def _models() -> Iterator[str]:
    models = importlib.import_module("icloudready.models")
    for name in sorted(getattr(models, "__all__", [])):
        cls = getattr(models, name)
        fields = getattr(cls, "__attrs_attrs__", None)
        if fields is None:
            yield f"model {name}"
            continue
        annotations = getattr(cls, "__annotations__", {})
        for field in fields:
            if field.name == "additional_properties":
                continue
            yield f"model {name}.{field.name}: {annotations.get(field.name, '?')}"


def _refused_ids() -> Iterator[str]:
    api = importlib.import_module("icloudready.api")
    paths = importlib.import_module("icloudready_runtime._paths")
    routes = getattr(api, "ROUTES", ())
    for template in sorted(set(routes)):
        if "{" not in template:
            continue
        for param, values in sorted(paths.reserved_values(template, routes).items()):
            literal = sorted(values - {".", ".."})
            if literal:
                yield f"refused ids {template} {param}: {', '.join(literal)}"


def surface() -> list[str]:
    icloudready = importlib.import_module("icloudready")
    lines: list[str] = []
    for tag, resource in _resources(icloudready.Client):
        lines += _methods(f"client.{tag}", resource)
    lines += _models()
    lines += _refused_ids()
    return lines


if __name__ == "__main__":
    sys.stdout.write("".join(line + "\n" for line in surface()))
