"""The package logger: quiet by default, request bodies only at DEBUG.

``ICLOUDREADY_LOG=debug`` (or ``info``) turns it on without code. Headers are never
logged, so the token cannot leak through logs.
"""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("icloudready")


def setup_from_env() -> None:
    level = os.environ.get("ICLOUDREADY_LOG", "").strip().upper()
    if level in {"DEBUG", "INFO"} and not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(level)


def body_logging_enabled() -> bool:
    return logger.isEnabledFor(logging.DEBUG)
