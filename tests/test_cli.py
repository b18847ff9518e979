"""The `icloudready` command as users run it: a subprocess against the mock process.

Pacing is off through ICLOUDREADY_NO_PACING (the mock runs without its rate limit), and
each test gets its own HOME and XDG_CONFIG_HOME so no real config is read or written.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from icloudready_mock import MockProcess

SAMPLE_ID = "609a8f85c2834915d0a5a5e9"


class Cli:
    """Runs ``python -m icloudready_cli`` with a clean environment pointed at one mock."""

    def __init__(self, home: Path, mock: MockProcess | None) -> None:
        self.home = home
        self.env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith("ICLOUDREADY_") and k not in {"NO_COLOR", "FORCE_COLOR"}
        }
        self.env.update(
            {
                "HOME": str(home),
                "XDG_CONFIG_HOME": str(home / ".config"),
                "ICLOUDREADY_NO_PACING": "1",
                "PYTHONUNBUFFERED": "1",
                "COLUMNS": "200",
            }
        )
        if mock is not None:
            self.env["ICLOUDREADY_BASE_URL"] = mock.base_url
            self.env["ICLOUDREADY_API_KEY"] = mock.token

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "icloudready_cli", *args]

    def __call__(
        self,
        *args: str,
        input: str | None = None,
        env: dict[str, str] | None = None,
        cwd: Path | None = None,
        timeout: float = 120,
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.command(*args),
            input=input if input is not None else "",
            capture_output=True,
            text=True,
            env={**self.env, **(env or {})},
            cwd=cwd or self.home,
            timeout=timeout,
            check=False,
        )

    def json(self, *args: str, **kwargs: Any) -> Any:
        result = self(*args, "--output", "json", **kwargs)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    def popen(self, *args: str, cwd: Path | None = None) -> subprocess.Popen[str]:
        return subprocess.Popen(
            self.command(*args),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=self.env,
            cwd=cwd or self.home,
        )


@pytest.fixture(scope="module")
def shared_mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockProcess]:
    process = MockProcess(Path(":memory:"))
    yield process
    process.stop()


@pytest.fixture
def cli(tmp_path: Path, shared_mock: MockProcess) -> Cli:
    (tmp_path / "home").mkdir()
    return Cli(tmp_path / "home", shared_mock)


def test_help_lists_every_resource_and_operation_with_examples(cli: Cli) -> None:
    top = cli("--help")
    assert top.returncode == 0
    assert "opportunities" in top.stdout
    assert "auth" in top.stdout
    assert "Examples:" in top.stdout
    group = cli("opportunities", "--help")
    for command in (
        "list",
        "create",
        "create-without-activity",
        "update-multiple",
        "retrieve",
        "update",
        "patch",
        "delete",
        "export",
        "import",
    ):
        assert f"  {command} " in group.stdout, command
    create = cli("opportunities", "create", "--help")
    assert "--close-date" in create.stdout
    assert "YYYY-MM-DD" in create.stdout
    assert "Id of the customer." in create.stdout  # the spec's description, via the SDK
    assert "Examples:" in create.stdout
    listing = cli("opportunities", "list", "--help")
    sort_by = next(line for line in listing.stdout.splitlines() if "--sort-by [" in line)
    # The SDK's snake_case names (it sends the API's: created_at -> createdAt).
    assert {"created_at", "revenue", "opportunity_rating"} <= set(
        sort_by.split("[")[1][:-1].split("|")
    )
    assert "--all" in listing.stdout


def test_version_and_completion(cli: Cli) -> None:
    version = cli("--version")
    assert version.returncode == 0
    assert version.stdout.startswith("icloudready, version ")
    script = cli("completion", "bash")
    assert script.returncode == 0
    assert "_ICLOUDREADY_COMPLETE" in script.stdout
    completed = cli(
        env={
            "_ICLOUDREADY_COMPLETE": "bash_complete",
            "COMP_WORDS": "icloudready opp",
            "COMP_CWORD": "1",
        }
    )
    assert "opportunities" in completed.stdout
    choices = cli(
        env={
            "_ICLOUDREADY_COMPLETE": "bash_complete",
            "COMP_WORDS": "icloudready opportunities list --order ",
            "COMP_CWORD": "4",
        }
    )
    assert "asc" in choices.stdout
    assert "desc" in choices.stdout


def test_every_operation_end_to_end(cli: Cli, tmp_path: Path) -> None:
    created = cli.json(
        "opportunities",
        "create",
        "--customer",
        "609a8f85c2834915d0a5a5e1",
        "--revenue",
        "1000",
        "--close-date",
        "2023-06-30",
        "--probability",
        "0.75",
        "--opportunity-information",
        '{"region": "EMEA"}',
        "--activity-log",
        '[{"activity": "call", "activityNumber": 1}]',
    )
    record_id = created["_id"]
    assert created["closeDate"] == "2023-06-30"
    assert created["opportunityInformation"] == {"region": "EMEA"}
    assert created["activityLog"][0]["activity"] == "call"
    assert len(created["activityLog"]) == 2  # create appends its own entry

    documents = tmp_path / "docs.json"
    documents.write_text('[{"uploadDate": "2023-04-18", "fileUrl": "https://example.com/a.pdf"}]')
    quiet = cli.json(
        "opportunities",
        "create-without-activity",
        "--customer",
        "c2",
        "--documents",
        f"@{documents}",
    )
    assert "activityLog" not in quiet
    assert quiet["documents"][0]["fileUrl"] == "https://example.com/a.pdf"

    assert cli.json("opportunities", "retrieve", record_id)["revenue"] == 1000
    assert cli.json("opportunities", "patch", record_id, "--stage", "won")["stage"] == "won"
    # A list of strings as JSON; `null` clears a field the spec lets clear.
    noted = cli.json("opportunities", "patch", record_id, "--notes", '["call back"]')
    assert noted["notes"] == ["call back"]
    assert "revenue" not in cli.json("opportunities", "patch", record_id, "--revenue", "null")
    assert cli.json("opportunities", "patch", record_id, "--revenue", "1000")["revenue"] == 1000
    updated = cli.json("opportunities", "update", record_id, "--status", "active")
    assert (updated["status"], updated["stage"]) == ("active", "won")

    bulk = cli.json(
        "opportunities",
        "update-multiple",
        "--ids",
        f"{record_id},{quiet['_id']}",
        "--stage",
        "lost",
    )
    assert bulk["updated"] == 2
    assert cli.json("opportunities", "retrieve", quiet["_id"])["stage"] == "lost"
    listed = cli.json("opportunities", "list", "--p", "stage:lost", "--sort-by", "created_at")
    assert {r["_id"] for r in listed} >= {record_id, quiet["_id"]}
    every = cli.json("opportunities", "list", "--all", "--limit", "1", "--p", "stage:lost")
    assert len(every) == len(listed)
    streamed = cli(
        "opportunities", "list", "--all", "--limit", "1", "--p", "stage:lost", "-o", "jsonl"
    )
    assert [json.loads(line) for line in streamed.stdout.splitlines()] == every

    deleted = cli("opportunities", "delete", quiet["_id"])
    assert deleted.returncode == 0
    assert deleted.stdout == ""
    gone = cli("opportunities", "retrieve", quiet["_id"])
    assert gone.returncode == 1
    assert "404" in gone.stderr
    assert "request id" in gone.stderr


def test_sign_in_operation_never_shows_the_token(cli: Cli) -> None:
    result = cli.json("auth", "sign-in", "--email", "admin@example.com", "--password", "secret")
    assert result["accessToken"] == "***"


def test_table_json_jsonl_and_csv_output(cli: Cli) -> None:
    for revenue in ("10", "20"):
        cli.json("opportunities", "create", "--customer", "fmt-test", "--revenue", revenue)
    query = ("opportunities", "list", "--p", "customer:fmt-test", "--fields", "customer,revenue")
    as_json = cli.json(*query)
    assert [r["revenue"] for r in as_json] == [20, 10]
    lines = cli(*query, "--output", "jsonl").stdout.splitlines()
    assert [json.loads(line)["revenue"] for line in lines] == [20, 10]
    csv_text = cli(*query, "--output", "csv").stdout.splitlines()
    assert csv_text[0] == "_id,customer,revenue"
    assert float(csv_text[1].split(",")[2]) == 20
    assert csv_text[1].split(",")[1] == "fmt-test"
    table = cli(*query, "--output", "table").stdout
    assert "customer" in table
    assert "fmt-test" in table
    assert "┃" in table or "|" in table
    assert cli(*query).stdout.lstrip().startswith("[")  # not a terminal: JSON by default


def test_no_color_is_respected(cli: Cli) -> None:
    query = ("opportunities", "list", "--limit", "1", "--output", "table")
    colored = cli(*query, env={"FORCE_COLOR": "1", "TERM": "xterm-256color"})
    assert "\x1b[" in colored.stdout
    plain = cli(*query, env={"FORCE_COLOR": "1", "TERM": "xterm-256color", "NO_COLOR": "1"})
    assert "\x1b[" not in plain.stdout.replace("\x1b[1m", "").replace("\x1b[0m", "")


def test_exit_codes(cli: Cli) -> None:
    assert cli("opportunities", "list", "--limit", "1").returncode == 0
    missing = cli("opportunities", "retrieve", SAMPLE_ID)
    assert missing.returncode == 1
    assert missing.stdout == ""
    assert missing.stderr.startswith("icloudready: error: 404")
    assert "Traceback" not in missing.stderr
    invalid = cli("opportunities", "create", "--probability", "7")
    assert invalid.returncode == 1
    assert "probability" in invalid.stderr
    assert cli("opportunities", "list", "--order", "sideways").returncode == 2
    assert cli("opportunities", "create", "--revenue", "lots").returncode == 2
    assert cli("opportunities", "create", "--close-date", "tomorrow").returncode == 2
    assert cli("opportunities", "nosuchcommand").returncode == 2
    assert cli("opportunities", "retrieve").returncode == 2
    route = cli("opportunities", "retrieve", "multiple")  # another route's segment
    assert route.returncode == 2
    assert "different endpoint" in route.stderr
    bad_json = cli("opportunities", "create", "--activity-log", "[not json")
    assert bad_json.returncode == 2
    assert "activity" in bad_json.stderr
    unauthorized = cli("opportunities", "list", env={"ICLOUDREADY_API_KEY": "wrong"})
    assert unauthorized.returncode == 1
    assert "icloudready login" in unauthorized.stderr
    refused = cli(
        "opportunities", "list", env={"ICLOUDREADY_BASE_URL": "http://127.0.0.1:9/api/v2"}
    )
    assert refused.returncode == 1
    assert "Connection error" in refused.stderr


def test_login_profiles_and_the_token_file(tmp_path: Path, shared_mock: MockProcess) -> None:
    home = tmp_path / "home"
    home.mkdir()
    cli = Cli(home, None)  # no ICLOUDREADY_API_KEY / BASE_URL: only the config file
    assert (
        cli(
            "opportunities", "list", "--profile", "local", "--base-url", shared_mock.base_url
        ).returncode
        == 1
    )

    login = cli(
        "login",
        "--profile",
        "mock",
        "--base-url",
        shared_mock.base_url,
        "--email",
        "admin@example.com",
        input="secret\n",
    )
    assert login.returncode == 0, login.stderr
    config = home / ".config" / "icloudready" / "config.json"
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    assert stat.S_IMODE(config.parent.stat().st_mode) == 0o700
    token = json.loads(config.read_text())["profiles"]["mock"]["token"]
    assert token
    assert token not in login.stdout + login.stderr

    assert cli("opportunities", "list", "--limit", "1").returncode == 0  # the default profile now
    profiles = cli.json("profile", "list")
    names = {p["profile"]: p for p in profiles}
    assert set(names) >= {"cloud", "on-premise", "local", "mock"}
    assert names["mock"]["default"] is True
    assert names["mock"]["credentials"] == "stored"
    assert token not in json.dumps(profiles)
    assert names["cloud"]["base_url"].startswith("https://")

    wrong = cli("login", "--profile", "mock", "--email", "admin@example.com", input="nope\n")
    assert wrong.returncode == 1

    with_key = cli(
        "login",
        "--profile",
        "premise",
        "--base-url",
        shared_mock.base_url,
        "--with-token",
        "--no-default",
        input=f"{shared_mock.token}\n",
    )
    assert with_key.returncode == 0
    assert cli("opportunities", "list", "--profile", "premise", "--limit", "1").returncode == 0
    assert cli("profile", "use", "premise").returncode == 0
    assert cli.json("profile", "list")[-1]["default"] in {True, False}
    assert cli("profile", "use", "nosuch").returncode == 2

    # The environment wins over the file.
    assert cli("opportunities", "list", env={"ICLOUDREADY_API_KEY": "wrong"}).returncode == 1
    assert cli("opportunities", "list", "--profile", "nosuch").returncode == 2
    assert cli("opportunities", "list", "--profile", "on-premise").returncode == 2

    assert cli("logout", "--profile", "premise").returncode == 0
    assert cli("opportunities", "list", "--profile", "premise").returncode == 1
    assert "token" not in json.loads(config.read_text())["profiles"]["premise"]
