"""One command per SDK method: arguments and options from the operation table (the spec's)."""

from __future__ import annotations

from typing import Any

import click

from . import _output
from ._context import command_state, connection_options, emit, output_option, stderr_console
from ._surface import ConversionError, Kind, Operation, Param


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
        merged = dict(_output.plain(base) or {})
        merged.update(mine)
        kwargs[param.name] = merged
