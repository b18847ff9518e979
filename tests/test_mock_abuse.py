"""The mock under abuse: slow clients, connection floods, heavy queries, brute force, odd bytes.

Each test starts the mock as users run it (its own process, a SQLite file), with short
timeouts where the test is about them, and checks that the attacker is cut off while
normal requests keep answering.
"""

from __future__ import annotations

import json
import secrets
import socket
import statistics
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psutil
import pytest
import yaml

from icloudready_mock import DEMO_TOKEN, MockProcess, MockServer, build_app, open_store
from icloudready_spec import SpecError

from .conftest import SPEC

AUTH = {"Authorization": f"Bearer {DEMO_TOKEN}"}


def connect(mock: MockProcess) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", mock.port), timeout=10)
    sock.settimeout(10)
    return sock


def read_all(sock: socket.socket) -> bytes:
    data = b""
    try:
        while chunk := sock.recv(65536):
            data += chunk
    except (ConnectionResetError, TimeoutError):
        pass
    return data


def timed_get(url: str, **kwargs: object) -> float:
    start = time.perf_counter()
    response = httpx.get(url, headers=AUTH, timeout=10, **kwargs)  # type: ignore[arg-type]
    assert response.status_code == 200, response.text
    return time.perf_counter() - start


@pytest.fixture
def guarded(tmp_path: Path) -> Iterator[MockProcess]:
    with MockProcess(
        tmp_path / "mock.sqlite3",
        "--header-timeout",
        "1",
        "--body-timeout",
        "1",
        "--max-connections",
        "300",
    ) as mock:
        yield mock


def test_slow_headers_and_slow_bodies_are_cut_off_while_others_are_served(
    guarded: MockProcess,
) -> None:
    slow_headers = [connect(guarded) for _ in range(100)]
    for sock in slow_headers:
        sock.sendall(b"GET /api/v2/opportunities HTTP/1.1\r\nHost: x\r\n")  # never finished
    slow_bodies = [connect(guarded) for _ in range(50)]
    for sock in slow_bodies:
        sock.sendall(
            b"POST /api/v2/opportunities HTTP/1.1\r\nHost: x\r\n"
            b"Authorization: Bearer " + DEMO_TOKEN.encode() + b"\r\n"
            b"Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"
        )
    # Meanwhile a normal client is served at once.
    latencies = [timed_get(f"{guarded.base_url}/opportunities") for _ in range(20)]
    assert max(latencies) < 0.5, latencies
    started = time.monotonic()
    header_answers = [read_all(sock) for sock in slow_headers]
    body_answers = [read_all(sock) for sock in slow_bodies]
    assert time.monotonic() - started < 5
    for answer in header_answers:
        assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
        assert json.loads(answer.split(b"\r\n\r\n", 1)[1])["error"] == "request_timeout"
    for answer in body_answers:
        assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
        assert b"application/json" in answer
    for sock in slow_headers + slow_bodies:
        sock.close()


def test_connections_past_the_cap_get_a_json_503_and_the_cap_frees_up(
    guarded: MockProcess,
) -> None:
    idle = [connect(guarded) for _ in range(300)]
    refused = connect(guarded)
    answer = read_all(refused)
    assert answer.startswith(b"HTTP/1.1 503"), answer[:200]
    assert json.loads(answer.split(b"\r\n\r\n", 1)[1])["error"] == "too_many_connections"
    for sock in idle:
        sock.close()
    time.sleep(0.3)
    timed_get(f"{guarded.base_url}/opportunities")


def test_requests_uvicorn_refuses_get_the_json_error_shape(guarded: MockProcess) -> None:
    sock = connect(guarded)
    sock.sendall(b"GARBAGE\x00 / HTTP/9\r\n\r\n")
    answer = read_all(sock)
    assert answer.startswith(b"HTTP/1.1 400"), answer[:200]
    body = json.loads(answer.split(b"\r\n\r\n", 1)[1])
    assert body["error"] == "invalid_http"


def test_search_with_a_filter_stays_fast_at_100k_records_and_others_are_not_held(
    tmp_path: Path,
) -> None:
    db = tmp_path / "big.sqlite3"
    store = open_store(str(db))
    store.insert_many(
        store.tables["/opportunities"],
        (
            {
                "_id": f"{i:024x}",
                "customer": f"customer {i}",
                "revenue": (i * 7919) % 100_000,
                "stage": "won" if i % 3 == 0 else "new",
                "opportunityDescription": "Seaside villa" if i % 10 == 0 else "City flat",
                "createdAt": "2024-01-01T00:00:00.000Z",
                "updatedAt": "2024-01-01T00:00:00.000Z",
            }
            for i in range(100_000)
        ),
    )
    store.close()
    with MockProcess(db) as mock:
        stop = threading.Event()
        gets: list[float] = []

        def second_client() -> None:
            with httpx.Client(headers=AUTH) as client:
                while not stop.is_set():
                    start = time.perf_counter()
                    client.get(f"{mock.base_url}/opportunities/{1:024x}")
                    gets.append(time.perf_counter() - start)

        thread = threading.Thread(target=second_client)
        thread.start()
        lists: list[float] = []
        try:
            with httpx.Client(headers=AUTH) as client:
                for i in range(200):
                    # A write now and then, so counts are not served from the cache.
                    if i % 20 == 0:
                        client.post(f"{mock.base_url}/opportunities", json={"stage": "won"})
                    params = {"q": ["villa", "villa 1", "city 4"][i % 3], "p": "stage:won"}
                    if i % 2:
                        params["sortBy"] = "revenue"
                        params["page"] = str(1 + i % 50)
                    start = time.perf_counter()
                    response = client.get(f"{mock.base_url}/opportunities", params=params)
                    lists.append(time.perf_counter() - start)
                    assert response.status_code == 200, response.text
        finally:
            stop.set()
            thread.join()
    p99 = statistics.quantiles(lists, n=100)[98]
    gets_p99 = statistics.quantiles(gets, n=100)[98]
    assert p99 < 0.1, f"q+p p99 {p99 * 1000:.1f} ms"
    assert gets_p99 < 0.1, f"GET p99 {gets_p99 * 1000:.1f} ms while lists ran"


def test_a_list_query_over_budget_is_stopped_with_a_400(tmp_path: Path) -> None:
    app = build_app(query_budget=0.0)
    store = app.store
    store.insert_many(
        store.tables["/opportunities"],
        ({"_id": f"{i:024x}", "customer": f"c {i}", "revenue": i} for i in range(20_000)),
    )
    with MockServer(app) as mock:
        response = httpx.get(
            f"{mock.base_url}/opportunities",
            params={"q": "c", "sortBy": "revenue", "page": "900"},
            headers=AUTH,
        )
    assert response.status_code == 400
    assert response.json()["error"] == "query_too_expensive"


def test_sign_in_is_throttled_per_address_and_per_account_whatever_the_header(
    guarded: MockProcess,
) -> None:
    statuses = []
    for _ in range(12):
        headers = {"Authorization": f"Bearer {secrets.token_hex(8)}"}  # a new "key" each time
        response = httpx.post(
            f"{guarded.base_url}/signin",
            json={"email": "admin@example.com", "password": secrets.token_hex(4)},
            headers=headers,
        )
        statuses.append(response.status_code)
    assert statuses[:10] == [401] * 10
    assert statuses[10:] == [429, 429]
    # Another address of the loopback range: the account is throttled all the same.
    transport = httpx.HTTPTransport(local_address="127.0.0.2")
    with httpx.Client(transport=transport) as other:
        again = other.post(
            f"{guarded.base_url}/signin",
            json={"email": "admin@example.com", "password": "secret"},
        )
    assert again.status_code == 429
    assert int(again.headers["retry-after"]) >= 1


def test_sign_in_is_off_when_tokens_are_restricted(tmp_path: Path) -> None:
    with MockProcess(tmp_path / "m.sqlite3", "--token", "only-this-one") as mock:
        response = httpx.post(
            f"{mock.base_url}/signin", json={"email": "admin@example.com", "password": "secret"}
        )
        assert response.status_code == 401
        demo = httpx.get(f"{mock.base_url}/opportunities", headers=AUTH)
        assert demo.status_code == 401
        assert (
            httpx.get(
                f"{mock.base_url}/opportunities", headers={"Authorization": "Bearer only-this-one"}
            ).status_code
            == 200
        )


def test_memory_stays_flat_over_20k_distinct_bad_tokens_and_sign_ins(tmp_path: Path) -> None:
    with MockProcess(tmp_path / "m.sqlite3", "--rate-limit") as mock:
        process = psutil.Process(mock.proc.pid)
        with httpx.Client() as client:
            for _ in range(2000):  # warm-up: allocator pools, caches
                client.get(
                    f"{mock.base_url}/opportunities",
                    headers={"Authorization": f"Bearer {secrets.token_hex(16)}"},
                )
            before = process.memory_info().rss
            for i in range(20_000):
                if i % 2:
                    client.get(
                        f"{mock.base_url}/opportunities",
                        headers={"Authorization": f"Bearer {secrets.token_hex(16)}"},
                    )
                else:
                    client.post(
                        f"{mock.base_url}/signin",
                        json={"email": f"{secrets.token_hex(6)}@x.example", "password": "x"},
                    )
            after = process.memory_info().rss
    assert after - before < 8 * 1024 * 1024, f"grew {(after - before) / 2**20:.1f} MiB"


@pytest.mark.parametrize(
    "value",
    [
        f"Bearer {DEMO_TOKEN}\xa0".encode("latin-1"),
        f"Bearer  {DEMO_TOKEN}".encode(),
        f"Bearer\t{DEMO_TOKEN}".encode(),
    ],
)
# A trailing space is not among them: RFC 9110 (5.5) excludes whitespace around a field value
# from the value, and the HTTP parser strips it before the application sees the header.
def test_authorization_is_parsed_exactly(guarded: MockProcess, value: bytes) -> None:
    sock = connect(guarded)
    sock.sendall(
        b"GET /api/v2/opportunities HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
        b"Authorization: " + value + b"\r\n\r\n"
    )
    answer = read_all(sock)
    assert answer.startswith(b"HTTP/1.1 401"), answer[:200]


def test_two_authorization_headers_are_refused(guarded: MockProcess) -> None:
    response = httpx.get(
        f"{guarded.base_url}/opportunities",
        headers=[("Authorization", "Bearer wrong"), ("Authorization", f"Bearer {DEMO_TOKEN}")],
    )
    assert response.status_code == 401
    assert "exactly one" in response.json()["message"]


@pytest.mark.parametrize(
    "body", ["\ufeff{}".encode(), "{}".encode("utf-16"), b"\xff\xfe{\x00}\x00"]
)
def test_a_body_not_in_utf8_is_a_400(guarded: MockProcess, body: bytes) -> None:
    response = httpx.post(
        f"{guarded.base_url}/opportunities",
        content=body,
        headers={**AUTH, "Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_json"


def test_a_bulk_update_reports_each_id_once(guarded: MockProcess) -> None:
    created = httpx.post(f"{guarded.base_url}/opportunities", json={}, headers=AUTH).json()
    result = httpx.put(
        f"{guarded.base_url}/opportunities/multiple",
        json={"ids": [created["_id"]] * 100, "update": {"stage": "won"}},
        headers=AUTH,
    ).json()
    assert (result["updated"], result["failed"], len(result["results"])) == (1, 0, 1)


def test_fields_of_1000_characters_name_what_is_unknown(guarded: MockProcess) -> None:
    response = httpx.get(
        f"{guarded.base_url}/opportunities", params={"fields": "x" * 1000}, headers=AUTH
    )
    assert response.status_code == 400
    assert "unknown field(s) 'xxxx" in response.json()["message"]


def test_an_action_without_a_behaviour_answers_501_naming_it(tmp_path: Path) -> None:
    spec = yaml.safe_load(SPEC.read_text())
    archive = {
        "operationId": "archiveOpportunity",
        "tags": ["opportunities"],
        "parameters": [{"$ref": "#/components/parameters/id"}],
        "responses": {"200": {"$ref": "#/components/responses/OpportunityOk"}},
    }
    spec["paths"]["/opportunities/{id}/archive"] = {"post": archive}
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    # Not a shape of the convention and not declared: refused when the mock starts.
    with pytest.raises(SpecError, match=r"archiveOpportunity .* no kind"):
        build_app(spec=path)
    archive["x-kind"] = "action"
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    with MockServer(build_app(spec=path)) as mock:
        response = httpx.post(f"{mock.base_url}/opportunities/{'0' * 24}/archive", headers=AUTH)
    assert response.status_code == 501
    assert response.json()["error"] == "not_implemented"
    assert "archiveOpportunity" in response.json()["message"]
