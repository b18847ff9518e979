"""openapi.yaml as one typed model that generation, the mock, the CLI's table and the tools share.

    from icloudready_spec import load
    spec = load("openapi.yaml")
    for resource in spec.resources.values(): ...

How operations get their kinds and list roles: ``_convention``. Not part of the SDK's
runtime (which needs no YAML parser): the client gets what it needs through generation
(its operation table, ``icloudready._operations``).
"""

from ._convention import snake
from ._load import deref, pointer_get, read, resolve
from ._model import (
    KINDS,
    RECORD_KINDS,
    ROLES,
    Body,
    Inference,
    Link,
    ListShape,
    Operation,
    Parameter,
    RateTier,
    Resource,
    Response,
    Spec,
    dotted,
    inferred_target,
    prefix_of,
)
from ._read import build, load
from ._schema import DATE_FORMATS, Schema, SpecError, places

__all__ = [
    "DATE_FORMATS", "KINDS", "RECORD_KINDS", "ROLES", "Body", "Inference", "Link",
    "ListShape", "Operation", "Parameter", "RateTier", "Resource", "Response", "Schema",
    "Spec", "SpecError", "build", "deref", "dotted", "inferred_target", "load",
    "places", "pointer_get", "prefix_of", "read", "resolve", "snake",
]  # fmt: skip
