"""Custom schemathesis checks, loaded through schemathesis.toml (hooks = "tests.contract.checks").

use_after_free and ensure_resource_availability cannot see that a resource's DELETE may
live elsewhere than its reads (here /opportunities/deleted/{id} beside /opportunities/{id}:
no shared prefix). These checks make the reads they would have made, for every resource
of the spec (ICLOUDREADY_CONTRACT_SPEC, default openapi.yaml), and note every id a run
creates (ICLOUDREADY_CONTRACT_CREATED), so a run against a live server can delete them.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import schemathesis

from icloudready_spec import Operation, Resource, Spec, load

ROOT = Path(__file__).resolve().parents[2]


@cache
def spec() -> Spec:
    return load(os.environ.get("ICLOUDREADY_CONTRACT_SPEC") or ROOT / "openapi.yaml")


def operation_of(method: str, path: str) -> Operation | None:
    return next(
        (op for op in spec().operations if op.method == method.upper() and op.path == path), None
    )


def _auth(request: Any) -> dict[str, str]:
    return {k: v for k, v in request.headers.items() if k.lower() == "authorization"}


def _base(url: str, template: str, record_id: str) -> str | None:
    """The server's base URL: ``url`` less the operation's path with its id filled in."""
    filled = "/".join(record_id if s.startswith("{") else s for s in template.split("/"))
    return url[: -len(filled)] if url.endswith(filled) else None


def retrieve_url(resource: Resource, base: str, record_id: str) -> str | None:
    retrieve = next(iter(resource.of_kind("retrieve")), None)
    if retrieve is None:
        return None
    name = retrieve.path_parameters[-1].name
    return base + retrieve.path.replace("{" + name + "}", record_id)


@schemathesis.check
def deleted_record_is_gone(ctx: Any, response: Any, case: Any) -> bool | None:
    """After a successful delete of any resource, retrieving the id answers 404."""
    op = operation_of(case.operation.method, case.operation.path)
    if op is None or op.kind != "delete" or op.resource is None:
        return None
    if not 200 <= response.status_code < 300:
        return None
    url = str(response.request.url).split("?", 1)[0]
    record_id = url.rstrip("/").rsplit("/", 1)[-1]
    base = _base(url, op.path, record_id)
    again_url = None if base is None else retrieve_url(op.resource, base, record_id)
    if again_url is None:
        return None
    again = httpx.get(again_url, headers=_auth(response.request), timeout=10)
    if again.status_code != 404:
        raise AssertionError(
            f"DELETE {url} answered {response.status_code}, yet GET {again_url} "
            f"answered {again.status_code} instead of 404"
        )
    return True


@schemathesis.check
def created_record_is_available(ctx: Any, response: Any, case: Any) -> bool | None:
    """A successful create of any resource is readable at its retrieve path right away."""
    op = operation_of(case.operation.method, case.operation.path)
    if op is None or op.kind != "create" or op.resource is None:
        return None
    if response.status_code != op.success_status:
        return None
    resource = op.resource
    record_id = str(response.json()[resource.id_field])
    created_file = os.environ.get("ICLOUDREADY_CONTRACT_CREATED")
    if created_file:
        with open(created_file, "a", encoding="utf-8") as created:
            created.write(f"{resource.collection}\t{record_id}\n")
    base = _base(str(response.request.url).split("?", 1)[0], op.path, "")
    again_url = None if base is None else retrieve_url(resource, base, record_id)
    if again_url is None:
        return None
    again = httpx.get(again_url, headers=_auth(response.request), timeout=10)
    if again.status_code != 200 or again.json().get(resource.id_field) != record_id:
        raise AssertionError(
            f"created {record_id}, but GET {again_url} answered {again.status_code}"
        )
    return True
