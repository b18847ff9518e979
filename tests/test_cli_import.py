"""`icloudready <tag> import`: validated first, bad rows reported by line, resumable, exact."""

from __future__ import annotations

import csv
import json
import signal
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from icloudready_mock import MockProcess

from .test_cli import Cli


@pytest.fixture
def mock() -> Iterator[MockProcess]:
    process = MockProcess(Path(":memory:"))
    yield process
    process.stop()


@pytest.fixture
def cli(tmp_path: Path, mock: MockProcess) -> Cli:
    (tmp_path / "home").mkdir()
    return Cli(tmp_path / "home", mock)


def customers(mock: MockProcess) -> Counter[str]:
    """How many records each customer value has on the server."""
    found: Counter[str] = Counter()
    headers = {"Authorization": f"Bearer {mock.token}"}
    with httpx.Client(base_url=mock.base_url, headers=headers) as http:
        page = 1
        while True:
            params: dict[str, str | int] = {"limit": 100, "page": page, "fields": "customer"}
            body = http.get("/opportunities", params=params).json()
            found.update(r.get("customer") for r in body["data"])
            if page * 100 >= body["total"]:
                return found
            page += 1


BAD_KINDS = (
    ("revenue", "lots"),  # not a number: refused here
    ("closeDate", "30/06/2023"),  # not a date: refused here
    ("probability", "1.5"),  # out of the spec's range: refused by the server (422) and the dry run
    ("activityLog", "[{broken"),  # not JSON: refused here
    ("opportunityRating", "-3"),  # below the minimum: refused by the server (422) and the dry run
)
COLUMNS = [
    "customer",
    "revenue",
    "closeDate",
    "probability",
    "stage",
    "opportunityRating",
    "activityLog",
    "opportunityDescription",
]


def write_csv(path: Path, rows: int, bad_every: int) -> tuple[set[str], dict[int, str]]:
    """Good customers, and for each bad row its line number -> the field that is wrong."""
    good: set[str] = set()
    bad: dict[int, str] = {}
    line = 1
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        for i in range(rows):
            line += 1
            row = {
                "customer": f"imp-{i}",
                "revenue": str(i * 10),
                "closeDate": "2024-06-30",
                "probability": "0.5",
                "stage": "new",
                "opportunityRating": "4",
                "activityLog": '[{"activity": "call", "activityNumber": 1}]' if i % 7 == 0 else "",
                # Every 50th description spans two lines: line numbers must still be right.
                "opportunityDescription": "first line\nsecond line" if i % 50 == 3 else "plain",
            }
            if i % bad_every == bad_every - 1:
                field, value = BAD_KINDS[(i // bad_every) % len(BAD_KINDS)]
                row[field] = value
                bad[line] = field
            else:
                good.add(row["customer"])
            writer.writerow([row[c] for c in COLUMNS])
            line += row["opportunityDescription"].count("\n")
    return good, bad


def error_entries(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def wait_for_done_rows(journal: Path, count: int, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if journal.exists() and journal.read_text().count("\nD ") >= count:
            return
        time.sleep(0.01)
    raise AssertionError("the import did not get going")


def test_import_10000_rows_5_percent_bad_killed_and_resumed(
    tmp_path: Path, mock: MockProcess, cli: Cli
) -> None:
    source = tmp_path / "deals.csv"
    good, bad = write_csv(source, 10_000, bad_every=20)
    assert len(bad) == 500
    journal = tmp_path / "deals.csv.journal"
    errors = tmp_path / "bad.jsonl"

    dry = cli("opportunities", "import", str(source), "--dry-run", "--errors", str(errors))
    assert dry.returncode == 1
    report = json.loads(dry.stdout)
    # Every bad row, the range errors too: the dry run holds rows to the spec's schema.
    assert (report["rows"], report["invalid"]) == (10_000, 500)
    assert customers(mock) == Counter()  # a dry run sends nothing
    dry_errors = {(e["line"], e["field"]) for e in error_entries(errors)}
    assert dry_errors == set(bad.items()), "the dry run names each bad row's line and field"

    # Four in flight: what a crash leaves in doubt is more than one row.
    proc = cli.popen(
        "opportunities", "import", str(source), "--errors", str(errors), "--concurrency", "4"
    )
    wait_for_done_rows(journal, 3000)
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    again = cli("opportunities", "import", str(source), "--errors", str(errors))
    assert again.returncode == 2  # never a second run over an interrupted one by accident
    assert "--resume" in again.stderr

    resumed = cli(
        "opportunities",
        "import",
        str(source),
        "--errors",
        str(errors),
        "--resume",
        "--concurrency",
        "4",
        timeout=300,
    )
    assert resumed.returncode == 1, resumed.stderr  # some rows failed
    summary = json.loads(resumed.stdout)
    assert summary["already_done"] >= 3000

    on_server = customers(mock)
    assert set(on_server) == good, "every good row is in, and no bad one"
    assert max(on_server.values()) == 1, "no row was created twice"

    entries = error_entries(errors)
    assert {e["line"] for e in entries} == set(bad), "every bad row is reported with its line"
    assert {(e["line"], e["field"]) for e in entries} == dry_errors, "as the dry run said"
    assert len(entries) == len(bad), "each bad row is reported once"
    for entry in entries:
        assert entry["field"] == bad[entry["line"]]  # type: ignore[index]
        assert entry["message"]
        assert entry["row"]["customer"]  # type: ignore[index]


def test_a_crash_between_a_create_and_its_journal_entry_does_not_duplicate(
    tmp_path: Path, mock: MockProcess, cli: Cli
) -> None:
    source = tmp_path / "few.jsonl"
    source.write_text(
        "".join(json.dumps({"customer": f"few-{i}", "revenue": i}) + "\n" for i in range(20))
    )
    first = cli("opportunities", "import", str(source))
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["created"] == 20

    # As if the process died after the server created lines 3, 4 and 5 but before their
    # D entries reached the journal (their P entries are there), and before line 6 was sent
    # at all (its record is deleted, so the server never had it).
    journal = tmp_path / "few.jsonl.journal"
    lines = journal.read_text().splitlines(keepends=True)
    record_6 = next(text.split()[2] for text in lines if text.startswith("D 6 "))
    kept = [t for t in lines if not t.startswith(("D 3 ", "D 4 ", "D 5 ", "D 6 ", "C "))]
    journal.write_text("".join(kept))
    assert cli("opportunities", "delete", record_6).returncode == 0

    resumed = cli("opportunities", "import", str(source), "--resume")
    assert resumed.returncode == 0, resumed.stderr
    summary = json.loads(resumed.stdout)
    assert summary["recovered_at_resume"] == 3  # found by their marker with the p filter
    assert summary["created"] == 1  # line 6, which had not reached the server
    assert summary["already_done"] == 16
    assert customers(mock) == Counter({f"few-{i}": 1 for i in range(20)})


def test_update_by_id_round_trips_an_export(tmp_path: Path, mock: MockProcess, cli: Cli) -> None:
    for i in range(5):
        assert (
            cli("opportunities", "create", "--customer", f"u-{i}", "--stage", "new").returncode == 0
        )
    exported = tmp_path / "all.jsonl"
    assert cli("opportunities", "export", "--out", str(exported), "-q").returncode == 0
    records = [json.loads(line) for line in exported.read_text().splitlines()]
    changed = tmp_path / "changed.jsonl"
    changed.write_text(
        "".join(json.dumps({**r, "stage": "won", "activityLog": []}) + "\n" for r in records)
    )
    result = cli("opportunities", "import", str(changed), "--update-by", "_id")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["updated"] == 5
    assert "read-only columns ignored: createdAt, updatedAt" in result.stderr
    listed = cli.json("opportunities", "list", "--fields", "stage")
    assert len(listed) == 5
    assert {r["stage"] for r in listed} == {"won"}


def test_unreadable_rows_and_unknown_fields_are_reported_by_line(
    tmp_path: Path, mock: MockProcess, cli: Cli
) -> None:
    source = tmp_path / "mixed.jsonl"
    source.write_text(
        '{"customer": "ok-1"}\n'
        "{not json\n"
        "\n"
        '{"customer": "ok-2", "colour": "blue"}\n'
        "[1, 2]\n"
        '{"customer": "ok-3", "close_date": "2024-01-31"}\n'
    )
    result = cli("opportunities", "import", str(source))
    assert result.returncode == 1
    entries = error_entries(tmp_path / "mixed.jsonl.errors.jsonl")
    assert [(e["line"], e["field"]) for e in entries] == [(2, ""), (4, "colour"), (5, "")]
    assert "unknown field" in str(entries[1]["message"])
    assert set(customers(mock)) == {"ok-1", "ok-3"}
    record = cli.json("opportunities", "list", "--p", "customer:ok-3")[0]
    assert record["closeDate"] == "2024-01-31"  # snake_case column names work too


def test_a_csv_with_an_unknown_column_is_refused_before_anything_is_sent(
    tmp_path: Path, mock: MockProcess, cli: Cli
) -> None:
    source = tmp_path / "typo.csv"
    source.write_text("customer,revenu\nc1,10\n")
    result = cli("opportunities", "import", str(source))
    assert result.returncode == 2
    assert "unknown column(s) revenu" in result.stderr
    assert customers(mock) == Counter()
