"""The public surface of a generated SDK, one line per item, for `make api-diff` to compare.

    PYTHONPATH=generated python tools/sdk_surface.py

Read from the SDK's operation table (``icloudready._operations``, generated from the spec
model): ``client.<tag>.<method>(params) -> return`` with each parameter's type as the
method's signature writes it, every model with its fields, and the ids each path
parameter refuses before sending. Reads whichever ``icloudready`` is importable, so the
same code lists the committed SDK and one generated from another revision of the spec.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from typing import Any


def _operations(table: Any) -> Iterator[str]:
    """``client.tag.method -> return``, then one line per parameter, so a diff names each."""
    for op in sorted(table.OPERATIONS, key=lambda o: (o.tag, o.name)):
        prefix = f"client.{op.tag}.{op.name}"
        deprecated = " [deprecated]" if op.deprecated else ""
        yield f"{prefix} -> {op.result.annotation}{deprecated}"
        for param in op.params:
            default = "" if param.required else " = ..."
            yield f"{prefix}({param.name}: {param.annotation}{default})"
        if op.walk:
            yield f"client.{op.tag}.{op.walk} -> Iterator[{op.result.model}]"


def _models(table: Any) -> Iterator[str]:
    for name, fields in sorted(table.MODELS.items()):
        for field in fields:
            yield f"model {name}.{field.name}: {field.annotation}"


def _refused_ids(table: Any) -> Iterator[str]:
    paths = importlib.import_module("icloudready_runtime._paths")
    routes = table.ROUTES
    for template in sorted(set(routes)):
        if "{" not in template:
            continue
        for param, values in sorted(paths.reserved_values(template, routes).items()):
            literal = sorted(values - {".", ".."})
            if literal:
                yield f"refused ids {template} {param}: {', '.join(literal)}"


def surface() -> list[str]:
    table = importlib.import_module("icloudready._operations")
    return [*_operations(table), *_models(table), *_refused_ids(table)]


if __name__ == "__main__":
    sys.stdout.write("".join(line + "\n" for line in surface()))
