"""Load through wrk (C, epoll, one thread): the load generator costs the server little CPU.

``find()`` returns wrk's path, installing Debian's package when it can (root with
apt-get); ``None`` when there is no wrk, and the benchmark falls back to ``_load.py``.
A scenario may rotate over many paths (a Lua script), so that a result cache keyed by the
exact request cannot stand in for the work a real client causes.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


@dataclass(frozen=True)
class WrkResult:
    rps: float
    p50: float  # ms
    p99: float  # ms
    errors: int  # non-2xx/3xx answers and socket errors
    requests: int


def find(install: bool = True) -> str | None:
    """wrk's path; installs Debian's ``wrk`` first when missing and allowed (root, apt-get)."""
    found = shutil.which("wrk")
    if found or not install or os.geteuid() != 0 or not shutil.which("apt-get"):
        return found
    get = ["apt-get", "install", "-y", "-qq", "wrk"]
    for steps in ([get], [["apt-get", "update", "-qq"], get]):  # the package list may be old
        for command in steps:
            subprocess.run(command, check=False, capture_output=True, timeout=600)
        found = shutil.which("wrk")
        if found:
            return found
    return None


def _ms(text: str) -> float:
    match = re.fullmatch(r"([0-9.]+)(us|ms|s|m)", text.strip())
    if not match:
        raise ValueError(f"unreadable wrk latency {text!r}")
    return float(match.group(1)) * _UNITS[match.group(2)]


def parse(output: str) -> WrkResult:
    rps = float(re.search(r"Requests/sec:\s+([0-9.]+)", output).group(1))  # type: ignore[union-attr]
    requests = int(re.search(r"(\d+) requests in", output).group(1))  # type: ignore[union-attr]
    percentiles = dict(re.findall(r"^\s+(50|99)\.000%\s+(\S+)", output, re.MULTILINE))
    if not percentiles:  # wrk without HdrHistogram's detail: the --latency summary
        percentiles = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", output, re.MULTILINE))
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    socket = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    errors = int(non_2xx.group(1)) if non_2xx else 0
    if socket:
        errors += sum(int(n) for n in socket.groups())
    return WrkResult(rps, _ms(percentiles["50"]), _ms(percentiles["99"]), errors, requests)


def run(
    wrk: str,
    base: str,
    paths: list[str],
    token: str,
    *,
    connections: int = 16,
    seconds: float = 4.0,
) -> WrkResult:
    """``paths`` (on ``base``, e.g. ``http://127.0.0.1:8000``) in turn on ``connections``."""
    script = "\n".join(
        [
            "local paths = {" + ",".join(_lua_string(p) for p in paths) + "}",
            "local i = 0",
            "request = function()",
            "  i = i + 1",
            '  return wrk.format("GET", paths[(i % #paths) + 1])',
            "end",
        ]
    )
    with tempfile.TemporaryDirectory() as folder:
        lua = Path(folder) / "paths.lua"
        lua.write_text(script)
        done = subprocess.run(
            [
                wrk,
                "-t1",
                f"-c{connections}",
                f"-d{max(1, round(seconds))}s",
                "--latency",
                "--timeout",
                "30s",
                "-H",
                f"Authorization: Bearer {token}",
                "-H",
                "Accept: application/json",
                "-s",
                str(lua),
                base + paths[0],
            ],
            check=True,
            capture_output=True,
            text=True,
            timeout=seconds + 60,
        )
    return parse(done.stdout)


def _lua_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
