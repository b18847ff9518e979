"""Sentinels: ``UNSET`` for "this argument was not given" (a body field left out)."""

from __future__ import annotations

from typing import Literal


class Unset:
    """The type of ``UNSET``: falsy, and shown as ``UNSET``."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()
