"""Custom schemathesis checks, loaded through schemathesis.toml (hooks = "tests.contract.checks").

use_after_free and ensure_resource_availability cannot see that DELETE lives at
/opportunities/deleted/{id} while reads live at /opportunities/{id}: the paths share no
prefix. These checks make the reads they would have made. They also note every id the
run creates (ICLOUDREADY_CONTRACT_CREATED), so a run against a live server can delete them.
"""

from __future__ import annotations

import os
from typing import Any

import httpx
import schemathesis

DELETE_PREFIX = "/opportunities/deleted/"
CREATE_PATHS = ("/opportunities", "/opportunities/no-activity-opportunities")


def _auth(request: Any) -> dict[str, str]:
    return {k: v for k, v in request.headers.items() if k.lower() == "authorization"}


def _is_create(case: Any) -> bool:
    return bool(case.operation.method.upper() == "POST" and case.operation.path in CREATE_PATHS)


@schemathesis.check
def deleted_record_is_gone(ctx: Any, response: Any, case: Any) -> bool | None:
    """After a successful DELETE /opportunities/deleted/{id}, GET /opportunities/{id} is 404."""
    if case.operation.method.upper() != "DELETE" or not 200 <= response.status_code < 300:
        return None
    url = str(response.request.url)
    if DELETE_PREFIX not in url:
        return None
    retrieve_url = url.replace(DELETE_PREFIX, "/opportunities/", 1)
    again = httpx.get(retrieve_url, headers=_auth(response.request), timeout=10)
    if again.status_code != 404:
        raise AssertionError(
            f"DELETE {url} answered {response.status_code}, yet GET {retrieve_url} "
            f"answered {again.status_code} instead of 404"
        )
    return True


@schemathesis.check
def created_record_is_available(ctx: Any, response: Any, case: Any) -> bool | None:
    """A 201 from a create is readable at GET /opportunities/{_id} right away."""
    if not _is_create(case) or response.status_code != 201:
        return None
    record_id = response.json()["_id"]
    created_file = os.environ.get("ICLOUDREADY_CONTRACT_CREATED")
    if created_file:
        with open(created_file, "a", encoding="utf-8") as created:
            created.write(record_id + "\n")
    url = str(response.request.url).split("/opportunities", 1)[0] + f"/opportunities/{record_id}"
    again = httpx.get(url, headers=_auth(response.request), timeout=10)
    if again.status_code != 200 or again.json().get("_id") != record_id:
        raise AssertionError(f"created {record_id}, but GET {url} answered {again.status_code}")
    return True
