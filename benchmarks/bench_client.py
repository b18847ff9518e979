"""`make bench-client`: this SDK against raw httpx + json.loads (the floor), one run, one server.

- retrieve one record and list 100 records: sequential calls, median latency per call;
- import time of `icloudready` against `httpx` (fresh interpreters, median);
- list_all over 100,000 records: peak RSS against a 10,000-record walk (flat means equal).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx

import icloudready
from benchmarks.bench_mock import HOST, TOKEN
from icloudready_mock import MockProcess, open_store

WALK = """
import sys
import icloudready
client = icloudready.Client(token=sys.argv[1], base_url=sys.argv[2], rate_limit=None)
count = sum(1 for _ in client.opportunities.list_all(limit=100))
# VmHWM, not ru_maxrss: a child keeps its parent's ru_maxrss across fork and exec.
with open("/proc/self/status") as status:
    peak_kib = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
print(count, peak_kib)
"""


def bulk_load(db: Path, records: int) -> str:
    """Fill the store directly (this benchmark is about the client, not about loading)."""
    store = open_store(str(db))

    def documents() -> Iterator[dict[str, object]]:
        for i in range(records):
            yield {
                "_id": f"{i:024x}",
                "customer": f"customer {i}",
                "revenue": i,
                "stage": "new",
                "closeDate": "2024-06-30",
                "opportunityDescription": "A record of typical size " * 4,
                "activityLog": [
                    {"activityNumber": 1, "activity": "Created", "activityDate": "2024-01-01"}
                ],
                "createdAt": "2024-01-01T00:00:00.000Z",
                "updatedAt": "2024-01-01T00:00:00.000Z",
            }

    store.insert_many(store.tables["/opportunities"], documents())
    store.close()
    return f"{0:024x}"


def median_ms(call: Callable[[], object], repeat: int) -> float:
    for _ in range(5):
        call()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def import_ms(module: str, repeat: int = 15) -> float:
    code = (
        f"import time; t = time.perf_counter(); import {module}; "
        "print((time.perf_counter() - t) * 1000)"
    )
    return statistics.median(
        float(subprocess.check_output([sys.executable, "-c", code], text=True))
        for _ in range(repeat)
    )


def walk(base_url: str) -> tuple[int, int]:
    out = subprocess.check_output([sys.executable, "-c", WALK, TOKEN, base_url], text=True)
    count, peak = out.split()
    return int(count), int(peak)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-client-"))
    record_id = bulk_load(folder / "small.sqlite3", 10_000)
    bulk_load(folder / "big.sqlite3", 100_000)
    small = MockProcess(folder / "small.sqlite3", host=HOST)
    big = MockProcess(folder / "big.sqlite3", host=HOST)
    base = small.base_url
    rows: list[tuple[str, float, float]] = []
    try:
        headers = {"Authorization": f"Bearer {TOKEN}"}
        with (
            httpx.Client(base_url=base, headers=headers) as raw,
            icloudready.Client(token=TOKEN, base_url=base, rate_limit=None) as sdk,
        ):
            for name, floor, ours in (
                (
                    "retrieve one record",
                    lambda: json.loads(raw.get(f"/opportunities/{record_id}").content),
                    lambda: sdk.opportunities.retrieve(record_id),
                ),
                (
                    "list 100 records",
                    lambda: json.loads(raw.get("/opportunities", params={"limit": 100}).content),
                    lambda: sdk.opportunities.list(limit=100),
                ),
            ):
                repeat = args.repeat if "retrieve" in name else args.repeat // 4
                # Alternating blocks, so drift on a shared machine hits both sides alike.
                floors, ours_ = [], []
                for _ in range(10):
                    floors.append(median_ms(floor, repeat // 10))
                    ours_.append(median_ms(ours, repeat // 10))
                rows.append((name, statistics.median(floors), statistics.median(ours_)))
        rows.append(("import (ms)", import_ms("httpx"), import_ms("icloudready")))
        small_count, small_peak = walk(base)
        big_count, big_peak = walk(big.base_url)
    finally:
        small.stop()
        big.stop()
    print("\n| measure | floor (raw httpx + json.loads) | icloudready | ratio |")
    print("|---|---:|---:|---:|")
    for name, floor_ms, ours_ms in rows:
        label = name if "import" in name else f"{name} (median ms)"
        floor_label = "import httpx" if "import" in name else ""
        print(
            f"| {label} | {floor_ms:.3f} {floor_label} | {ours_ms:.3f} "
            f"| {ours_ms / floor_ms:.2f}x |"
        )
    print(
        f"\nlist_all peak RSS: {small_count:,} records {small_peak / 1024:.1f} MiB, "
        f"{big_count:,} records {big_peak / 1024:.1f} MiB "
        f"({big_peak / small_peak:.2f}x for 10x the records)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
