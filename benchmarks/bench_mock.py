"""`make bench-mock`: this mock against Prism's, same machine, same openapi.yaml, one run.

Table 1, --records (10,000) created over HTTP, the same records in every stateful mock:
every scenario of issue 16's table, plus a ``fields`` projection, q + p + sortBy and a deep
sortBy page. wrk (or the Python generator when wrk cannot be had), 16 connections; each
round runs every target once per scenario, interleaved; medians of req/s and p99. Where a
scenario pages, each request asks for another page (a walk, not one cached answer).
``--baseline DIR`` adds another checkout's mock (its own .venv), e.g. commit f9557c7.

Table 2, this mock alone on --big records (1,000,000) loaded with insert_many: the same
shapes at depth, with the cold latency (the first request after a write: a write empties
every cache of the table), then a GET by id on 2 connections while 16 send the worst list
queries the spec allows, against the GET alone.

Also: load time, start-up and RSS at both sizes, start-up with 17 resources, and the
plugin's in-process server (MockServer) against the subprocess mock.
"""

from __future__ import annotations

import argparse
import copy
import itertools
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx
import psutil
import yaml

from benchmarks import _wrk
from benchmarks._load import load
from icloudready_mock import MockProcess, MockServer, Store, build_app, free_port, open_store
from icloudready_spec import load as load_spec

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "icr_demo_0123456789abcdef"
HOST = "127.0.0.1"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@dataclass(frozen=True)
class Measure:
    rps: float
    p50: float
    p99: float
    errors: int


class Generator:
    """wrk when it can be had, else the Python load generator (slower: it shares the CPU)."""

    def __init__(self) -> None:
        self.wrk = _wrk.find()
        self.name = "wrk 1 thread" if self.wrk else "Python generator (no wrk)"

    def run(self, port: int, paths: list[str], connections: int, seconds: float) -> Measure:
        if self.wrk:
            out = _wrk.run(
                self.wrk,
                f"http://{HOST}:{port}",
                paths,
                TOKEN,
                connections=connections,
                seconds=seconds,
            )
            return Measure(out.rps, out.p50, out.p99, out.errors)
        result = load(HOST, port, paths, TOKEN, connections=connections, seconds=seconds)
        return Measure(result.rps, result.percentile(50), result.percentile(99), result.errors)


def record(i: int, records: int) -> dict[str, object]:
    """Every record mentions a villa (q=villa matches all); 90% a city; a third are won."""
    return {
        "customer": f"customer {i}",
        "revenue": (i * 7919) % records,
        "probability": (i % 100) / 100,
        "opportunityDescription": "Seaside villa with garden" if i % 10 == 0 else "City villa flat",
        "stage": "won" if i % 3 == 0 else "new",
        "status": "active" if i % 2 else "closed",
        "closeDate": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
    }


def seed(base_url: str, records: int) -> list[str]:
    """Create ``records`` through the API, four clients at once; return their ids."""

    def part(worker: int) -> list[str]:
        with httpx.Client(base_url=base_url, headers=AUTH, timeout=30) as client:
            return [
                client.post("/opportunities", json=record(i, records)).json()["_id"]
                for i in range(worker, records, 4)
            ]

    with ThreadPoolExecutor(4) as pool:
        return [i for ids in pool.map(part, range(4)) for i in ids]


def scenarios(ids: list[str], records: int) -> dict[str, list[str]]:
    """Each scenario's paths (without the /api/v2 prefix), sent in turn."""
    pages = records // 20
    deep = range(int(pages * 0.8), int(pages * 0.99))
    walk = range(1, min(pages, 1000))
    rng = random.Random(16)

    def some(pages: range, template: str) -> list[str]:
        return [template.format(page=p) for p in rng.sample(pages, min(len(pages), 400))]

    return {
        "GET by id": [f"/opportunities/{i}" for i in ids[:400]],
        "list 20 (`page=3`)": ["/opportunities?limit=20&page=3"],
        "list 20, `q=villa 42`": ["/opportunities?limit=20&q=villa%2042"],
        "list 20, `q=villa&p=stage:won` (q matches every record)": [
            "/opportunities?limit=20&q=villa&p=stage:won"
        ],
        "list 20, `page=200&sortBy=revenue&order=asc`": [
            "/opportunities?limit=20&page=200&sortBy=revenue&order=asc"
        ],
        "`fields=customer,revenue,stage`, pages 1-1,000": some(
            walk, "/opportunities?limit=20&fields=customer,revenue,stage&page={page}"
        ),
        "`q=city&p=stage:won&sortBy=revenue`, pages 1-1,000": some(
            walk, "/opportunities?limit=20&q=city&p=stage:won&sortBy=revenue&page={page}"
        ),
        f"deep `sortBy=closeDate`, pages {deep.start:,}-{deep.stop:,}": some(
            deep, "/opportunities?limit=20&sortBy=closeDate&order=desc&page={page}"
        ),
    }


def worst_lists(records: int, count: int = 2000) -> list[str]:
    """The dearest list queries the spec allows: 100 a page, deep, several words that each
    match most records, filters, any sort key; all different, so no answer is reused."""
    words = ["c", "ci", "cit", "city", "v", "vi", "vil", "villa", "cu", "cust", "custom"]
    sets = [" ".join(c) for k in (1, 2, 3) for c in itertools.combinations(words, k)]
    filters = ["", "stage:new", "status:active", "stage:new,status:active"]
    sorts = ["", "revenue", "closeDate", "stage", "status", "updatedAt", "probability"]
    rng = random.Random(17)
    paths = []
    for _ in range(count):
        path = (
            f"/opportunities?limit=100&page={rng.randint(1, max(1, records // 300))}"
            f"&order={rng.choice(['asc', 'desc'])}&q={rng.choice(sets).replace(' ', '%20')}"
        )
        if p := rng.choice(filters):
            path += f"&p={p}"
        if s := rng.choice(sorts):
            path += f"&sortBy={s}"
        paths.append(path)
    return paths


def start_prism() -> tuple[subprocess.Popen[bytes], int]:
    prism = shutil.which("prism") or str(ROOT / "node_modules/.bin/prism")
    port = free_port(HOST)
    proc = subprocess.Popen(
        [
            prism,
            "mock",
            str(ROOT / "openapi.yaml"),
            "--host",
            HOST,
            "--port",
            str(port),
            "--errors",
            "false",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_until_up(f"http://{HOST}:{port}/opportunities", proc)
    return proc, port


def start_baseline(checkout: Path, db: Path) -> tuple[subprocess.Popen[bytes], int]:
    """Another checkout's mock, with its own interpreter and code."""
    port = free_port(HOST)
    proc = subprocess.Popen(
        [
            str(checkout / ".venv/bin/python"),
            "-m",
            "icloudready_mock",
            "--host",
            HOST,
            "--port",
            str(port),
            "--db",
            str(db),
        ],
        cwd=checkout,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_until_up(f"http://{HOST}:{port}/docs", proc)
    return proc, port


def wait_until_up(url: str, proc: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"{url}: the server exited with {proc.returncode}")
        try:
            httpx.get(url, timeout=1, headers=AUTH)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise SystemExit(f"{url} did not come up")


def rss_mib(pid: int) -> float:
    return psutil.Process(pid).memory_info().rss / 2**20


def table_one(args: argparse.Namespace, gen: Generator, folder: Path) -> float:
    ours = MockProcess(folder / "ours.sqlite3", host=HOST)
    prism, prism_port = start_prism()
    targets: dict[str, tuple[int, str]] = {"this mock": (ours.port, "/api/v2")}
    procs: list[subprocess.Popen[bytes]] = [prism]
    if args.baseline:
        base, base_port = start_baseline(args.baseline, folder / "baseline.sqlite3")
        procs.append(base)
        targets[f"{args.baseline.name}"] = (base_port, "/api/v2")
    targets["Prism"] = (prism_port, "")
    try:
        print(f"seeding {args.records:,} records over HTTP into each stateful mock ...", flush=True)
        ids = {
            name: seed(f"http://{HOST}:{port}/api/v2", args.records)
            for name, (port, prefix) in targets.items()
            if prefix
        }
        ids["Prism"] = ids["this mock"]
        rss = rss_mib(ours.proc.pid)
        paths = {name: scenarios(ids[name], args.records) for name in targets}
        results: dict[tuple[str, str], list[Measure]] = {}
        for _ in range(args.rounds):
            for scenario in paths["this mock"]:
                for name, (port, prefix) in targets.items():
                    sent = [prefix + p for p in paths[name][scenario]]
                    outcome = gen.run(port, sent, args.connections, args.seconds)
                    if outcome.errors and name != "Prism":
                        raise SystemExit(f"{name} {scenario}: {outcome.errors} errors")
                    results.setdefault((scenario, name), []).append(outcome)
        rss = max(rss, rss_mib(ours.proc.pid))
    finally:
        ours.stop()
        for proc in procs:
            proc.terminate()
            proc.wait(10)
    names = list(targets)
    print(
        f"\n{os.cpu_count()} cores, {gen.name}, {args.connections} connections, "
        f"{args.rounds} rounds of {args.seconds:g} s per cell, interleaved, medians; "
        f"{args.records:,} records created over HTTP\n"
    )
    header = " | ".join(f"{n} req/s" for n in names)
    ratios = " | ".join(f"vs {n}" for n in names[1:])
    p99s = " | ".join(f"{n} p99 ms" for n in names)
    print(f"| scenario | {header} | {ratios} | {p99s} |")
    print("|---|" + "---:|" * (len(names) * 2 + len(names) - 1))
    for scenario in paths["this mock"]:
        rps = {n: statistics.median(m.rps for m in results[(scenario, n)]) for n in names}
        p99 = {n: statistics.median(m.p99 for m in results[(scenario, n)]) for n in names}
        errors = sum(m.errors for m in results[(scenario, "Prism")])
        note = "*" if errors else ""
        cells = [f"{rps[n]:,.0f}{note if n == 'Prism' else ''}" for n in names]
        cells += [f"{rps[names[0]] / rps[n]:.2f}x" for n in names[1:]]
        cells += [f"{p99[n]:.1f}" for n in names]
        print(f"| {scenario} | " + " | ".join(cells) + " |")
    print("\n(* Prism answered some of that cell with errors.)")
    return rss


def cold_ms(base_url: str, path: str, record_id: str, repeat: int = 5) -> tuple[float, float]:
    """The request right after a write (which drops the table's cached answers): median, max."""
    times = []
    with httpx.Client(base_url=base_url, headers=AUTH, timeout=60) as client:
        for i in range(repeat):
            client.patch(f"/opportunities/{record_id}", json={"probability": i / 10})
            started = time.perf_counter()
            response = client.get(path)
            times.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise SystemExit(f"{path}: {response.status_code} {response.text[:300]}")
    return statistics.median(times), max(times)


def table_two(args: argparse.Namespace, gen: Generator, folder: Path) -> None:
    db = folder / "big.sqlite3"
    store = open_store(str(db))
    started = time.perf_counter()
    store.insert_many(
        store.tables["/opportunities"],
        (
            {
                "_id": f"{i:024x}",
                **record(i, args.big),
                "createdAt": "2024-01-01T00:00:00.000Z",
                "updatedAt": "2024-01-01T00:00:00.000Z",
            }
            for i in range(args.big)
        ),
    )
    store.close()
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    mock = MockProcess(db, host=HOST)
    up = time.perf_counter() - started
    httpx.get(f"{mock.base_url}/opportunities?limit=1", headers=AUTH, timeout=600)
    indexed = time.perf_counter() - started
    rss = rss_mib(mock.proc.pid)
    record_id = f"{7:024x}"
    paths = scenarios([f"{i:024x}" for i in range(0, args.big, max(1, args.big // 400))], args.big)
    results: dict[str, list[Measure]] = {}
    colds: dict[str, tuple[float, float]] = {}
    try:
        for scenario, sent in paths.items():
            colds[scenario] = cold_ms(mock.base_url, sent[0], record_id)
        for _ in range(args.rounds):
            for scenario, sent in paths.items():
                outcome = gen.run(
                    mock.port, ["/api/v2" + p for p in sent], args.connections, args.seconds
                )
                if outcome.errors:
                    raise SystemExit(f"{scenario}: {outcome.errors} errors")
                results.setdefault(scenario, []).append(outcome)
        worst = ["/api/v2" + p for p in worst_lists(args.big)]
        get = [f"/api/v2/opportunities/{i:024x}" for i in range(0, args.big, args.big // 200)]
        alone = [gen.run(mock.port, get, 2, args.seconds) for _ in range(args.rounds)]
        beside: list[tuple[Measure, Measure]] = []
        for _ in range(args.rounds):
            with ThreadPoolExecutor(2) as pool:
                lists = pool.submit(gen.run, mock.port, worst, args.connections, args.seconds + 2)
                time.sleep(1)  # the lists are running before the GETs start
                gets = pool.submit(gen.run, mock.port, get, 2, args.seconds)
                beside.append((gets.result(), lists.result()))
        rss = max(rss, rss_mib(mock.proc.pid))
    finally:
        mock.stop()
    print(
        f"\nThis mock alone, {args.big:,} records (insert_many: {loaded:.0f} s); the mock "
        f"answered {up:.2f} s after its start and listed {indexed:.1f} s after it (index "
        f"built from the documents); RSS {rss:,.0f} MiB\n"
    )
    print("| scenario | req/s | p50 ms | p99 ms | cold ms (median, max of 5) |")
    print("|---|---:|---:|---:|---:|")
    for scenario, measures in results.items():
        rps = statistics.median(m.rps for m in measures)
        p50 = statistics.median(m.p50 for m in measures)
        p99 = statistics.median(m.p99 for m in measures)
        median, worst_cold = colds[scenario]
        print(
            f"| {scenario} | {rps:,.0f} | {p50:.2f} | {p99:.1f} | {median:.1f}, {worst_cold:.1f} |"
        )
    print(
        f"\nA GET by id on 2 connections while {args.connections} send the worst list queries "
        f"the spec allows ({len(worst):,} different ones: limit 100, deep pages, 1-3 words "
        "each matching most records, 0-2 filters, any sort key, in turn):\n"
    )
    print("| measure | req/s | p50 ms | p99 ms |")
    print("|---|---:|---:|---:|")
    rows = [
        ("GET by id alone", alone),
        ("GET by id beside the worst lists", [g for g, _ in beside]),
        ("the worst lists themselves", [w for _, w in beside]),
    ]
    for name, measures in rows:
        print(
            f"| {name} | {statistics.median(m.rps for m in measures):,.0f} "
            f"| {statistics.median(m.p50 for m in measures):.2f} "
            f"| {statistics.median(m.p99 for m in measures):.1f} |"
        )


def seventeen_resources(folder: Path) -> Path:
    """openapi.yaml with the opportunities resource 17 times, under other paths and tags."""
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    paths = spec["paths"]
    originals = {p: v for p, v in paths.items() if p.startswith("/opportunities")}
    for k in range(2, 18):
        for path, item in originals.items():
            clone = copy.deepcopy(item)
            for op in clone.values():
                if isinstance(op, dict) and "operationId" in op:
                    op["operationId"] += f"R{k}"
                    op["tags"] = [f"resource{k}"]
                    op.pop("links", None)
                    for response in op.get("responses", {}).values():
                        if isinstance(response, dict):
                            response.pop("links", None)
            paths[path.replace("/opportunities", f"/resource{k}", 1)] = clone
    spec.setdefault("tags", []).extend({"name": f"resource{k}"} for k in range(2, 18))
    target = folder / "seventeen.yaml"
    target.write_text(yaml.safe_dump(spec, sort_keys=False))
    return target


def start_up(folder: Path) -> None:
    spec = seventeen_resources(folder)
    spawned: list[float] = []
    for attempt in range(3):
        db = folder / f"seventeen-{attempt}.sqlite3"
        started = time.perf_counter()
        with MockProcess(db, "--spec", str(spec), host=HOST) as mock:
            httpx.get(f"{mock.base_url}/resource17?limit=1", headers=AUTH).raise_for_status()
            spawned.append(time.perf_counter() - started)
    with sqlite3.connect(db) as conn:
        tables = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name LIKE 'r\\_%' "
            "ESCAPE '\\'"
        ).fetchone()[0]
    parts: dict[str, list[float]] = {"spec": [], "app": [], "store": []}
    for attempt in range(3):
        started = time.perf_counter()
        model = load_spec(spec)
        parts["spec"].append(time.perf_counter() - started)
        started = time.perf_counter()
        store = Store(str(folder / f"store-{attempt}.sqlite3"), model.resources.values())
        parts["store"].append(time.perf_counter() - started)
        store.close()
        started = time.perf_counter()
        app = build_app(str(folder / f"app-{attempt}.sqlite3"), spec=spec)
        parts["app"].append(time.perf_counter() - started)
        app.store.close()
    ms = {name: statistics.median(values) * 1000 for name, values in parts.items()}
    print(
        f"\nStart-up with 17 resources (the opportunities resource 17 times under other paths "
        f"and tags, {tables} tables), empty database, medians of 3: spawn to the first list "
        f"of the 17th resource answered {statistics.median(spawned) * 1000:.0f} ms; in that, "
        f"build_app {ms['app']:.0f} ms, of which reading the spec {ms['spec']:.0f} ms and the "
        f"store (every table and index) {ms['store']:.0f} ms."
    )


def in_process_server(folder: Path, repeat: int = 300) -> None:
    """The pytest plugin's MockServer against MockProcess: sequential calls, median ms."""

    def per_call(base_url: str) -> Callable[[], float]:
        client = httpx.Client(base_url=base_url, headers=AUTH)
        record_id = client.post("/opportunities", json={"customer": "x"}).json()["_id"]

        def block() -> float:
            times = []
            for _ in range(repeat):
                started = time.perf_counter()
                client.get(f"/opportunities/{record_id}")
                times.append(time.perf_counter() - started)
            return statistics.median(times) * 1000

        return block

    with MockServer(build_app()) as server, MockProcess(folder / "proc.sqlite3") as proc:
        blocks = {
            "MockServer (in-process)": per_call(server.base_url),
            "MockProcess (subprocess)": per_call(proc.base_url),
        }
        measured: dict[str, list[float]] = {name: [] for name in blocks}
        for _ in range(3):
            for name, block in blocks.items():
                measured[name].append(block())
    cells = ", ".join(f"{n} {statistics.median(v):.2f} ms" for n, v in measured.items())
    print(f"\nGET by id, sequential calls, median of 3 blocks of {repeat}: {cells}.")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--big", type=int, default=1_000_000, help="records of table 2")
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--baseline", type=Path, help="another checkout to compare (its .venv)")
    parser.add_argument("--skip", default="", help="comma-separated: one,two,startup,server")
    args = parser.parse_args()
    skip = set(args.skip.split(","))
    gen = Generator()
    folder = Path(tempfile.mkdtemp(prefix="bench-mock-"))
    try:
        if "one" not in skip:
            rss = table_one(args, gen, folder)
            print(f"\nRSS of this mock with {args.records:,} records: {rss:,.0f} MiB")
        if "two" not in skip:
            table_two(args, gen, folder)
        if "startup" not in skip:
            start_up(folder)
        if "server" not in skip:
            in_process_server(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
