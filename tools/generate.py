"""`make generate`: openapi.yaml -> generated/, through the spec model, deterministically.

    python tools/generate.py --spec openapi.yaml --output generated

1. write into the spec what it restates (tools/writeback.py: the list parameters'
   patterns and enums, the record's fields), so a new field is one edit;
2. read the spec model (strict: an operation it cannot classify fails here, named) and
   print every operation's kind;
3. openapi-python-client (pinned) renders the models and, through overrides/templates,
   the resources, the clients and the operation table, every template reading the spec
   model as ``api``; files a template renders empty are not part of the SDK (the raw
   per-operation functions and openapi-python-client's own client) and are removed;
4. datamodel-code-generator (pinned) writes the pydantic models (``icloudready_models``);
5. ruff fixes imports and formats everything, so the output is byte for byte the same.

openapi-python-client is driven through its Python API rather than its command line
only to hand the templates the spec model: it has no option for extra template globals.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

from generation_view import View
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import ErrorLevel, GeneratorError
from openapi_python_client.schema.untrusted_string import UntrustedString
from readme_tables import update as update_readme
from writeback import write_back

from icloudready_spec import SpecError, build, dotted, read

ROOT = Path(__file__).resolve().parent.parent
OVERRIDES = ROOT / "overrides"
BIN = Path(sys.executable).parent


def _print_kinds(view: View) -> None:
    print("operations (kind, SDK method, rate tier):")
    for op in view.spec.operations:
        where = f"{op.method} {op.path}"
        print(f"  {op.kind:<12} {where:<48} {op.tag}.{op.method_name:<28} {op.rate_tier}")


def _literal(value: object) -> str:
    """A Python literal of a value, for the operation table (names arrive as UntrustedString)."""
    if isinstance(value, UntrustedString):
        value = value.get_untrusted_value()
    return repr(value)


def _sdk(spec_path: Path, view: View, output: Path) -> list[GeneratorError]:
    config = Config.from_sources(
        ConfigFile.load_from_path(OVERRIDES / "openapi-python-client.yaml"),
        MetaType.NONE,
        spec_path,
        "utf-8",
        overwrite=True,
        output_path=output,
    )
    data = GeneratorData.from_dict(view.spec.document, config=config)
    if isinstance(data, GeneratorError):
        return [data]
    project = Project(openapi=data, config=config, custom_template_path=OVERRIDES / "templates")
    project.env.globals["api"] = view
    project.env.filters["py"] = _literal
    errors = list(project.build())
    # The resources and the clients under the names users import (a module per tag).
    api = output / "api"
    resources = output / "resources"
    resources.mkdir(exist_ok=True)
    for tag_dir in sorted(p for p in api.iterdir() if p.is_dir()):
        (tag_dir / "__init__.py").rename(resources / f"{tag_dir.name}.py")
    (api / "__init__.py").rename(output / "_client.py")
    shutil.rmtree(api)
    table = project.env.get_template("operations.py.jinja").render()
    (output / "_operations.py").write_text(table, encoding="utf-8")
    resources_init = project.env.get_template("resources_init.py.jinja").render()
    (resources / "__init__.py").write_text(resources_init, encoding="utf-8")
    # The request bodies' JSON Schemas, for the CLI's dry run (the mock's own check on them).
    bodies = [op for op in view.spec.operations if op.body is not None]
    schemas = {
        "$comment": "Generated from openapi.yaml by tools/generate.py: do not edit.",
        "components": {"schemas": view.spec.components.get("schemas") or {}},
        "bodies": {op.operation_id: op.body.schema.raw for op in bodies if op.body},
        "where": {op.operation_id: dotted(op.body.schema.pointer) for op in bodies if op.body},
    }
    (output / "_schemas.json").write_text(json.dumps(schemas, indent=1) + "\n", encoding="utf-8")
    for path in sorted(output.rglob("*.py")):
        if not path.read_text(encoding="utf-8").strip():
            path.unlink()
    (output / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
    return errors


def _pydantic(spec_path: Path, output: Path) -> None:
    output.mkdir(parents=True, exist_ok=True)
    args = [
        line
        for line in (OVERRIDES / "datamodel-codegen.args").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    subprocess.run(
        [
            str(BIN / "datamodel-codegen"),
            "--input",
            str(spec_path),
            "--output",
            str(output / "__init__.py"),
            *args,
        ],
        cwd=ROOT,
        check=True,
    )
    (output / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--output", type=Path, default=ROOT / "generated")
    parser.add_argument("--readme", type=Path, help="a README whose resource table to rewrite")
    args = parser.parse_args(argv)
    spec_path: Path = args.spec.resolve()
    try:
        text = spec_path.read_text(encoding="utf-8")
        written, changed = write_back(text)
        if written != text:
            spec_path.write_text(written, encoding="utf-8")
        for line in changed:
            print(f"{spec_path.name}: {line.replace(': ', ' written from ', 1)}")
        view = View(build(read(spec_path), spec_path))
    except SpecError as exc:
        for problem in exc.problems:
            print(f"{spec_path}: {problem}", file=sys.stderr)
        return 1
    _print_kinds(view)
    output: Path = args.output.resolve()
    for name in ("icloudready", "icloudready_models"):
        shutil.rmtree(output / name, ignore_errors=True)
    errors = _sdk(spec_path, view, output / "icloudready")
    failed = False
    for error in errors:
        print(
            f"openapi-python-client: {error.level.value}: {error.header}: {error.detail or ''}",
            file=sys.stderr,
        )
        failed = failed or error.level == ErrorLevel.ERROR
    if failed:
        return 1
    _pydantic(spec_path, output / "icloudready_models")
    if args.readme is not None and update_readme(args.readme, view.spec):
        print(f"{args.readme.name}: the resource table rewritten from the spec")
    for command in (["check", "--fix-only", "--quiet"], ["format", "--quiet"]):
        subprocess.run([str(BIN / "ruff"), *command, str(output)], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
