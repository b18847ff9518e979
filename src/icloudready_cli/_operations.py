"""One command per SDK method: arguments and options from the operation table (the spec's)."""

from __future__ import annotations

from typing import Any

import click

from icloudready_runtime._table import Operation

from . import _output
from ._context import command_state, connection_options, emit, output_option, stderr_console
from ._surface import (
    CLEAR,
    ConversionError,
    Kind,
    body_fields,
    command_name,
    help_text,
    kind_of,
    option,
)


class _KindType(click.ParamType):  # type: ignore[type-arg]
    """Text -> the SDK's value, by the parameter's kind (dates, JSON, @file.json...).

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
    if kind.nullable:
        return _KindType(kind)  # "null" clears the field
    if kind.name == "choice":
        return click.Choice(kind.choices)
    if kind.name == "int":
        return click.INT
    if kind.name == "str":
        return click.STRING
    return _KindType(kind)


def _example(op: Operation) -> str:
    words = ["icloudready", command_name(op.tag), command_name(op.name)]
    for param in op.params:
        fields = body_fields(param)
        if param.location == "path":
            words.append(param.name.upper())
        elif param.required and fields:
            words.append(f"{option(fields[0])} VALUE")
        elif param.required:
            words.append(f"{option(param)} {param.name.upper()}")
    return " ".join(words)


def _options(op: Operation) -> list[click.Parameter]:
    params: list[click.Parameter] = []
    names = {p.name for p in op.params}
    for param in op.params:
        if param.location == "path":
            metavar = param.name.rstrip("_").upper()  # `object_` (a Python builtin) is OBJECT
            kind = click_type(kind_of(param))
            params.append(click.Argument([param.name], type=kind, metavar=metavar))
            continue
        fields = body_fields(param)
        params.append(
            click.Option(
                [option(param), param.name],
                type=click_type(kind_of(param)),
                required=param.required and not fields,
                help=help_text(param)
                + (" Or give its fields one by one (below)." if fields else ""),
                show_default=param.has_default,
                default=param.default if param.has_default else None,
            )
        )
        for sub in fields:
            if sub.name not in names:  # the operation's own parameter of that name wins
                help_ = f"{help_text(sub)} (in {option(param)})".strip()
                params.append(
                    click.Option(
                        [option(sub), "_f_" + sub.name], type=click_type(kind_of(sub)), help=help_
                    )
                )
    if op.walk:
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
    return params


def operation_command(op: Operation) -> click.Command:
    @output_option
    @connection_options
    @click.pass_context
    def run(ctx: click.Context, /, output: str | None, **given: Any) -> None:
        state = command_state(ctx, given)
        shown = bool(given.pop("_secrets", False))
        walk = bool(given.pop("_all", False))
        args: list[Any] = []
        kwargs: dict[str, Any] = {}
        model_fields: dict[str, Any] = {}
        for key, value in given.items():
            if key.startswith("_f_"):
                if value is not None:
                    model_fields[key[3:]] = value
            elif (param := op.param(key)) is not None and param.location == "path":
                args.append(value)
            elif value is CLEAR:
                kwargs[key] = None  # sent as null: the spec's way to clear a field
            elif value is not None:
                kwargs[key] = value
        _fill_models(op, kwargs, model_fields)
        with state.client() as client:
            target = getattr(client, op.tag)
            if walk and op.walk:
                page = op.role("page")
                kwargs.pop(page.name if page else "", None)
                records = getattr(target, op.walk)(*args, **kwargs)
                if output == "jsonl":  # one line per record as pages arrive: flat memory
                    for record in records:
                        emit(record, output, secrets_shown=shown)
                    return
                result: Any = list(records)
            else:
                result = getattr(target, op.name)(*args, **kwargs)
        if result is None:
            stderr_console().print(f"{command_name(op.name)}: done")
            return
        emit(result, output, secrets_shown=shown)

    example = _example(op)
    return click.Command(
        command_name(op.name),
        callback=run,
        params=_options(op) + getattr(run, "__click_params__", [])[::-1],
        help=f"{op.summary}\n\n{op.description}".strip(),
        short_help=op.summary,
        epilog=f"\b\nExamples:\n  {example}\n  {example} --output json",
    )


def _fill_models(op: Operation, kwargs: dict[str, Any], fields: dict[str, Any]) -> None:
    """Build a required body model from its fields given one by one (--stage won)."""
    for param in op.params:
        sub = body_fields(param)
        if not sub:
            continue
        mine = {f.name: fields[f.name] for f in sub if f.name in fields}
        base = kwargs.get(param.name)
        if base is None and not mine:
            raise click.UsageError(
                f"{command_name(op.name)} needs {option(param)} JSON or at least one of its "
                f"fields ({', '.join(option(f) for f in sub[:6])}, ...)"
            )
        kwargs[param.name] = {**dict(_output.plain(base) or {}), **mine}
