"""The mock under load, judged by comparisons within one run (never by fixed milliseconds).

- a GET by id is not held by concurrent worst-case list queries: it stays far below the
  lists' own latency (behind them it would take at least as long as one of them);
- the plugin's in-process server answers as fast as the subprocess mock;
- lists and counts stay consistent while others write: every page is one snapshot;
- deep pages cost what the first page costs, and the query budget judges a plan, so the
  same request never flips between 200 and 400 with what ran before it.
"""

from __future__ import annotations

import itertools
import json
import random
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from icloudready_mock import DEMO_TOKEN, MockProcess, MockServer, build_app, open_store
from icloudready_mock._store import ENTRIES_PER_SECOND, ListQuery

AUTH = {"Authorization": f"Bearer {DEMO_TOKEN}"}
RECORDS = 100_000


def document(i: int) -> dict[str, object]:
    return {
        "_id": f"{i:024x}",
        "customer": f"customer {i}",
        "revenue": (i * 7919) % RECORDS,
        "stage": "won" if i % 3 == 0 else "new",
        "status": "active" if i % 2 else "closed",
        "closeDate": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
        "opportunityDescription": "Seaside villa" if i % 10 == 0 else "City villa flat",
        "createdAt": "2024-01-01T00:00:00.000Z",
        "updatedAt": "2024-01-01T00:00:00.000Z",
    }


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("speed") / "big.sqlite3"
    store = open_store(str(db))
    store.insert_many(store.tables["/opportunities"], (document(i) for i in range(RECORDS)))
    store.close()
    return db


@pytest.fixture
def big_mock(big_db: Path, tmp_path: Path) -> Iterator[MockProcess]:
    db = tmp_path / "big.sqlite3"
    db.write_bytes(big_db.read_bytes())
    with MockProcess(db) as mock:
        # The index is built on a thread of its own at start-up; the first list waits for it.
        httpx.get(f"{mock.base_url}/opportunities", params={"limit": 1}, headers=AUTH, timeout=60)
        yield mock


def worst_lists(count: int = 1000) -> list[str]:
    """Dear list queries, all different (no cached answer helps): 100 a page, deep pages,
    words matching most records, filters, a sort key."""
    words = ["c", "ci", "city", "v", "vil", "villa", "cu", "custom", "f", "fla"]
    rng = random.Random(16)
    paths = []
    for combo in itertools.islice(itertools.cycle(itertools.combinations(words, 2)), count):
        path = (
            f"/api/v2/opportunities?limit=100&q={'%20'.join(combo)}"
            f"&page={rng.randint(1, RECORDS // 300)}&order={rng.choice(['asc', 'desc'])}"
            f"&sortBy={rng.choice(['revenue', 'closeDate', 'stage', 'updatedAt'])}"
        )
        if rng.random() < 0.5:
            path += "&p=" + rng.choice(["stage:new", "status:active", "stage:new,status:active"])
        paths.append(path)
    return paths


# The lists come from a process of their own, so that the client's work does not slow the
# GETs measured here (16 Python clients in this process would share its interpreter lock).
_LISTER = """
import asyncio, json, sys, time
host, port, seconds, token = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
paths = json.load(sys.stdin)
times, failures = [], []

async def client(first):
    reader, writer = await asyncio.open_connection(host, port)
    turn, end = first, time.perf_counter() + seconds
    while time.perf_counter() < end:
        started = time.perf_counter()
        request = f"GET {paths[turn % len(paths)]} HTTP/1.1\\r\\nHost: x\\r\\n"
        writer.write((request + f"Authorization: Bearer {token}\\r\\n\\r\\n").encode())
        head = await reader.readuntil(b"\\r\\n\\r\\n")
        length = next(int(line[15:]) for line in head.split(b"\\r\\n")
                      if line.lower().startswith(b"content-length:"))
        await reader.readexactly(length)
        times.append(time.perf_counter() - started)
        if head[9:12] != b"200":
            failures.append(head[:12].decode())
        turn += 16
    writer.close()

async def main():
    await asyncio.gather(*(client(k) for k in range(16)))

asyncio.run(main())
print(json.dumps({"times": times, "failures": failures}))
"""


def timed_gets(client: httpx.Client, url: str, count: int) -> list[float]:
    times = []
    for _ in range(count):
        started = time.perf_counter()
        assert client.get(url).status_code == 200
        times.append(time.perf_counter() - started)
    return times


def test_a_get_by_id_is_not_held_by_concurrent_worst_case_lists(big_mock: MockProcess) -> None:
    url = f"{big_mock.base_url}/opportunities/{5:024x}"
    with httpx.Client(headers=AUTH, timeout=60) as client:
        alone = timed_gets(client, url, 200)
        lister = subprocess.Popen(
            [sys.executable, "-c", _LISTER, "127.0.0.1", str(big_mock.port), "4", DEMO_TOKEN],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert lister.stdin is not None
        lister.stdin.write(json.dumps(worst_lists()))
        lister.stdin.close()
        time.sleep(0.5)  # the lists are queued before the GETs start
        beside = timed_gets(client, url, 300)
        assert lister.stdout is not None
        out = lister.stdout.read()
        lister.wait(60)
    lists = json.loads(out)
    assert not lists["failures"], lists["failures"][:5]
    list_median = statistics.median(lists["times"])
    beside_median, beside_p90 = statistics.median(beside), statistics.quantiles(beside, n=10)[8]
    # Queued behind the lists, a GET would take at least a list's own time (16 in flight:
    # several times that). Beside them it stays well below it.
    assert beside_median < list_median / 4, (
        f"GET median {beside_median * 1000:.1f} ms beside lists of median "
        f"{list_median * 1000:.1f} ms (alone {statistics.median(alone) * 1000:.1f} ms)"
    )
    assert beside_p90 < list_median, (beside_p90, list_median)
    assert len(lists["times"]) > 50


def test_the_in_process_server_answers_as_fast_as_the_subprocess(tmp_path: Path) -> None:
    """MockServer (the pytest plugin's) used to take 44 ms a call: no TCP_NODELAY."""

    def median_call(base_url: str) -> float:
        with httpx.Client(base_url=base_url, headers=AUTH) as client:
            record_id = client.post("/opportunities", json={"customer": "x"}).json()["_id"]
            times = []
            for i in range(60):
                started = time.perf_counter()
                client.get(f"/opportunities/{record_id}")
                client.patch(f"/opportunities/{record_id}", json={"revenue": i})
                times.append(time.perf_counter() - started)
            return statistics.median(times)

    with MockServer(build_app()) as server, MockProcess(tmp_path / "proc.sqlite3") as proc:
        in_process = [median_call(server.base_url) for _ in range(2)]
        subprocess = [median_call(proc.base_url) for _ in range(2)]
    # (a subprocess file database fsyncs each PATCH; the in-process one is :memory:)
    assert min(in_process) < 3 * min(subprocess) + 0.002, (in_process, subprocess)


def test_pages_are_one_snapshot_while_others_write(tmp_path: Path) -> None:
    """Every page holds what its total says it holds, even mid-write: no short page."""
    with MockProcess(tmp_path / "busy.sqlite3") as mock:
        with httpx.Client(base_url=mock.base_url, headers=AUTH) as client:
            for i in range(300):
                client.post("/opportunities", json={"customer": f"c{i}", "stage": "won"})
        stop = threading.Event()

        def churn() -> None:
            with httpx.Client(base_url=mock.base_url, headers=AUTH) as client:
                i = 0
                while not stop.is_set():
                    made = client.post("/opportunities", json={"customer": f"n{i}", "stage": "won"})
                    client.delete(f"/opportunities/deleted/{made.json()['_id']}")
                    i += 1

        writers = [threading.Thread(target=churn) for _ in range(2)]
        for writer in writers:
            writer.start()
        checked = 0
        try:
            with httpx.Client(base_url=mock.base_url, headers=AUTH) as client:
                for i in range(300):
                    params = {"limit": "50", "page": str(1 + i % 8), "p": "stage:won"}
                    if i % 2:
                        params["sortBy"] = "updatedAt"
                    body = client.get("/opportunities", params=params).json()
                    offset = (int(params["page"]) - 1) * 50
                    assert len(body["data"]) == max(0, min(50, body["total"] - offset)), body
                    assert len({r["_id"] for r in body["data"]}) == len(body["data"])
                    checked += 1
        finally:
            stop.set()
            for writer in writers:
                writer.join()
    assert checked == 300


def test_deep_pages_cost_what_the_first_costs_and_the_budget_judges_the_plan(
    big_db: Path, tmp_path: Path
) -> None:
    db = tmp_path / "big.sqlite3"
    db.write_bytes(big_db.read_bytes())
    store = open_store(str(db))
    table = store.tables["/opportunities"]
    index = store.index(table)
    filters = (("stage", "won"), ("status", "active"))
    shapes = [
        ListQuery(limit=100, filters=filters),
        ListQuery(limit=100, q="city", sort_by="revenue"),
        ListQuery(limit=100, q="villa", filters=filters, sort_by="closeDate", order="asc"),
    ]
    for shape in shapes:
        costs = set()
        for page in (1, 50, 160, 1000):
            query = ListQuery(**{**shape.__dict__, "page": page})
            index.changed()  # nothing cached: what the page costs on its own
            costs.add(index.plan(query.filters, query.q, table.sort_key(query.sort_by)).cold)
            store.list_page(table, query)
        assert len(costs) == 1, (shape, costs)  # the page never enters the cost
    # The walk the issue saw die at 91,200 of 150,000 records now ends, every page full.
    seen = 0
    page = 1
    while True:
        docs, total = store.list_page(table, ListQuery(limit=100, page=page, filters=filters))
        seen += len(docs)
        if len(docs) < 100:
            break
        page += 1
    assert seen == total == sum(1 for i in range(RECORDS) if i % 6 == 3)  # won and active
    # A budget between the costs of two plans that share their matches: the cheaper one
    # runs (and caches the matches), the dearer one is refused every time, cold or warm.
    cheap = index.plan((), "villa", None).cold
    dear = index.plan((), "villa", "revenue").cold
    store.close()
    assert cheap < dear
    app = build_app(str(db), query_budget=(cheap + dear) / 2 / ENTRIES_PER_SECOND)
    with MockServer(app) as mock:
        url = f"{mock.base_url}/opportunities"
        statuses = []
        for _ in range(3):
            response = httpx.get(url, params={"q": "villa", "sortBy": "revenue"}, headers=AUTH)
            statuses.append(response.status_code)
            statuses.append(httpx.get(url, params={"q": "villa"}, headers=AUTH).status_code)
    assert statuses == [400, 200] * 3
    message = response.json()["message"]
    assert "--query-budget" in message
    assert "send fewer" in message
