"""The reference pages' curl examples, for every resource of the spec, sent to the mock.

As the pages write them, the bodies are form-style ``-d 'field="value"'`` pairs under a JSON
content type (POST), or under none (PUT); a PATCH written without ``-X PATCH`` is a POST. Each
gets a 4xx JSON error naming the problem and changes nothing. Corrected to JSON (the spec's
own request example of the operation), each create round-trips. The cases are generated from
the spec's operations and examples, so a resource added to openapi.yaml is covered with it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from icloudready_mock import DEMO_TOKEN, MockServer, build_app
from icloudready_spec import Operation, load

from .conftest import SPEC

MODEL = load(SPEC)
AUTH = {"Authorization": f"Bearer {DEMO_TOKEN}"}


def curl_pairs(example: dict[str, Any]) -> bytes:
    """The example as a page's curl writes it: ``-d 'k="v"'`` pairs, joined as curl sends them."""
    pairs = []
    for key, value in example.items():
        if isinstance(value, str):
            pairs.append(f'{key}="{value}"')
        elif isinstance(value, dict | list):
            pairs.append(f'{key}="{"object" if isinstance(value, dict) else "array"}"')
        else:
            pairs.append(f"{key}={json.dumps(value)}")
    return "&".join(pairs).encode()


def written(op: Operation) -> tuple[str, dict[str, str]]:
    """The method and headers the page's curl uses for ``op``."""
    if op.method == "PUT":
        return "PUT", dict(AUTH)  # the pages' PUT examples declare no content type
    method = "POST" if op.method == "PATCH" else op.method  # no -X PATCH: curl -d posts
    return method, {**AUTH, "Content-Type": "application/json"}


def operations() -> Iterator[Operation]:
    for op in MODEL.operations:
        body = op.body.examples[0] if op.body and op.body.examples else None
        if op.resource is not None and isinstance(body, dict) and body and not op.public:
            yield op


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    with MockServer(build_app()) as server:
        yield server


def total(client: httpx.Client, op: Operation) -> int:
    listing = op.resource.list_operation if op.resource else None
    if listing is None:
        return -1
    listed = client.get(listing.fill()).json()
    return int(listed.get("total", -1)) if isinstance(listed, dict) else len(listed)


def a_record(client: httpx.Client, op: Operation) -> str:
    """An id of ``op``'s resource (created from its create's own example)."""
    assert op.resource is not None
    create = op.resource.of_kind("create")[0]
    assert create.body is not None
    made = client.post(create.fill(), json=create.body.examples[0])
    assert made.status_code in (200, 201), made.text
    return str(made.json()[op.resource.id_field])


@pytest.mark.parametrize("op", list(operations()), ids=lambda op: op.operation_id)
def test_the_curl_example_as_written_is_refused_and_changes_nothing(
    mock: MockServer, op: Operation
) -> None:
    assert op.body is not None
    with httpx.Client(base_url=mock.base_url, headers=AUTH) as client:
        path = op.fill()  # a scoped collection's parameters: their examples
        before: Any = None
        if op.on_one_record:
            path = op.fill(a_record(client, op))
            before = client.get(path).json() if op.kind in ("replace", "patch") else None
        count = total(client, op)
        method, headers = written(op)
        response = client.request(
            method, path, content=curl_pairs(op.body.examples[0]), headers=headers
        )
        assert 400 <= response.status_code < 500, (response.status_code, response.text)
        error = response.json()
        assert error["error"], error
        assert error["message"], error
        assert total(client, op) == count
        if before is not None:
            assert client.get(path).json() == before


@pytest.mark.parametrize(
    "op", [op for op in operations() if op.kind == "create"], ids=lambda op: op.operation_id
)
def test_corrected_to_json_each_create_round_trips(mock: MockServer, op: Operation) -> None:
    assert op.body is not None
    assert op.resource is not None
    example = op.body.examples[0]
    with httpx.Client(base_url=mock.base_url, headers=AUTH) as client:
        made = client.post(op.fill(), json=example)
        assert made.status_code == op.success_status, made.text
        record_id = made.json()[op.resource.id_field]
        retrieve = op.resource.of_kind("retrieve")
        stored = client.get(retrieve[0].fill(record_id)).json() if retrieve else made.json()
    for key, value in example.items():
        if isinstance(value, list) and isinstance(stored.get(key), list):
            # A declared behaviour may append (the create's own activity-log entry).
            assert stored[key][: len(value)] == value, key
        else:
            assert stored.get(key) == value, key
