"""What every generated model shares: a short repr, ``to_json()``.

A base class rather than template text: one definition for every model, and attrs keeps
generating ``__init__`` and ``__eq__`` per class (``repr=False`` leaves ``__repr__`` here).
"""

from __future__ import annotations

import json
from typing import Any


class Record:
    """Base of the generated models."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:  # pragma: no cover - every model defines it
        raise NotImplementedError

    def to_json(self, *, indent: int | None = None) -> str:
        """The record as the API spells it (wire keys), as JSON text."""
        return json.dumps(self.to_dict(), indent=indent, default=str)

    def __repr__(self) -> str:
        # Only the fields present: an absent field is None, and 20 "None"s hide the data.
        parts = [
            f"{a.name}={getattr(self, a.name)!r}"
            for a in getattr(type(self), "__attrs_attrs__", ())
            if a.name != "additional_properties" and getattr(self, a.name) is not None
        ]
        extra = getattr(self, "additional_properties", None)
        if extra:
            parts.append(f"additional_properties={extra!r}")
        return f"{type(self).__name__}({', '.join(parts)})"
