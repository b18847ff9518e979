"""``export`` and ``import`` commands for every resource that can list (and create)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
from rich.console import Console

import icloudready
from icloudready_runtime._table import Operation

from ._context import command_state, connection_options, emit, output_option, stderr_console
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
from ._operations import click_type
from ._progress import Bar
from ._surface import Resource, command_name, help_text, kind_of, option
from ._surface import wire_names as model_wire_names

# What an export sets itself: the paging, and the order (creation order, ascending).
_WALK_ROLES = {"page", "limit", "order", "sort"}


def export_command(res: Resource, op: Operation) -> click.Command:
    filters = [p for p in op.params if p.role not in _WALK_ROLES and p.location != "path"]
    params: list[click.Parameter] = [
        click.Option([option(p), p.name], type=click_type(kind_of(p)), help=help_text(p))
        for p in filters
    ]
    model = op.result.model
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
    @connection_options
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
        state = command_state(ctx, given)
        fmt = fmt or ("csv" if out.suffix.lower() == ".csv" else "jsonl")
        query: dict[str, Any] = {k: v for k, v in given.items() if v is not None}
        order = op.role("order")
        if order is not None:
            query[order.name] = "asc"  # creation order: inserts land after the cursor
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
    res: Resource, create: Operation, listing: Operation | None, asked: str | None, off: bool
) -> tuple[str | None, str | None]:
    """The text field the list can filter on (``p``) that carries the resume marker."""
    if off or listing is None or listing.role("filter") is None or res.collection is None:
        return None, None
    params = {p.name: p for p in create.params}
    wire = model_wire_names(listing.result.model) if listing.result.model else {}
    by_key = {**{v: k for k, v in wire.items()}, **{k: k for k in wire}}
    filterable = set(res.collection.filterable)
    text = [
        a
        for a, w in wire.items()
        if w in filterable and a in params and params[a].kind.name == "string"
    ]
    preferred = [n for n in MARKER_PREFERENCE if n in text] or text
    name = by_key.get(asked, asked) if asked else next(iter(preferred), None)
    if name is None:
        return None, None
    if name not in text:
        raise click.UsageError(
            f"--marker-field {asked}: not a text field of {command_name(create.name)} that "
            f"the list can filter on ({', '.join(text)})"
        )
    return name, wire.get(name, name)


def import_command(
    res: Resource, create: Operation, update: Operation | None, listing: Operation | None
) -> click.Command:
    model = (listing.result.model if listing else None) or create.result.model

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
        default=1,
        show_default=True,
        help="Requests in flight (one pacing for all); with 1, records are created in the "
        "file's order, so an exported file lists in its order again.",
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
    @output_option
    @connection_options
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
        state = command_state(ctx, given)
        fmt = fmt or ("jsonl" if file.suffix.lower() in {".jsonl", ".ndjson", ".json"} else "csv")
        errors_path = errors_path or file.with_name(file.name + ".errors.jsonl")
        journal = Journal(journal_path or file.with_name(file.name + ".journal"))
        checker = RowChecker(create, model, update_by)
        unknown = checker.unknown(csv_header(file)) if fmt == "csv" else []
        if unknown:
            raise click.UsageError(
                f"{file}: unknown column(s) {', '.join(unknown)}; the fields of "
                f"{command_name(create.name)} are: {', '.join(p.name for p in create.params)} "
                "(or their API names, e.g. closeDate)"
            )
        console = stderr_console()
        total = sum(1 for _ in read_rows(file, fmt))
        if dry_run:
            _dry_run(
                file=file,
                fmt=fmt,
                checker=checker,
                create=create,
                update=update if update_by else None,
                errors_path=errors_path,
                output=output,
                console=console,
            )
            return
        _check_journal(journal, resume)
        marker_attr, marker_wire = _pick_marker(res, create, listing, marker_field, no_marker)
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
    create: Operation,
    update: Operation | None,
    errors_path: Path,
    output: str | None,
    console: Console,
) -> None:
    """Every row checked as the real import's requests would be: converted, then the SDK's
    checks, then the server's (the spec's schema, the same check the mock runs)."""
    rows = bad = 0
    with errors_path.open("w", encoding="utf-8") as errors:
        for line, raw in read_rows(file, fmt):
            rows += 1
            row = checker.check(line, raw)
            if not row.errors:
                checker.validate(row, update if row.record_id and update else create)
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
