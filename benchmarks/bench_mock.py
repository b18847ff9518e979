"""`make bench-mock`: this mock against Prism's mock, same machine, same openapi.yaml, one run.

Scenarios: GET one record, and a list of 20 out of 10,000 stored records: plain, with a
one-word and a multi-word q, and q with a p filter. Each target runs ROUNDS rounds per
scenario, interleaved; the table reports medians.

A second table is this mock alone on 100,000 records: the heavy list queries (q with a p
filter, deep pages under sortBy) against the plain list, with a GET by id running beside
each so that one request holding the others would show in the GET's p99.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from benchmarks._load import Result, load
from icloudready_mock import MockProcess, free_port, open_store

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "icr_demo_0123456789abcdef"
HOST = "127.0.0.1"


def wait_until_up(url: str, proc: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"{url}: the server exited with {proc.returncode}")
        try:
            httpx.get(url, timeout=1, headers={"Authorization": f"Bearer {TOKEN}"})
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise SystemExit(f"{url} did not come up")


def seed(base_url: str, records: int) -> str:
    """Create records through the API (every 10th mentions a villa); return one id."""
    headers = {"Authorization": f"Bearer {TOKEN}"}
    first = ""
    with httpx.Client(base_url=base_url, headers=headers) as client:
        for i in range(records):
            description = "Seaside villa with garden" if i % 10 == 0 else "City apartment"
            body = {
                "customer": f"customer {i}",
                "revenue": i,
                "opportunityDescription": description,
                "stage": "won" if i % 3 == 0 else "new",
            }
            record = client.post("/opportunities", json=body).json()
            first = first or record["_id"]
    return first


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--big", type=int, default=100_000, help="records of the second table")
    args = parser.parse_args()

    db = Path(tempfile.mkdtemp(prefix="bench-mock-")) / "bench.sqlite3"
    ours = MockProcess(db, host=HOST)
    our_port = ours.port
    prism, prism_port = start_prism()
    try:
        print(f"seeding {args.records} records through the API ...", flush=True)
        record_id = seed(ours.base_url, args.records)
        scenarios = {
            "GET one record": f"/opportunities/{record_id}",
            "list 20 of 10k": "/opportunities?limit=20",
            "list 20 of 10k, q=villa": "/opportunities?limit=20&q=villa",
            "list 20 of 10k, q=villa 42": "/opportunities?limit=20&q=villa%2042",
            "list 20 of 10k, q=villa + p=stage:won": "/opportunities?limit=20&q=villa&p=stage:won",
        }
        # Prism serves the spec's paths at its root; this mock keeps the real /api/v2 prefix.
        targets = {"this mock": (our_port, "/api/v2"), "Prism": (prism_port, "")}
        results: dict[tuple[str, str], list[Result]] = {}
        for _ in range(args.rounds):
            for scenario, path in scenarios.items():
                for target, (port, prefix) in targets.items():
                    outcome = load(
                        HOST,
                        port,
                        prefix + path,
                        TOKEN,
                        connections=args.connections,
                        seconds=args.seconds,
                    )
                    if outcome.errors:
                        raise SystemExit(f"{target} {scenario}: {outcome.errors} error responses")
                    results.setdefault((scenario, target), []).append(outcome)
        print(
            f"\n{os.cpu_count()} cores, {args.connections} connections, {args.rounds} rounds of "
            f"{args.seconds:g}s per cell, medians; {args.records} records stored\n"
        )
        print(
            "| scenario | this mock req/s | Prism req/s | ratio | this mock p99 ms | Prism p99 ms |"
        )
        print("|---|---:|---:|---:|---:|---:|")
        for scenario in scenarios:
            ours_rps = statistics.median(r.rps for r in results[(scenario, "this mock")])
            prism_rps = statistics.median(r.rps for r in results[(scenario, "Prism")])
            ours_p99 = statistics.median(r.percentile(99) for r in results[(scenario, "this mock")])
            prism_p99 = statistics.median(r.percentile(99) for r in results[(scenario, "Prism")])
            print(
                f"| {scenario} | {ours_rps:,.0f} | {prism_rps:,.0f} | {ours_rps / prism_rps:.1f}x "
                f"| {ours_p99:.1f} | {prism_p99:.1f} |"
            )
    finally:
        ours.stop()
        prism.terminate()
        prism.wait(10)
    heavy_queries(args.big, args)
    return 0


def heavy_queries(records: int, args: argparse.Namespace) -> None:
    db = Path(tempfile.mkdtemp(prefix="bench-mock-big-")) / "big.sqlite3"
    store = open_store(str(db))
    store.insert_many(
        store.tables["/opportunities"],
        (
            {
                "_id": f"{i:024x}",
                "customer": f"customer {i}",
                "revenue": (i * 7919) % records,
                "stage": "won" if i % 3 == 0 else "new",
                "opportunityDescription": "Seaside villa" if i % 10 == 0 else "City flat",
                "createdAt": "2024-01-01T00:00:00.000Z",
                "updatedAt": "2024-01-01T00:00:00.000Z",
            }
            for i in range(records)
        ),
    )
    store.close()
    deep = records // 20 // 2
    scenarios = {
        "list 20 (plain)": "/opportunities?limit=20",
        "q=villa + p=stage:won": "/opportunities?limit=20&q=villa&p=stage:won",
        f"sortBy=revenue, page {deep:,}": f"/opportunities?limit=20&sortBy=revenue&page={deep}",
        f"q=city + sortBy=revenue, page {deep // 2:,}": (
            f"/opportunities?limit=20&q=city&sortBy=revenue&page={deep // 2}"
        ),
    }
    results: dict[str, list[tuple[Result, Result]]] = {}
    with MockProcess(db, host=HOST) as mock:
        get_path = f"/api/v2/opportunities/{1:024x}"
        for _ in range(args.rounds):
            for scenario, path in scenarios.items():
                side, main = load_pair(mock.port, get_path, "/api/v2" + path, args)
                results.setdefault(scenario, []).append((main, side))
    plain = statistics.median(r.rps for r, _ in results["list 20 (plain)"])
    print(
        f"\nThis mock alone, {records:,} records; beside each list, a GET by id on 2 connections\n"
    )
    print("| scenario | req/s | vs plain list | p50 ms | p99 ms | GET beside it, p99 ms |")
    print("|---|---:|---:|---:|---:|---:|")
    for scenario, pairs in results.items():
        rps = statistics.median(r.rps for r, _ in pairs)
        p50 = statistics.median(r.percentile(50) for r, _ in pairs)
        p99 = statistics.median(r.percentile(99) for r, _ in pairs)
        get_p99 = statistics.median(g.percentile(99) for _, g in pairs)
        print(
            f"| {scenario} | {rps:,.0f} | {rps / plain:.2f}x | {p50:.1f} | {p99:.1f} "
            f"| {get_p99:.1f} |"
        )


def load_pair(
    port: int, side_path: str, path: str, args: argparse.Namespace
) -> tuple[Result, Result]:
    """``path`` under load and, at the same time, a GET by id on two connections."""
    with ThreadPoolExecutor(2) as pool:
        side = pool.submit(load, HOST, port, side_path, TOKEN, connections=2, seconds=args.seconds)
        main = pool.submit(
            load, HOST, port, path, TOKEN, connections=args.connections, seconds=args.seconds
        )
        outcome = (side.result(), main.result())
    for result in outcome:
        if result.errors:
            raise SystemExit(f"{path}: {result.errors} error responses")
    return outcome


if __name__ == "__main__":
    sys.exit(main())
