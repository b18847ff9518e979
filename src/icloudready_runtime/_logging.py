"""The package logger: quiet by default, request bodies only at DEBUG.

``ICLOUDREADY_LOG=debug`` (or ``info``) turns it on without code. Headers are never
logged, and every record passes ``MaskSecrets`` first: a token a server echoes in a body
is logged as ``***``.
"""

from __future__ import annotations

import logging
import os

from ._secrets import MaskSecrets

logger = logging.getLogger("icloudready")
logger.addFilter(MaskSecrets())


def setup_from_env() -> None:
    level = os.environ.get("ICLOUDREADY_LOG", "").strip().upper()
    if level in {"DEBUG", "INFO"} and not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(level)


def body_logging_enabled() -> bool:
    return logger.isEnabledFor(logging.DEBUG)
