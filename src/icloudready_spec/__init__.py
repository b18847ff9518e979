"""openapi.yaml as one model that the mock, the tools and the contract suite share.

    from icloudready_spec import load
    spec = load("openapi.yaml")
    for resource in spec.resources.values(): ...

Not part of the SDK's runtime (which needs no YAML parser): the client gets what it needs
from the spec through generation.
"""

from ._load import deref, pointer_get, read, resolve
from ._model import (
    Inference,
    Operation,
    Parameter,
    Resource,
    Spec,
    build,
    dotted,
    inferred_target,
    load,
)

__all__ = [
    "Inference",
    "Operation",
    "Parameter",
    "Resource",
    "Spec",
    "build",
    "deref",
    "dotted",
    "inferred_target",
    "load",
    "pointer_get",
    "read",
    "resolve",
]
