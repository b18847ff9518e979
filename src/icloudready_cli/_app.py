"""The command tree: ``icloudready <tag> <method>``, built from the SDK when it is invoked.

Click (not argparse) for nested commands built at run time, typed options with choices, and
shell completion; Typer's decorators would need the functions written out, which is what
this module avoids. Groups are lazy: only the resource a command names is introspected.
"""

from __future__ import annotations

import functools
import inspect
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import click
from rich.console import Console

import icloudready

from . import _config, _output
from ._export import export as run_export
from ._import import (
    MARKER_PREFERENCE,
    Importer,
    ImportResult,
    Journal,
    RowChecker,
    csv_header,
    read_rows,
)
from ._progress import Bar
from ._surface import ConversionError, Kind, Operation, Param, Resource, resource, resources
from ._surface import wire_names as model_wire_names

ENV_NO_PACING = "ICLOUDREADY_NO_PACING"
_PAGING = {"page", "limit"}
_ORDERING = {"order", "sort_by"}


def _version() -> str:
    try:
        return version("icloudready")
    except PackageNotFoundError:
        return "unknown"


def _sdk_default(name: str) -> Any:
    """A default of ``icloudready.Client`` (the pacing limits), read rather than restated."""
    return inspect.signature(icloudready.Client.__init__).parameters[name].default


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
        return _sdk_default("rate_limit"), _sdk_default("hourly_rate_limit")

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


def _connection_options(func: Callable[..., Any]) -> Callable[..., Any]:
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


def _state(ctx: click.Context, given: dict[str, Any]) -> State:
    base = ctx.find_object(State) or State()
    state = base.merged(**{k: given.pop(k, None) for k in list(State.__dataclass_fields__)})
    _logging(state.verbose)
    return state


def _logging(verbose: int) -> None:
    if verbose:
        if verbose > 1:
            os.environ["ICLOUDREADY_LOG"] = "debug"
        logging.basicConfig(
            stream=sys.stderr,
            level=logging.DEBUG if verbose > 1 else logging.INFO,
            format="%(levelname)s %(name)s: %(message)s",
        )


def _output_option(func: Callable[..., Any]) -> Callable[..., Any]:
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


# -- operations -------------------------------------------------------------------------


class _KindType(click.ParamType):  # type: ignore[type-arg]
    """Text -> the SDK's value, by the parameter's type hint (dates, JSON, @file.json...).

    Numbers too: "20" for a float parameter stays the integer 20 on the wire.
    """

    def __init__(self, kind: Kind) -> None:
        self.kind = kind
        self.name = kind.describe()

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        try:
            return self.kind.convert(value)
        except (ConversionError, OSError) as exc:
            self.fail(str(exc), param, ctx)


def click_type(kind: Kind) -> click.ParamType:  # type: ignore[type-arg]
    if kind.name == "choice":
        return click.Choice(kind.choices)
    if kind.name == "int":
        return click.INT
    if kind.name == "str":
        return click.STRING
    return _KindType(kind)


def _metavar(param: Param) -> str:
    return param.name.upper()


def _example(op: Operation) -> str:
    words = ["icloudready", op.tag.replace("_", "-"), op.command]
    for param in op.params:
        if param.positional:
            words.append(_metavar(param))
        elif param.required and param.fields:
            words.append(f"{param.fields[0].option} VALUE")
        elif param.required:
            words.append(f"{param.option} {_metavar(param)}")
    return " ".join(words)


def operation_command(op: Operation) -> click.Command:
    params: list[click.Parameter] = []
    names = {p.name for p in op.params}
    for param in op.params:
        if param.positional:
            params.append(click.Argument([param.name], type=click_type(param.kind)))
            continue
        params.append(
            click.Option(
                [param.option, param.name],
                type=click_type(param.kind),
                required=param.required and not param.fields,
                help=param.help
                + (" Or give its fields one by one (below)." if param.fields else ""),
                show_default=param.default is not None,
                default=param.default,
            )
        )
        for sub in param.fields:
            if sub.name in names:
                continue  # the operation's own parameter of that name wins
            params.append(
                click.Option(
                    [sub.option, "_f_" + sub.name],
                    type=click_type(sub.kind),
                    help=f"{sub.help} (in {param.option})".strip(),
                )
            )
    if op.has_all:
        params.append(
            click.Option(
                ["--all", "_all"],
                is_flag=True,
                help="Every page, not one (page is ignored); streamed with -o jsonl.",
            )
        )
    params.append(
        click.Option(
            ["--show-secrets", "_secrets"], is_flag=True, help="Show tokens in the result."
        )
    )

    @_output_option
    @_connection_options
    @click.pass_context
    def run(ctx: click.Context, /, output: str | None, **given: Any) -> None:
        state = _state(ctx, given)
        shown = bool(given.pop("_secrets", False))
        walk = bool(given.pop("_all", False))
        args: list[Any] = []
        kwargs: dict[str, Any] = {}
        model_fields: dict[str, Any] = {}
        for key, value in given.items():
            if key.startswith("_f_"):
                if value is not None:
                    model_fields[key[3:]] = value
                continue
            param = next(p for p in op.params if p.name == key)
            if param.positional:
                args.append(value)
            elif value is not None:
                kwargs[key] = value
        _fill_models(op, kwargs, model_fields)
        with state.client() as client:
            target = getattr(client, op.tag)
            if walk:
                kwargs.pop("page", None)
                records = getattr(target, op.name + "_all")(*args, **kwargs)
                if output == "jsonl":  # one line per record as pages arrive: flat memory
                    for record in records:
                        emit(record, output, secrets_shown=shown)
                    return
                result: Any = list(records)
            else:
                result = getattr(target, op.name)(*args, **kwargs)
        if result is None:
            stderr_console().print(f"{op.command}: done")
            return
        emit(result, output, secrets_shown=shown)

    command = click.Command(
        op.command,
        callback=run,
        params=params + getattr(run, "__click_params__", [])[::-1],
        help=_help_text(op),
        short_help=op.summary,
        epilog=f"\b\nExamples:\n  {_example(op)}\n  {_example(op)} --output json",
    )
    return command


def _help_text(op: Operation) -> str:
    return f"{op.summary}\n\n{op.description}".strip()


def _fill_models(op: Operation, kwargs: dict[str, Any], fields: dict[str, Any]) -> None:
    """Build a required body model from its fields given one by one (--stage won)."""
    for param in op.params:
        if not param.fields:
            continue
        mine = {f.name: fields[f.name] for f in param.fields if f.name in fields}
        base = kwargs.get(param.name)
        if base is None and not mine:
            raise click.UsageError(
                f"{op.command} needs {param.option} JSON or at least one of its fields "
                f"({', '.join(f.option for f in param.fields[:6])}, ...)"
            )
        kind = param.kind
        if kind.accepts_mapping or kind.model is None:
            merged = dict(_output.plain(base) or {})
            merged.update(mine)
            kwargs[param.name] = merged
        elif base is None:
            kwargs[param.name] = kind.model(**mine)
        else:
            for key, value in mine.items():
                setattr(base, key, value)


# -- export and import ------------------------------------------------------------------


def _list_operation(res: Resource) -> Operation | None:
    for op in res.operations.values():
        if op.takes("page", "limit") and op.item_model() is not None:
            return op
    return None


def export_command(res: Resource, op: Operation) -> click.Command:
    filters = [p for p in op.params if p.name not in _PAGING | _ORDERING and not p.positional]
    params: list[click.Parameter] = [
        click.Option([p.option, p.name], type=click_type(p.kind), help=p.help, default=None)
        for p in filters
    ]
    model = op.item_model()
    assert model is not None

    @click.option(
        "--out",
        "out",
        required=True,
        type=click.Path(dir_okay=False, path_type=Path),
        help="File to write (a checkpoint is kept beside it until the end).",
    )
    @click.option(
        "--format",
        "fmt",
        type=click.Choice(["jsonl", "csv"]),
        help="jsonl or csv (default: from the --out extension, else jsonl).",
    )
    @click.option("--resume", is_flag=True, help="Continue an interrupted export of this file.")
    @click.option(
        "--page-size",
        type=click.IntRange(2, 1000),
        default=100,
        show_default=True,
        help="Records per request (the API allows up to 100).",
    )
    @click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
    @_connection_options
    @click.pass_context
    def run(
        ctx: click.Context,
        /,
        *,
        out: Path,
        fmt: str | None,
        resume: bool,
        page_size: int,
        quiet: bool,
        **given: Any,
    ) -> None:
        state = _state(ctx, given)
        fmt = fmt or ("csv" if out.suffix.lower() == ".csv" else "jsonl")
        query: dict[str, Any] = {k: v for k, v in given.items() if v is not None}
        if "order" in {p.name for p in op.params}:
            query["order"] = "asc"  # creation order: inserts land after the cursor
        wire = model_wire_names(model)
        columns = list(wire.values())
        if query.get("fields"):
            wanted = {wire.get(f.strip(), f.strip()) for f in str(query["fields"]).split(",")}
            columns = [c for c in columns if c in wanted or c == wire.get("id")]
        console = stderr_console()
        per_minute, per_hour = state.pacing
        with (
            state.client() as client,
            Bar(
                f"export {res.command}",
                console=console,
                per_minute=per_minute,
                per_hour=per_hour,
                enabled=not quiet,
            ) as bar,
        ):
            try:
                result = run_export(
                    getattr(getattr(client, op.tag), op.name),
                    out=out,
                    fmt=fmt,
                    columns=columns,
                    query=query,
                    page_size=page_size,
                    resume=resume,
                    progress=bar.update,
                    on_request=bar.request_done,
                )
            except icloudready.APIError:
                console.print(f"export of {out} stopped: run the same command with --resume")
                raise
            bar.finish(result.written)
        console.print(
            f"exported {result.written:,} records to {out} in {result.requests:,} requests"
            + (" (resumed)" if result.resumed else "")
            + (f", {result.step_backs} step-back(s) after deletes" if result.step_backs else "")
        )

    return click.Command(
        "export",
        callback=run,
        params=params + getattr(run, "__click_params__", [])[::-1],
        help=(
            f"Export every {res.tag} record to JSON Lines or CSV, resumable.\n\n"
            "Streams the pages in creation order with flat memory; writes each record once "
            "even while others insert and delete; Ctrl-C, kill -9 or a network failure: run "
            "the same command with --resume."
        ),
        short_help=f"Export every {res.tag} record (JSONL/CSV, resumable).",
        epilog=(
            f"\b\nExamples:\n  icloudready {res.command} export --out all.jsonl\n"
            f"  icloudready {res.command} export --out won.csv --p stage:won\n"
            f"  icloudready {res.command} export --out all.jsonl --resume"
        ),
    )


def _pick_marker(
    create: Operation, listing: Operation | None, asked: str | None, off: bool
) -> tuple[str | None, str | None]:
    if off or listing is None or not listing.takes("p"):
        return None, None
    params = {p.name: p for p in create.params}
    model = listing.item_model()
    wire = model_wire_names(model) if model else {}
    by_key = {**{v: k for k, v in wire.items()}, **{k: k for k in wire}}
    name = (
        by_key.get(asked, asked)
        if asked
        else next((n for n in MARKER_PREFERENCE if n in params), None)
    )
    if name is None:
        return None, None
    if name not in params or params[name].kind.name != "str":
        raise click.UsageError(f"--marker-field {asked}: not a text field of {create.command}")
    return name, wire.get(name, name)


def import_command(
    res: Resource, create: Operation, update: Operation | None, listing: Operation | None
) -> click.Command:
    model = (listing.item_model() if listing else None) or create.item_model()

    @click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
    @click.option(
        "--format",
        "fmt",
        type=click.Choice(["csv", "jsonl"]),
        help="csv or jsonl (default: from the extension).",
    )
    @click.option("--dry-run", is_flag=True, help="Only validate every row and report.")
    @click.option(
        "--update-by",
        metavar="COLUMN",
        help="Rows with a value in COLUMN (the record id: id or _id) are patched.",
    )
    @click.option(
        "--errors",
        "errors_path",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Error file, JSON Lines (default: FILE.errors.jsonl).",
    )
    @click.option(
        "--journal",
        "journal_path",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Journal of sent rows (default: FILE.journal).",
    )
    @click.option("--resume", is_flag=True, help="Continue an interrupted import of FILE.")
    @click.option(
        "--concurrency",
        type=click.IntRange(1, 32),
        default=4,
        show_default=True,
        help="Requests in flight (one pacing for all).",
    )
    @click.option(
        "--marker-field",
        metavar="FIELD",
        help="Filterable text field that carries the resume marker "
        f"(default {', '.join(MARKER_PREFERENCE)}).",
    )
    @click.option(
        "--no-marker",
        is_flag=True,
        help="Write no marker (a crash mid-request may then repeat a few rows).",
    )
    @click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
    @_output_option
    @_connection_options
    @click.pass_context
    def run(
        ctx: click.Context,
        /,
        *,
        file: Path,
        fmt: str | None,
        dry_run: bool,
        update_by: str | None,
        errors_path: Path | None,
        journal_path: Path | None,
        resume: bool,
        concurrency: int,
        marker_field: str | None,
        no_marker: bool,
        quiet: bool,
        output: str | None,
        **given: Any,
    ) -> None:
        state = _state(ctx, given)
        fmt = fmt or ("jsonl" if file.suffix.lower() in {".jsonl", ".ndjson", ".json"} else "csv")
        errors_path = errors_path or file.with_name(file.name + ".errors.jsonl")
        journal = Journal(journal_path or file.with_name(file.name + ".journal"))
        checker = RowChecker(create, model, update_by)
        unknown = checker.unknown(csv_header(file)) if fmt == "csv" else []
        if unknown:
            raise click.UsageError(
                f"{file}: unknown column(s) {', '.join(unknown)}; the fields of "
                f"{create.command} are: {', '.join(p.name for p in create.params)} "
                "(or their API names, e.g. closeDate)"
            )
        console = stderr_console()
        total = sum(1 for _ in read_rows(file, fmt))
        if dry_run:
            _dry_run(
                file=file,
                fmt=fmt,
                checker=checker,
                errors_path=errors_path,
                output=output,
                console=console,
            )
            return
        _check_journal(journal, resume)
        marker_attr, marker_wire = _pick_marker(create, listing, marker_field, no_marker)
        per_minute, per_hour = state.pacing
        with (
            state.client() as client,
            Bar(
                f"import {res.command}",
                console=console,
                per_minute=per_minute,
                per_hour=per_hour,
                enabled=not quiet,
            ) as bar,
        ):
            target = getattr(client, res.tag)

            def progress(result: ImportResult) -> None:
                sent = result.created + result.updated + result.failed
                done = sent + result.already_done + result.recovered
                bar.update(done, total, max(0, total - done), requests_done=sent)

            importer = Importer(
                create=getattr(target, create.name),
                update=getattr(target, update.name) if update and update_by else None,
                find=getattr(target, listing.name) if listing else None,
                checker=checker,
                marker_attr=marker_attr,
                marker_wire=marker_wire,
                errors_path=errors_path,
                journal=journal,
                concurrency=concurrency,
                progress=progress,
            )
            importer.run(read_rows(file, fmt), resume=resume)
            bar.finish(importer.result.rows)
        result = importer.result
        if result.ignored_columns:
            console.print(f"read-only columns ignored: {', '.join(result.ignored_columns)}")
        emit(result.summary(), output)
        if result.failed:
            console.print(f"{result.failed:,} row(s) failed: see {errors_path}")
            ctx.exit(1)

    return click.Command(
        "import",
        callback=run,
        params=getattr(run, "__click_params__", [])[::-1],
        help=(
            f"Import {res.tag} records from CSV or JSON Lines, resumable.\n\n"
            "Every row is validated and coerced first (--dry-run stops there); bad rows go "
            "to the error file with their line number, field and message, and never stop the "
            "others. Columns: the API's field names (camelCase) or the SDK's (snake_case); "
            "nested values as JSON. A journal and a marker field make --resume exact: no row "
            "is created twice, even after a kill -9 between a request and its journal entry."
        ),
        short_help=f"Import {res.tag} records from CSV/JSONL (validated, resumable).",
        epilog=(
            f"\b\nExamples:\n  icloudready {res.command} import deals.csv --dry-run\n"
            f"  icloudready {res.command} import deals.csv --errors bad.jsonl\n"
            f"  icloudready {res.command} import fixes.jsonl --update-by id\n"
            f"  icloudready {res.command} import deals.csv --resume"
        ),
    )


def _check_journal(journal: Journal, resume: bool) -> None:
    if resume or not journal.path.exists():
        return
    *_, complete = journal.read()
    state = "was completed" if complete else "was interrupted: add --resume to continue it"
    raise click.UsageError(
        f"{journal.path} exists: an import of this file {state} "
        "(delete the journal to import the file again)"
    )


def _dry_run(
    *,
    file: Path,
    fmt: str,
    checker: RowChecker,
    errors_path: Path,
    output: str | None,
    console: Console,
) -> None:
    rows = bad = 0
    with errors_path.open("w", encoding="utf-8") as errors:
        for line, raw in read_rows(file, fmt):
            rows += 1
            row = checker.check(line, raw)
            if row.errors:
                bad += 1
                for error in row.errors:
                    errors.write(error.to_json(row.raw) + "\n")
    emit({"rows": rows, "valid": rows - bad, "invalid": bad, "errors": str(errors_path)}, output)
    if checker.ignored:
        console.print(f"read-only columns ignored: {', '.join(sorted(checker.ignored))}")
    if bad:
        console.print(f"{bad:,} invalid row(s): see {errors_path}")
        raise click.exceptions.Exit(1)


# -- groups -----------------------------------------------------------------------------


class ResourceGroup(click.Group):
    """``icloudready <tag>``: one command per SDK method, plus export and import."""

    def __init__(self, tag: str) -> None:
        super().__init__(tag.replace("_", "-"), help=f"The {tag} operations.")
        self.tag = tag

    def _commands(self) -> dict[str, Callable[[], click.Command]]:
        res = resource(self.tag)
        found: dict[str, Callable[[], click.Command]] = {
            op.command: functools.partial(operation_command, op) for op in res.operations.values()
        }
        listing = _list_operation(res)
        if listing is not None:
            found["export"] = lambda: export_command(res, listing)
        create = res.operations.get("create")
        if create is not None:
            update = res.operations.get("patch") or res.operations.get("update")
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
@_connection_options
@click.pass_context
def cli(ctx: click.Context, /, **given: Any) -> None:
    ctx.obj = State().merged(**given)


# -- login, profiles, completion --------------------------------------------------------


@cli.command()
@click.option("--profile", help="Profile to store the token in (default: the current one).")
@click.option("--base-url", help="API base URL of that profile.")
@click.option("--email", help="Account email (prompted when left out).")
@click.option(
    "--with-token", is_flag=True, help="Read an API key from stdin instead of signing in."
)
@click.option(
    "--default/--no-default",
    "make_default",
    default=True,
    show_default=True,
    help="Make the profile the default one.",
)
@click.pass_context
def login(
    ctx: click.Context,
    /,
    *,
    profile: str | None,
    base_url: str | None,
    email: str | None,
    with_token: bool,
    make_default: bool,
) -> None:
    """Sign in and keep the token in the user's config file (mode 600), never shown.

    \b
    Examples:
      icloudready login                                  # the cloud, email + password
      icloudready login --profile local --base-url http://127.0.0.1:8000/api/v2
      echo "$KEY" | icloudready login --with-token --profile on-premise \\
          --base-url https://crm.example.com/api/v2
    """
    state: State = ctx.find_object(State) or State()
    state = state.merged(profile=profile, base_url=base_url)
    name = _config.current_profile(state.profile)
    url = state.base_url or os.environ.get("ICLOUDREADY_BASE_URL") or _config.profile_base_url(name)
    if not url:
        raise click.UsageError(f"profile {name!r} has no base URL yet: add --base-url URL")
    if with_token:
        token = sys.stdin.readline().strip()
        if not token:
            raise click.UsageError("--with-token: no token on stdin")
    else:
        email = email or click.prompt("Email", err=True)
        password = click.prompt("Password", hide_input=True, err=True)
        per_minute, per_hour = state.pacing
        with icloudready.Client(
            token=None,
            base_url=url,
            rate_limit=per_minute,
            hourly_rate_limit=per_hour,
        ) as client:
            token = str(client.auth.sign_in(email=email, password=password).access_token)
    path = _config.store_login(name, url, token, make_default=make_default)
    stderr_console().print(f"Logged in: profile [bold]{name}[/] ({url}); token saved in {path}")


@cli.command()
@click.option("--profile", help="Profile to forget the token of (default: the current one).")
def logout(profile: str | None) -> None:
    """Remove the stored token of a profile."""
    name = _config.current_profile(profile)
    removed = _config.forget_token(name)
    stderr_console().print(f"{'Removed the token of' if removed else 'No token stored for'} {name}")


@cli.group()
def profile() -> None:
    """Named profiles: cloud, on-premise, local, or your own."""


@profile.command("list")
@_output_option
def profile_list(output: str | None) -> None:
    """Every profile, its base URL and whether a token is stored (never the token)."""
    data = _config.load()
    current = _config.current_profile()
    rows = []
    for name in _config.profile_names(data):
        stored = data["profiles"].get(name, {})
        rows.append(
            {
                "profile": name,
                "default": name == current,
                "base_url": stored.get("base_url")
                or _config.BUILTIN_PROFILES.get(name, {}).get("base_url", ""),
                "credentials": "stored" if stored.get("token") else "",
            }
        )
    emit(rows, output)


@profile.command("use")
@click.argument("name")
def profile_use(name: str) -> None:
    """Make NAME the default profile."""
    if name not in _config.profile_names(_config.load()):
        raise click.UsageError(f"no profile {name!r}: create it with: icloudready profile set")
    _config.set_profile(name, None, make_default=True)
    stderr_console().print(f"Default profile: {name}")


@profile.command("set")
@click.argument("name")
@click.option("--base-url", required=True, help="API base URL of the profile.")
@click.option("--default", "make_default", is_flag=True, help="Also make it the default.")
def profile_set(name: str, base_url: str, make_default: bool) -> None:
    """Create or change profile NAME."""
    path = _config.set_profile(name, base_url, make_default=make_default)
    stderr_console().print(f"Profile {name}: {base_url} (saved in {path})")


@cli.command()
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
def completion(shell: str) -> None:
    """Print the shell completion script: eval "$(icloudready completion bash)"."""
    from click.shell_completion import get_completion_class  # noqa: PLC0415

    complete = get_completion_class(shell)
    assert complete is not None
    click.echo(complete(cli, {}, "icloudready", "_ICLOUDREADY_COMPLETE").source())
