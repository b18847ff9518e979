"""The bad-input catalogue: every case gets a 4xx with a JSON error, and the store is unchanged."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from icloudready_mock import DEMO_TOKEN
from icloudready_mock._server import MockServer

from ._data import above_maximum, of_another_type

REFERENCE = Path(__file__).resolve().parents[2] / "shared/reference/opportunities-api-reference.txt"
ID = "609a8f85c2834915d0a5a5e1"
AUTH = {"Authorization": f"Bearer {DEMO_TOKEN}"}
JSON = {**AUTH, "Content-Type": "application/json"}


@dataclass
class Case:
    name: str
    method: str
    path: str
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=lambda: dict(JSON))
    params: dict[str, str] | None = None


def curl_body(title: str) -> bytes:
    """The -d pairs of a reference curl example, joined as curl sends them (form style)."""
    text = REFERENCE.read_text() if REFERENCE.exists() else ""
    section = text.split(title, 1)[-1]
    pairs = [
        line.split("-d '", 1)[1].rsplit("'", 1)[0]
        for line in section.splitlines()
        if "-d '" in line
    ]
    return "&".join(pairs[:22]).encode() or b'customer="609a8f85c2834915d0a5a5e1"&leadId="x"'


def nested(depth: int) -> bytes:
    return ('{"opportunityInformation":' + '{"a":' * depth + "1" + "}" * depth + "}").encode()


def cases() -> Iterator[Case]:
    verbatim = curl_body("Create opportunity. You need")
    # The reference's curl examples, sent verbatim.
    yield Case(
        "curl create as written (form pairs, JSON content type)", "POST", "/opportunities", verbatim
    )
    yield Case(
        "curl update as written (no content type)",
        "PUT",
        f"/opportunities/{ID}",
        verbatim,
        headers={**AUTH, "Content-Type": "application/x-www-form-urlencoded"},
    )
    yield Case(
        "curl soft update as written (a GET with a literal :id)", "GET", "/opportunities/:id"
    )
    yield Case("curl delete as written (literal :id)", "DELETE", "/opportunities/deleted/:id")
    yield Case("curl retrieve as written (literal :id)", "GET", "/opportunities/:id")
    # Placeholder strings for object and array fields.
    for name in ("opportunityInformation", "units", "notes", "activityLog", "documents"):
        placeholder = "object" if name == "opportunityInformation" else "array"
        yield Case(
            f"placeholder {placeholder!r} for {name}",
            "POST",
            "/opportunities",
            json.dumps({name: placeholder}).encode(),
        )
    # Wrong types, derived from the schema of each field.
    for name in ("revenue", "probability", "discount", "customer", "opportunityRating", "units"):
        value = of_another_type(name)
        yield Case(
            f"wrong type {name}={value!r}",
            "POST",
            "/opportunities",
            json.dumps({name: value}).encode(),
        )
    for name, value in [
        ("discount", True),
        ("closeDate", 20230630),
        ("activityLog", [{"activityNumber": "1"}]),
        ("documents", [{"uploadDate": "yesterday"}]),
        ("closeDate", "2023-06-30T10:00:00Z"),
    ]:
        yield Case(
            f"wrong value {name}={value!r}",
            "POST",
            "/opportunities",
            json.dumps({name: value}).encode(),
        )
    # Out of bounds and unknown fields.
    for name in ("probability", "opportunityRating"):
        yield Case(
            f"{name} above its maximum",
            "POST",
            "/opportunities",
            json.dumps({name: above_maximum(name)}).encode(),
        )
    yield Case("unknown field", "POST", "/opportunities", b'{"custommer": "typo"}')
    yield Case("NaN number", "POST", "/opportunities", b'{"opportunityInformation": {"x": NaN}}')
    yield Case(
        "Infinity number",
        "PATCH",
        f"/opportunities/{ID}",
        b'{"opportunityInformation": {"x": 1e999}}',
    )
    # Not JSON, not an object.
    yield Case("empty body", "POST", "/opportunities", b"")
    yield Case("truncated JSON", "POST", "/opportunities", b'{"customer": "a"')
    yield Case("JSON array", "POST", "/opportunities", b"[]")
    yield Case("JSON string", "POST", "/opportunities", b'"customer"')
    yield Case("invalid UTF-8", "POST", "/opportunities", b'{"customer": "\xff\xfe"}')
    yield Case(
        "text/plain body",
        "POST",
        "/opportunities",
        b'{"customer": "a"}',
        headers={**AUTH, "Content-Type": "text/plain"},
    )
    yield Case(
        "no content type", "PATCH", f"/opportunities/{ID}", b'{"stage": "won"}', headers=dict(AUTH)
    )
    # Huge and deeply nested.
    yield Case(
        "2 MiB body",
        "POST",
        "/opportunities",
        json.dumps({"opportunityDescription": "x" * (2 * 1024 * 1024)}).encode(),
    )
    yield Case(
        "description over maxLength",
        "POST",
        "/opportunities",
        json.dumps({"opportunityDescription": "x" * 10001}).encode(),
    )
    yield Case("10,000-deep nesting", "POST", "/opportunities", nested(10_000))
    yield Case(
        "1,001 units", "POST", "/opportunities", json.dumps({"units": list(range(1001))}).encode()
    )
    # Unicode.
    yield Case("unicode field name", "POST", "/opportunities", '{"cüstomer": "ü"}'.encode())
    yield Case("unicode id", "GET", "/opportunities/ｏｐｐｏｒｔｕｎｉｔｙ")
    yield Case("emoji sortBy", "GET", "/opportunities", params={"sortBy": "💥"})
    # SQL and path-traversal text in every parameter.
    for param in ("limit", "page", "order", "sortBy", "fields", "p"):
        yield Case(
            f"SQL in {param}",
            "GET",
            "/opportunities",
            params={param: "1; DROP TABLE opportunities--"},
        )
    yield Case("SQL in id", "GET", "/opportunities/1' OR '1'='1")
    yield Case("path traversal in id", "GET", "/opportunities/..%2F..%2Fetc%2Fpasswd")
    yield Case("path traversal in delete id", "DELETE", "/opportunities/deleted/..%2Fmultiple")
    yield Case("q too long", "GET", "/opportunities", params={"q": "x" * 201})
    # Bulk update.
    yield Case("bulk without ids", "PUT", "/opportunities/multiple", b'{"update": {}}')
    yield Case(
        "bulk with 101 ids",
        "PUT",
        "/opportunities/multiple",
        json.dumps({"ids": [ID] * 101, "update": {}}).encode(),
    )
    yield Case(
        "bulk with a bad update",
        "PUT",
        "/opportunities/multiple",
        json.dumps({"ids": [ID], "update": {"revenue": "lots"}}).encode(),
    )
    # Auth and sign-in.
    yield Case("no token", "GET", "/opportunities", headers={})
    yield Case(
        "token in the wrong scheme", "GET", "/opportunities", headers={"Authorization": DEMO_TOKEN}
    )
    yield Case("sign-in without password", "POST", "/signin", b'{"email": "admin@example.com"}')
    yield Case("sign-in with SQL", "POST", "/signin", b'{"email": "\' OR 1=1 --", "password": "x"}')


CASES = list(cases())


def test_the_catalogue_is_large() -> None:
    assert len(CASES) >= 40


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[MockServer, str, str]]:
    with MockServer() as mock:
        seed = httpx.post(
            f"{mock.base_url}/opportunities", json={"customer": "seed", "revenue": 1}, headers=AUTH
        )
        yield mock, seed.json()["_id"], seed.text


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_gets_a_json_4xx_and_changes_nothing(
    server: tuple[MockServer, str, str], case: Case
) -> None:
    mock, seed_id, seed_text = server
    path = case.path.replace(ID, seed_id)
    response = httpx.request(
        case.method,
        f"{mock.base_url}{path}",
        content=case.body,
        headers=case.headers,
        params=case.params,
    )
    assert 400 <= response.status_code < 500, (response.status_code, response.text[:300])
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert isinstance(body["error"], str)
    assert body["message"]
    table = mock.app.store.tables["/opportunities"]
    assert mock.app.store.count(table) == 1
    assert mock.app.store.get(table, seed_id) == seed_text
