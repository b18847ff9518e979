"""`make bench-cli`: the `icloudready` command against the SDK in a plain loop, same mock.

- export: 100,000 records to JSON Lines, `icloudready opportunities export` against
  `list_all` writing the same lines (goal <= 1.15x the time); peak RSS of the export over
  10,000 and 100,000 records (flat memory: about equal);
- import: 10,000 CSV rows, `icloudready opportunities import` against a loop of
  `client.opportunities.create(...)` on the same rows (goal <= 1.15x), the CLI with its
  default 4 requests in flight and with 1.

Every side is a fresh process (interpreter start included on both sides), pacing off, the
sides interleaved round by round; medians are reported.
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bench_client import bulk_load
from benchmarks.bench_mock import HOST, TOKEN
from icloudready_mock import MockProcess

PYTHON = sys.executable
CLI = [PYTHON, "-m", "icloudready_cli"]
LIST_ALL = """
import json, sys
import icloudready
dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
with icloudready.Client(token=sys.argv[1], base_url=sys.argv[2], rate_limit=None) as client, \\
        open(sys.argv[3], "w", encoding="utf-8") as out:
    for record in client.opportunities.list_all(limit=100, order="asc"):
        out.write(dumps(record.to_dict()) + "\\n")
"""

CREATE_LOOP = """
import csv, datetime, json, sys
import icloudready
from icloudready.models import ActivityLogEntry
with icloudready.Client(token=sys.argv[1], base_url=sys.argv[2], rate_limit=None) as client, \\
        open(sys.argv[3], newline="", encoding="utf-8") as source:
    for row in csv.DictReader(source):
        log = json.loads(row["activityLog"]) if row["activityLog"] else None
        client.opportunities.create(
            customer=row["customer"],
            revenue=float(row["revenue"]),
            close_date=datetime.date.fromisoformat(row["closeDate"]),
            probability=float(row["probability"]),
            stage=row["stage"],
            **({"activity_log": [ActivityLogEntry.from_dict(e) for e in log]} if log else {}),
        )
"""


def timed(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one child process.

    The peak is the child's VmHWM, sampled while it runs: ``ru_maxrss`` from ``wait4`` would
    include the forking parent's size (Linux carries it over exec).
    """
    started = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    status = Path(f"/proc/{proc.pid}/status")
    peak = 0
    while proc.poll() is None:
        try:
            for line in status.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]))
        except (OSError, ValueError, IndexError):
            pass
        time.sleep(0.02)
    elapsed = time.perf_counter() - started
    stderr = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode != 0:
        raise RuntimeError(f"{command[:4]} exited {proc.returncode}: {stderr[-2000:]}")
    return elapsed, peak


def write_rows(path: Path, rows: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["customer", "revenue", "closeDate", "probability", "stage", "activityLog"])
        for i in range(rows):
            log = '[{"activity": "call", "activityNumber": 1}]' if i % 5 == 0 else ""
            writer.writerow([f"customer {i}", i * 10, "2024-06-30", 0.5, "new", log])


class Samples:
    def __init__(self) -> None:
        self.seconds: dict[str, list[float]] = {}
        self.rss: dict[str, int] = {}

    def add(self, name: str, sample: tuple[float, int]) -> None:
        self.seconds.setdefault(name, []).append(sample[0])
        self.rss[name] = max(self.rss.get(name, 0), sample[1])

    def median(self, name: str) -> float:
        return statistics.median(self.seconds[name])


def export_round(samples: Samples, env: dict[str, str], url: str, folder: Path) -> None:
    out = folder / "out.jsonl"
    samples.add("export: list_all loop", timed([PYTHON, "-c", LIST_ALL, TOKEN, url, str(out)], env))
    baseline_bytes = out.stat().st_size
    out.unlink()
    command = [*CLI, "opportunities", "export", "--out", str(out), "-q"]
    samples.add("export: icloudready", timed(command, {**env, "ICLOUDREADY_BASE_URL": url}))
    assert out.stat().st_size == baseline_bytes, "the two exports differ"
    out.unlink()


def import_round(samples: Samples, env: dict[str, str], url: str, rows: Path) -> None:
    loop = [PYTHON, "-c", CREATE_LOOP, TOKEN, url, str(rows)]
    samples.add("import: create loop", timed(loop, env))
    for concurrency in ("4", "1"):
        for suffix in (".journal", ".errors.jsonl"):
            rows.with_name(rows.name + suffix).unlink(missing_ok=True)
        command = [*CLI, "opportunities", "import", str(rows), "-q", "--concurrency", concurrency]
        name = f"import: icloudready --concurrency {concurrency}"
        samples.add(name, timed(command, {**env, "ICLOUDREADY_BASE_URL": url}))


def report(samples: Samples, args: argparse.Namespace, small_rss: int) -> None:
    print(
        f"\n{args.records:,} records exported, {args.rows:,} rows imported; "
        f"medians of {args.rounds} interleaved rounds\n"
    )
    print("| measure | SDK in a plain loop (s) | icloudready (s) | ratio |")
    print("|---|---:|---:|---:|")
    base, ours = samples.median("export: list_all loop"), samples.median("export: icloudready")
    print(f"| export {args.records:,} to JSONL | {base:.2f} | {ours:.2f} | {ours / base:.2f}x |")
    base = samples.median("import: create loop")
    for concurrency in ("4", "1"):
        ours = samples.median(f"import: icloudready --concurrency {concurrency}")
        print(
            f"| import {args.rows:,} CSV rows, --concurrency {concurrency} | {base:.2f} "
            f"| {ours:.2f} | {ours / base:.2f}x |"
        )
    big_rss = samples.rss["export: icloudready"]
    print(
        f"\nexport peak RSS: {args.records // 10:,} records {small_rss / 1024:.1f} MiB, "
        f"{args.records:,} records {big_rss / 1024:.1f} MiB ({big_rss / small_rss:.2f}x for 10x "
        f"the records); list_all loop {samples.rss['export: list_all loop'] / 1024:.1f} MiB"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-cli-"))
    bulk_load(folder / "big.sqlite3", args.records)
    bulk_load(folder / "small.sqlite3", args.records // 10)
    servers = [
        MockProcess(db, host=HOST)
        for db in (folder / "big.sqlite3", folder / "small.sqlite3", Path(":memory:"))
    ]
    big_url, small_url, writes_url = (server.base_url for server in servers)
    env = {
        **os.environ,
        "ICLOUDREADY_API_KEY": TOKEN,
        "ICLOUDREADY_NO_PACING": "1",
        "XDG_CONFIG_HOME": str(folder / "config"),
    }
    rows = folder / "rows.csv"
    write_rows(rows, args.rows)
    samples = Samples()
    try:
        for round_no in range(args.rounds):
            export_round(samples, env, big_url, folder)
            import_round(samples, env, writes_url, rows)
            print(f"round {round_no + 1}/{args.rounds} done", file=sys.stderr)
        command = [*CLI, "opportunities", "export", "--out", str(folder / "small.jsonl"), "-q"]
        small_rss = timed(command, {**env, "ICLOUDREADY_BASE_URL": small_url})[1]
    finally:
        for server in servers:
            server.stop()
    report(samples, args, small_rss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
