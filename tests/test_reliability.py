"""Crash safety and concurrency of the mock, measured over real HTTP against real processes."""

from __future__ import annotations

import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from icloudready_mock import MockProcess

from ._data import scalar_inputs


def test_kill_9_during_writes_loses_no_acknowledged_write(tmp_path: Path) -> None:
    db = tmp_path / "crash.sqlite3"
    mock = MockProcess(db)
    headers = {"Authorization": f"Bearer {mock.token}"}
    acknowledged: list[str] = []
    stop = threading.Event()

    def writer(worker: int) -> None:
        with httpx.Client(base_url=mock.base_url, headers=headers, timeout=5) as client:
            for i in range(100_000):
                if stop.is_set():
                    return
                try:
                    response = client.post(
                        "/opportunities", json={"customer": f"w{worker}-{i}", "notes": ["x" * 200]}
                    )
                except httpx.TransportError:
                    return
                if response.status_code == 201:
                    acknowledged.append(response.json()["_id"])

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    time.sleep(1.5)
    mock.kill()  # SIGKILL mid-stream: no shutdown handler runs
    stop.set()
    for thread in threads:
        thread.join()
    assert len(acknowledged) > 50

    restarted = MockProcess(db)
    try:
        with httpx.Client(base_url=restarted.base_url, headers=headers) as client:
            total = client.get("/opportunities", params={"limit": 1}).json()["total"]
            # Every acknowledged write is there; at most the 4 in flight were also committed.
            assert len(acknowledged) <= total <= len(acknowledged) + 4
            for record_id in acknowledged[-50:]:
                record = client.get(f"/opportunities/{record_id}")
                assert record.status_code == 200
                assert json.loads(record.text)["notes"] == ["x" * 200]  # nothing half-written
    finally:
        restarted.stop()


def test_sixteen_parallel_creators_give_exactly_the_expected_count(
    mock_process: MockProcess,
) -> None:
    headers = {"Authorization": f"Bearer {mock_process.token}"}

    def create_many(worker: int) -> int:
        with httpx.Client(base_url=mock_process.base_url, headers=headers) as client:
            return sum(
                client.post("/opportunities", json={"customer": f"{worker}-{i}"}).status_code == 201
                for i in range(25)
            )

    with ThreadPoolExecutor(16) as pool:
        created = sum(pool.map(create_many, range(16)))
    assert created == 16 * 25
    total = httpx.get(f"{mock_process.base_url}/opportunities", headers=headers).json()["total"]
    assert total == 16 * 25


def test_concurrent_patches_of_different_fields_lose_none(mock_process: MockProcess) -> None:
    headers = {"Authorization": f"Bearer {mock_process.token}"}
    base = mock_process.base_url
    record = httpx.post(f"{base}/opportunities", json={}, headers=headers).json()
    fields = scalar_inputs()
    assert len(fields) > 10

    def patch(item: tuple[str, object]) -> int:
        with httpx.Client(headers=headers) as client:
            return client.patch(
                f"{base}/opportunities/{record['_id']}", json=dict([item])
            ).status_code

    with ThreadPoolExecutor(16) as pool:
        assert set(pool.map(patch, fields.items())) == {200}
    final = httpx.get(f"{base}/opportunities/{record['_id']}", headers=headers).json()
    assert {name: final.get(name) for name in fields} == fields
