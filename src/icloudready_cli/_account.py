"""``login``, ``logout``, ``profile`` and ``completion``."""

from __future__ import annotations

import os
import sys

import click

import icloudready

from . import _config
from ._context import State, emit, output_option, stderr_console


@click.command()
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


@click.command()
@click.option("--profile", help="Profile to forget the token of (default: the current one).")
def logout(profile: str | None) -> None:
    """Remove the stored token of a profile."""
    name = _config.current_profile(profile)
    removed = _config.forget_token(name)
    stderr_console().print(f"{'Removed the token of' if removed else 'No token stored for'} {name}")


@click.group()
def profile() -> None:
    """Named profiles: cloud, on-premise, local, or your own."""


@profile.command("list")
@output_option
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


@click.command()
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
def completion(shell: str) -> None:
    """Print the shell completion script: eval "$(icloudready completion bash)"."""
    from click.shell_completion import get_completion_class  # noqa: PLC0415

    from ._app import cli  # noqa: PLC0415 - the root group imports this module

    complete = get_completion_class(shell)
    assert complete is not None
    click.echo(complete(cli, {}, "icloudready", "_ICLOUDREADY_COMPLETE").source())
