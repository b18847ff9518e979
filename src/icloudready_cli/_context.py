"""What every command shares: connection options, the client they make, output.

The options ``--profile``, ``--base-url``, ``--no-pacing``... are accepted before the
command (``icloudready --profile local opportunities list``) and on it; the later wins.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import click
from rich.console import Console

import icloudready

from . import _config, _output
from ._surface import pacing_defaults

ENV_NO_PACING = "ICLOUDREADY_NO_PACING"


@dataclass(frozen=True)
class State:
    profile: str | None = None
    base_url: str | None = None
    no_pacing: bool = False
    timeout: float | None = None
    max_retries: int | None = None
    verbose: int = 0

    def merged(self, **given: Any) -> State:
        """Options given on a subcommand win over the same options given before it."""
        values = {
            k: v
            for k, v in given.items()
            if v is not None and v is not False and not (k == "verbose" and v == 0)
        }
        return replace(self, **values)

    @property
    def pacing(self) -> tuple[int | None, int | None]:
        if self.no_pacing or os.environ.get(ENV_NO_PACING, "") not in {"", "0", "false"}:
            return None, None
        return pacing_defaults()

    def settings(self) -> _config.Settings:
        return _config.resolve(self.profile, self.base_url)

    def client(self) -> icloudready.Client:
        settings = self.settings()
        per_minute, per_hour = self.pacing
        options: dict[str, Any] = {"rate_limit": per_minute, "hourly_rate_limit": per_hour}
        if self.timeout is not None:
            options["timeout"] = self.timeout
        if self.max_retries is not None:
            options["max_retries"] = self.max_retries
        return icloudready.Client(token=settings.token, base_url=settings.base_url, **options)


def stderr_console() -> Console:
    return Console(stderr=True, highlight=False)


def connection_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """--profile, --base-url, --no-pacing...: accepted before the command and on it."""
    options = [
        click.option("--profile", help="Profile from the config file (cloud, on-premise, local)."),
        click.option("--base-url", help="API base URL, e.g. http://127.0.0.1:8000/api/v2."),
        click.option(
            "--no-pacing",
            is_flag=True,
            default=False,
            help=f"Do not pace to the API's rate limits (local mock only; or {ENV_NO_PACING}=1).",
        ),
        click.option("--timeout", type=float, help="Seconds per request attempt."),
        click.option("--max-retries", type=int, help="Retries of a failed request."),
        click.option("-v", "--verbose", count=True, help="Log requests on stderr (-vv: bodies)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def command_state(ctx: click.Context, given: dict[str, Any]) -> State:
    base = ctx.find_object(State) or State()
    state = base.merged(**{k: given.pop(k, None) for k in list(State.__dataclass_fields__)})
    setup_logging(state.verbose)
    return state


def setup_logging(verbose: int) -> None:
    if verbose:
        if verbose > 1:
            os.environ["ICLOUDREADY_LOG"] = "debug"
        logging.basicConfig(
            stream=sys.stderr,
            level=logging.DEBUG if verbose > 1 else logging.INFO,
            format="%(levelname)s %(name)s: %(message)s",
        )


def output_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "-o",
        "--output",
        type=click.Choice(_output.FORMATS),
        help="table (default on a terminal), json (default otherwise), jsonl or csv.",
    )(func)


def emit(data: Any, fmt: str | None, *, secrets_shown: bool = False) -> None:
    plain = _output.plain(data)
    if not secrets_shown:
        plain = _output.redact(plain)
    _output.write(plain, fmt or _output.default_format(sys.stdout))
