"""The command tree: ``icloudready <tag> <method>``, built from the operation table.

Click (not argparse) for nested commands built at run time, typed options with choices, and
shell completion; Typer's decorators would need the functions written out, which is what
this module avoids. Groups are lazy: only the commands of the tag named are built.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from typing import Any

import click

from ._account import completion, login, logout, profile
from ._bulk import export_command, import_command
from ._context import State, connection_options
from ._operations import operation_command
from ._surface import command_name, resource, resources


def _version() -> str:
    try:
        return version("icloudready")
    except PackageNotFoundError:
        return "unknown"


class ResourceGroup(click.Group):
    """``icloudready <tag>``: one command per SDK method, plus export and import."""

    def __init__(self, tag: str) -> None:
        res = resource(tag)
        super().__init__(tag.replace("_", "-"), help=res.description or f"The {tag} operations.")
        self.tag = tag

    def _commands(self) -> dict[str, Callable[[], click.Command]]:
        res = resource(self.tag)
        found: dict[str, Callable[[], click.Command]] = {
            command_name(op.name): functools.partial(operation_command, op)
            for op in res.operations.values()
        }
        collection = res.collection
        if collection is None:
            return found
        listing = res.operation(collection.list)
        if listing is not None:
            found["export"] = lambda: export_command(res, listing)
        create = res.operation(collection.import_create or collection.create)
        if create is not None:
            update = res.operation(collection.patch) or res.operation(collection.replace)
            found["import"] = lambda: import_command(res, create, update, listing)
        return found

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self._commands())

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        make = self._commands().get(cmd_name)
        return make() if make else None


class RootGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*super().list_commands(ctx), *(t.replace("_", "-") for t in resources())]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            return command
        tag = cmd_name.replace("-", "_")
        return ResourceGroup(tag) if tag in resources() else None


ROOT_HELP = """Every operation of the iCloudReady API from the shell.

\b
Examples:
  icloudready login --profile local --base-url http://127.0.0.1:8000/api/v2
  icloudready opportunities list --q villa --sort-by revenue --order desc --limit 50
  icloudready opportunities retrieve 609a8f85c2834915d0a5a5e9 --output json
  icloudready opportunities create --customer 609a8f85c2834915d0a5a5e1 --revenue 1000
  icloudready opportunities patch 609a8f85c2834915d0a5a5e9 --stage won
  icloudready opportunities update-multiple --ids ID1,ID2 --stage won
  icloudready opportunities export --out all.jsonl      (Ctrl-C, then --resume)
  icloudready opportunities import deals.csv --dry-run

\b
Data goes to stdout (a table on a terminal, JSON otherwise; --output json|jsonl|csv|table),
progress and messages to stderr. Exit codes: 0 ok, 1 API error (or rows that failed),
2 usage error. Environment: ICLOUDREADY_API_KEY, ICLOUDREADY_BASE_URL, ICLOUDREADY_PROFILE,
ICLOUDREADY_NO_PACING, NO_COLOR. Completion: eval "$(icloudready completion bash)".
"""


@click.group(
    cls=RootGroup, help=ROOT_HELP, context_settings={"help_option_names": ["-h", "--help"]}
)
@click.version_option(_version(), "--version", prog_name="icloudready")
@connection_options
@click.pass_context
def cli(ctx: click.Context, /, **given: Any) -> None:
    ctx.obj = State().merged(**given)


for command in (login, logout, profile, completion):
    cli.add_command(command)
