"""Sentinels: ``UNSET`` (a body field left out), ``NOT_GIVEN`` (an option left to its default)."""

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


class NotGiven:
    """The type of ``NOT_GIVEN``: "not given, use the default" where ``None`` means something."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: NotGiven = NotGiven()
