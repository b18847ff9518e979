"""Checks on openapi.yaml that the linters cannot make, and the list of its inferences.

    python tools/check_spec.py openapi.yaml               # fail on colliding operationIds
    python tools/check_spec.py --inferences openapi.yaml  # list every x-inferred item

openapi-python-client writes one module per operation, named after the snake-cased
operationId, and silently overwrites a module when two ids snake-case alike
("getItem" and "get_item"). This check makes such a spec fail `make generate`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import PythonIdentifier

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in (spec.get("paths") or {}).items():
        for method in _METHODS:
            if method in item:
                yield method.upper(), path, item[method]


def operation_id_problems(spec: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    seen: dict[str, str] = {}
    for method, path, operation in operations(spec):
        where = f"{method} {path}"
        operation_id = operation.get("operationId")
        if not operation_id:
            problems.append(f"{where}: no operationId")
            continue
        module = str(PythonIdentifier(operation_id, prefix=""))
        if module in seen:
            problems.append(
                f"{where}: operationId {operation_id!r} becomes module {module!r}, "
                f"like {seen[module]}; the generator would overwrite one with the other"
            )
        else:
            seen[module] = f"{where} ({operation_id!r})"
    return problems


def inferences(node: Any, pointer: str = "#") -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        if node.get("x-inferred") is True:
            yield pointer, str(node.get("x-inferred-reason", "(no reason given)"))
        for key, value in node.items():
            escaped = str(key).replace("~", "~0").replace("/", "~1")
            yield from inferences(value, f"{pointer}/{escaped}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from inferences(value, f"{pointer}/{index}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", type=Path)
    parser.add_argument("--inferences", action="store_true", help="list every x-inferred item")
    args = parser.parse_args(argv)
    spec = yaml.safe_load(args.spec.read_text(encoding="utf-8"))
    if args.inferences:
        found = list(inferences(spec))
        for pointer, reason in found:
            print(f"{pointer}\n    {reason}")
        print(f"{len(found)} inferred items to verify against a live server")
        return 0
    problems = operation_id_problems(spec)
    for problem in problems:
        print(f"{args.spec}: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
