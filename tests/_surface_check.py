"""Calls every generated method of every tag against the stub and checks it against the spec.

Run as ``python -m tests._surface_check SPEC`` with ``icloudready`` importable from the
package generated from SPEC (the test sets PYTHONPATH). The methods come from the SDK's
operation table (``icloudready._operations``), the arguments and the canned answers from
the spec's schemas, so nothing here names an operation. Prints a
JSON report: per method, which variants (sync, async, raw, async raw) returned what the
spec promises, and which warned as deprecated.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import re
import sys
import warnings
from pathlib import Path
from typing import Any

import yaml

from icloudready_spec import deref

from ._stub import Stub, running_stub

ID = "609a8f85c2834915d0a5a5e9"
METHODS = ("get", "put", "post", "delete", "patch")


def sample(spec: dict[str, Any], schema: Any) -> Any:  # noqa: PLR0911 - one answer per type
    """A value of ``schema``, in the spelling the SDK writes back (isoformat for date-times)."""
    schema = deref(spec, schema)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if "enum" in schema:
        return schema["enum"][0]
    if kind == "object" or "properties" in schema:
        return {name: sample(spec, prop) for name, prop in schema.get("properties", {}).items()}
    if kind == "array":
        return [sample(spec, schema.get("items", {}))]
    if kind == "string":
        return {"date": "2023-06-30", "date-time": "2023-04-19T10:15:00+00:00"}.get(
            schema.get("format", ""), ID
        )
    if kind == "integer":
        return 3
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    return {"free": "form"}


def snake(name: str) -> str:
    return re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower().lstrip("_")


def operation_of(spec: dict[str, Any], key: str) -> dict[str, Any]:
    method, path = key.split(" ", 1)
    return dict(spec["paths"][path][method.lower()])


def success(spec: dict[str, Any], operation: dict[str, Any]) -> tuple[int, Any]:
    for status, response in operation["responses"].items():
        if str(status).startswith("2"):
            content = deref(spec, response).get("content", {}).get("application/json")
            return int(status), (None if content is None else content["schema"])
    raise AssertionError("no success response")


def arguments(spec: dict[str, Any], operation: dict[str, Any], method: Any) -> dict[str, Any]:
    """Path parameters and required body fields, by the method's own signature."""
    body_schema = deref(
        spec,
        deref(spec, operation.get("requestBody", {}))
        .get("content", {})
        .get("application/json", {})
        .get("schema", {}),
    )
    props = {snake(k): v for k, v in body_schema.get("properties", {}).items()}
    args: dict[str, Any] = {}
    for name, param in inspect.signature(method).parameters.items():
        if param.default is not inspect.Parameter.empty:
            continue
        if param.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            args[name] = ID
        elif name in props:
            value = sample(spec, props[name])
            args[name] = {} if isinstance(value, dict) and "$ref" not in props[name] else value
        else:
            args[name] = sample(spec, body_schema)
    return args


def plain(value: Any, body: Any) -> Any:
    """A return value in JSON terms, to compare with the canned ``body``."""
    if value is None or isinstance(value, str | int | float | bool | dict):
        return value  # (a free-form object comes back as the dict it is)
    if isinstance(value, list):
        return [plain(v, None) for v in value]
    if hasattr(value, "items") and hasattr(value, "total"):  # a Page
        items = [plain(v, None) for v in value.items]
        if isinstance(body, list):  # the spec declares a bare array
            return items
        return {"data": items, "page": value.page, "limit": value.limit, "total": value.total}
    return value.to_dict()


async def call_async(base: str, tag: str, name: str, args: dict[str, Any], *, raw: bool) -> Any:
    # A client per event loop: asyncio.run() makes a new loop for every call.
    icloudready = importlib.import_module("icloudready")
    async with icloudready.AsyncClient(
        token="t", base_url=base, rate_limit=None, max_retries=0
    ) as client:
        resource = getattr(client, tag)
        if raw:
            return (await getattr(resource.with_raw_response, name)(**args)).parse()
        return await getattr(resource, name)(**args)


def call_variant(
    variant: str, client: Any, base: str, tag: str, name: str, *, args: dict[str, Any]
) -> Any:
    resource = getattr(client, tag)
    if variant == "sync":
        return getattr(resource, name)(**args)
    if variant == "raw":
        return getattr(resource.with_raw_response, name)(**args).parse()
    return asyncio.run(call_async(base, tag, name, args, raw=variant == "async_raw"))


def check(spec_path: Path, stub: Stub) -> dict[str, Any]:
    spec = yaml.safe_load(spec_path.read_text())
    icloudready = importlib.import_module("icloudready")
    table = importlib.import_module("icloudready._operations")
    report: dict[str, Any] = {}
    base = stub.url + "/api/v2"
    client = icloudready.Client(token="t", base_url=base, rate_limit=None, max_retries=0)
    for entry in table.OPERATIONS:
        tag, name = entry.tag, entry.name
        key = f"{entry.http_method} {entry.path}"
        operation = operation_of(spec, key)
        status, schema = success(spec, operation)
        body = None if schema is None else sample(spec, schema)
        canned = b"" if body is None else json.dumps(body).encode()
        sync_method = getattr(getattr(client, tag), name)
        args = arguments(spec, operation, sync_method)
        results: dict[str, Any] = {}
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            for variant in ("sync", "raw", "async", "async_raw"):
                stub.requests.clear()
                stub.reply(status, canned)
                value = call_variant(variant, client, base, tag, name, args=args)
                sent = stub.requests[0]
                results[variant] = {
                    "ok": plain(value, body) == body,
                    "sent": f"{sent.method} {sent.path}",
                    "type": type(value).__name__,
                }
        expected_path = "/api/v2" + re.sub(r"\{[^}]+\}", ID, entry.path)
        report[f"{tag}.{name}"] = {
            "operation": key,
            "expected": f"{entry.http_method} {expected_path}",
            "results": results,
            "deprecation_warned": any(issubclass(w.category, DeprecationWarning) for w in caught),
            "deprecated": bool(operation.get("deprecated")),
        }
    client.close()
    return report


def main() -> None:
    with running_stub() as stub:
        print(json.dumps(check(Path(sys.argv[1]), stub)))


if __name__ == "__main__":
    main()
