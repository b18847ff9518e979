"""`icloudready <tag> export`: exactly once, resumable, and exact while others write."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from array import array
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from icloudready_cli._export import ExportError, export, next_request
from icloudready_mock import MockProcess
from icloudready_runtime._seen import SeenIds

from .test_cli import Cli


def seed(mock: MockProcess, count: int, *, prefix: str = "seed") -> list[str]:
    """``count`` records through the API (4 connections); their ids in creation order."""
    headers = {"Authorization": f"Bearer {mock.token}"}

    def create_range(start: int, stop: int) -> list[tuple[int, str]]:
        with httpx.Client(base_url=mock.base_url, headers=headers) as http:
            out = []
            for i in range(start, stop):
                body = {"customer": f"{prefix}-{i}", "revenue": i, "stage": "new"}
                out.append((i, http.post("/opportunities", json=body).json()["_id"]))
            return out

    step = (count + 3) // 4
    with ThreadPoolExecutor(4) as pool:
        parts = pool.map(lambda s: create_range(s, min(count, s + step)), range(0, count, step))
    return [record_id for _, record_id in sorted(p for part in parts for p in part)]


def server_ids(mock: MockProcess) -> set[str]:
    headers = {"Authorization": f"Bearer {mock.token}"}
    found: set[str] = set()
    with httpx.Client(base_url=mock.base_url, headers=headers) as http:
        page = 1
        while True:
            body = http.get(
                "/opportunities", params={"limit": 100, "page": page, "fields": "stage"}
            ).json()
            found.update(r["_id"] for r in body["data"])
            if page * 100 >= body["total"]:
                return found
            page += 1


def jsonl_ids(path: Path) -> list[str]:
    return [json.loads(line)["_id"] for line in path.read_text().splitlines()]


@pytest.fixture(scope="module")
def seeded() -> Iterator[tuple[MockProcess, list[str]]]:
    """One mock with 10,000 records for the module (seeding is most of these tests' time)."""
    process = MockProcess(Path(":memory:"))
    yield process, seed(process, 10_000)
    process.stop()


@pytest.fixture
def mock(seeded: tuple[MockProcess, list[str]]) -> MockProcess:
    return seeded[0]


@pytest.fixture
def cli(tmp_path: Path, mock: MockProcess) -> Cli:
    (tmp_path / "home").mkdir()
    return Cli(tmp_path / "home", mock)


# -- the walk itself, against an adversary that writes between every two pages ----------


@dataclass
class FakeRecord:
    id: str

    def to_dict(self) -> dict[str, Any]:
        return {"_id": self.id}


@dataclass
class FakePage:
    items: list[FakeRecord]
    total: int


class ChurningList:
    """An ascending list that, before each read, deletes some records and appends others."""

    def __init__(self, size: int, seed: int, *, deletes: int, inserts: int) -> None:
        self.rng = random.Random(seed)
        self.records = [f"r{i:06d}" for i in range(size)]
        self.initial = list(self.records)
        self.deleted: set[str] = set()
        self.next_id = size
        self.deletes, self.inserts = deletes, inserts
        self.reads = 0
        self.fail_at: int | None = None

    def churn(self) -> None:
        for _ in range(self.rng.randint(0, self.deletes)):
            if self.records:
                # Mostly near the front, where deletes shift pages already read.
                index = min(int(self.rng.expovariate(1 / 200)), len(self.records) - 1)
                self.deleted.add(self.records.pop(index))
        for _ in range(self.rng.randint(0, self.inserts)):
            self.records.append(f"r{self.next_id:06d}")
            self.next_id += 1

    def fetch(self, *, page: int, limit: int, order: str) -> FakePage:
        assert order == "asc"
        self.reads += 1
        if self.fail_at is not None and self.reads >= self.fail_at:
            raise ConnectionError("network gone")
        self.churn()
        offset = (page - 1) * limit
        return FakePage(
            [FakeRecord(i) for i in self.records[offset : offset + limit]], len(self.records)
        )

    def present_throughout(self) -> set[str]:
        return set(self.initial) - self.deleted


def naive_walk(source: ChurningList, limit: int) -> list[str]:
    """page + 1 with id dedup (what list_all does): right without writers, not with them."""
    seen: list[str] = []
    page = 1
    while True:
        result = source.fetch(page=page, limit=limit, order="asc")
        seen.extend(r.id for r in result.items if r.id not in seen)
        if len(result.items) < limit:
            return seen
        page += 1


@pytest.mark.parametrize("seed_value", range(12))
def test_every_record_present_throughout_is_written_once_under_churn(
    tmp_path: Path, seed_value: int
) -> None:
    source = ChurningList(3000, seed_value, deletes=6, inserts=6)
    out = tmp_path / "out.jsonl"
    result = export(
        source.fetch,
        out=out,
        fmt="jsonl",
        columns=[],
        query={"order": "asc"},
        page_size=100,
        resume=False,
    )
    written = jsonl_ids(out)
    assert len(written) == len(set(written)), "an id was written twice"
    assert source.present_throughout() <= set(written), "a record present throughout is missing"
    assert result.written == len(written)
    assert not out.with_name("out.jsonl.checkpoint.json").exists()


def test_the_same_churn_makes_a_plain_page_walk_miss_records() -> None:
    # The adversary above is strong enough to matter: page + 1 loses records under it.
    missed = 0
    for seed_value in range(12):
        source = ChurningList(3000, seed_value, deletes=6, inserts=6)
        missed += len(source.present_throughout() - set(naive_walk(source, 100)))
    assert missed > 50


def test_overlapping_requests_always_reread_the_last_record() -> None:
    for position in range(1, 5000):
        page, limit, offset = next_request(position, 100)
        assert offset == (page - 1) * limit
        assert offset <= position - 1 < offset + limit  # the last record written comes back
        assert offset + limit > position  # and something new can
        assert 50 <= limit <= 100


def test_a_crash_at_any_page_then_resume_is_exact(tmp_path: Path) -> None:
    for crash_at in (2, 7, 19):
        source = ChurningList(1500, crash_at, deletes=4, inserts=4)
        source.fail_at = crash_at
        out = tmp_path / f"crash{crash_at}.jsonl"
        with pytest.raises(ConnectionError):
            export(
                source.fetch,
                out=out,
                fmt="jsonl",
                columns=[],
                query={"order": "asc"},
                page_size=50,
                resume=False,
            )
        # Bytes after the checkpoint (a half-written page) are cut off at resume.
        with out.open("a") as handle:
            handle.write('{"_id": "half-writ')
        source.fail_at = None
        result = export(
            source.fetch,
            out=out,
            fmt="jsonl",
            columns=[],
            query={"order": "asc"},
            page_size=50,
            resume=True,
        )
        assert result.resumed
        written = jsonl_ids(out)
        assert len(written) == len(set(written))
        assert source.present_throughout() <= set(written)


def test_resume_refuses_a_checkpoint_of_another_query(tmp_path: Path) -> None:
    source = ChurningList(500, 1, deletes=0, inserts=0)
    source.fail_at = 3
    out = tmp_path / "x.jsonl"
    with pytest.raises(ConnectionError):
        export(
            source.fetch,
            out=out,
            fmt="jsonl",
            columns=[],
            query={"order": "asc"},
            page_size=50,
            resume=False,
        )
    with pytest.raises(ExportError, match="another export"):
        export(
            source.fetch,
            out=out,
            fmt="jsonl",
            columns=[],
            query={"order": "asc", "q": "x"},
            page_size=50,
            resume=True,
        )


# -- the command against the mock process ------------------------------------------------


def wait_for(condition: Callable[[], bool], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


def test_export_10000_killed_then_resumed_is_exact(
    tmp_path: Path, mock: MockProcess, cli: Cli
) -> None:
    ids = sorted(server_ids(mock))
    assert len(ids) == 10_000
    out = tmp_path / "all.jsonl"
    checkpoint = tmp_path / "all.jsonl.checkpoint.json"
    # Small pages, so that the kill lands in the middle.
    proc = cli.popen("opportunities", "export", "--out", str(out), "--page-size", "20")

    def midway() -> bool:
        if not checkpoint.exists():
            return False
        try:
            return int(json.loads(checkpoint.read_text())["written"]) > 1000
        except ValueError:
            return False  # caught between write and rename: not possible, but never flaky

    wait_for(midway)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert checkpoint.exists()

    again = cli("opportunities", "export", "--out", str(out))
    assert again.returncode == 2  # an unfinished export is never overwritten silently
    assert "--resume" in again.stderr
    resumed = cli("opportunities", "export", "--out", str(out), "--page-size", "20", "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert "(resumed)" in resumed.stderr
    written = jsonl_ids(out)
    assert len(written) == len(set(written)) == 10_000
    assert set(written) == set(ids)
    assert not checkpoint.exists()


CHURN = """
import json, random, sys, time, httpx
base, token, ids_file, log_file, stop_file = sys.argv[1:6]
ids = json.load(open(ids_file))
rng = random.Random(7)
http = httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"})
log = open(log_file, "w")
import os
n = 0
while not os.path.exists(stop_file) and n < 20000:
    n += 1
    if rng.random() < 0.5 and ids:
        # Mostly early records: their deletes shift every page after them.
        victim = ids.pop(min(int(rng.expovariate(1 / 1500)), len(ids) - 1))
        http.delete(f"/opportunities/deleted/{victim}")
        log.write(json.dumps(["deleted", victim]) + "\\n")
    else:
        new = http.post("/opportunities", json={"customer": "churn", "stage": "new"}).json()
        log.write(json.dumps(["created", new["_id"]]) + "\\n")
    log.flush()
"""


def test_export_while_another_process_inserts_and_deletes(
    tmp_path: Path, mock: MockProcess, cli: Cli
) -> None:
    # Last in the module: it changes the records.
    ids = sorted(server_ids(mock))
    (tmp_path / "ids.json").write_text(json.dumps(ids))
    stop = tmp_path / "stop"
    log = tmp_path / "churn.log"
    churn = subprocess.Popen(
        [
            sys.executable,
            "-c",
            CHURN,
            mock.base_url,
            mock.token,
            str(tmp_path / "ids.json"),
            str(log),
            str(stop),
        ],
    )
    try:
        wait_for(lambda: log.exists() and log.stat().st_size > 2000)
        out = tmp_path / "all.csv"
        result = cli("opportunities", "export", "--out", str(out), "--page-size", "25")
        assert result.returncode == 0, result.stderr
    finally:
        stop.touch()
        churn.wait(30)
    events = [json.loads(line) for line in log.read_text().splitlines()]
    deleted = {i for kind, i in events if kind == "deleted"}
    assert len(deleted) > 100, "the churn did not overlap the export"
    lines = out.read_text().splitlines()
    assert lines[0].startswith("_id,createdAt,updatedAt,customer,")
    written = [line.split(",", 1)[0] for line in lines[1:]]
    assert len(written) == len(set(written)), "an id was written twice"
    missing = set(ids) - deleted - set(written)
    assert not missing, f"{len(missing)} records present throughout are missing"
    print(result.stderr.splitlines()[-1])  # requests and step-backs, shown with -s


def test_seen_ids_remember_every_hash_across_merges() -> None:
    rng = random.Random(5)
    keys = [rng.getrandbits(64) for _ in range(20_000)]
    seen = SeenIds(array("Q", keys[:5000]))
    for key in keys[5000:]:
        assert key not in seen
        seen.add(key)
    assert all(key in seen for key in keys)
    assert sum(rng.getrandbits(64) in seen for _ in range(10_000)) == 0


def test_a_network_failure_stops_the_export_and_resume_finishes_it(
    tmp_path: Path, cli: Cli
) -> None:
    db = tmp_path / "mock.sqlite3"
    first = MockProcess(db)
    try:
        ids = seed(first, 400)
    finally:
        first.stop()
    slow = MockProcess(db, "--faults", "latency=1.0:40")  # every answer 40 ms late
    out = tmp_path / "all.jsonl"
    checkpoint = tmp_path / "all.jsonl.checkpoint.json"
    cli.env["ICLOUDREADY_BASE_URL"] = slow.base_url
    proc = cli.popen("opportunities", "export", "--out", str(out), "--page-size", "20")
    try:
        wait_for(
            lambda: checkpoint.exists() and int(json.loads(checkpoint.read_text())["written"]) >= 60
        )
    finally:
        slow.kill()  # the server goes away mid-export
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 1
    assert "Connection error" in stderr
    assert "--resume" in stderr

    back = MockProcess(db)
    try:
        cli.env["ICLOUDREADY_BASE_URL"] = back.base_url
        resumed = cli("opportunities", "export", "--out", str(out), "--page-size", "20", "--resume")
    finally:
        back.stop()
    assert resumed.returncode == 0, resumed.stderr
    written = jsonl_ids(out)
    assert len(written) == len(set(written))
    assert set(written) == set(ids)
