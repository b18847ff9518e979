"""Checks on openapi.yaml that the linters cannot make, and the list of its inferences.

    python tools/check_spec.py openapi.yaml               # fail on the problems below
    python tools/check_spec.py --inferences openapi.yaml  # list every x-inferred item

- openapi-python-client writes one module per operation, named after the snake-cased
  operationId, and silently overwrites a module when two ids snake-case alike
  ("getItem" and "get_item");
- the list parameters restate the record schema in their patterns and enums (``fields``,
  ``sortBy``, ``p``): each must name exactly the record's fields it may, so a new field
  or a changed type cannot leave them behind unnoticed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from openapi_python_client.strings import PythonIdentifier

from icloudready_spec import Resource, Spec, load

_SORTABLE = ("string", "number", "integer")


def operation_id_problems(spec: Spec) -> list[str]:
    problems: list[str] = []
    seen: dict[str, str] = {}
    for op in spec.operations:
        where = f"{op.method} {op.path}"
        if op.operation_id == f"{op.method.lower()} {op.path}":
            problems.append(f"{where}: no operationId")
            continue
        module = str(PythonIdentifier(op.operation_id, prefix=""))
        if module in seen:
            problems.append(
                f"{where}: operationId {op.operation_id!r} becomes module {module!r}, "
                f"like {seen[module]}; the generator would overwrite one with the other"
            )
        else:
            seen[module] = f"{where} ({op.operation_id!r})"
    return problems


def _compare(where: str, stated: list[str], expected: set[str]) -> list[str]:
    problems: list[str] = []
    missing = sorted(expected - set(stated))
    extra = sorted(set(stated) - expected)
    if missing:
        problems.append(f"{where} leaves out {', '.join(missing)}")
    if extra:
        problems.append(f"{where} names {', '.join(extra)}, which it may not")
    return problems


def list_parameter_problems(resource: Resource) -> list[str]:
    """``fields``, ``sortBy`` and ``p`` against the record schema they restate."""
    op = resource.list_operation
    if op is None:
        return []
    where = f"{op.operation_id} ({resource.collection})"
    props = resource.properties
    problems: list[str] = []
    if op.query("fields") is not None:
        # Every field but the id, which always comes back.
        expected = {name for name in props if name != resource.id_field}
        problems += _compare(f"{where}: the fields pattern", resource.projection_fields, expected)
    if op.query("sortBy") is not None:
        scalar = {n for n in props if resource.scalar_type(n) in _SORTABLE}
        scalar -= {resource.id_field}
        wrong = sorted(set(resource.sort_keys) - scalar)
        if wrong:
            problems.append(f"{where}: sortBy offers {', '.join(wrong)}, not scalar fields")
    if op.query("p") is not None:
        text = {n for n in props if resource.scalar_type(n) == "string"}
        wrong = sorted(set(resource.filter_fields) - text)
        if wrong:
            problems.append(f"{where}: p filters on {', '.join(wrong)}, not string fields")
    return problems


def problems_of(spec: Spec) -> list[str]:
    found = operation_id_problems(spec)
    for resource in spec.resources.values():
        found += list_parameter_problems(resource)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", type=Path)
    parser.add_argument("--inferences", action="store_true", help="list every x-inferred item")
    args = parser.parse_args(argv)
    spec = load(args.spec)
    if args.inferences:
        for inference in spec.inferences:
            print(f"{inference.pointer}\n    {inference.reason}")
        print(f"{len(spec.inferences)} inferred items to verify against a live server")
        return 0
    problems = problems_of(spec)
    for problem in problems:
        print(f"{args.spec}: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
