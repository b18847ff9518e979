"""The bad-input catalogue: every case gets a 4xx with a JSON error, and the store is unchanged.

The first cases are hand-written around the reference's curl examples; the classes after them
(lone surrogates, nesting depth, header size, repeated parameters, upgrade requests, ids with
an encoded ``/``, query strings that are not UTF-8) are generated for every operation of the
spec, from its methods, paths, bodies and query parameters: a new route gets them all.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from icloudready_mock import DEMO_TOKEN
from icloudready_mock._protocol import MAX_HEADER_BYTES
from icloudready_mock._server import MockServer
from icloudready_mock._validation import MAX_DEPTH
from icloudready_spec import Operation, resolve

from ._data import MODEL, above_maximum, of_another_type

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
    # What the error must say (in its message or a details field), and its status if fixed.
    mentions: tuple[str, ...] = ()
    status: int | None = None


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


# -- generated from the spec: every class below, for every operation it applies to ----------

OPERATIONS = MODEL.operations
SURROGATE = "\ud800"  # json.dumps writes it as the escape \ud800, a lone surrogate when read


def schema_of(node: Any) -> dict[str, Any]:
    resolved = resolve(MODEL.document, node) if node is not None else {}
    return resolved if isinstance(resolved, dict) else {}


def types_of(schema: dict[str, Any]) -> set[str]:
    kind = schema.get("type", [])
    kinds = {kind} if isinstance(kind, str) else set(kind)
    if "properties" in schema:
        kinds.add("object")
    return kinds


def minimal(schema: dict[str, Any]) -> Any:
    """The smallest value of ``schema``'s type with its required properties: a body to vary."""
    kinds = types_of(schema)
    if "object" in kinds:
        props = schema.get("properties") or {}
        return {name: minimal(schema_of(props.get(name))) for name in schema.get("required", [])}
    if "array" in kinds:
        return [minimal(schema_of(schema.get("items")))] * int(schema.get("minItems", 0))
    if "string" in kinds:
        return ""
    return 0 if kinds & {"number", "integer"} else None


def with_string(schema: dict[str, Any], value: str) -> tuple[Any, list[str | int]] | None:
    """A body of ``schema`` whose first string field (depth first) holds ``value``, and its path."""
    kinds = types_of(schema)
    if "string" in kinds:
        return value, []
    if "object" in kinds:
        props = schema.get("properties") or {}
        for name, sub in props.items():
            placed = with_string(schema_of(sub), value)
            if placed is not None:
                body = minimal(schema)
                body[name] = placed[0]
                return body, [name, *placed[1]]
    if "array" in kinds:
        placed = with_string(schema_of(schema.get("items")), value)
        if placed is not None:
            return [placed[0]], [0, *placed[1]]
    return None


def free_form(schema: dict[str, Any]) -> str:
    """A property of ``schema`` that takes any object (where deep nesting is legitimate), or
    a new name: the depth limit is checked before the schema, so either is refused."""
    for name, sub in (schema.get("properties") or {}).items():
        if "object" in types_of(schema_of(sub)) and not schema_of(sub).get("properties"):
            return str(name)
    return "nested"


def url_path(op: Operation, value: str = ID, *, every: bool = False) -> str:
    """The operation's path with ``value`` (sent as written) for its record's id, or for
    every path parameter with ``every``; a scoped collection's parameters are examples."""
    return re.sub(r"\{[^}]+\}", value, op.path) if every else op.fill(value)


def example(op: Operation, name: str) -> Any:
    """The spec's example of one of the operation's parameters (on the parameter object)."""
    item = MODEL.document["paths"][op.path]
    for raw in [*item.get("parameters", []), *item[op.method.lower()].get("parameters", [])]:
        param = schema_of(raw)
        if param.get("name") == name and "example" in param:
            return param["example"]
    return None


def sample(op: Operation, name: str, param_schema: dict[str, Any]) -> tuple[str, str]:
    """A valid and an invalid value of a query parameter, as query text."""
    schema = schema_of(param_schema)
    kinds = types_of(schema)
    given = example(op, name)
    if kinds & {"integer", "number"}:
        return str(schema.get("default", schema.get("minimum", 1))), "abc"
    if "enum" in schema:
        return str(schema["enum"][0]), "not-one-of-them"
    if "pattern" in schema:
        assert given is not None, f"{op.operation_id}: {name} needs an example to vary"
        return str(given), "!" * 3
    return str(given or "villa"), "x" * (int(schema.get("maxLength", 100)) + 1)


def nesting(kind: str, levels: int) -> str:
    """``levels`` containers inside each other as JSON text: objects, arrays, or both in turn.

    Text, not a value: json.dumps itself cannot write what is deeper than Python's stack.
    """
    opens = "".join(
        '{"a":' if kind == "object" or (kind == "mixed" and level % 2) else "["
        for level in range(levels)
    )
    closes = "".join("}" if c == "{" else "]" for c in reversed(opens) if c in "{[")
    return opens + "1" + closes


def with_field(base: dict[str, Any], name: str, text: str) -> bytes:
    """``base`` as JSON with one more field whose value is the JSON ``text``."""
    head = json.dumps(base)[:-1]
    return f"{head}{', ' if base else ''}{json.dumps(name)}: {text}}}".encode()


def body_classes(op: Operation) -> Iterator[Case]:
    schema = schema_of(op.body.schema.raw if op.body else None)
    path, name = url_path(op), f"{op.operation_id} ({op.method} {op.path})"
    placed = with_string(schema, SURROGATE)
    if placed is not None:
        body, where = placed
        dotted = ".".join(str(p) for p in where) or "body"
        yield Case(
            f"{name}: lone surrogate in {dotted}",
            op.method,
            path,
            json.dumps(body).encode(),
            mentions=(dotted, "surrogate"),
        )
    # The same in a key, and behind a valid surrogate pair (one emoji) that must not confuse it.
    base = minimal(schema) if "object" in types_of(schema) else {}
    yield Case(
        f"{name}: lone surrogate in a key",
        op.method,
        path,
        json.dumps({**base, f"k{SURROGATE}": 1}).encode(),
        mentions=("k\\ud800", "surrogate"),
    )
    yield Case(
        f"{name}: a surrogate pair, then a lone one",
        op.method,
        path,
        json.dumps({**base, "x": "\U0001f600" + "\udc00"}).encode(),
        mentions=("x", "surrogate"),
    )
    # Nesting: just past the limit, where the recursion limit used to make a poison record
    # (~985), and far past it; objects, arrays, and both in turn.
    for kind, levels in (("object", MAX_DEPTH), ("array", 984), ("mixed", 10_000)):
        yield Case(
            f"{name}: {levels + 1} levels of {kind} nesting",
            op.method,
            path,
            with_field(base, free_form(schema), nesting(kind, levels)),
            mentions=(str(MAX_DEPTH),),
        )


def every_route_classes(op: Operation) -> Iterator[Case]:
    path, name = url_path(op), f"{op.operation_id} ({op.method} {op.path})"
    body = b"{}" if op.body is not None else None
    # Header size: one header past the limit, a request line past it; nothing is read further.
    yield Case(
        f"{name}: a header of {MAX_HEADER_BYTES} bytes",
        op.method,
        path,
        body,
        headers={**JSON, "X-Padding": "a" * MAX_HEADER_BYTES},
        status=431,
        mentions=(str(MAX_HEADER_BYTES),),
    )
    yield Case(
        f"{name}: a request line of {MAX_HEADER_BYTES} bytes",
        op.method,
        f"{path}?pad={'a' * MAX_HEADER_BYTES}",
        body,
        status=431,
    )
    # Upgrade requests: the mock speaks HTTP/1.1 only, so the Upgrade is ignored and the
    # request is answered as itself (here: without a token, 401 unless the route is public).
    for protocol in ("websocket", "h2c"):
        yield Case(
            f"{name}: Upgrade: {protocol} without a token",
            op.method,
            path,
            headers={
                "Connection": "Upgrade",
                "Upgrade": protocol,
                "Sec-WebSocket-Version": "13",
                "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
            },
            status=None if op.public else 401,
        )
    # A query that is not UTF-8 (raw or percent-encoded, a surrogate's bytes) is a 400 as a
    # body that is not UTF-8 is, on every route.
    for query in ("x=%FF", "x=%ED%A0%80", "q=%C3"):
        yield Case(
            f"{name}: query {query} is not UTF-8",
            op.method,
            f"{path}?{query}",
            body,
            status=400,
            mentions=("UTF-8",),
        )
    # Ids that would reach another route once decoded.
    if "{" in op.path:
        for bad in ("multiple%2F", "deleted%2F" + ID, f"{ID}%2F..", "%2E%2E%2Fmultiple"):
            shown = bad.replace("%2F", "/").replace("%2E", ".")
            yield Case(
                f"{name}: id {bad}",
                op.method,
                url_path(op, bad, every=True),
                body,
                status=400,
                mentions=(shown,),
            )
    # Repeated scalar parameters: a 400 naming the parameter, whatever the order.
    for param in op.query_parameters:
        good, bad = sample(op, param.name, param.schema.raw)
        for first, second in ((good, good), (good, bad), (bad, good)):
            yield Case(
                f"{name}: {param.name} given twice ({first[:10]!r}, {second[:10]!r})",
                op.method,
                f"{path}?{param.name}={first}&{param.name}={second}",
                body,
                status=400,
                mentions=(param.name,),
            )


def generated_cases() -> Iterator[Case]:
    for op in OPERATIONS:
        if op.body is not None:
            yield from body_classes(op)
        yield from every_route_classes(op)


CASES = list(cases())
GENERATED = list(generated_cases())


def test_the_catalogue_is_large() -> None:
    assert len(CASES) >= 40


def test_the_generated_classes_cover_every_operation_of_the_spec() -> None:
    """Each operation gets every class that applies to it (none is listed by hand)."""
    for op in OPERATIONS:
        names = [c.name for c in GENERATED if c.name.startswith(f"{op.operation_id} (")]
        classes = {"header of", "request line", "Upgrade: websocket", "not UTF-8"}
        if op.body is not None:
            classes |= {"surrogate in a key", "levels of object nesting"}
        if "{" in op.path:
            classes.add("%2F")
        classes |= {f"{p.name} given twice" for p in op.query_parameters}
        missing = [c for c in classes if not any(c in n for n in names)]
        assert not missing, (op.operation_id, missing)
    assert len(GENERATED) >= 100


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[MockServer, str, str]]:
    with MockServer() as mock:
        seed = httpx.post(
            f"{mock.base_url}/opportunities", json={"customer": "seed", "revenue": 1}, headers=AUTH
        )
        yield mock, seed.json()["_id"], seed.text


@pytest.mark.parametrize("case", CASES + GENERATED, ids=[c.name for c in CASES + GENERATED])
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
        timeout=10,
    )
    assert 400 <= response.status_code < 500, (response.status_code, response.text[:300])
    assert case.status is None or response.status_code == case.status, response.text[:300]
    assert response.headers["content-type"].startswith("application/json")
    # Bounded: no error echoes a whole oversized input back.
    assert len(response.content) < 4096, len(response.content)
    body = response.json()
    assert isinstance(body["error"], str)
    assert body["message"]
    details = body.get("details", [])
    said = " ".join([body["message"], *(f"{d['field']}: {d['message']}" for d in details)])
    for text in case.mentions:
        assert text.replace(ID, seed_id) in said, (text, said[:500])
    table = mock.app.store.tables["/opportunities"]
    assert mock.app.store.count(table) == 1
    assert mock.app.store.get(table, seed_id) == seed_text
