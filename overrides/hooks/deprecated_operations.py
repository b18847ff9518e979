"""Post-generation hook: the operations that openapi.yaml marks ``deprecated: true``.

openapi-python-client drops the flag before templates see it, so this hook (run in the
generated package, see overrides/openapi-python-client.yaml) reads it from the spec and
writes ``api/_deprecated.py``; the resources wrap those methods to warn
(``_runtime._resource.deprecate_methods``). The spec: ``$SPEC`` (set by ``make generate
SPEC=...``), relative to the folder above the generated output, else ``openapi.yaml`` there.
"""

from __future__ import annotations

import os
from pathlib import Path

import yaml

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
HEADER = (
    "# Generated from openapi.yaml by overrides/hooks/deprecated_operations.py: do not edit; "
    "change the spec and run `make generate`.\n"
)


def deprecated(spec: dict[str, object]) -> list[str]:
    found: list[str] = []
    paths = spec.get("paths")
    for path, item in (paths if isinstance(paths, dict) else {}).items():
        for method in METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if isinstance(operation, dict) and operation.get("deprecated") is True:
                found.append(f"{method.upper()} {path}")
    return sorted(found)


def main() -> None:
    spec_path = Path("../..") / os.environ.get("SPEC", "openapi.yaml")
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    keys = "".join(f"        {key!r},\n" for key in deprecated(spec))
    Path("api/_deprecated.py").write_text(
        f'{HEADER}"""Operations the spec marks deprecated, as "METHOD /path"."""\n\n'
        f"DEPRECATED_OPERATIONS: frozenset[str] = frozenset(\n    {{\n{keys}    }}\n)\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
