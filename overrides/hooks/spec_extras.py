"""Post-generation hook: what openapi-python-client drops from the spec before templates run.

Run in the generated package (see overrides/openapi-python-client.yaml), before ruff:

- ``deprecated: true`` on operations: written to ``api/_deprecated.py``; the resources wrap
  those methods to warn (``_runtime._resource.deprecate_methods``);
- parameter descriptions and bounds (the generator keeps neither for parameters): the
  resource templates leave ``@@param:METHOD /path name@@`` and ``@@bounds:...@@`` marks in
  docstrings, filled in here from the spec.

The spec: ``$SPEC`` (``make generate SPEC=...``) relative to the folder above the generated
output, else ``openapi.yaml`` there.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import yaml

from icloudready_spec import deref

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
HEADER = (
    "# Generated from openapi.yaml by overrides/hooks/spec_extras.py: do not edit; "
    "change the spec and run `make generate`.\n"
)
MARK = re.compile(r"@@(param|bounds):([A-Z]+) (\S+) ([^@]+)@@")


def operations(spec: dict[str, Any]) -> dict[str, tuple[dict[str, Any], list[Any]]]:
    """Operations by "METHOD /path", each with its parameters (the path item's included)."""
    found: dict[str, tuple[dict[str, Any], list[Any]]] = {}
    for path, item in (spec.get("paths") or {}).items():
        shared = item.get("parameters", [])
        for method in METHODS:
            if isinstance(item.get(method), dict):
                operation = item[method]
                found[f"{method.upper()} {path}"] = (
                    operation,
                    [deref(spec, p) for p in [*shared, *operation.get("parameters", [])]],
                )
    return found


def bounds(schema: dict[str, Any]) -> str:
    parts = []
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None and high is not None:
        parts.append(f"from {low} to {high}")
    elif low is not None:
        parts.append(f"at least {low}")
    elif high is not None:
        parts.append(f"at most {high}")
    if schema.get("maxLength") is not None:
        parts.append(f"at most {schema['maxLength']} characters")
    if schema.get("pattern"):
        parts.append(f"matching {schema['pattern']}")
    return "".join(f"; {part}" for part in parts)


def fill(text: str, table: dict[str, tuple[dict[str, Any], list[Any]]]) -> str:
    def one(match: re.Match[str]) -> str:
        kind, method, path, name = match.groups()
        _, parameters = table.get(f"{method} {path}", ({}, []))
        parameter = next((p for p in parameters if p.get("name") == name.strip()), None)
        if parameter is None:
            return ""
        if kind == "bounds":
            return bounds(parameter.get("schema") or {})
        description = " ".join(str(parameter.get("description") or "").split())
        return f"{description} " if description else ""

    # Docstrings are not raw strings: a pattern's backslashes must stay backslashes.
    return MARK.sub(lambda match: one(match).replace("\\", "\\\\"), text)


def main() -> None:
    spec_path = Path("../..") / os.environ.get("SPEC", "openapi.yaml")
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    table = operations(spec)
    deprecated = sorted(key for key, (op, _) in table.items() if op.get("deprecated") is True)
    keys = "".join(f"        {key!r},\n" for key in deprecated)
    Path("api/_deprecated.py").write_text(
        f'{HEADER}"""Operations the spec marks deprecated, as "METHOD /path"."""\n\n'
        f"DEPRECATED_OPERATIONS: frozenset[str] = frozenset(\n    {{\n{keys}    }}\n)\n",
        encoding="utf-8",
    )
    for module in sorted(Path("api").glob("*/__init__.py")):
        text = module.read_text(encoding="utf-8")
        if "@@" in text:
            module.write_text(fill(text, table), encoding="utf-8")


if __name__ == "__main__":
    main()
