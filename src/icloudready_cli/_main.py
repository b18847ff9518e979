"""Entry point: run the command tree and turn every failure into a message and an exit code.

0 success, 1 the API or the network failed (or rows of an import did), 2 bad usage. Errors
go to stderr as one line, never a traceback (ICLOUDREADY_CLI_TRACEBACK=1 shows it).
"""

from __future__ import annotations

import os
import sys

import click

from icloudready import APIStatusError, ICloudReadyError, InvalidPathParameterError

from ._config import ConfigError
from ._export import ExportError
from ._import import ImportAborted, ImportUsageError

OK, API_ERROR, USAGE_ERROR = 0, 1, 2


def _fail(message: str, code: int) -> int:
    click.echo(f"icloudready: error: {message}", err=True)
    return code


def main(argv: list[str] | None = None) -> int:  # noqa: PLR0911 - one exit per failure
    from ._app import cli  # noqa: PLC0415 - the package's import stays cheap for completion

    try:
        # standalone_mode=False: Click returns an Exit's code instead of raising it.
        code = cli.main(args=argv, prog_name="icloudready", standalone_mode=False)
        return code if isinstance(code, int) else OK
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        return USAGE_ERROR if exc.exit_code == 2 else int(exc.exit_code)
    except (click.exceptions.Abort, KeyboardInterrupt):  # Click turns Ctrl-C into Abort
        _fail("interrupted (an export or an import continues with --resume)", 130)
        # Import threads may sleep on the pacing for up to a minute; the journal is already
        # on disk, so leave without joining them.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(130)
    except InvalidPathParameterError as exc:
        return _fail(str(exc), USAGE_ERROR)
    except APIStatusError as exc:
        hint = ""
        if exc.status_code == 401:
            hint = " (sign in with `icloudready login`, or set ICLOUDREADY_API_KEY)"
        return _fail(f"{exc}{hint}", API_ERROR)
    except ICloudReadyError as exc:
        return _fail(str(exc), API_ERROR)
    except ImportAborted as exc:
        return _fail(f"{exc}; nothing is lost: run the same command with --resume", API_ERROR)
    except (ConfigError, ExportError, ImportUsageError) as exc:
        return _fail(str(exc), USAGE_ERROR)
    except (TypeError, ValueError) as exc:
        # The SDK refuses bad input before sending (a TypeError naming the parameter).
        if os.environ.get("ICLOUDREADY_CLI_TRACEBACK"):
            raise
        return _fail(f"{type(exc).__name__}: {exc}", USAGE_ERROR)
    except OSError as exc:
        return _fail(str(exc), USAGE_ERROR)
